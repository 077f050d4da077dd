"""One search across the kits of a library: one ranked list, each result labelled with its kit.

:class:`LibrarySearcher` opens one :class:`presskit.search.Searcher` per kit (each kit's own index, as
it is: nothing is rebuilt) and scores every kit with statistics shared by all of them
(:mod:`presskit.search.shared`), so a score means the same in every kit and the union of the kits'
results can be ranked by score. Only the documents shown get snippets.

Like a Searcher, a LibrarySearcher is for one thread: it holds one Whoosh searcher per kit, and Whoosh
searchers are not thread-safe.

Facets: ``kit`` (kit id) and ``organisation`` (the organisation a document is from: the document's
own, else its kit's) are added to kind, language and date. As for one kit, facet counts are those of
the query **without** the filters, so a list of kits or organisations shows what each would give.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from whoosh import query as Q

from ..errors import PresskitError, SearchIndexError
from ..index.damaged import remember_damaged
from ..index.status import kit_index_status
from ..kit.format import Kit
from ..model import Item, Quote, day_order
from ..search import DocHit, Searcher
from ..search.compile import PrefixOr
from ..search.expand import PREFIX_CAP
from ..search.query import nothing_matches
from ..search.shared import SharedBM25F, SharedStatistics
from .catalog import KitEntry, Library

ProgressFn = Callable[[int, int, str], None]
#: The fields a kit's vocabulary counts words of (``presskit.index.segwriter.VOCAB_FIELDS``, not
#: imported: it would load the index writer into every search)
VOCAB_FIELDS = ("body", "title")


@dataclass
class LibraryHit:
    """A document found in one kit of the library."""

    entry: KitEntry
    kit: Kit
    hit: DocHit

    @property
    def item(self) -> Item:
        return self.hit.item

    @property
    def score(self) -> float:
        return self.hit.score


@dataclass
class LibraryQuote:
    """A quotation found in one kit of the library."""

    entry: KitEntry
    kit: Kit
    quote: Quote


@dataclass
class LibraryResults:
    """What a library search returns; ``to_json`` is ``presskit search --json`` plus ``kit`` fields."""

    query: str
    total: int = 0
    results: list[LibraryHit] = field(default_factory=list)
    suggestion: str | None = None
    message: str | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: list[list[str]] = field(default_factory=list)
    kits: list[dict[str, Any]] = field(default_factory=list)  # every kit of the library and its state
    reason: str = ""  # as SearchResults.reason, said once for the library (see LibrarySearcher._nothing_found)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query, "total": self.total, "suggestion": self.suggestion, "message": self.message,
            "reason": self.reason or None, "facets": self.facets, "kits": self.kits,
            "results": [
                {"id": h.item.id, "title": h.item.title, "kind": h.item.kind, "language": h.item.language,
                 "date": h.item.date, "path": h.item.path, "score": round(h.score, 4),
                 "pages": [{"page": p.page, "snippet": p.snippet} for p in h.hit.pages],
                 "kit": h.entry.json_summary()}
                for h in self.results
            ],
        }


def organisation_of(kit: Kit) -> Callable[[Item], str]:
    """The organisation a document is from: its own, else its kit's (the organisation facet)."""
    default = kit.info.organisation or kit.info.publisher or kit.info.title
    return lambda it: it.organisation or default


class LibraryPrefixes:
    """What a typed prefix stands for across the library: the same words in every kit.

    On its own a kit expands ``verif*`` to its own hundred most frequent words starting so
    (:meth:`presskit.search.expand.Lexicon.expand_prefix`), and ranks with the first dozen: two kits
    would then score the same page with different words. Here the words are those most frequent in
    the library as a whole (document frequencies added over the kits; each kit proposes its own
    most frequent, so a word rare in every kit but frequent in none may be left out), and every kit
    searches that one list, whether or not it holds each word.

    Kits differ (languages, subjects): most of the list is usually missing from any one kit, and
    asking a kit's index for a word it lacks costs as much as for one it holds. :meth:`held` says
    which of the list each kit holds, so its query can leave the others out (they would match
    nothing and add nothing to a score there).
    """

    def __init__(self, lexicons: list):
        self._lexicons = lexicons
        self._cache: dict[tuple[str, int], tuple[list[str], list[set[str]]]] = {}

    def words(self, prefix: str, cap: int) -> list[str]:
        return self._expand(prefix, cap)[0]

    def held(self, n: int) -> set[str]:
        """The words of the lists made since :meth:`forget` that the ``n``-th kit's index holds."""
        out: set[str] = set()
        for _words, held in self._cache.values():
            out |= held[n]
        return out

    def _expand(self, prefix: str, cap: int) -> tuple[list[str], list[set[str]]]:
        key = (prefix, cap)
        out = self._cache.get(key)
        if out is None:
            df: Counter = Counter()
            own = []
            for lx in self._lexicons:
                mine = lx.vocab.frequent_with_prefix(prefix, cap)  # Lexicon.expand_prefix, with counts
                own.append([w for w, _n in mine])
                for w, n in mine:
                    df[w] += n
            words = [w for w, _n in sorted(df.items(), key=lambda wn: (-wn[1], wn[0]))[:cap]]
            held = []
            for lx, mine in zip(self._lexicons, own):
                has = set(mine).intersection(words)
                if len(mine) >= cap:  # the kit has more such words than it listed: look the others up
                    has.update(w for w in words if w not in has and w in lx.vocab)
                held.append(has)
            out = self._cache[key] = (words, held)
        return out

    def forget(self) -> None:
        """Drop the lists kept (between searches: a search expands each prefix once for every kit)."""
        self._cache.clear()


