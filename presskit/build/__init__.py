"""Building kits: :func:`build_kit` (publisher: a folder of files -> a kit) and :func:`index_kit`
(reader: a missing or stale index -> a new one in the user cache).

* :mod:`.builder` - the two entry points;
* :mod:`.indexing` - the one indexing loop both share;
* :mod:`.items` - which files are items, their ids and metadata, translation groups.
"""

from .builder import BuildReport, build_kit, index_kit

__all__ = ["BuildReport", "build_kit", "index_kit"]
