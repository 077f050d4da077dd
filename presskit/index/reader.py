"""Opening an index for searching: its Whoosh segments read together, scored over live entries.

The Whoosh part of an index is one folder (``whoosh/``) holding every segment and one table of
contents listing them. Every Whoosh index presskit opens goes through :func:`open_index`, which
reads it through the restricted unpickler of :mod:`presskit.index.safe_toc`.
"""

from __future__ import annotations

from pathlib import Path

from whoosh import index as windex

from ..errors import SearchIndexError
from . import safe_toc
from .livestats import LiveBM25F, LiveStats
from .schema import make_schema

WHOOSH_DIRNAME = "whoosh"


def open_index(folder: Path):
    """The Whoosh index in ``folder``, read with presskit's own schema and never with plain pickle
    (:mod:`presskit.index.safe_toc`: a planted table of contents raises UnsafeIndexError)."""
    try:
        return safe_toc.open_dir(str(folder), make_schema())
    except windex.EmptyIndexError:
        raise SearchIndexError("The search index has no data; rebuild it.") from None


def read_segments(folder: Path) -> list:
    """The segments listed by the table of contents of the Whoosh index in ``folder``."""
    return list(open_index(folder)._segments())


def open_searcher(index_dir: Path, **bm25):
    """A Whoosh searcher over every segment of an index, ranking with BM25F over live entries.

    Not thread-safe (Whoosh searchers are not): one per thread.
    """
    from whoosh.searching import Searcher as WhooshSearcher

    ix = open_index(Path(index_dir) / WHOOSH_DIRNAME)
    return WhooshSearcher(ix.reader(), weighting=LiveBM25F(LiveStats.read(index_dir), **bm25))