class LibraryWords:
    """Which kits of the library hold a word, found once per search rather than once per kit.

    A kit lacking a word asks whether another kit holds it (then it is spelt right, and not
    respelt: see the module docstring); asked by each kit that lacks it, of each other kit, a word
    no kit holds cost a look-up in a kit's vocabulary ninety times over ten kits, not ten.
    """

    def __init__(self, lexicons: list):
        self._lexicons = lexicons
        self._holders: dict[str, frozenset[int]] = {}

    def held_elsewhere(self, word: str, n: int) -> bool:
        """Whether a kit other than the ``n``-th holds ``word``."""
        kits = self._holders.get(word)
        if kits is None:
            kits = self._holders[word] = frozenset(i for i, lx in enumerate(self._lexicons) if word in lx.vocab)
        return len(kits) > (n in kits)

    def forget(self) -> None:
        """Drop what was found (between searches: a search asks about its words in every kit)."""
        self._holders.clear()


def _without_missing(q, held: set[str]):
    """``q`` with each prefix's words narrowed to those the kit holds (``held``, from
    :meth:`LibraryPrefixes.held`): the same matches and the same scores, without asking the index
    for words it does not have. Words of other fields (a quotation's speakers) are kept."""
    if isinstance(q, PrefixOr):
        def keep(terms):
            return [t for t in terms if t.fieldname not in VOCAB_FIELDS or t.text in held]

        subs = keep(q.subqueries)
        if not subs:
            return Q.NullQuery
        out = copy.copy(q)  # the same prefix, boost and whatever else it carries
        out.subqueries = subs
        out.scored = keep(q.scored) or q.scored[:1]  # none held: ranks nothing here, as before
        return out
    return q.apply(lambda sub: _without_missing(sub, held))


class _KitLexicon:
    """A kit's lexicon whose prefixes stand for the library's words (:class:`LibraryPrefixes`)."""

    def __init__(self, own, prefixes: LibraryPrefixes):
        self._own = own
        self._prefixes = prefixes

    def expand_prefix(self, prefix: str, cap: int = PREFIX_CAP) -> list[str]:
        return self._prefixes.words(prefix, cap)

    def __getattr__(self, name: str):
        return getattr(self._own, name)


class _KitSearcher(Searcher):
    """A kit's Searcher in a library: when it searches pages (title and body, the vocabulary's
    fields; quotations are left as they are), its prefixes are narrowed to the words it holds."""

    held: Callable[[], set[str]] | None = None

    def compile(self, text: str, fields: list[str] | None = None):
        c = super().compile(text, fields)
        if self.held is not None and fields is None and c.prefixes and c.query is not None:
            c.query = _without_missing(c.query, self.held())
        return c


