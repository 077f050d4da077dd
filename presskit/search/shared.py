"""Scores that compare across kits: BM25F with statistics shared by every kit searched together.

A BM25 score depends on the collection it is computed in: the inverse document frequency of each
word (how many entries hold it, out of how many) and the average length of each field. Two kits
searched apart give the same document two different scores, so ranking the union of their results
by score would favour whichever kit is smaller or uses the query's words less.

:class:`SharedStatistics` adds up those numbers over every kit of a search (entries, field lengths,
and, word by word, document frequencies, asked of each kit's index when a word is first scored and
kept for the search), and :class:`SharedBM25F` scores each kit's entries with them, exactly as
Whoosh's :class:`~whoosh.scoring.BM25F` would if the kits were one index. The per-kit indexes are
read as they are, nothing is rebuilt, and the same document in two kits gets the same score. See
``docs/library.md`` for why this rather than normalising each kit's scores afterwards.
"""

from __future__ import annotations

from math import log
from typing import Protocol, Sequence

from whoosh.scoring import BM25F, WeightLengthScorer, WeightScorer, bm25


class _Counts(Protocol):
    def collection_statistics(self) -> tuple[int, dict[str, int]]: ...

    def doc_frequency(self, field: str, text: str | bytes) -> int: ...


class SharedStatistics:
    """Entry counts, field lengths and document frequencies summed over several kits' searchers.

    Not thread-safe (it asks the searchers, which are not): one per thread, like the searchers.
    """

    def __init__(self, searchers: Sequence[_Counts]):
        self._searchers = list(searchers)
        self.doc_count = 0
        self._lengths: dict[str, int] = {}
        for s in self._searchers:
            n, lengths = s.collection_statistics()
            self.doc_count += n
            for f, v in lengths.items():
                self._lengths[f] = self._lengths.get(f, 0) + v
        self._df: dict[tuple[str, str | bytes], int] = {}

    def doc_frequency(self, field: str, text: str | bytes) -> int:
        key = (field, text)
        n = self._df.get(key)
        if n is None:
            n = self._df[key] = sum(s.doc_frequency(field, text) for s in self._searchers)
        return n

    def idf(self, field: str, text: str | bytes) -> float:
        """Whoosh's BM25F idf, over the whole collection."""
        return log(max(self.doc_count, 1) / (self.doc_frequency(field, text) + 1)) + 1

    def avg_field_length(self, field: str) -> float:
        return (self._lengths.get(field, 0) / self.doc_count) if self.doc_count else 1.0

    def forget_words(self) -> None:
        """Drop the cached word frequencies (call between searches to keep memory bounded)."""
        if len(self._df) > 50_000:
            self._df.clear()


class _SharedScorer(WeightLengthScorer):
    plain_bm25 = True  # scores are bm25(idf, weight, length, avgfl, B, K1): presskit.search.postings may add them up
    def __init__(self, searcher, fieldname, text, B, K1, qf, stats: SharedStatistics):
        self.idf = stats.idf(fieldname, text)
        self.avgfl = stats.avg_field_length(fieldname) or 1
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)

    def _score(self, weight, length):
        return bm25(self.idf, weight, length, self.avgfl, self.B, self.K1)


class SharedBM25F(BM25F):
    """Whoosh's BM25F (same B and K1 as the kit's own searcher) with collection-wide statistics."""

    def __init__(self, stats: SharedStatistics, B: float = 0.75, K1: float = 1.2):
        super().__init__(B=B, K1=K1)
        self.stats = stats

    def idf(self, searcher, fieldname, text):
        return self.stats.idf(fieldname, text)

    def bm25_model(self, searcher, fieldname, text) -> tuple[float, float, float, float] | None:
        """(idf, average field length, B, K1) the scorer of a term uses; None for a field scored by
        weight alone (:meth:`presskit.search.postings.PostingScorer.term_model`)."""
        if not searcher.schema[fieldname].scorable:
            return None
        stats = self.stats
        return stats.idf(fieldname, text), stats.avg_field_length(fieldname) or 1, \
            self._field_B.get(fieldname, self.B), self.K1

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        B = self._field_B.get(fieldname, self.B)
        return _SharedScorer(searcher, fieldname, text, B, self.K1, qf, self.stats)
