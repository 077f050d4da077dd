"""The searcher: a query in, grouped and ranked results with snippets and facets out.

One :class:`Searcher` per thread (Whoosh searchers and SQLite connections are not thread-safe). The
vocabulary and stem tables (:class:`presskit.search.expand.Lexicon`) are immutable and shared.

A search parses the query (:mod:`.query`, never raising), expands each word to the indexed words
sharing its stem and, when the kit lacks it, to its nearest spellings (:mod:`.expand`); runs BM25F
over title and body (title boosted; words typed in a row boosted where they stand in a row); groups
page hits per document; counts facets (:mod:`.facets`); and cuts snippets from the text store
(:mod:`.snippets`).
"""

from __future__ import annotations

import heapq
import itertools
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import query as Q

from ..errors import SearchIndexError
from ..index.docmap import DOCMAP_NAME, DocMap
from ..index.livestats import LiveStats
from ..index.reader import open_searcher
from ..index.schema import ENTRY_QUOTE
from ..index.status import index_status, kit_index_status
from ..index.store import TextStore
from ..kit.format import Kit
from ..model import Item, Quote, day_order
from ..textutil import tokenize
from .expand import lexicon_for
from .facets import Filters, facet_counts
from .compile import Compiled, Entries, PrefixOr, QueryCompiler, Without, has_prefix, intersects, ranking_query
from .query import apply_fixes, clean_query, nothing_matches
from .results import DocHit, PageHit, SearchResults
from .postings import PostingScorer
from .snippets import make_snippet


#: Where reading an index's files happens: an exception raised there (or by one of the reading errors
#: below) comes from the files, never from the query, whatever its type (Whoosh raises a bare
#: ``Exception("Block tag error")`` for a damaged posting block).
_READING_CODE = ("/whoosh/codec/", "/whoosh/filedb/", "/whoosh/util/numlists", "/whoosh/util/varints",
                 "/whoosh/system", "/presskit/index/")
_READING_ERRORS = (EOFError, OSError, UnicodeDecodeError, OverflowError, MemoryError)


def damaged_index_error(e: BaseException) -> SearchIndexError | None:
    """The damaged-index error for an exception a search raised while reading the index's files, or
    None when it came from elsewhere (a query Whoosh cannot run: "That query could not be run").
    Looked at only once something went wrong: it costs a query nothing."""
    import pickle
    import struct
    import zlib

    reading = isinstance(e, _READING_ERRORS + (struct.error, zlib.error, pickle.UnpicklingError))
    tb = e.__traceback__
    while tb is not None and not reading:
        name = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        reading = any(part in name for part in _READING_CODE)
        tb = tb.tb_next
    if not reading:
        return None
    return SearchIndexError("The search index is damaged; it has to be rebuilt.", details=repr(e)[:200])


def _holds_without(q: Q.Query) -> bool:
    return isinstance(q, Without) or any(_holds_without(sub) for sub in q.children())


def _past_the_entry_map() -> SearchIndexError:
    """A posting list named an entry the entry map does not hold (checked against the segments on
    opening): the postings are damaged."""
    return SearchIndexError("The search index is damaged (a word lists entries the index does not hold); "
                            "it has to be rebuilt.")


def _best_first(sd: tuple[float, int]) -> tuple[float, int]:
    return -sd[0], sd[1]


def _top_n(scores: dict[int, float], n: int) -> list[tuple[float, int]]:
    """(score, entry) of the ``n`` best scores, the lowest entry first among equals, best first
    (``heapq.nsmallest`` by (-score, entry)): the n-th best score is found among the bare floats,
    and only the entries scoring at least that are sorted (at 100,000 pages a prefix scores 30,000)."""
    if len(scores) > n:
        floor = heapq.nlargest(n, scores.values())[-1]
        top = [(s, d) for d, s in scores.items() if s >= floor]
    else:
        top = [(s, d) for d, s in scores.items()]
    top.sort(key=_best_first)
    return top[:n]


class _Unsure:
    """Entries of a prefix's set that came from the words' lists of entries, not from posting lists
    (:mod:`presskit.index.wordids`). Each one a search shows is checked against the posting lists of
    the words the table says it holds first: a table that disagrees with the postings can never put
    a page on screen that the postings lack."""

    def __init__(self, prefix: str, words: frozenset[bytes], docs: set[int]):
        self.prefix, self.words, self.docs = prefix, words, docs

    def confirmed(self, docnum: int, postings: PostingScorer) -> bool:
        return docnum not in self.docs or postings.confirm_listed(docnum, self.prefix, self.words)


