"""Ingest: turn source files into text, metadata and thumbnails (no Qt).

* :mod:`.formats` - the one table of extensions, media types and sidecars.
* :mod:`.record` - :class:`~.record.Extracted` (what a file gave) and :class:`~.record.Failure` (why not).
* :mod:`.extract` - one file -> ``Extracted``, through one reader per format: :mod:`.pdf`, :mod:`.html`,
  :mod:`.text` (Markdown and plain text), :mod:`.photo` (with :mod:`.photometa` for XMP/EXIF/IPTC).
* :mod:`.naming` - metadata from file and folder names; language of a text.
* :mod:`.pool` - many files in worker processes with time and memory limits.
"""
