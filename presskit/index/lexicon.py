"""The vocabulary of an index and its spelling tables: built once at build time, read in place.

* ``vocab.pk`` (:class:`Vocabulary`): every indexed word of the titles and texts, sorted, with the
  number of index entries holding it (live entries only: an incremental build keeps it exact). Stem
  siblings and prefix expansion are range scans in it (a binary search, no word list in memory).
* ``spell/<segment>.pk`` (:class:`SpellTable`), one per Whoosh segment: for "did you mean" and
  misspelt words, the segment's words under every form with one letter deleted (and as they are),
  hashed and sorted. A misspelt query word is looked up under its own forms with up to two letters
  deleted (symmetric deletion): a few dozen binary searches in files that stay on disk, instead of a
  table of the whole vocabulary built in memory at the first misspelling.

Both are :mod:`presskit.index.packed` files: plain numbers and UTF-8, memory-mapped.
"""

from __future__ import annotations

import bisect
import os
import zlib
from array import array
from pathlib import Path
from typing import Iterable

from .packed import PackedError, PackedFile, write_packed

VOCAB_NAME = "vocab.pk"
SPELL_DIR = "spell"
#: Words that get spelling entries: letters only, 3 to 30 of them (longer runs are not words).
SPELL_MIN, SPELL_MAX = 3, 30


def spellable(term: str) -> bool:
    return SPELL_MIN <= len(term) <= SPELL_MAX and term.isalpha()


def _terms_sections(terms: list[str]) -> tuple[bytes, array]:
    blob = bytearray()
    offsets = array("I", [0])
    for t in terms:
        blob += t.encode("utf-8")
        offsets.append(len(blob))
    return bytes(blob), offsets


class _SortedTerms:
    """Sorted UTF-8 terms in a packed file (sections ``blob`` and ``offsets``), searched in place."""

    def __init__(self, pf: PackedFile):
        self._pf = pf
        self._blob = pf.bytes("blob")
        self._off = pf.numbers("offsets", "I")
        self.n = max(0, len(self._off) - 1)
        if self.n and self._off[self.n] > len(self._blob):
            raise PackedError(f"The search index file {pf.path.name} is damaged (offsets).")
        # the blob as a range of the mapped file: a term is one slice of it, not a call through the
        # section's window (a binary search over 200,000 words slices it 18 times)
        self._buf, self._start, self._end = self._blob.span()

    def __len__(self) -> int:
        return self.n

    def raw(self, i: int) -> bytes:
        end = self._end
        a, b = self._start + self._off[i], self._start + self._off[i + 1]
        return self._buf[a if a < end else end:b if b < end else end]

    def term(self, i: int) -> str:
        return self.raw(i).decode("utf-8", "replace")

    def lower_bound(self, key: bytes) -> int:
        lo, hi = 0, self.n
        buf, off, start, end = self._buf, self._off, self._start, self._end
        while lo < hi:
            mid = (lo + hi) // 2
            a, b = start + off[mid], start + off[mid + 1]  # raw(mid), inlined
            if buf[a if a < end else end:b if b < end else end] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def find(self, term: str) -> int:
        """The index of ``term``, or -1."""
        key = term.encode("utf-8")
        i = self.lower_bound(key)
        return i if i < self.n and self.raw(i) == key else -1

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Indexes ``[lo, hi)`` of the terms starting with ``prefix``."""
        key = prefix.encode("utf-8")
        # 0xFF never occurs in UTF-8: every term starting with the prefix sorts below prefix + 0xFF
        return self.lower_bound(key), self.lower_bound(key + b"\xff")


# --- the vocabulary ------------------------------------------------------------------------------

def write_vocabulary(path: str | os.PathLike, counts: dict[str, int]) -> int:
    """Write the vocabulary (word -> number of entries holding it; words at 0 left out)."""
    terms = sorted(t for t, n in counts.items() if n > 0)
    blob, offsets = _terms_sections(terms)
    write_packed(path, {"blob": blob, "offsets": offsets, "df": array("I", [counts[t] for t in terms])},
                 {"terms": len(terms)})
    return len(terms)


def read_counts(path: str | os.PathLike) -> dict[str, int]:
    """The whole vocabulary as a dict (an incremental build updates it; searches never need this)."""
    v = Vocabulary(path)
    try:
        t = v._terms
        blob, off = bytes(t._blob[0:len(t._blob)]), t._off  # one copy, then slices of it
        return dict(zip((blob[off[i]:off[i + 1]].decode("utf-8", "replace") for i in range(t.n)), v._df))
    finally:
        v.close()


def vocabulary_size(path: str | os.PathLike) -> int:
    """How many words the vocabulary file holds."""
    v = Vocabulary(path)
    try:
        return len(v)
    finally:
        v.close()


class Vocabulary:
    """The words of an index with their entry counts, sorted, read in place (thread-safe: read only)."""

    def __init__(self, path: str | os.PathLike):
        self._pf = PackedFile(path)
        self._terms = _SortedTerms(self._pf)
        self._df = self._pf.numbers("df", "I")
        if len(self._df) != len(self._terms):
            raise PackedError("The search index's vocabulary is damaged (counts).")

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, term: str) -> bool:
        return self._terms.find(term) >= 0

    def term(self, i: int) -> str:
        return self._terms.term(i)

    def df_at(self, i: int) -> int:
        return self._df[i]

    def df(self, term: str) -> int:
        """Entries holding ``term`` (0 when the index does not have it)."""
        i = self._terms.find(term)
        return self._df[i] if i >= 0 else 0

    def with_prefix(self, prefix: str, limit: int = 2000) -> list[str]:
        """Words starting with ``prefix``, in alphabetical order (at most ``limit``)."""
        lo, hi = self._terms.prefix_range(prefix)
        return [self._terms.term(i) for i in range(lo, min(hi, lo + limit))]

    def count_with_prefix(self, prefix: str) -> int:
        lo, hi = self._terms.prefix_range(prefix)
        return hi - lo

    def most_frequent_with_prefix(self, prefix: str, cap: int) -> list[str]:
        """Up to ``cap`` words starting with ``prefix``, most frequent first (ties alphabetical)."""
        return [w for w, _n in self.frequent_with_prefix(prefix, cap)]

    def frequent_with_prefix(self, prefix: str, cap: int) -> list[tuple[str, int]]:
        """(word, entries holding it) of :meth:`most_frequent_with_prefix`'s words, in its order."""
        lo, hi = self._terms.prefix_range(prefix)
        df = self._df
        if hi - lo <= cap:
            idx = sorted(range(lo, hi), key=lambda i: -df[i])
        else:
            import heapq

            idx = heapq.nsmallest(cap, range(lo, hi), key=lambda i: (-df[i], i))
        return [(self._terms.term(i), df[i]) for i in idx]

    def close(self) -> None:
        self._pf.close()


