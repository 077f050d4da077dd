"""Writing one Whoosh segment in a single pass: documents inverted in memory, files written once.

Whoosh's own writer pushes every posting through a sorting pool, pickles each one, and looks every
document's field length up again while writing: measured on 19,000 real pages, indexing cost about
three times what PyMuPDF needs to extract them. A build knows every document of a segment before it
writes it, so :class:`SegmentBuilder` keeps the postings of each term together as they come (arrays,
not objects) and writes the segment with Whoosh's own codec: the same W3 files and block format,
which Whoosh reads unchanged. A segment's text fields are folded and tokenised once per text
(:func:`invert`); the title and speakers of an item are the same on all its pages and are inverted
once per item.

The Whoosh index of a kit is one folder of such segments and one table of contents listing them
(:func:`write_toc`); several processes may each write segments into the same folder at once.
"""

from __future__ import annotations

import os
import pickle
import secrets
import struct
import zlib
from array import array
from collections import defaultdict
from typing import Any, Iterable

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3PerDocWriter, W3Segment, W3TermInfo
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filestore import FileStorage
from whoosh.util.numeric import length_to_byte

from ..textutil import TOKEN_RE, fold
from .schema import TEXT_FIELDS, encode_positions

INDEX_NAME = "MAIN"
BLOCK = 128  # postings per block, as Whoosh's W3 codec writes them
_COMPRESSION = 3
#: Whoosh pickles its blocks with protocol 2, where every byte string becomes a call to
#: ``_codecs.encode``; protocol 4 stores bytes as bytes: 4x smaller before compression, 12x faster
#: to write and 6x faster to read (measured), and a block holds no reference to any function.
_PROTOCOL = 4
#: Blocks smaller than this are stored uncompressed (the block says so; Whoosh reads both): most
#: terms occur on a page or two, and zlib's set-up costs more than it saves on a few bytes.
_COMPRESS_FROM = 160
_pack_key = struct.Struct("!H").pack
_pack_int = struct.Struct("!i").pack
_pack_long = struct.Struct("!q").pack
_TERMINFO = W3TermInfo._struct
_dumps = pickle.dumps
_len_byte = length_to_byte

#: What a segment being built holds in memory, in bytes, for each new term (its string, the dict
#: slot, a tuple of three arrays), posting (a document number and a frequency), position, and
#: document (stored fields, column values). Fitted on the 30 largest PDFs of the 100,000-page
#: benchmark: the estimate is within 10 % of the writer's resident memory growth.
_TERM_BYTES, _POSTING_BYTES, _POSITION_BYTES, _DOC_BYTES = 450, 10, 4, 700

#: A text inverted: term -> its positions (0-based, increasing), and the number of words.
Inverted = tuple[dict[str, list[int]], int]


def invert(text: str) -> Inverted:
    """Fold ``text`` once, cut words, and group positions by word (the one analysis of a build)."""
    poses: dict[str, list[int]] = {}
    words = TOKEN_RE.findall(fold(text)) if text else []
    for i, w in enumerate(words):
        lst = poses.get(w)
        if lst is None:
            poses[w] = [i]
        else:
            lst.append(i)
    return poses, len(words)


class _TextPostings:
    """The postings of one text field: per term, docnums, frequencies and positions, in arrays."""

    __slots__ = ("terms", "lengths")

    def __init__(self):
        self.terms: dict[str, tuple[array, array, array]] = {}
        self.lengths = array("I")  # docnum -> number of words (0 when absent)

    def add(self, docnum: int, inv: Inverted) -> int:
        """Add a document's inverted text; returns how many terms were new to this segment."""
        poses, n = inv
        lengths = self.lengths
        if len(lengths) < docnum:
            lengths.extend([0] * (docnum - len(lengths)))
        lengths.append(n)
        terms = self.terms
        new = 0
        for w, lst in poses.items():
            acc = terms.get(w)
            if acc is None:
                acc = terms[w] = (array("I"), array("I"), array("I"))
                new += 1
            acc[0].append(docnum)
            acc[1].append(len(lst))
            acc[2].extend(lst)
        return new


class _Storage(FileStorage):
    """A Whoosh file storage whose temporary folders are this writer's own: several processes write
    segments into one index folder at once, and Whoosh names a segment's temporary folder after
    the index alone."""

    def __init__(self, folder: str):
        super().__init__(folder)
        self._temps: list[FileStorage] = []

    def temp_storage(self, name=None):
        t = super().temp_storage(f".{name or 'tmp'}-{os.getpid()}-{secrets.token_hex(4)}")
        self._temps.append(t)
        return t

    def destroy_temps(self) -> None:
        for t in self._temps:
            t.destroy()
        self._temps = []


