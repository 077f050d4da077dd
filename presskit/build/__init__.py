"""Building kits: :func:`build_kit` (publisher: a folder of files -> a kit) and :func:`index_kit`
(reader: a missing or stale index -> a new one in the user cache).

* :mod:`.builder` - the two entry points;
* :mod:`.indexing` - the one indexing loop both share;
* :mod:`.items` - which files are items, their ids and metadata, translation groups;
* :mod:`.making` - an item and its quotes, made in a reader process (which imports only what that
  needs: the entry points are loaded when first asked for).
"""

from __future__ import annotations

__all__ = ["BuildReport", "build_kit", "index_kit"]


def __getattr__(name: str):
    if name in __all__:
        from . import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
