"""What the index holds: the Whoosh schema and its one analysed field type.

Design (measured; the figures are in docs/architecture.md): ONE analysed field per text, with positions, folded
(lowercase, no accents, ligatures expanded) and not stemmed. Exact phrases match word for word;
stemming is done at query time by expanding a word to every indexed word sharing its stem in
English, French or Spanish (:class:`presskit.search.expand.Lexicon`). Page text is kept out of
Whoosh, in the text store (:mod:`presskit.index.store`), for snippets.

Every index entry has an ``entry`` field saying what it stands for: ``page`` (a PDF page or a whole
text document), ``photo`` (a photo's caption, credit and copyright) or ``quote``. The ``kind`` field is
the item's kind (statement, newsletter, ...), which a query filters with ``kind:`` (or ``type:``).

Changing the schema or the analysis means bumping :data:`presskit.index.status.SCHEMA_VERSION`.
"""

from __future__ import annotations

import sys
from array import array

from whoosh import fields as wf
from whoosh import formats as wformats
from whoosh.analysis import Token, Tokenizer

from ..textutil import TOKEN_RE, fold

STEM_LANGUAGES = ("en", "fr", "es")
#: The analysed text fields (:class:`FoldedPositions`).
TEXT_FIELDS = ("body", "speakers", "title")

#: Values of the ``entry`` field.
ENTRY_PAGE, ENTRY_PHOTO, ENTRY_QUOTE = "page", "photo", "quote"


class FoldTokenizer(Tokenizer):
    """Fold the whole text once (lowercase, accents off), then cut words with TOKEN_RE.

    Single pass and no per-token filter objects: this is the hot loop of a build.
    """

    def __eq__(self, other):
        return isinstance(other, FoldTokenizer)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        for m in TOKEN_RE.finditer(fold(value)):
            t.text = m.group()
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = t.text
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar, t.endchar = start_char + m.start(), start_char + m.end()
            yield t


def analyzer():
    return FoldTokenizer()


_SWAP = sys.byteorder != "little"


def encode_positions(positions) -> bytes:
    """A posting's positions (increasing ints): one byte saying the width, then the positions as
    little-endian unsigned 16- or 32-bit integers. Plain data, read without pickle."""
    if positions[-1] < 65536:
        a = array("H", positions)
        tag = b"H"
    else:
        a = array("I", positions)
        tag = b"I"
    if _SWAP:
        a.byteswap()
    return tag + a.tobytes()


def decode_positions(value: bytes) -> list[int]:
    a = array("H" if value[:1] == b"H" else "I", value[1:])
    if _SWAP:
        a.byteswap()
    return a.tolist()


class FoldedPositions(wformats.Positions):
    """Whoosh's Positions format with a plain encoding (:func:`encode_positions`) instead of a pickle,
    and indexing with one fold + one regex pass and no Token objects (a build writes segments with
    :mod:`presskit.index.segment`, which uses the same encoding).
    """

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        poses: dict[str, list[int]] = {}
        for i, w in enumerate(TOKEN_RE.findall(fold(value))):
            lst = poses.get(w)
            if lst is None:
                poses[w] = [i]
            else:
                lst.append(i)
        for w, lst in poses.items():
            yield (w, len(lst), len(lst) * fb, encode_positions(lst))

    def encode(self, poslist):
        return encode_positions(poslist)

    def decode_positions(self, valuestring):
        return decode_positions(valuestring)

    def decode_frequency(self, valuestring):
        return (len(valuestring) - 1) // (2 if valuestring[:1] == b"H" else 4)

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost

    def combine(self, vs):
        s = set()
        for v in vs:
            s.update(decode_positions(v))
        return encode_positions(sorted(s))


def _text_field() -> wf.TEXT:
    field = wf.TEXT(analyzer=analyzer(), phrase=True)
    field.format = FoldedPositions(field_boost=1.0)
    return field


def make_schema() -> wf.Schema:
    return wf.Schema(
        uid=wf.ID(stored=True, unique=True),
        item=wf.ID(stored=True, sortable=True),
        page=wf.NUMERIC(stored=True, sortable=True),
        entry=wf.ID(stored=True),  # page | photo | quote
        quote=wf.NUMERIC(stored=True),  # row of the quotes table, for entry=quote
        title=_text_field(),
        body=_text_field(),
        speakers=_text_field(),  # speakers (page entries) or speaker, role, organisation (quotes)
        kind=wf.ID(sortable=True),
        lang=wf.ID(sortable=True),
        date=wf.ID(sortable=True),
    )