class SegmentBuilder:
    """One new Whoosh segment, built in memory and written by :meth:`write`.

    Documents are added with :meth:`add`: their stored fields, their keyword fields (ID, NUMERIC:
    indexed with the schema field's own encoding) and their text fields, already inverted.
    """

    def __init__(self, schema):
        self.schema = schema
        self.docs = 0
        self.postings = 0  # text postings so far
        self.bytes = 0  # an estimate of the memory held so far (see _TERM_BYTES)
        self._text = {name: _TextPostings() for name in TEXT_FIELDS}
        self._keywords: dict[str, dict[bytes, array]] = defaultdict(dict)
        self._stored: list[dict[str, Any]] = []
        self._columns: dict[str, list] = defaultdict(list)
        self._column_fields = [name for name, f in schema.items() if f.column_type]

    def add(self, stored: dict[str, Any], keywords: dict[str, Any], texts: dict[str, Inverted]) -> int:
        """Add one document; returns its number in the segment.

        ``stored``: the stored fields; ``keywords``: the ID fields to index (kind, lang, ...);
        ``texts``: the text fields, inverted (:func:`invert`). Sortable fields among the stored and
        keyword fields also get their column value.
        """
        docnum = self.docs
        self.docs += 1
        self._stored.append(stored)
        schema = self.schema
        for name, value in keywords.items():
            table = self._keywords[name]
            for tbytes, _freq, _weight, _v in schema[name].index(value):
                ids = table.get(tbytes)
                if ids is None:
                    ids = table[tbytes] = array("I")
                ids.append(docnum)
        for name in self._column_fields:
            value = keywords.get(name, stored.get(name))
            if value is not None:
                col = self._columns[name]
                col.extend([None] * (docnum - len(col)))
                col.append(schema[name].to_column_value(value))
        held = _DOC_BYTES
        for name, inv in texts.items():
            new = self._text[name].add(docnum, inv)
            self.postings += len(inv[0])
            held += new * _TERM_BYTES + len(inv[0]) * _POSTING_BYTES + inv[1] * _POSITION_BYTES
        self.bytes += held
        return docnum

    def text_terms(self, name: str):
        """(term, (docnums, frequencies, positions)) of a text field so far."""
        return self._text[name].terms.items()

    def write(self, folder: str, segid: str | None = None) -> W3Segment:
        """Write the segment's files into ``folder`` (a Whoosh index folder); returns the segment
        (named ``segid``, from :func:`new_segment_id`, when given).

        Writing consumes the text postings (they are freed as they are written): write once."""
        storage = _Storage(folder)
        codec = W3Codec()
        seg = W3Segment(codec, INDEX_NAME, segid=segid)
        try:
            self._write_per_doc(storage, codec, seg)
        finally:
            storage.destroy_temps()
        self._write_postings(storage, seg)
        seg.set_doc_count(self.docs)
        return seg

    def _write_per_doc(self, storage, codec, seg) -> None:
        schema = self.schema
        pdw = W3PerDocWriter(codec, storage, seg)
        lengths = {name: (schema[name], p.lengths) for name, p in self._text.items()}
        columns = [(name, schema[name].column_type, col) for name, col in self._columns.items()]
        for docnum, stored in enumerate(self._stored):
            pdw.start_doc(docnum)
            for name, value in stored.items():
                pdw.add_field(name, schema[name], value, 0)
            for name, (field, lens) in lengths.items():
                n = lens[docnum] if docnum < len(lens) else 0
                if n:
                    pdw.add_field(name, field, None, n)
            for name, column, col in columns:
                if docnum < len(col) and col[docnum] is not None:
                    pdw.add_column_value(name, column, col[docnum])
            pdw.finish_doc()
        pdw.close()

    def _write_postings(self, storage, seg) -> None:
        tindex = OrderedHashWriter(seg.create_file(storage, W3Codec.TERMS_EXT))
        fieldmap = tindex.extras["fieldmap"] = {}
        postfile = seg.create_file(storage, W3Codec.POSTS_EXT)
        pf = _PostingsFile(postfile)
        names = sorted(set(self._text) | set(self._keywords))
        for fieldid, name in enumerate(names):
            fieldmap[name] = fieldid
            prefix = _pack_key(fieldid)
            if name in self._text:
                p = self._text[name]
                boost = self.schema[name].format.field_boost
                terms = p.terms
                for term in sorted(terms):
                    # each term's arrays are let go once written: writing then reuses their memory
                    # instead of adding to it (a segment is written once)
                    tindex.add(prefix + term.encode("utf-8"), _write_text_term(pf, *terms.pop(term), p.lengths, boost))
            else:
                table = self._keywords[name]
                for tbytes in sorted(table):
                    tindex.add(prefix + tbytes, _write_keyword_term(pf, table[tbytes]))
        tindex.close()
        postfile.close()


