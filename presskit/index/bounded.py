"""Whoosh's readers held to the bytes an index holds.

Whoosh reads its segment files by sizes, offsets and counts the files themselves state: a key's
and a value's length in the term dictionary (``.trm``), a hash table's number of slots, a
posting block's length (``.pst``), a column's length array and type (``.col``), and the number of
entries a segment has (the table of contents). It believes them: ``read(n)`` of a buffered file
allocates ``n`` bytes before it reads any, ``array.fromfile`` asks for ``count * size`` bytes, and
a hash look-up probes as many slots as the table says it has. A kit from a stranger may state
2**31 or 2**63 anywhere. So every Whoosh index presskit opens (:func:`presskit.index.safe_toc.open_dir`)
is read through :class:`BoundedStorage`, whose files never read past their own end (a request for
more gives what is there, or nothing), and :func:`install` bounds the three readers whose work
grows with a number rather than with a read:

* a hash look-up in the term dictionary stops after MAX_PROBES slots (the longest run of full
  slots in the 9 term dictionaries of a 100,000-page kit is 59), and a walk of its records (a
  prefix's words) refuses a record of a negative length, which would step back forever;
* a stored value of a column (``_stored.col``: a few hundred bytes an entry) inflates to at most
  MAX_STORED_BYTES, so a zlib bomb is refused;
* a column's length and offset arrays must lie inside the column, checked before they are read.

What is left of each reader is bounded by the sizes of the files present (docs/trust.md, *The
index*, item 3: a table of every reader). Anything past a bound raises
:class:`~presskit.errors.UnsafeIndexError`: the index is damaged (the CLI says so and exits 2, the
viewer says search is not available).
"""

from __future__ import annotations

import os
import struct
import zlib
from typing import Any

from ..errors import UnsafeIndexError

#: Most slots one look-up in a term dictionary's hash table probes (the writer fills at most half
#: of a table's slots; the longest run of full slots measured at 100,000 pages: 59).
MAX_PROBES = 4096
#: Largest stored value of one entry once inflated (presskit stores an entry's id, item, page,
#: kind and quote row: a few hundred bytes).
MAX_STORED_BYTES = 1 << 20
#: Reads up to this many bytes are not checked against the file's end (they cost nothing more).
_SMALL = 1 << 16


def _damaged(details: str) -> UnsafeIndexError:
    return UnsafeIndexError("The search index is damaged and cannot be read.", details=details)


def _bounded_file_class():
    from whoosh.filedb.structfile import StructFile

    class BoundedFile(StructFile):
        """A Whoosh ``StructFile`` that never reads past the end of its file: a length it is asked
        for is cut to what the file holds from there (a negative one to nothing), so no read
        allocates more than the file's size."""

        def __init__(self, fileobj: Any, size: int, name: str | None = None):
            super().__init__(fileobj, name=name)
            self.size = size

        def read(self, n: int | None = -1) -> bytes:
            if n is not None and n > _SMALL:
                left = self.size - self.file.tell()
                n = n if n <= left else max(left, 0)
            return self.file.read(n)

        def get(self, position: int, length: int) -> bytes:
            f = self.file
            f.seek(position)
            if length > _SMALL or length < 0:
                left = self.size - position
                length = 0 if length < 0 or left < 0 else min(length, left)
            return f.read(length)

        def read_array(self, typecode: str, length: int):
            from array import array

            need = length * array(typecode).itemsize
            if need < 0 or need > self.size - self.file.tell():
                raise _damaged(f"an array of {str(length)[:20]} values past the end of {self._name}")
            return super().read_array(typecode, length)

        def get_array(self, position: int, typecode: str, length: int):
            self.file.seek(position)
            return self.read_array(typecode, length)

    return BoundedFile


_FILE_CLASS: list = []


def bounded_file(path: str, name: str | None = None):
    """``path`` opened for reading as a :class:`BoundedFile`."""
    if not _FILE_CLASS:
        _FILE_CLASS.append(_bounded_file_class())
    f = open(path, "rb")
    try:
        size = os.fstat(f.fileno()).st_size
    except OSError:
        f.close()
        raise
    return _FILE_CLASS[0](f, size, name=name)


def bounded_storage(folder: str):
    """A read-only Whoosh ``FileStorage`` of ``folder`` whose files are :class:`BoundedFile`."""
    from whoosh.filedb.filestore import FileStorage

    class BoundedStorage(FileStorage):
        def open_file(self, name: str, **kwargs: Any):
            return bounded_file(self._fpath(name), name=name)

    return BoundedStorage(folder, readonly=True)


# --- the readers that work by a count ------------------------------------------------------------

#: Whoosh's record formats (a slot: hash and position; a record: key and value lengths), bound by install()
_SLOT: Any = None
_LENGTHS: Any = None


