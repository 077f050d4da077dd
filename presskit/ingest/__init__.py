"""Ingest: turn source files into text, metadata and thumbnails (no Qt).

* :mod:`presskit.ingest.naming` - metadata from file and folder names; language of a text.
* :mod:`presskit.ingest.extract` - one file -> :class:`~presskit.ingest.extract.Extracted`.
* :mod:`presskit.ingest.pool` - many files in worker processes with time and memory limits.
"""
