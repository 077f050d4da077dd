"""Plain-data files of arrays: a one-line JSON header, then named sections of bytes or numbers.

The index keeps its vocabulary and spelling tables in such files (:mod:`presskit.index.lexicon`):
they are written once at build time and read in place (memory-mapped, so a query brings in only
the pages it touches, never the whole table), and they hold nothing but numbers and UTF-8 text:
no pickle, nothing that could run. A damaged or hostile file gives :class:`PackedError` (a
damaged index is rebuilt), never a crash: every section is checked against the file's size.

Layout::

    PKPK1\\n
    {"sections": {"name": [offset, length, "typecode"], ...}, "meta": {...}}\\n
    ... sections, each starting at a multiple of 8 bytes, numbers little-endian ...
"""

from __future__ import annotations

import json
import mmap
import os
import sys
from array import array
from pathlib import Path
from typing import Any

from ..errors import SearchIndexError

MAGIC = b"PKPK1\n"
_MAX_HEADER = 1 << 16
_SWAP = sys.byteorder != "little"
_TYPES = {"B": 1, "H": 2, "I": 4, "Q": 8}


class PackedError(SearchIndexError):
    """A plain-data index file is damaged (the index is rebuilt)."""


def write_packed(path: str | os.PathLike, sections: dict[str, bytes | array], meta: dict | None = None) -> None:
    """Write ``sections`` (bytes, or arrays of typecode B, H, I or Q) to ``path`` (not atomically:
    index files are written into a new index folder that is swapped in when complete)."""
    parts: list[tuple[str, bytes, str]] = []
    for name, data in sections.items():
        if isinstance(data, array):
            if data.typecode not in _TYPES or data.itemsize != _TYPES[data.typecode]:
                raise ValueError(f"unsupported array type {data.typecode!r}")
            if _SWAP:
                data = array(data.typecode, data)
                data.byteswap()
            parts.append((name, data.tobytes(), data.typecode))
        else:
            parts.append((name, bytes(data), "B"))
    start = _align(len(MAGIC) + 64)
    while True:  # the header holds the offsets, which depend on the header's length
        table: dict[str, list] = {}
        pos = start
        for name, data, code in parts:
            table[name] = [pos, len(data), code]
            pos = _align(pos + len(data))
        header = json.dumps({"sections": table, "meta": meta or {}}, separators=(",", ":")).encode() + b"\n"
        if _align(len(MAGIC) + len(header)) <= start:
            break
        start = _align(len(MAGIC) + len(header))
    with open(path, "wb") as f:
        f.write(MAGIC + header)
        for name, data, _code in parts:
            f.seek(table[name][0])
            f.write(data)
        f.truncate(max([start] + [off + ln for off, ln, _c in table.values()]))


def _align(n: int) -> int:
    return (n + 7) & ~7


class PackedFile:
    """A plain-data file opened in place: :meth:`bytes` and :meth:`numbers` give its sections."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        try:
            with open(self.path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
            if size and hasattr(mmap, "MADV_RANDOM"):
                # lookups jump about (binary searches): without this the kernel reads ahead around
                # every page touched, and one misspelling brought in most of a 100,000-page kit's tables
                self._mm.madvise(mmap.MADV_RANDOM)
        except (OSError, ValueError) as e:
            raise PackedError(f"The search index file {self.path.name} cannot be read.", details=str(e)) from None
        self.size = size
        self.sections, self.meta = self._header()

    def _header(self) -> tuple[dict[str, tuple[int, int, str]], dict[str, Any]]:
        mm = self._mm
        if mm[:len(MAGIC)] != MAGIC:
            raise PackedError(f"The search index file {self.path.name} is damaged.")
        end = mm.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
        if end < 0:
            raise PackedError(f"The search index file {self.path.name} is damaged (header).")
        try:
            head = json.loads(bytes(mm[len(MAGIC):end]))
            raw = head["sections"]
            meta = head.get("meta") or {}
            sections = {}
            for name, (off, ln, code) in raw.items():
                if (not isinstance(off, int) or not isinstance(ln, int) or code not in _TYPES or off < 0
                        or ln < 0 or off + ln > self.size or ln % _TYPES[code] or off % 8):
                    raise ValueError(name)
                sections[str(name)] = (off, ln, code)
            if not isinstance(meta, dict):
                raise ValueError("meta")
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            raise PackedError(f"The search index file {self.path.name} is damaged (header).",
                              details=repr(e)) from None
        return sections, meta

    def _section(self, name: str) -> tuple[int, int, str]:
        try:
            return self.sections[name]
        except KeyError:
            raise PackedError(f"The search index file {self.path.name} lacks its {name!r} part.") from None

    def bytes(self, name: str):
        """The section as a sliceable object (mmap slices give bytes); offsets are file offsets."""
        off, ln, _code = self._section(name)
        return _Window(self._mm, off, ln)

    def numbers(self, name: str, code: str):
        """The section as a sequence of unsigned integers (read in place where the machine allows)."""
        off, ln, have = self._section(name)
        if have != code:
            raise PackedError(f"The search index file {self.path.name} is damaged ({name}).")
        if not ln:
            return array(code)
        if _SWAP or not isinstance(self._mm, mmap.mmap):
            a = array(code, bytes(self._mm[off:off + ln]))
            if _SWAP:
                a.byteswap()
            return a
        return memoryview(self._mm)[off:off + ln].cast(code)

    def close(self) -> None:
        if isinstance(self._mm, mmap.mmap):
            try:
                self._mm.close()
            except BufferError:  # a section is still in use: the map goes with it
                pass


class _Window:
    """A byte section of a mapped file: ``w[a:b]`` gives bytes, offsets relative to the section."""

    __slots__ = ("_mm", "_off", "_len")

    def __init__(self, mm, off: int, ln: int):
        self._mm, self._off, self._len = mm, off, ln

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, s: slice) -> bytes:
        a = max(0, min(s.start or 0, self._len))
        b = max(a, min(self._len if s.stop is None else s.stop, self._len))
        return self._mm[self._off + a:self._off + b]

    def span(self) -> tuple:
        """(buffer, start, end): the section as a range of the mapped file, for loops that slice it
        many times themselves (each slice kept within start..end, as ``w[a:b]`` keeps it)."""
        return self._mm, self._off, self._off + self._len