# --- spelling tables -----------------------------------------------------------------------------

def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def deletes1(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


#: Every FENCE_STEP-th key of a spelling table (one 4 KB page of keys) is kept in a small ``fence``
#: section: a lookup bisects the fence, then one page of keys. A plain binary search over a
#: million keys touched a dozen pages per form, and one misspelling (some hundred forms, a table
#: per segment) brought 55 MB of a 100,000-page kit's tables into memory.
FENCE_STEP = 512


def write_spell_table(path: str | os.PathLike, words: Iterable[str]) -> int:
    """The spelling table of a segment's words: each spellable word under itself and its forms with
    one letter deleted. Returns the number of entries."""
    terms = sorted({w for w in words if spellable(w)})
    # Sorted in 16 runs by their top 4 bits: a list of all the keys as Python numbers (40 bytes
    # each, against 8 in an array) took a writer process from 132 to 194 MB at the end of a segment.
    runs = [array("Q") for _ in range(16)]
    crc = zlib.crc32
    for tid, t in enumerate(terms):
        k = (crc(t.encode("utf-8")) << 32) | tid
        runs[k >> 60].append(k)
        for i in range(len(t)):
            k = (crc((t[:i] + t[i + 1:]).encode("utf-8")) << 32) | tid
            runs[k >> 60].append(k)
    keys = array("Q")
    for n, run in enumerate(runs):
        keys.extend(sorted(run))
        runs[n] = None
    blob, offsets = _terms_sections(terms)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_packed(path, {"blob": blob, "offsets": offsets, "keys": keys,
                        "fence": keys[::FENCE_STEP]}, {"terms": len(terms)})
    return len(keys)


class SpellTable:
    """A segment's spelling table, read in place (thread-safe: read only)."""

    def __init__(self, path: str | os.PathLike):
        self._pf = PackedFile(path)
        self._terms = _SortedTerms(self._pf)
        self._keys = self._pf.numbers("keys", "Q")
        # tables written before the fence existed are searched with a plain binary search
        self._fence = array("Q", self._pf.numbers("fence", "Q")) if "fence" in self._pf.sections else None
        if self._fence is not None and len(self._fence) != -(-len(self._keys) // FENCE_STEP):
            raise PackedError(f"The search index file {Path(path).name} is damaged (fence).")

    def _first(self, h: int) -> int:
        """The index of the first key >= ``h``."""
        keys, fence = self._keys, self._fence
        if fence is None:
            return bisect.bisect_left(keys, h)
        j = bisect.bisect_left(fence, h)  # fence[j-1] < h <= fence[j]: the key is in that page
        lo = max(0, (j - 1) * FENCE_STEP)
        hi = min(len(keys), j * FENCE_STEP)
        return bisect.bisect_left(keys, h, lo, hi)

    def words_under(self, forms: Iterable[str]) -> set[str]:
        """The segment's words filed under any of ``forms`` (a hash match; callers check distance)."""
        keys, n = self._keys, len(self._keys)
        nterms = len(self._terms)
        out: set[str] = set()
        for form in forms:
            h = _crc(form) << 32
            i = self._first(h)
            while i < n and keys[i] >> 32 == h >> 32:
                tid = keys[i] & 0xFFFFFFFF
                if tid < nterms:
                    out.add(self._terms.term(tid))
                i += 1
        return out

    def close(self) -> None:
        self._pf.close()


def spell_table_path(index_dir: Path, segid: str) -> Path:
    return Path(index_dir) / SPELL_DIR / f"{segid}.pk"
