"""Phrases scored from posting blocks: positions read only where every word of the phrase is.

Whoosh matches a phrase (``"there is no problem with the"``) by walking the intersection of its
words' posting lists one entry at a time and decoding the positions of each entry it stops at: for
phrases of common words that is most of every list, 4-20 ms per kit even where nothing matches.
Here the words are taken rarest first: the rarest one's entries are the candidates (or the entries
given, when an AND already narrowed them), each further word keeps the candidates it holds, reading
only the posting blocks that can hold one (a block's last entry is in its header) and only their
ids and weights; positions are decoded last, for the few entries holding every word, from the
blocks they are in.

The matches and the scores are Whoosh's: an entry matches when the words stand at consecutive
positions (``Phrase`` with ``slop=1``, as Whoosh's ``SpanNear2`` checks it), and its score is the sum
of each word's BM25F score in that entry (a repeated word counts each time), added in the order of
Whoosh's tree of intersection matchers, times the phrase's boost. Anything else (another slop, a
field without positions, blocks not laid out as presskit writes them) returns None: Whoosh's
matcher scores it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

from ..index.safe_toc import inflate_block, safe_loads
from ..index.schema import decode_positions
from .blocks import read_head

Scores = dict[int, float]
#: (block number, index in the block, weight) of an entry holding a word
_Found = dict[int, tuple[int, int, float]]


class _NotHere(Exception):
    """The phrase cannot be read from posting blocks here: Whoosh's matcher scores it."""


def phrase_scores(ps: Any, q: Q.Phrase, within: set[int] | None) -> Scores | None:
    """{entry: score} of every entry matching the phrase ``q`` (of ``within`` only, when given), or
    None when it is not for this reader (then Whoosh's phrase matcher scores it)."""
    schema = ps.searcher.schema
    fieldname = q.fieldname
    if fieldname not in schema:
        return {}
    field = schema[fieldname]
    if q.slop != 1 or not q.words or not field.format or not field.format.supports("positions"):
        return None
    try:
        words = [field.to_bytes(w) for w in q.words]
    except ValueError:
        return {}
    out: Scores = {}
    models: dict[bytes, tuple] = {}
    try:
        for n, (reader, base) in enumerate(ps._leaves):
            _segment(ps, n, reader, base, fieldname, words, models, within, out)
    except _NotHere:
        return None
    if q.boost != 1.0:
        for d in out:
            out[d] = out[d] * q.boost
    return out


def _segment(ps: Any, n: int, reader, base: int, fieldname: str, words: list[bytes],
             models: dict[bytes, tuple], within: set[int] | None, out: Scores) -> None:
    """Add the matches of one segment (its first entry is ``base``) to ``out``."""
    infos = {}
    for w in words:
        if w not in infos:
            try:
                infos[w] = reader.term_info(fieldname, w)
            except TermNotFound:
                return  # Whoosh: a word the segment lacks, no match in it
    cands: set[int] | None = None
    if within is not None:
        top = base + reader.doc_count_all()
        cands = {g - base for g in within if base <= g < top}
        if not cands:
            return
    deleted = reader.deleted_docs_set if reader.has_deletions() else set()
    order = sorted(infos, key=lambda w: (infos[w].doc_frequency(), w))
    offsets = {w: [i for i, x in enumerate(words) if x == w] for w in order}
    found: dict[bytes, tuple[_Found, list]] = {}
    starts: dict[int, set[int]] | None = None  # entry -> where the phrase may start in it
    for k, w in enumerate(order):
        got, blocks = _entries(reader, fieldname, w, None if cands is None else sorted(cands))
        cands = (set(got) - deleted) if cands is None else cands.intersection(got)
        if not cands:
            return
        found[w] = (got, blocks)
        if len(words) == 1 or (k == 0 and len(order) > 1):
            continue  # the rarest word's positions are read once the second one has narrowed it
        for v in (order[:2] if k == 1 else [w]):
            starts = _starts(starts, _positions(*found[v], cands), offsets[v])
            cands = set(starts)
            if not cands:
                return
    _add_scores(ps, n, reader, base, fieldname, words, models, found, sorted(cands), out)


def _starts(starts: dict[int, set[int]] | None, positions: dict[int, set[int]],
            offsets: list[int]) -> dict[int, set[int]]:
    """Where the phrase may start in each entry, given the positions of a word standing at
    ``offsets`` in it (and the starts left by the words before, if any)."""
    out = {}
    for d, pos in positions.items():
        maybe = {p - offsets[0] for p in pos} if starts is None else starts[d]
        keep = {s for s in maybe if all(s + i in pos for i in offsets)}
        if keep:
            out[d] = keep
    return out


def _add_scores(ps: Any, n: int, reader, base: int, fieldname: str, words: list[bytes], models: dict,
                found: dict[bytes, tuple[_Found, list]], matched: list[int], out: Scores) -> None:
    raw = ps._lengths(n, reader, fieldname)
    count = len(raw)
    for w in found:
        if w not in models:
            model = ps.term_model(fieldname, w)
            if model is None:
                raise _NotHere
            models[w] = model
    for d in matched:
        length = raw[d] if d < count else 0
        parts = []
        for w in words:
            idf, k1p, norm = models[w]
            weight = found[w][0][d][2]
            # Whoosh's bm25(idf, tf, fl, avgfl, B, K1), as presskit.search.postings computes it
            parts.append(weight if idf is None else idf * ((weight * k1p) / (weight + norm[length])))
        out[base + d] = _tree_sum(parts)


