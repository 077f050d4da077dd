"""Each segment's words with the entries holding them: the sets of matches of prefixes, read in place.

A typed prefix stands for up to a hundred words (:mod:`presskit.search.expand`); a search ranks by its
dozen most frequent and needs the set of matches of all of them for its totals and facets. Read from
Whoosh's posting lists, that set costs a term look-up per word, field and segment (and the blocks of
positions and weights around the numbers wanted): at 20,000 pages 5-9 ms of a 15-27 ms search.

``wordids/<segment>.pk`` (a :mod:`presskit.index.packed` file: numbers and UTF-8 only, no pickle,
listed in the index stamp and checked with it like every index file) holds, for each word of the
segment's titles and texts, the sorted numbers of the segment's entries holding it in either field.
Words are sorted, so the words a prefix starts are one range of the file and their entries one
contiguous run: the set of matches of a prefix that stands for all its words (most prefixes) is a
single slice, merged at build time; for a prefix capped at its most frequent words, the run is cut
at the words left out. The entries of a segment do not depend on the rest of the kit, so each
segment writes its own file with its other files, and an incremental build links the files of the
segments it keeps, as it links their spelling tables.

Old indexes have no such folder: their prefixes are answered from the posting lists as before.
"""

from __future__ import annotations

import bisect
import os
from array import array
from pathlib import Path
from typing import Iterable

from .lexicon import _SortedTerms, _terms_sections
from .packed import PackedError, PackedFile, write_packed

WORDIDS_DIR = "wordids"
#: the fields whose entries the file merges (the fields a search looks in unless told otherwise)
FIELDS = ("body", "title")


def word_ids_path(index_dir: str | os.PathLike, segid: str) -> Path:
    return Path(index_dir) / WORDIDS_DIR / f"{segid}.pk"


def write_word_ids(path: str | os.PathLike, docs: int, fields: Iterable) -> int:
    """Write the word -> entries file of a segment of ``docs`` entries. ``fields``: for each field of
    :data:`FIELDS`, its (term, (docnums, ...)) pairs, docnums increasing. Returns the entries written."""
    merged: dict[str, object] = {}
    for pairs in fields:
        for term, acc in pairs:
            have = merged.get(term)
            if have is None:
                merged[term] = acc[0]
            else:  # an array, not a list of ints: this runs while the segment's postings are all in memory
                merged[term] = array("I", sorted(set(have).union(acc[0])))
    terms = sorted(merged)
    code = "H" if docs <= 0xFFFF else "I"  # most segments: 16-bit numbers, half the size
    ids = array(code)
    starts = array("I", [0])
    extend, start = ids.extend, starts.append
    for t in terms:
        have = merged[t]
        extend(have if type(have) is array and have.typecode == code else array(code, have))
        start(len(ids))
    blob, offsets = _terms_sections(terms)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_packed(path, {"blob": blob, "offsets": offsets, "starts": starts, "ids": ids},
                 {"docs": docs, "fields": list(FIELDS)})
    return len(ids)


class WordIds:
    """A segment's word -> entries file, read in place (read only: shareable between threads)."""

    def __init__(self, path: str | os.PathLike, docs: int):
        self._pf = PackedFile(path)
        self._terms = _SortedTerms(self._pf)
        self._starts = self._pf.numbers("starts", "I")
        code = self._pf.sections.get("ids", (0, 0, "I"))[2]
        self._ids = self._pf.numbers("ids", "H" if code == "H" else "I")
        self.docs = docs
        n = len(self._terms)
        if (self._pf.meta.get("docs") != docs or self._pf.meta.get("fields") != list(FIELDS)
                or len(self._starts) != n + 1 or (n and self._starts[n] != len(self._ids))):
            raise PackedError(f"The search index file {Path(path).name} does not match its segment.")

    def entries(self, prefix: str, words: set[bytes] | None) -> set[int]:
        """Entries (segment numbers) holding a word that starts with ``prefix`` and is one of
        ``words`` (UTF-8; None: every word with the prefix). Numbers past the segment are left out."""
        lo, hi = self._terms.prefix_range(prefix)
        starts, ids = self._starts, self._ids
        out: set[int] = set()
        if words is None:
            runs = [(lo, hi)]
        else:
            runs, raw, first = [], self._terms.raw, None
            for i in range(lo, hi):  # consecutive chosen words: one slice
                if raw(i) in words:
                    if first is None:
                        first = i
                elif first is not None:
                    runs.append((first, i))
                    first = None
            if first is not None:
                runs.append((first, hi))
        for a, b in runs:
            s, e = starts[a], starts[b]
            if s < e:
                if not s <= e <= len(ids):
                    raise PackedError("The search index's word lists are damaged (starts).")
                out.update(ids[s:e])
        if out and max(out) >= self.docs:
            out = {d for d in out if d < self.docs}
        return out

    def lists(self, prefix: str, words: set[bytes]) -> list[tuple[bytes, int, int]]:
        """(word, start, end) of the lists of those of ``words`` that start with ``prefix``."""
        lo, hi = self._terms.prefix_range(prefix)
        starts, raw, n = self._starts, self._terms.raw, len(self._ids)
        return [(w, starts[i], min(starts[i + 1], n)) for i in range(lo, hi) if (w := raw(i)) in words]

    def words_holding(self, lists: list[tuple[bytes, int, int]], entry: int) -> list[bytes]:
        """The words of ``lists`` (from :meth:`lists`) whose list holds ``entry``: a binary search in
        each, to check what the table says against the postings."""
        ids = self._ids
        out = []
        for w, s, e in lists:
            j = bisect.bisect_left(ids, entry, s, e) if s < e else e
            if j < e and ids[j] == entry:
                out.append(w)
        return out

    def close(self) -> None:
        self._pf.close()
