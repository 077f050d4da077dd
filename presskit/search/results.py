"""What a search returns: documents with their matching pages and snippets, totals, facets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Item

@dataclass
class PageHit:
    page: int  # 1-based
    snippet: str  # HTML-escaped text, matched words in <b>
    score: float = 0.0


@dataclass
class DocHit:
    item: Item
    score: float
    pages: list[PageHit] = field(default_factory=list)
    matched_pages: int = 0


@dataclass
class SearchResults:
    query: str
    total: int = 0  # matching documents (after filters)
    results: list[DocHit] = field(default_factory=list)
    suggestion: str | None = None
    message: str | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: list[list[str]] = field(default_factory=list)  # folded word sequences to highlight
    #: why nothing was found, for a front end to say in its own words (``message`` says it in English):
    #: "empty" (no query), "operators" (nothing searchable: only operators or punctuation),
    #: "unknown-choice" (a ``kind:`` or ``lang:`` value names no kind or language, or more than one;
    #: see ``query.unknown_choices``), "short-prefix" (a one-letter prefix, ``e*``, read as the word; see
    #: ``query.short_prefixes``), "no-match" (the words match no document under the filters). "" when
    #: something was found, or when the query could not be run (``message`` says so).
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "message": self.message,
            "reason": self.reason or None,
            "facets": self.facets,
            "results": [
                {"id": d.item.id, "title": d.item.title, "kind": d.item.kind, "language": d.item.language,
                 "date": d.item.date, "path": d.item.path, "score": round(d.score, 4),
                 "pages": [{"page": p.page, "snippet": p.snippet} for p in d.pages]}
                for d in self.results
            ],
        }


