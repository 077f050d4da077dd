"""Scores straight from posting lists: BM25F for every match of an OR of words, without Whoosh's matchers.

A word typed stands for itself and its stem siblings in two fields, a prefix for its twelve most
frequent words in two fields (:mod:`.compile`): an OR of 10 to 60 terms. Whoosh ranks such an OR
through a tree of matchers that moves every posting list one document at a time and re-computes
bounds to prune; at 20,000 pages that took 20-80 ms of a query's 25-100 ms. This module reads each
term's posting blocks whole and adds up the same BM25F score per entry in a dict: the same numbers
(each term's score is computed with Whoosh's own formula, operands and order; only the order in
which an entry's term scores are added differs, which can move the last bit) in a fraction of the
time.

:meth:`PostingScorer.scores` handles terms, OR, AND, AND NOT and "and maybe" of those, with boosts,
and phrases, whose positions are read by block for the entries holding their rarest words
(:mod:`.phrases`; Whoosh's phrase matcher scores those it cannot read so); for anything else
(ranges, a weighting model other than BM25F: Whoosh's own scorer, or one that says ``plain_bm25``,
as a library's shared statistics do) it returns None and the caller asks Whoosh. Entries an
incremental build marked deleted are skipped, as Whoosh skips them.
Not thread-safe, like the Whoosh searcher it reads: one per searcher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util.numeric import byte_to_length

from ..index.packed import PackedError
from ..index.safe_toc import inflate_block
from ..index.wordids import FIELDS as WORDIDS_FIELDS, WordIds, word_ids_path
from .blocks import read_head

Scores = dict[int, float]

_LENGTHS = [byte_to_length(b) for b in range(256)]
#: a prefix's words are found by listing each segment's words with it when it starts at most this
#: many times as many indexed words (listing a word costs about a tenth of looking one up)
SCAN_SPREAD = 10


class PostingScorer:
    """BM25F scores of every entry a query matches, from the posting lists of ``searcher``.

    ``docset(q)``: the entries ``q`` matches (for the excluded part of AND NOT, which is not scored).
    """

    def __init__(self, searcher, docset: Callable[[Q.Query], set[int] | None], index_dir: Path | None = None):
        self.searcher = searcher
        self.docset = docset
        self._leaves = list(searcher.reader().leaf_readers())
        self._index_dir = index_dir
        self._lists: dict[int, WordIds | None] = {}
        #: the entries of the last prefix's set that came from the words' lists of entries
        #: (:mod:`presskit.index.wordids`), not from the posting lists
        self.from_lists: set[int] = set()
        self._chosen: tuple = (None, [])
        self._raw_lengths: dict[tuple[int, str], bytes] = {}
        self._norms: dict[tuple[str, float, float, float], list[float]] = {}

    def scores(self, q: Q.Query, within: set[int] | None = None) -> Scores | None:
        """{entry: score} for every entry ``q`` matches (of ``within`` only, when given: an AND scores
        its later clauses only where the earlier ones match); None when ``q`` is not for this scorer."""
        if isinstance(q, Q.Term):
            acc: Scores = {}
            return acc if self._add_term(acc, q.fieldname, q.text, q.boost, within) else None
        if isinstance(q, Q.Or) and type(q).matcher is Q.Or.matcher and not q.scale and not q.minmatch:
            return self._or(q, within)  # an OR, or a prefix's words (compile.PrefixOr: an OR as Whoosh scores it)
        if type(q) is Q.And:
            return self._and(q, within)
        if isinstance(q, Q.AndNot):
            a = self.scores(q.a, within)
            b = self.docset(q.b) if a else set()
            if a is None or b is None:
                return None
            for d in b.intersection(a) if len(b) < len(a) else [d for d in a if d in b]:
                del a[d]  # Whoosh: a's scores, no boost (a is this call's own dict)
            return a
        if type(q) is Q.AndMaybe:
            a = self.scores(q.a, within)
            b = self.scores(q.b, set(a)) if a else {}
            if a is None or b is None:
                return None
            return {d: (s + b[d] if d in b else s) for d, s in a.items()}
        if isinstance(q, Q.Phrase):
            from .phrases import phrase_scores  # on first use: most searches hold no phrase

            scores = phrase_scores(self, q, within)  # positions read by block, rarest word first
            if scores is not None:
                return scores
            # otherwise Whoosh's phrase matcher, its scores as they are
            return {d: s for s, d in self.searcher.search(q, limit=None).top_n if within is None or d in within}
        if q is Q.NullQuery:
            return {}
        return None

    def _or(self, q: Q.Or, within: set[int] | None) -> Scores | None:
        acc: Scores = {}
        for sub in q.subqueries:
            if isinstance(sub, Q.Term):
                if not self._add_term(acc, sub.fieldname, sub.text, sub.boost, within):
                    return None
                continue
            part = self.scores(sub, within)
            if part is None:
                return None
            get = acc.get
            for d, s in part.items():
                acc[d] = get(d, 0.0) + s
        return _boost(acc, q.boost if len(q.subqueries) > 1 else 1.0)  # Whoosh: one clause, no boost

    def _and(self, q: Q.And, within: set[int] | None) -> Scores | None:
        parts = []
        for sub in q.subqueries:
            part = self.scores(sub, within)
            if part is None:
                return None
            if not part:
                return {}
            parts.append(part)
            within = set(part) if within is None else within.intersection(part)
        if not parts:
            return {}
        keep = set(parts[0]).intersection(*parts[1:])
        return _boost({d: sum(p[d] for p in parts) for d in sorted(keep)}, q.boost if len(parts) > 1 else 1.0)

    def ids(self, fieldname: str, text: str | bytes) -> set[int]:
        """The live entries holding ``text`` in ``fieldname`` (Whoosh's ``postings().all_ids()``, by block)."""
        out: set[int] = set()
        if fieldname not in self.searcher.schema:
            return out
        for sub, base in self._leaves:
            _add_ids(out, sub, base, fieldname, text)
        return out

    def ids_with_prefix(self, prefix: str, terms: list[tuple[str, str]], spread: int,
                        lists: bool = True, minus: set[int] | frozenset[int] = frozenset()) -> set[int]:
        """The live entries holding any of ``terms`` ((field, word) pairs, each word starting with
        ``prefix``, which starts ``spread`` indexed words in all).

        Looking a word up in a segment costs about as much when it is absent as when it is there,
        and most of a prefix's words are absent from most segments and fields (at 20,000 pages, 600
        of 800 look-ups for ``late*``). When the words are a good part of those the prefix starts,
        each segment's words with the prefix are listed from its sorted term index in one pass, and
        only those present are looked up.

        Segments with words' lists of entries (:mod:`presskit.index.wordids`) answer from them when
        the words are asked in title and text alike (``lists``): one slice of a file for a prefix
        standing for all its words. The entries they gave are left in :attr:`from_lists`. A segment
        whose every entry is in ``minus`` (the quotes' segment, when the caller takes the quotes
        out) is not read: none of its entries could count."""
        by_field = self._by_field(terms)
        out: set[int] = set()
        # the same words in title and text (as a search asks): each segment's word lists hold them
        words = by_field.get(WORDIDS_FIELDS[0]) if lists else None
        if words is not None and (set(by_field) != set(WORDIDS_FIELDS) or
                                  any(ws != words for ws in by_field.values())):
            words = None
        self.from_lists = set()
        for n in range(len(self._leaves)):
            if minus and self._all_in(n, minus):
                continue
            lists_n = self._word_ids(n) if words is not None else None
            if lists_n is None:
                self._ids_with_prefix_in(out, n, prefix, by_field, spread)
                continue
            sub, base = self._leaves[n]
            local = lists_n.entries(prefix, words)
            if local and sub.has_deletions():
                local -= sub.deleted_docs_set
            got = set(map(base.__add__, local)) if base else local
            out |= got
            self.from_lists |= got
        return out

    def confirm_listed(self, docnum: int, prefix: str, words: frozenset[bytes]) -> bool:
        """Whether entry ``docnum``, which a word table (:meth:`ids_with_prefix`) gave for ``words``,
        holds one of them by the posting lists: the words whose lists in the table hold it are looked
        up in its segment's postings, in title and text (a few look-ups, not a segment's lists)."""
        n = self.segment_of(docnum)
        sub, base = self._leaves[n]
        lists_n = self._word_ids(n)
        local = docnum - base
        if lists_n is None or not 0 <= local < sub.doc_count_all():
            return False
        key = (n, prefix, words)
        if self._chosen[0] != key:  # the words' lists in this segment, found once per search
            self._chosen = (key, lists_n.lists(prefix, words))
        for w in lists_n.words_holding(self._chosen[1], local):
            for f in WORDIDS_FIELDS:
                try:
                    m = sub.postings(f, w)
                except TermNotFound:
                    continue
                m.skip_to(local)
                if m.is_active() and m.id() == local:
                    return True
        return False

    def _by_field(self, terms: list[tuple[str, str]]) -> dict[str, set[bytes]]:
        schema = self.searcher.schema
        by_field: dict[str, set[bytes]] = {}
        for f, w in terms:
            if f in schema:
                by_field.setdefault(f, set()).add(w.encode("utf-8") if isinstance(w, str) else w)
        return by_field

    def _all_in(self, n: int, docs: set[int] | frozenset[int]) -> bool:
        sub, base = self._leaves[n]
        count = sub.doc_count_all()
        return count <= len(docs) and all(d in docs for d in range(base, base + count))

    def segment_of(self, docnum: int) -> int:
        """The number (reader order) of the segment holding entry ``docnum``."""
        n = 0
        for i, (_sub, base) in enumerate(self._leaves):
            if base <= docnum:
                n = i
        return n

    def _ids_with_prefix_in(self, out: set[int], n: int, prefix: str, by_field: dict[str, set[bytes]],
                            spread: int) -> None:
        """Add the live entries of segment ``n`` holding one of the words, from its posting lists."""
        sub, base = self._leaves[n]
        scan = spread <= SCAN_SPREAD * max((len(ws) for ws in by_field.values()), default=0)
        for f, words in by_field.items():
            present = [t for t in sub.expand_prefix(f, prefix) if t in words] if scan else words
            for t in present:
                _add_ids(out, sub, base, f, t)

    def _word_ids(self, n: int) -> WordIds | None:
        """Segment ``n``'s words' lists of entries, or None (an index from before them, or the quotes)."""
        if n in self._lists:
            return self._lists[n]
        lists_n = None
        if self._index_dir is not None:
            sub, _base = self._leaves[n]
            path = word_ids_path(self._index_dir, sub.segment().segid)
            if path.is_file():
                try:
                    lists_n = WordIds(path, sub.doc_count_all())
                except PackedError:  # not this segment's (the index check passed): its postings answer
                    lists_n = None
        self._lists[n] = lists_n
        return lists_n

    def close(self) -> None:
        for lists_n in self._lists.values():
            if lists_n is not None:
                lists_n.close()
        self._lists = {}

    def _add_term(self, acc: Scores, fieldname: str, text: str, boost: float, within: set[int] | None) -> bool:
        """Add the scores of one term to ``acc``; False if it cannot be scored here."""
        searcher = self.searcher
        field = searcher.schema[fieldname] if fieldname in searcher.schema else None
        if field is None:
            return True  # Whoosh: no such field, no match
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return True
        leaves = []
        for n, (reader, base) in enumerate(self._leaves):
            try:  # one look-up (asking "in" first made two)
                leaves.append((n, reader, base, reader.postings(fieldname, btext)))
            except TermNotFound:
                continue
        if not leaves:
            return True
        model = self.term_model(fieldname, btext)
        if model is None:
            return False  # another model: Whoosh scores it
        idf, k1p, norm = model
        get = acc.get
        for n, reader, base, postings in leaves:
            raw = self._lengths(n, reader, fieldname) if norm else b""
            count = len(raw)
            deleted = reader.deleted_docs_set if reader.has_deletions() else ()
            for ids, weights in _blocks(postings):
                if idf is not None and not deleted and within is None and ids[-1] < count:
                    # the common case, the same operations with no test per entry
                    if boost == 1.0:
                        for d, w in zip(ids, weights):
                            g = base + d
                            acc[g] = get(g, 0.0) + idf * ((w * k1p) / (w + norm[raw[d]]))
                    else:
                        for d, w in zip(ids, weights):
                            g = base + d
                            acc[g] = get(g, 0.0) + idf * ((w * k1p) / (w + norm[raw[d]])) * boost
                    continue
                for d, w in zip(ids, weights):
                    if deleted and d in deleted:
                        continue
                    g = base + d
                    if within is not None and g not in within:
                        continue
                    # Whoosh's bm25(idf, tf, fl, avgfl, B, K1), then its boost, term by term
                    s = w if idf is None else idf * ((w * k1p) / (w + norm[raw[d] if d < count else 0]))
                    if boost != 1.0:
                        s = s * boost
                    acc[g] = get(g, 0.0) + s
        return True

    def term_model(self, fieldname: str, btext: bytes) -> tuple[float | None, float, list[float] | tuple] | None:
        """(idf, K1 + 1, norm per length byte) of a term, or (None, 0, ()) for a field without lengths
        (its score is the weight); None when the weighting is not one this module computes."""
        searcher = self.searcher
        known = getattr(searcher.weighting, "bm25_model", None)
        if known is not None:  # its numbers without making a scorer (which looks the term up in every segment)
            model = known(searcher, fieldname, btext)
            if model is None:  # a field without lengths
                return None, 0.0, ()
            idf, avgfl, B, K1 = model
            return idf, K1 + 1, self._norm_of(fieldname, B, K1, avgfl)
        scorer = searcher.weighting.scorer(searcher, fieldname, btext)
        if type(scorer) is WeightScorer:  # a field without lengths (kind, language...): the weight
            return None, 0.0, ()
        if type(scorer) is BM25FScorer or getattr(scorer, "plain_bm25", False):
            return scorer.idf, scorer.K1 + 1, self._norm(fieldname, scorer)
        return None

    def _norm(self, fieldname: str, scorer: BM25FScorer) -> list[float]:
        """``K1 * ((1 - B) + B * fl / avgfl)`` for each length byte, as Whoosh's bm25 computes it."""
        return self._norm_of(fieldname, scorer.B, scorer.K1, scorer.avgfl)

    def _norm_of(self, fieldname: str, B: float, K1: float, avgfl: float) -> list[float]:
        key = (fieldname, B, K1, avgfl)
        norm = self._norms.get(key)
        if norm is None:
            norm = self._norms[key] = [K1 * ((1 - B) + B * fl / avgfl) for fl in _LENGTHS]
        return norm

    def _lengths(self, n: int, reader, fieldname: str) -> bytes:
        """The length byte of every entry of segment ``n`` in ``fieldname``, read once."""
        key = (n, fieldname)
        raw = self._raw_lengths.get(key)
        if raw is None:
            col = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            raw = b"" if col is None else bytes(col._dbfile.get(col._basepos, col._count))
            self._raw_lengths[key] = raw
        return raw


def _add_ids(out: set[int], sub, base: int, fieldname: str, text: str | bytes) -> None:
    """Add the live entries of segment ``sub`` (its first entry is ``base``) holding a term."""
    try:
        m = sub.postings(fieldname, text)  # one look-up (asking "in" first made two)
    except TermNotFound:
        return
    deleted = sub.deleted_docs_set if sub.has_deletions() else ()
    for ids, _w in _blocks(m, weights=False):
        if base:
            ids = [base + d for d in ids if d not in deleted] if deleted else [base + d for d in ids]
        elif deleted:
            ids = [d for d in ids if d not in deleted]
        out.update(ids)


def _blocks(m, weights: bool = True):
    """(ids, weights) of each block of a posting list (weights None if not asked), deleted entries
    included: Whoosh's block arrays as they are, not one posting at a time."""
    if isinstance(m, FilterMatcher):
        m = m.child
    if type(m) is not W3LeafMatcher:
        while m.is_active():
            yield (m.id(),), (m.weight(),)
            m.next()
        return
    while m.is_active():
        if m._ids is None and not m._byteids:
            read = _ids_and_weights(m)
            if read is not None:
                yield read
                m._next_block()
                continue
        if m._ids is None:
            m._read_ids()
        if weights and m._weights is None:
            m._read_weights()
        yield m._ids, m._weights
        m._next_block()


def _ids_and_weights(m) -> tuple[tuple[int, ...], tuple[float, ...]] | None:
    """(ids, weights) of the current block of a Whoosh posting reader, read from the block's bytes
    without its positions; None when the block is not laid out as presskit writes it (Whoosh reads it)."""
    data = m._postfile.get(m._dataoffset, m._nextoffset - m._dataoffset)
    if m._compression:
        data = inflate_block(data)  # a zlib bomb is refused (UnsafeIndexError: the index is damaged)
    head = read_head(data, m._blocklength)
    return None if head is None else head[:2]


def _boost(scores: Scores, boost: float) -> Scores:
    if boost != 1.0:
        for d in scores:
            scores[d] = scores[d] * boost
    return scores
