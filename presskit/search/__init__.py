"""Search a kit: query parsing, accent/stem/fuzzy expansion, grouped results, snippets, facets.

* :mod:`.query` - query text to a syntax tree (never raises);
* :mod:`.expand` - the vocabulary: stem siblings and spelling suggestions;
* :mod:`.searcher` - :class:`Searcher` (one per thread): ranking, grouping, quotes;
* :mod:`.snippets` - snippets with the matched words marked;
* :mod:`.facets` - counts per kind, language and date, and filters;
* :mod:`.results` - what a search returns.

``from presskit.search import Searcher`` is the usual entry point. The package imports the searcher
(and Whoosh) only when it is asked for, so code that only parses queries or counts facets (the
viewer's filter lists, at start-up) does not load the search engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_NAMES = {"DocHit": ".results", "PageHit": ".results", "SearchResults": ".results", "Searcher": ".searcher"}

__all__ = ["DocHit", "PageHit", "SearchResults", "Searcher"]


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        value = getattr(import_module(_NAMES[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
