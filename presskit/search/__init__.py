"""Search a kit: query parsing, accent/stem/fuzzy expansion, grouped results, snippets, facets.

* :mod:`.query` - query text to a syntax tree (never raises);
* :mod:`.expand` - the vocabulary: stem siblings and spelling suggestions;
* :mod:`.searcher` - :class:`Searcher` (one per thread): ranking, grouping, quotes;
* :mod:`.snippets` - snippets with the matched words marked;
* :mod:`.facets` - counts per kind, language and date, and filters;
* :mod:`.results` - what a search returns.

``from presskit.search import Searcher`` is the usual entry point.
"""

from .results import DocHit, PageHit, SearchResults
from .searcher import Searcher

__all__ = ["DocHit", "PageHit", "SearchResults", "Searcher"]