class LibrarySearcher:
    """Searches the present, indexed kits of a library as one collection. One per thread.

    ``entries``: the kits to open (default: every kit of ``library``). A kit that is absent, cannot be
    opened, or has no fresh index is left out and listed in ``skipped`` with the reason (the viewer
    indexes it, then opens a new LibrarySearcher).

    ``kits`` is the one list of the kits searched: a kit whose index turns out damaged while
    searching (a search, quotations or a snippet) leaves it for good, for ``skipped`` (state
    ``damaged``) and ``set_aside``, so every later search, quotation list, snippet, :meth:`searcher`
    look-up and saved-search comparison leaves it out; ``opened`` still lists it (its index's
    generation tells a caller when it was rebuilt).
    """

    def __init__(self, library: Library, entries: Iterable[KitEntry] | None = None,
                 progress: ProgressFn | None = None):
        self.library = library
        wanted = list(entries) if entries is not None else list(library.kits)
        self.kits: list[tuple[KitEntry, Kit, Searcher]] = []
        self.skipped: list[tuple[KitEntry, str, str]] = []  # (entry, state, sentence)
        self.set_aside: list[tuple[KitEntry, Kit]] = []  # opened, then found damaged: never searched again
        for n, e in enumerate(wanted):
            if progress:
                progress(n, len(wanted), e.title)
            self._open(e)
        self.stats = SharedStatistics([s for _e, _k, s in self.kits])
        weighting = SharedBM25F(self.stats)
        lexicons = [s.lexicon for _e, _k, s in self.kits]
        self._prefixes = LibraryPrefixes(lexicons)
        self._words = LibraryWords(lexicons)
        for n, (_e, _k, s) in enumerate(self.kits):
            s.set_weighting(weighting)
            s.held = lambda n=n, prefixes=self._prefixes: prefixes.held(n)  # no cycle back to s
            # a word another kit holds is spelt right: no kit replaces it by its nearest spellings
            s.known_words = lambda w, n=n, words=self._words: words.held_elsewhere(w, n)
            s.lexicon = _KitLexicon(s.lexicon, self._prefixes)

    def _open(self, e: KitEntry) -> None:
        if not e.present:
            self.skipped.append((e, "absent", f"{e.title or e.path} is not where it was ({e.path})."))
            return
        try:
            kit = self.library.open(e)
            status = kit_index_status(kit)
            if status != "fresh":
                self.skipped.append((e, "not-indexed", f"The search index of {e.title} is {status}."))
                return
            self.kits.append((e, kit, _KitSearcher(kit)))
        except PresskitError as err:
            self.skipped.append((e, "unreadable", err.message))

    def _set_aside(self, e: KitEntry, err: SearchIndexError) -> None:
        """A kit whose index turned out damaged while searching leaves ``kits`` for good and is listed
        in ``skipped``: one damaged kit never fails the others, and is never asked again."""
        found = self.searcher(e.id)
        if found is None:
            return
        self.kits.remove(found)
        remember_damaged(found[1])  # the kit's own index: the next opening passes over it
        self.set_aside.append((found[0], found[1]))
        self.skipped.append((e, "damaged", err.message))
        try:
            found[2].close()
        except Exception:  # noqa: BLE001 - a damaged index may fail to close too; it is dropped anyway
            pass

    @property
    def opened(self) -> list[tuple[KitEntry, Kit]]:
        """Every kit this searcher opened: those searched and those set aside since."""
        return [(e, kit) for e, kit, _s in self.kits] + self.set_aside

    def close(self) -> None:
        for _e, _k, s in self.kits:
            s.close()
        self.kits = []
        self.set_aside = []

    def __enter__(self) -> "LibrarySearcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def searcher(self, kit_id: str) -> tuple[KitEntry, Kit, Searcher] | None:
        return next((t for t in self.kits if t[0].id == kit_id), None)

    def kit_states(self) -> list[dict[str, Any]]:
        out = [{**e.json_summary(), "state": "searched"} for e, _k, _s in self.kits]
        out += [{**e.json_summary(), "state": state, "reason": why} for e, state, why in self.skipped]
        return out

    # -- documents ---------------------------------------------------------------------------
    def search(self, text: str, *, kinds: Iterable[str] | None = None, languages: Iterable[str] | None = None,
               date_from: str | None = None, date_to: str | None = None, kits: Iterable[str] | None = None,
               organisations: Iterable[str] | None = None, limit: int = 50, pages_per_doc: int = 3,
               snippets: bool = True, snippets_per_doc: int | None = None) -> LibraryResults:
        """Search every kit; the best ``limit`` documents of all, best first. Never raises on odd input.

        ``kits`` (kit ids) and ``organisations`` narrow the results like ``kinds`` and ``languages`` do.
        Snippets are cut for the documents returned only, after the kits' results are merged;
        ``snippets_per_doc=N`` cuts them for the first N pages of each (the library panel shows one
        line per document: the best page's), leaving the others empty for :meth:`fill_snippets`.
        """
        kit_filter = set(kits or ())
        org_filter = set(organisations or ())
        keep_org = (lambda it, of: of(it) in org_filter) if org_filter else None
        per_kit = []
        for e, kit, s in list(self.kits):
            of = organisation_of(kit)
            keep = (lambda it, of=of: keep_org(it, of)) if keep_org else None
            try:
                res = s.search(text, kinds=kinds, languages=languages, date_from=date_from, date_to=date_to,
                               limit=limit, pages_per_doc=pages_per_doc, snippets=False, keep=keep,
                               facets={"organisation": of})
            except SearchIndexError as err:
                self._set_aside(e, err)
                continue
            per_kit.append((e, kit, s, res))
        out = LibraryResults(query=text, kits=self.kit_states())
        self.stats.forget_words()
        self._prefixes.forget()
        self._words.forget()
        self._merge(out, per_kit, kit_filter, limit)
        if snippets:
            self.fill_snippets(out, pages_per_doc=snippets_per_doc)
        return out

    def fill_snippets(self, res: LibraryResults, hits: Iterable[LibraryHit] | None = None,
                      pages_per_doc: int | None = None) -> None:
        """Cut the snippets ``res`` lacks: of ``hits`` (default: every result), on each one's kit, for
        at most ``pages_per_doc`` pages of each (default: all its pages)."""
        for h in (res.results if hits is None else hits):
            found = self.searcher(h.entry.id)
            if found is None:
                continue
            try:
                for p in h.hit.pages[:pages_per_doc]:
                    if not p.snippet:
                        p.snippet = found[2].snippet(h.item, p.page, res.terms)
            except SearchIndexError as err:  # its text store is damaged: the row stays, without snippet
                self._set_aside(h.entry, err)

    def _merge(self, out: LibraryResults, per_kit: list, kit_filter: set[str], limit: int) -> None:
        hits: list[LibraryHit] = []
        facets: dict[str, Counter] = {"kit": Counter()}
        suggestions: Counter = Counter()
        messages: list[str] = []
        reasons: set[str] = set()
        terms: list[list[str]] = []
        for e, kit, _s, res in per_kit:
            for name, counts in res.facets.items():
                facets.setdefault(name, Counter()).update(counts)
            matched = sum(res.facets.get("kind", {}).values())
            if matched:
                facets["kit"][e.id] = matched
            for t in res.terms:
                if t not in terms:
                    terms.append(t)
            if res.suggestion:
                suggestions[res.suggestion] += 1
            if res.message:
                messages.append(res.message)
            reasons.add(res.reason)
            if kit_filter and e.id not in kit_filter:
                continue
            out.total += res.total
            hits.extend(LibraryHit(e, kit, d) for d in res.results)
        order = {e.id: n for n, (e, _k) in enumerate(self.opened)}
        hits.sort(key=lambda h: (-h.score, order[h.entry.id]))
        out.results = hits[:limit]
        out.facets = {k: dict(v) for k, v in facets.items()}
        out.terms = terms
        out.suggestion = suggestions.most_common(1)[0][0] if suggestions else None
        if not self.kits:
            out.reason = "no-kits"
            out.message = "No kit of your library can be searched: add a kit, or plug in the stick it is on."
        elif not out.total:
            self._nothing_found(out, reasons, messages)

    @staticmethod
    def _nothing_found(out: LibraryResults, reasons: set[str], messages: list[str]) -> None:
        """Why the library found nothing. When every kit found nothing for the same reason, that reason is
        the query's (an unknown ``kind:``, a one-letter prefix, no word at all) and is said once, with the
        library's own suggestion; otherwise nothing matched, in one kit for one reason and in another for
        another."""
        reason = next(iter(reasons)) if len(reasons) == 1 else ""
        if reason in ("empty", "operators") or (reason == "" and len(reasons) == 1 and messages):
            out.reason, out.message = reason, messages[0]  # the query's own sentence, the same in every kit
            return
        # the query's reason, said as one kit says it; kits that disagree (or that all found something the kit
        # filter leaves out) say only that no document matches: nothing_matches on no query
        out.reason, out.message = nothing_matches(out.query if reason else "", out.suggestion)

    def matches(self, text: str, **filters: Any) -> list[LibraryHit]:
        """Every matching document of every kit (no snippets): what alerts compare."""
        return self.search(text, limit=100_000, pages_per_doc=1, snippets=False, **filters).results

    # -- quotations --------------------------------------------------------------------------
    def quotes(self, query: str = "", *, speaker: str | None = None, kits: Iterable[str] | None = None,
               limit: int = 500) -> list[LibraryQuote]:
        """Quotations of every kit, optionally matching a query and a speaker or organisation.

        With a query, each kit's list is in relevance order and the lists are interleaved (best of
        each kit first); without one, the quotations are in date order across kits.
        """
        kit_filter = set(kits or ())
        self._prefixes.forget()
        self._words.forget()
        lists: list[list[LibraryQuote]] = []
        for e, kit, s in list(self.kits):
            if kit_filter and e.id not in kit_filter:
                continue
            try:
                lists.append([LibraryQuote(e, kit, q) for q in s.quotes(query, speaker=speaker, limit=limit)])
            except SearchIndexError as err:
                self._set_aside(e, err)
        if not query.strip():
            merged = [q for lst in lists for q in lst]
            merged.sort(key=lambda x: (day_order(x.quote.date), x.entry.label, x.quote.document_id, x.quote.page))
            return merged[:limit]
        merged = []
        for rank in range(max((len(x) for x in lists), default=0)):
            merged.extend(lst[rank] for lst in lists if rank < len(lst))
        return merged[:limit]