def _ranges_for_key(self, key: bytes):
    """Whoosh's ``HashReader.ranges_for_key``, probing at most MAX_PROBES slots."""
    if not isinstance(key, bytes):
        raise TypeError("Key %r should be bytes" % key)
    dbfile = self.dbfile
    keyhash = self.hashfn(key)
    tablestart, numslots = self.tables[keyhash & 255]
    if numslots <= 0:
        return
    ptrsize, unpackptr = _SLOT.size, _SLOT.unpack
    lenssize, unpacklens = _LENGTHS.size, _LENGTHS.unpack
    end = tablestart + numslots * ptrsize
    slotpos = tablestart + ((keyhash >> 8) % numslots) * ptrsize
    for _ in range(min(numslots, MAX_PROBES)):
        slothash, itempos = unpackptr(dbfile.get(slotpos, ptrsize))
        if not itempos:
            return
        if slothash == keyhash:
            keylen, datalen = unpacklens(dbfile.get(itempos, lenssize))
            if keylen == len(key):
                keystart = itempos + lenssize
                if key == dbfile.get(keystart, keylen):
                    yield keystart + keylen, datalen
        slotpos += ptrsize
        if slotpos == end:
            slotpos = tablestart
    if numslots > MAX_PROBES:
        raise _damaged(f"a term dictionary's hash table has more than {MAX_PROBES} full slots in a row")


def _record(self, pos: int) -> tuple[int, int]:
    """(key length, value length) of the term dictionary's record at ``pos``. Whoosh reads them as
    signed numbers and steps to ``pos + 8 + key length + value length``: a negative one would step
    back, and a walk of the records (a prefix's words) would never end."""
    keylen, datalen = _LENGTHS.unpack(self.dbfile.get(pos, _LENGTHS.size))
    if keylen < 0 or datalen < 0:
        raise _damaged("a term dictionary record of a negative length")
    return keylen, datalen


def _key_and_range_at(self, pos: int):
    """Whoosh's ``HashReader.key_and_range_at``, with the record's lengths checked."""
    if pos >= self.endofdata:
        return None
    keylen, datalen = _record(self, pos)
    return self.dbfile.get(pos + _LENGTHS.size, keylen), pos + _LENGTHS.size + keylen, datalen


def _ranges(self, pos=None, eod=None):
    """Whoosh's ``HashReader._ranges``: every step moves forward at least 8 bytes."""
    pos = pos or self.startofdata
    eod = eod or self.endofdata
    while pos < eod:
        keylen, datalen = _record(self, pos)
        keypos = pos + _LENGTHS.size
        datapos = keypos + keylen
        yield keypos, keylen, datapos, datalen
        pos = datapos + datalen


def _read_offsets_and_lengths(self) -> None:
    """Whoosh's ``VarBytesColumn.Reader._read_offsets_and_lengths``, with the arrays' type codes
    and places checked to lie inside the column before they are read."""
    from array import array

    dbfile, basepos, doccount = self._dbfile, self._basepos, self._doccount
    lastbyte = basepos + self._length - 1

    def code_at(pos: int) -> str:
        if pos < basepos:
            raise _damaged("a column shorter than its own header")
        code = chr(dbfile.get_byte(pos))
        if code not in "BHiIq":  # what Whoosh writes (GrowableArray)
            raise _damaged(f"a column with arrays of type {code!r}")
        return code

    offsets = None
    if lastbyte >= basepos and chr(dbfile.get_byte(lastbyte)) == "X":
        self.had_stored_offsets = True
        lens_code, offsets_code = code_at(lastbyte - 2), code_at(lastbyte - 1)
        offsetstart = (lastbyte - 2) - doccount * struct.calcsize(offsets_code)
        if offsetstart < basepos:
            raise _damaged("a column's offsets start before the column")
        offsets = dbfile.get_array(offsetstart, offsets_code, doccount)
        lastbyte = offsetstart
    else:
        lens_code = code_at(lastbyte)
    lenstart = lastbyte - struct.calcsize(lens_code) * doccount
    if lenstart < basepos:
        raise _damaged("a column's lengths start before the column")
    lengths = dbfile.get_array(lenstart, lens_code, doccount)
    if offsets is None:
        offsets = array("Q")
        base = 0
        for length in lengths:
            offsets.append(base)
            base += length
    self._offsets, self._lengths = offsets, lengths


def inflate_stored(data: bytes) -> bytes:
    """A stored value's bytes inflated to at most MAX_STORED_BYTES (a zlib bomb is refused)."""
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_STORED_BYTES)
    except zlib.error as e:
        raise _damaged(f"zlib: {e}") from None
    if d.unconsumed_tail:
        raise _damaged("a stored value inflates past the limit")
    return out


def _stored_getitem(self, docnum: int) -> bytes:
    v = self._var_getitem(docnum)
    return inflate_stored(v) if v else v


def _stored_iter(self):
    for v in self._var_iter():
        yield inflate_stored(v)


def install() -> None:
    """Bound Whoosh's hash look-ups, column headers and stored values (idempotent)."""
    global _SLOT, _LENGTHS
    from whoosh.columns import CompressedBytesColumn, VarBytesColumn
    from whoosh.filedb.filetables import HashReader, _lengths, _pointer

    _SLOT, _LENGTHS = _pointer, _lengths
    HashReader.ranges_for_key = _ranges_for_key
    HashReader.key_and_range_at, HashReader._ranges = _key_and_range_at, _ranges
    VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths
    reader = CompressedBytesColumn.Reader
    reader._var_getitem, reader._var_iter = VarBytesColumn.Reader.__getitem__, VarBytesColumn.Reader.__iter__
    reader.__getitem__, reader.__iter__ = _stored_getitem, _stored_iter