class Searcher:
    """Searches one kit's index. Not thread-safe: make one per thread.

    Raises SearchIndexError if the kit's index is missing or stale (build it with
    ``presskit.build.index_kit``).
    """

    def __init__(self, kit: Kit, index_dir: Path | None = None):
        self.kit = kit
        self.index_dir = Path(index_dir or kit.index_dir)
        # the kit's own index is searched only when trusted (presskit.index.integrity)
        status = index_status(self.index_dir, kit.manifest_sha256) if index_dir else kit_index_status(kit)
        if status != "fresh":
            raise SearchIndexError(
                f"The search index of this kit is {status}; it has to be rebuilt before searching.",
                details=str(self.index_dir))
        self._searcher = self._store = self._docmap = None
        try:
            self._open()
        except SearchIndexError:
            self.close()
            raise
        except Exception as e:  # noqa: BLE001 - any failure reading it means a damaged cache
            self.close()
            raise SearchIndexError("The search index is damaged; it has to be rebuilt.", details=repr(e)) from None

    def _open(self) -> None:
        self._searcher = open_searcher(self.index_dir)
        self._own_weighting = self._searcher.weighting  # BM25F over the live entries
        self._live = getattr(self._own_weighting, "stats", None) or LiveStats()
        self._store = TextStore(self.index_dir)
        self.lexicon = lexicon_for(self.index_dir)
        reader = self._searcher.reader()
        self._docmap = DocMap(self.index_dir / DOCMAP_NAME)  # entry -> item, page, tie order
        if len(self._docmap) != reader.doc_count_all():  # every entry a search ranks is looked up in it
            raise SearchIndexError("The search index is damaged (its entry map and its segments differ); "
                                   "it has to be rebuilt.", details=f"{len(self._docmap)} != {reader.doc_count_all()}")
        self._quote_entries = Q.Term("entry", ENTRY_QUOTE)
        self._quote_docs: frozenset[int] = frozenset()
        self._postings = PostingScorer(self._searcher, self._docset, self.index_dir)
        # every search takes the quotes out (AND NOT), twice for a prefix: read once, not per search
        # (4.6 ms a time at 100,000 pages, whose 5,000 quotes' entries are one posting list)
        self._quote_docs = frozenset(self._postings.ids("entry", ENTRY_QUOTE))
        self._unsure: _Unsure | None = None
        self._entries_of: dict[int, list[int]] | None = None  # item number -> entries (on the first NOT)
        self._page_cache: dict[tuple[str, int], str] = {}
        #: words spelt right though this kit lacks them (a library knows them from its other kits)
        self.known_words: Callable[[str], bool] | None = None

    def close(self) -> None:
        for part in (getattr(self, "_postings", None), self._searcher, self._store, self._docmap):
            if part is not None:
                try:
                    part.close()
                except Exception:  # noqa: BLE001 - closing a damaged index must not hide the first error
                    pass

    def __enter__(self) -> "Searcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- scoring statistics (a library scores several kits as one collection) --------------------
    def collection_statistics(self) -> tuple[int, dict[str, int]]:
        """(entries in the index, {field: total length}) of the scored fields."""
        reader = self._searcher.reader()
        schema = self._searcher.schema
        gone = self._live.length  # entries an incremental build marked deleted count for nothing
        return reader.doc_count(), {f: reader.field_length(f) - gone.get(f, 0) for f in schema.scorable_names()}

    def doc_frequency(self, field: str, text: str | bytes) -> int:
        """How many entries of this index hold the word ``text`` in ``field``."""
        n = self._searcher.reader().doc_frequency(field, text)
        word = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        return max(0, n - self._live.df.get(field, {}).get(word, 0))

    def set_weighting(self, weighting) -> None:
        """Score with ``weighting`` (a Whoosh weighting model) from now on; None: the kit's own BM25F."""
        w = weighting or self._own_weighting
        self._searcher.weighting = w
        for sub, _offset in getattr(self._searcher, "subsearchers", None) or ():
            sub.weighting = w

    # -- texts ---------------------------------------------------------------------------------
    def page_text(self, item_id: str, page: int) -> str:
        key = (item_id, page)
        t = self._page_cache.get(key)
        if t is None:
            t = self._store.page_text(item_id, page)
            if len(self._page_cache) > 512:
                self._page_cache.clear()
            self._page_cache[key] = t
        return t

    def thumbnail(self, item_id: str) -> bytes | None:
        return self._store.thumbnail(item_id)

    # -- query building ------------------------------------------------------------------------
    def compile(self, text: str, fields: list[str] | None = None) -> Compiled:
        """``text`` as a Whoosh query, with its words to highlight and spelling suggestions."""
        return QueryCompiler(self.lexicon, fields, self.known_words).compile(text)

    def highlight_terms(self, text: str) -> list[list[str]]:
        """Folded word sequences to highlight for a query (phrases are multi-word sequences)."""
        return list(self.compile(text).terms)

    # -- search --------------------------------------------------------------------------------
    def search(self, text: str, *, kinds: Iterable[str] | None = None, languages: Iterable[str] | None = None,
               date_from: str | None = None, date_to: str | None = None, limit: int = 50,
               pages_per_doc: int = 3, speakers: Iterable[str] | None = None,
               organisations: Iterable[str] | None = None, snippets: bool = True,
               snippet_pages: int | None = None, keep: Callable[[Item], bool] | None = None,
               facets: dict[str, Callable[[Item], str]] | None = None) -> SearchResults:
        """Search the kit. Never raises on odd input: results, or none with ``message``.

        ``kinds`` … ``organisations`` keep only items with one of those values (:class:`Filters`);
        ``facets`` count each value over the matches the other filters keep, so a filter list shows what
        choosing a value gives.
        Snippets cost about half of a search: ``snippets=False`` leaves them all empty (a library
        search cuts them only for the documents it shows, with :meth:`snippet`), ``snippet_pages=N``
        cuts them for the first N pages in the order shown (what a screen shows first) and leaves
        the others empty for :meth:`fill_snippets`. ``keep(item)`` is one more filter an item must
        pass; ``facets`` adds facets (name -> the value of an item) to kind, language and date.
        """
        res = SearchResults(query=text)
        try:
            c = self.compile(text)
        except RecursionError:
            c = Compiled()
        if c.query is None:
            res.reason = "operators" if clean_query(text) else "empty"
            res.message = "Type a word or a \"phrase\" to search." if res.reason == "empty" else \
                "Nothing searchable in that query: add a word that is not an operator."
            return res
        res.terms = list(c.terms)
        self._unsure = None
        if c.fixes:
            res.suggestion = apply_fixes(clean_query(text), c.fixes)
        # One scored pass over every match: it costs about what an unscored walk costs, and gives
        # totals and facets (item level) as well as the ranking.
        try:
            # pages and photos, a NOT leaving out whole documents (it reads postings, so inside this
            # try: a damaged index says so); quotes have their own search
            full = Without(self._whole_documents(c.query), self._quote_entries)
            top, rest = self._ranked(full, limit)
        except SearchIndexError:  # a damaged index (presskit.index.bounded): the caller rebuilds or says so
            raise
        except Exception as e:  # noqa: BLE001 - Whoosh quirks on odd queries must not escape
            damaged = damaged_index_error(e)
            if damaged is not None:  # read from a damaged file: the caller rebuilds or says so
                raise damaged from None
            res.message = "That query could not be run; try simpler words."
            return res
        items = self._items_in(top, rest)
        filters = Filters.of(kinds, languages, date_from, date_to, speakers, organisations)
        res.facets = facet_counts(items, facets, within=filters)
        allowed = {it.id for it in items if filters.keep(it) and (keep is None or keep(it))}
        res.total = len(allowed)
        if not allowed:
            if res.suggestion and not self._finds(res.suggestion, kinds, languages, date_from, date_to,
                                                  speakers, organisations, keep):
                res.suggestion = None  # "Did you mean zzyzzx great?" would find nothing either
            # (kind:foo keeps out every document: that, not a spelling, is why)
            res.reason, res.message = nothing_matches(text, res.suggestion)
            return res
        res.results = self._group(top, rest, allowed, limit, pages_per_doc)
        if snippets:
            self.fill_snippets(res, pages=snippet_pages)
        return res

    def _finds(self, text: str, kinds, languages, date_from, date_to, speakers, organisations, keep) -> bool:
        """Whether ``text`` (a spelling suggestion) finds anything under the same filters. A query that
        found nothing already searched the near spellings of its unknown words, so its suggestion
        usually finds nothing either: it is offered only when it does."""
        try:
            return self.search(text, kinds=kinds, languages=languages, date_from=date_from, date_to=date_to,
                               speakers=speakers, organisations=organisations, keep=keep, limit=1,
                               pages_per_doc=1, snippets=False).total > 0
        except SearchIndexError:
            return False

    def fill_snippets(self, res: SearchResults, docs: Iterable[DocHit] | None = None,
                      pages: int | None = None) -> int:
        """Cut the snippets ``res`` lacks: of ``docs`` (some of ``res.results``; all by default), at
        most ``pages`` of them in order. Pages that have theirs are left alone; returns how many
        were cut. A viewer cuts those of the rows on screen first and the others later."""
        n = 0
        for d in (res.results if docs is None else docs):
            for p in d.pages:
                if pages is not None and n >= pages:
                    return n
                if not p.snippet:
                    p.snippet = self.snippet(d.item, p.page, res.terms)
                    n += 1
        return n

    def _whole_documents(self, q: Q.Query) -> Q.Query:
        """``q`` with each NOT leaving out whole documents: ``verification -draft`` lists the documents
        that mention verification and never draft, not the pages of a draft that lack the word (a
        page is the unit of AND and of a phrase: the words stand together where the page is opened).
        The words excluded are looked up once, then the documents holding them by their ``item``."""
        if isinstance(q, Without):
            return Without(self._whole_documents(q.a), self._documents_matching(q.b))
        if not _holds_without(q):  # a prefix's words stay as they are (PrefixOr)
            return q
        return q.apply(self._whole_documents)

    def _documents_matching(self, q: Q.Query) -> Q.Query:
        """Every entry of the documents ``q`` matches somewhere (their pages, photo and quotes)."""
        docs = self._docset(q)
        if docs is None:  # a phrase: its positions are read
            scores = self._postings.scores(q)
            docs = set(scores) if scores is not None else set(self._searcher.docs_for_query(q))
        if not docs:
            return Q.NullQuery
        if self._entries_of is None:
            entries_of: dict[int, list[int]] = {}
            for d, k in enumerate(self._docmap.item):
                entries_of.setdefault(k, []).append(d)
            self._entries_of = entries_of
        item_of, entries_of = self._docmap.item, self._entries_of
        return Entries(frozenset(itertools.chain.from_iterable(
            entries_of[k] for k in {item_of[d] for d in docs if d < len(item_of)})))

    def _items_in(self, top: list[tuple[float, int]], rest: set[int] | None = None) -> list[Item]:
        """The items of ranked entries, each once, in rank order: those of ``top`` in the order first
        seen, then those of ``rest`` (unscored entries, which follow in the kit's order) in the kit's
        order. The entry map's tie order is the order of (item, page), items numbered in that order
        (:mod:`presskit.index.docmap`): the items of ``rest`` come in the order of their numbers, found
        without putting its entries in order (30,000 of them for a prefix at 100,000 pages)."""
        ids, item_of = self._docmap.ids, self._docmap.item
        first_seen = dict.fromkeys([item_of[docnum] for _score, docnum in top])  # in the order first seen
        if rest:
            first_seen.update(dict.fromkeys(sorted({item_of[d] for d in rest}.difference(first_seen))))
        return [it for it in (self.kit.get(ids[k]) for k in first_seen if k < len(ids)) if it is not None]

    def _in_order(self, rest: set[int] | None) -> Iterator[tuple[float, int]]:
        """The unscored entries ``rest`` in the kit's order (score 0), made as they are taken: by item
        in the order of their numbers, each item's entries in order (the tie order is item by item,
        :meth:`_items_in`), so a page of results sorts the entries of the items it shows only."""
        if not rest:
            return
        item_of, rank = self._docmap.item, self._docmap.rank
        by_item: dict[int, list[int]] = {}
        for d in rest:
            got = by_item.get(item_of[d])
            if got is None:
                by_item[item_of[d]] = [d]
            else:
                got.append(d)
        for k in sorted(by_item):
            for d in sorted(by_item[k], key=rank.__getitem__):
                yield 0.0, d

    def _group(self, top: list[tuple[float, int]], rest: set[int] | None, allowed: set[str], limit: int,
               pages_per_doc: int) -> list[DocHit]:
        """Page entries grouped per document (at most ``limit``), best document first: the entries of
        ``top`` in their order, then, only when they fill fewer than ``limit`` documents, those of
        ``rest`` in the kit's order."""
        ids, item_of, page_of = self._docmap.ids, self._docmap.item, self._docmap.page
        groups: dict[str, DocHit] = {}
        unsure = self._unsure
        for score, docnum in itertools.chain(top, self._in_order(rest)):
            k = item_of[docnum]
            iid = ids[k] if k < len(ids) else None
            if iid not in allowed or (unsure is not None and not unsure.confirmed(docnum, self._postings)):
                continue
            g = groups.get(iid)
            if g is None:
                if len(groups) >= limit:
                    break  # the page lists of the documents shown are complete enough
                g = groups[iid] = DocHit(item=self.kit.item(iid), score=score)
            g.matched_pages += 1
            if len(g.pages) < pages_per_doc:
                g.pages.append(PageHit(page=int(page_of[docnum]), snippet="", score=score))
        return sorted(groups.values(), key=lambda d: -d.score)

    def _ranked(self, q: Q.Query, limit: int) -> tuple[list[tuple[float, int]], set[int] | None]:
        """(score, docnum) of the matches, best first, and the set of the other matches, which come
        after them in the kit's order (score 0; None: there are none); only the top ones need real
        scores.

        Scores come from the posting lists (:mod:`.postings`: the same BM25F as Whoosh's matchers,
        several times faster), or from Whoosh for queries that scorer does not take. When the set
        of matches can be read straight from posting lists (words, prefixes, OR, NOT), only the
        top-N is ranked by score and the rest follows in the kit's order (a prefix ranks by its
        most frequent words only). Intersections (AND, phrases) score every candidate.
        """
        rank = self._docmap.rank
        if intersects(q):
            docs = None
        else:
            scores = self._postings.scores(ranking_query(q))
            # without a prefix the ranking query is the query: what it scores is the set of matches
            docs = self._docset(q) if scores is None else set(scores) if not has_prefix(q) else \
                self._prefix_docset(q, scores)
        if docs is None:
            scores = self._postings.scores(q)
            top = self._searcher.search(q, limit=None).top_n if scores is None else [(s, d) for d, s in scores.items()]
            try:
                top.sort(key=lambda sd: (-sd[0], rank[sd[1]]))  # equal scores: the kit's order, not Whoosh's
            except IndexError:
                raise _past_the_entry_map() from None
            return top, None
        n = max(limit * 4, 60)
        if scores is None:
            top = self._searcher.search(ranking_query(q), limit=n).top_n
        else:  # Whoosh's top n: best scores, the lowest entry number first among equals
            top = _top_n(scores, n)
        try:
            top.sort(key=lambda sd: (-sd[0], rank[sd[1]]))
        except IndexError:
            raise _past_the_entry_map() from None
        seen = {d for _s, d in top}
        rest = docs - seen - self._quote_docs
        if rest and max(rest) >= len(rank):
            raise _past_the_entry_map()
        return top, rest

    def _prefix_docset(self, q: Q.Query, scores: dict[int, float]) -> set[int] | None:
        """The matches of a prefix (``late*``, or ``late* -word``), given the scores of its most
        frequent words: only its other words' posting lists are read (the longest, those of its
        most frequent words, were just read to score them)."""
        p, minus = (q.a, self._docset(q.b)) if isinstance(q, Q.AndNot) else (q, set())
        if not isinstance(p, PrefixOr) or minus is None or not p.prefix:
            return self._docset(q)
        scored = {(t.fieldname, t.text) for t in p.scored}
        rest = [(t.fieldname, t.text) for t in p.subqueries if (t.fieldname, t.text) not in scored]
        if any(type(t) is not Q.Term for t in p.subqueries):
            return self._docset(q)
        spread = self.lexicon.vocab.count_with_prefix(p.prefix)
        more = self._postings.ids_with_prefix(p.prefix, rest, spread, minus=minus)
        unsure = self._postings.from_lists - set(scores) - minus
        if unsure:  # what is shown of these is checked against the posting lists (_group)
            self._unsure = _Unsure(p.prefix, frozenset(w.encode("utf-8") for _f, w in rest), unsure)
        return set(scores) | (more - minus)

    def _docset(self, q: Q.Query) -> set[int] | None:
        """The docnums ``q`` matches, from posting lists; None when positions are needed."""
        reader = self._searcher.reader()
        if isinstance(q, Entries):
            return set(q.docs)
        if isinstance(q, Q.Term):
            if q == self._quote_entries and self._quote_docs:
                return self._quote_docs  # read once (_open); callers only make new sets of it
            return self._postings.ids(q.fieldname, q.text)
        if isinstance(q, (Q.Prefix, Q.TermRange)):
            out: set[int] = set()
            for fieldname, text in q.existing_terms(reader, expand=True):
                out |= self._postings.ids(fieldname, text)
            return out
        if isinstance(q, Q.AndNot):
            a, b = self._docset(q.a), self._docset(q.b)
            return None if a is None or b is None else a - b
        if isinstance(q, Q.AndMaybe):
            return self._docset(q.a)
        if isinstance(q, PrefixOr) and q.prefix and all(type(t) is Q.Term for t in q.subqueries):
            return self._postings.ids_with_prefix(q.prefix, [(t.fieldname, t.text) for t in q.subqueries],
                                                  self.lexicon.vocab.count_with_prefix(q.prefix), lists=False)
        if isinstance(q, (Q.And, Q.Or)):
            sets = [self._docset(sub) for sub in q.subqueries]
            if any(x is None for x in sets):
                return None
            if not sets:
                return set()
            if isinstance(q, Q.Or):
                return set().union(*sets)
            sets.sort(key=len)
            return sets[0].intersection(*sets[1:])
        if isinstance(q, Q.Every):
            return set(reader.all_doc_ids())  # deleted entries left out
        if q is Q.NullQuery:
            return set()
        return None

    def snippet(self, item: Item, page: int, terms: list[list[str]], width: int = 32) -> str:
        """HTML snippet of a page around its best cluster of matched words (matches in <b>)."""
        if item.is_photo:
            text = " — ".join(x for x in (item.caption, item.credit) if x) or item.title
        else:
            text = self.page_text(item.id, page)
        return make_snippet(text, terms, width)

    # -- quotes --------------------------------------------------------------------------------
    def quotes(self, query: str = "", *, speaker: str | None = None, organisation: str | None = None,
               limit: int = 500, texts: bool = False, speaker_fields: bool = True) -> list[Quote]:
        """Quotations in the kit, optionally matching a query and a speaker/organisation.

        ``texts``: also quoted treaty or draft text (``Quote.kind == "text"``), which is nobody's words.
        ``speaker_fields``: the query also matches speaker, role and organisation (False: only the
        quotation's own words, as the viewer's Quotes view searches).
        """
        fields = ["body", "speakers"] if speaker_fields else ["body"]
        q = self.compile(query, fields).query if query.strip() else None
        base = Q.Term("entry", ENTRY_QUOTE)
        parts: list[Q.Query] = [base]
        if q is not None:
            parts.append(q)
        for who in (speaker, organisation):
            if who:
                words = [w for w, _s, _e in tokenize(who)]
                if words:
                    parts.append(Q.Phrase("speakers", words) if len(words) > 1 else Q.Term("speakers", words[0]))
        full = Q.And(parts)
        try:
            if q is None:
                rows = [(self._searcher.stored_fields(d)["quote"], 0.0) for d in full.docs(self._searcher)]
            else:
                rows = [(h["quote"], h.score) for h in self._searcher.search(full, limit=limit)]
        except SearchIndexError:
            raise
        except Exception as e:  # noqa: BLE001 - a damaged index's stored fields
            raise SearchIndexError("The search index's quotations are damaged; it has to be rebuilt.",
                                   details=repr(e)[:200]) from None
        out: list[Quote] = []
        for n, _score in rows[:limit]:
            quote = self._store.quote(n)
            if quote is not None and (texts or quote.kind != "text"):
                out.append(quote)
        if q is None:
            out.sort(key=lambda x: (day_order(x.date), x.document_id, x.page))
        return out