def new_segment_id() -> str:
    """A new segment's name, as Whoosh makes them (for files written beside the segment first)."""
    return W3Segment._random_id()


class _PostingsFile:
    """The postings file of a segment being written, with its own running offset."""

    def __init__(self, structfile):
        self.f = structfile
        self.write = structfile.file.write
        self.pos = structfile.tell()

    def block(self, ids, weights, values, maxweight: float, minlen: int, maxlen: int, last: bool) -> None:
        """One posting block, exactly as Whoosh's ``W3PostingsWriter._write_block`` writes it."""
        if len(ids) == 1:
            deltas = (ids[0],)
        else:
            deltas = [ids[0]]
            deltas.extend(b - a for a, b in zip(ids, ids[1:]))
            deltas = tuple(deltas)
        data = _dumps((deltas, weights, values), _PROTOCOL)
        comp = 0
        if len(data) >= _COMPRESS_FROM:
            data, comp = zlib.compress(data, _COMPRESSION), _COMPRESSION
        info = _dumps((len(ids), ids[-1], maxweight, comp, _len_byte(minlen), _len_byte(maxlen)), _PROTOCOL)
        size = len(info) + len(data)
        self.write(_pack_int(-size if last else size) + info + data)
        self.pos += 4 + size

    def start_term(self) -> int:
        start = self.pos
        self.write(WHOOSH3_HEADER_MAGIC)
        self.pos += 4
        return start


def _terminfo(df: int, weight: float, maxweight: float, minlen: int, maxlen: int, minid: int, maxid: int,
              offset: int, length: int) -> bytes:
    """The bytes of a ``W3TermInfo`` for postings written to the postings file."""
    return (_TERMINFO.pack(0, weight, df, _len_byte(minlen), _len_byte(maxlen), maxweight, minid, maxid)
            + _pack_long(offset) + _pack_int(length))


def _write_text_term(pf: _PostingsFile, docs: array, freqs: array, poss: array, lengths: array,
                     boost: float) -> bytes:
    start = pf.start_term()
    n = len(docs)
    if n == 1:  # most terms: one page
        d, f = docs[0], freqs[0]
        length = lengths[d]
        w = float(f * boost)
        pf.block(docs, None if w == 1.0 else w, (encode_positions(poss),), w, length, length, True)
        return _terminfo(1, w, w, length, length, d, d, start, pf.pos - start)
    weight = maxweight_all = 0.0
    minlen_all, maxlen_all = 1 << 31, 0
    o = 0
    for b0 in range(0, n, BLOCK):
        ids = docs[b0:b0 + BLOCK]
        fs = freqs[b0:b0 + BLOCK]
        values = []
        for f in fs:
            values.append(encode_positions(poss[o:o + f]))
            o += f
        lens = [lengths[d] for d in ids]
        minlen, maxlen = min(lens), max(lens)
        maxf = max(fs)
        if maxf == 1 and boost == 1.0:
            weights = None
        elif min(fs) == maxf:
            weights = float(maxf * boost)
        else:
            weights = tuple(float(f * boost) for f in fs)
        maxweight = float(maxf * boost)
        weight += sum(fs) * boost
        maxweight_all = max(maxweight_all, maxweight)
        minlen_all, maxlen_all = min(minlen_all, minlen), max(maxlen_all, maxlen)
        pf.block(ids, weights, tuple(values), maxweight, minlen, maxlen, b0 + BLOCK >= n)
    return _terminfo(n, weight, maxweight_all, minlen_all, maxlen_all, docs[0], docs[-1], start, pf.pos - start)


def _write_keyword_term(pf: _PostingsFile, docs: array) -> bytes:
    start = pf.start_term()
    n = len(docs)
    for b0 in range(0, n, BLOCK):
        pf.block(docs[b0:b0 + BLOCK], None, None, 1.0, 0, 0, b0 + BLOCK >= n)
    return _terminfo(n, float(n), 1.0, 0, 0, docs[0], docs[-1], start, pf.pos - start)


def write_toc(folder: str, schema, segments: Iterable[W3Segment], generation: int) -> None:
    """Write the table of contents listing ``segments`` (generation ``generation``) into ``folder``."""
    from whoosh.index import TOC

    TOC(schema, list(segments), generation).write(FileStorage(folder), INDEX_NAME)
