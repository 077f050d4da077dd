"""Saved searches and alerts: "3 new for Article 5" after an update pack or a new kit.

A saved search is a name, a query in the search syntax (``"Article 5"``, ``speaker:diallo``) and
optional filters (kinds, languages, kits). It remembers which documents and quotations matched when
the reader last looked at it. :func:`alerts` runs every saved search over the library and reports,
for each, the matches that are new since then: documents that were not in the library, or whose
content changed (a document is remembered with its sha256), and quotations not seen before. Looking
at a search (:func:`mark_looked`) makes its current matches the ones seen. A search just saved has
nothing new.

Saved searches are kept in the library file (:class:`presskit.library.catalog.Library`), each as a
plain JSON object::

    {"id": "a1b2c3d4", "name": "Article 5", "query": "\\"Article 5\\"", "kinds": [], "languages": [],
     "kits": [], "created": "2026-11-17T08:00:00+00:00", "looked": "2026-11-17T08:00:00+00:00",
     "seen_documents": ["<kit id>/<item id>@<sha256[:16]>", ...],
     "seen_quotes": ["<kit id>/<document id>/<page>/<hash of the words>", ...]}
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import LibraryError
from .catalog import EDITING, Library, now_iso
from .search import LibraryHit, LibraryQuote, LibrarySearcher

MAX_SEEN = 200_000  # keys remembered per saved search


@dataclass
class SavedSearch:
    id: str
    name: str
    query: str
    kinds: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    kits: list[str] = field(default_factory=list)
    created: str = ""
    looked: str = ""
    seen_documents: list[str] = field(default_factory=list)
    seen_quotes: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SavedSearch | None":
        if not all(isinstance(d.get(k), str) for k in ("id", "name", "query")):
            return None
        lists = {k: [x for x in d.get(k, []) if isinstance(x, str)] if isinstance(d.get(k), list) else []
                 for k in ("kinds", "languages", "kits", "seen_documents", "seen_quotes")}
        times = {k: d[k] for k in ("created", "looked") if isinstance(d.get(k), str)}
        return cls(id=d["id"], name=d["name"], query=d["query"], **lists, **times)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "query": self.query, "kinds": self.kinds,
                "languages": self.languages, "kits": self.kits, "created": self.created, "looked": self.looked,
                "seen_documents": self.seen_documents[-MAX_SEEN:], "seen_quotes": self.seen_quotes[-MAX_SEEN:]}

    def filters(self) -> dict[str, Any]:
        return {"kinds": self.kinds or None, "languages": self.languages or None, "kits": self.kits or None}


@dataclass
class Alert:
    """What is new for one saved search since the reader last looked at it."""

    search: SavedSearch
    documents: list[LibraryHit] = field(default_factory=list)
    quotes: list[LibraryQuote] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.documents) + len(self.quotes)

    def summary(self) -> str:
        """"3 new for Article 5" (documents and quotations together)."""
        return f"{self.count} new for {self.search.name}"

    def to_json(self) -> dict[str, Any]:
        return {
            "search": {"id": self.search.id, "name": self.search.name, "query": self.search.query,
                       "looked": self.search.looked},
            "new_documents": [{"id": h.item.id, "title": h.item.title, "kind": h.item.kind,
                               "language": h.item.language, "date": h.item.date, "path": h.item.path,
                               "page": h.hit.pages[0].page if h.hit.pages else 1,
                               "kit": h.entry.json_summary()} for h in self.documents],
            "new_quotes": [{"text": q.quote.text, "speaker": q.quote.speaker, "document_id": q.quote.document_id,
                            "title": q.quote.title, "date": q.quote.date, "page": q.quote.page,
                            "kit": q.entry.json_summary()} for q in self.quotes],
        }


def document_key(h: LibraryHit) -> str:
    return f"{h.entry.id}/{h.item.id}@{h.item.sha256[:16]}"


def quote_key(q: LibraryQuote) -> str:
    words = hashlib.sha256(q.quote.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{q.entry.id}/{q.quote.document_id}/{q.quote.page}/{words}"


def saved_searches(library: Library) -> list[SavedSearch]:
    return [s for s in (SavedSearch.from_dict(d) for d in library.searches) if s is not None]


def _store(library: Library, searches: list[SavedSearch]) -> None:
    with EDITING:
        library.load()  # the kits as saved now: a kit removed while the searches ran stays removed
        library.searches = [s.to_dict() for s in searches]
        library.save()


def find_search(library: Library, key: str) -> SavedSearch:
    for s in saved_searches(library):
        if key in (s.id, s.name) or s.name.casefold() == key.casefold():
            return s
    raise LibraryError(f"There is no saved search '{key}'. 'presskit alerts --list' shows them.")


def current_matches(searcher: LibrarySearcher, s: SavedSearch) -> tuple[list[LibraryHit], list[LibraryQuote]]:
    docs = searcher.matches(s.query, **s.filters())
    quotes = searcher.quotes(s.query, kits=s.kits or None, limit=10_000) if s.query.strip() else []
    return docs, quotes


def save_search(library: Library, searcher: LibrarySearcher, name: str, query: str, *,
                kinds: Iterable[str] = (), languages: Iterable[str] = (), kits: Iterable[str] = ()) -> SavedSearch:
    """Save a search (replacing one of the same name); what matches now counts as seen."""
    name = " ".join(name.split()) or " ".join(query.split())
    if not query.strip():
        raise LibraryError("A saved search needs a query: type words or a \"phrase\" to search for.")
    library.load()
    others = [s for s in saved_searches(library) if s.name.casefold() != name.casefold()]
    s = SavedSearch(id=secrets.token_hex(4), name=name, query=query, kinds=list(kinds), languages=list(languages),
                    kits=list(kits), created=now_iso())
    _look(searcher, s)
    _store(library, others + [s])
    return s


def _look(searcher: LibrarySearcher, s: SavedSearch) -> None:
    docs, quotes = current_matches(searcher, s)
    # kits that could not be searched (absent, not indexed) keep what was seen of them
    searched = {e.id for e, _k, _s in searcher.kits}
    keep_docs = [k for k in s.seen_documents if k.split("/", 1)[0] not in searched]
    keep_quotes = [k for k in s.seen_quotes if k.split("/", 1)[0] not in searched]
    s.seen_documents = keep_docs + [document_key(h) for h in docs]
    s.seen_quotes = keep_quotes + [quote_key(q) for q in quotes]
    s.looked = now_iso()


def delete_search(library: Library, key: str) -> SavedSearch:
    library.load()
    s = find_search(library, key)
    _store(library, [x for x in saved_searches(library) if x.id != s.id])
    return s


def alerts(library: Library, searcher: LibrarySearcher) -> list[Alert]:
    """For every saved search, what matches now and was not seen when the reader last looked."""
    out = []
    for s in saved_searches(library):
        docs, quotes = current_matches(searcher, s)
        seen_d, seen_q = set(s.seen_documents), set(s.seen_quotes)
        out.append(Alert(s, [h for h in docs if document_key(h) not in seen_d],
                         [q for q in quotes if quote_key(q) not in seen_q]))
    return out


def mark_looked(library: Library, searcher: LibrarySearcher, keys: Iterable[str] | None = None) -> list[SavedSearch]:
    """The reader looked at these saved searches (all when None): their current matches are seen."""
    library.load()
    searches = saved_searches(library)
    wanted = set(keys) if keys is not None else None
    done = []
    for s in searches:
        if wanted is None or s.id in wanted or s.name in wanted:
            _look(searcher, s)
            done.append(s)
    _store(library, searches)
    return done