def _tree_sum(xs: list[float]) -> float:
    """Added as Whoosh's ``make_binary_tree`` of intersection matchers adds its children's scores."""
    if len(xs) == 1:
        return xs[0]
    half = len(xs) // 2
    return _tree_sum(xs[:half]) + _tree_sum(xs[half:])


def _leaf(m) -> W3LeafMatcher:
    if isinstance(m, FilterMatcher):
        m = m.child
    if type(m) is not W3LeafMatcher or m._byteids:
        raise _NotHere
    return m


def _entries(reader, fieldname: str, w: bytes, cands: list[int] | None) -> tuple[_Found, list["_Block"]]:
    """The entries of segment ``reader`` holding ``w`` (of ``cands`` only, sorted, when given):
    {entry: (block, index, weight)}, and the blocks read (only those that can hold a candidate)."""
    m = _leaf(reader.postings(fieldname, w))
    got: _Found = {}
    blocks: list[_Block] = []
    i = 0
    while m.is_active():
        if cands is None:  # the rarest word: every entry is a candidate
            j = 0
        else:
            j = bisect_right(cands, m._maxid, i)
            if j == i:  # no candidate up to this block's last entry
                m._next_block()
                continue
        block = _Block(m)
        b = len(blocks)
        blocks.append(block)
        if cands is None:
            for k, (d, wt) in enumerate(zip(block.ids, block.weights)):
                got[d] = (b, k, wt)
        else:
            want = set(cands[i:j])
            for k, d in enumerate(block.ids):
                if d in want:
                    got[d] = (b, k, block.weights[k])
            i = j
            if i == len(cands):
                break
        m._next_block()
    return got, blocks


class _Block:
    """A posting block: its ids and weights read at once, the positions of an entry when asked.

    presskit writes a block as the pickle of (id deltas, weights, positions), each entry's positions
    as the bytes ``b"H"`` + 2 bytes a position (:func:`presskit.index.schema.encode_positions`),
    pickled as SHORT_BINBYTES then MEMOIZE: where each lies follows from the weights (the word's
    count in the entry). That layout is checked (its last entry must end where the tuple closes,
    and each entry read must start as it says); a block laid out otherwise is unpickled whole.
    """

    __slots__ = ("ids", "weights", "_data", "_start", "_offsets", "_values")

    def __init__(self, m):
        n = m._blocklength
        data = m._postfile.get(m._dataoffset, m._nextoffset - m._dataoffset)
        if m._compression:
            data = inflate_block(data)  # a zlib bomb is refused (UnsafeIndexError: the index is damaged)
        self._data, self._offsets, self._values = data, None, None
        head = read_head(data, n)
        if head is None:
            self._unpickle(n)
        else:
            self.ids, self.weights, self._start = head

    def _unpickle(self, n: int) -> None:
        block = safe_loads(self._data)
        if not isinstance(block, tuple) or len(block) != 3:
            raise _NotHere
        deltas, weights, values = block
        if not isinstance(deltas, tuple) or len(deltas) != n or not isinstance(values, tuple) or len(values) != n:
            raise _NotHere
        if weights is None or isinstance(weights, float):  # as Whoosh reads them: 32-bit floats
            weights = array("f", (1.0 if weights is None else weights,)) * n
        elif not isinstance(weights, tuple) or len(weights) != n:
            raise _NotHere
        self.ids, self.weights, self._values = tuple(accumulate(deltas)), weights, values

    def positions(self, k: int) -> set[int]:
        if self._values is None and self._offsets is None and not self._locate():
            self._unpickle(len(self.ids))
        if self._values is not None:
            value = self._values[k]
            if not isinstance(value, bytes):
                raise _NotHere
            return set(decode_positions(value))
        data, (start, before) = self._data, self._offsets
        off = start + 4 * k + 2 * before[k]
        size = data[off + 1]
        if data[off] != 0x43 or data[off + 2] != 0x48 or data[off + 2 + size] != 0x94:
            self._offsets = None
            self._unpickle(len(self.ids))
            return self.positions(k)
        return set(decode_positions(data[off + 2:off + 2 + size]))

    def _locate(self) -> bool:
        """Where each entry's positions start, from the weights; False when the block is not laid
        out so (a count over 127, a position past 65535, frames, weights that are not counts)."""
        n, data, start = len(self.ids), self._data, self._start
        if n > 3:
            if data[start] != 0x28:  # MARK
                return False
            start += 1
        counts = list(map(int, self.weights))
        if min(counts) < 1 or max(counts) > 127 or counts != list(self.weights):
            return False
        # entry k: SHORT_BINBYTES, its length, b"H" + 2 bytes a position, MEMOIZE: 4 + 2 * count bytes
        before = [0]
        before += accumulate(counts)
        end = start + 4 * n + 2 * before[n]
        close = b"t\x94" if n > 3 else bytes((0x84 + n, 0x94))  # TUPLE (or TUPLE1-3), MEMOIZE
        if data[end:] != close + b"\x87\x94.":  # then the block's own tuple, and STOP
            return False
        self._offsets = (start, before)
        return True


def _positions(got: _Found, blocks: list[_Block], cands: set[int]) -> dict[int, set[int]]:
    """{entry: its positions of the word} for ``cands``."""
    out: dict[int, set[int]] = {}
    for d in cands:
        b, k, _w = got[d]
        out[d] = blocks[b].positions(k)
    return out
