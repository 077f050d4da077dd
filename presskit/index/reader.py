"""Opening an index for searching: one Whoosh searcher over every shard (read together)."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as windex

from ..errors import SearchIndexError


def open_searcher(index_dir: Path, weighting):
    """A Whoosh searcher over every shard of an index (one reader per shard, read together).

    Not thread-safe (Whoosh searchers are not): one per thread.
    """
    from whoosh.reading import MultiReader
    from whoosh.searching import Searcher as WhooshSearcher

    base = Path(index_dir) / "whoosh"
    shard_dirs = sorted((p for p in base.iterdir() if p.is_dir()), key=lambda p: p.name)
    readers = [windex.open_dir(str(p)).reader() for p in shard_dirs]
    if not readers:
        raise SearchIndexError("The search index has no data; rebuild it.")
    reader = readers[0] if len(readers) == 1 else MultiReader(readers)
    return WhooshSearcher(reader, weighting=weighting)
