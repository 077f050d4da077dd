"""The search index: a rebuildable cache of a kit, in one directory.

Layout of an index directory::

    stamp.json      schema version + sha256 of the manifest it was built for (fresh/stale test)
    whoosh/N/       the Whoosh index, in one or two shards (N = 0, 1) read together: one entry per
                    PDF page, per text document, per photo caption, per quote
    store.sqlite    page texts, extraction cache, thumbnails, quotes
    vocab.json      body/title vocabulary with document frequencies (for "did you mean")

* :mod:`.schema`: the Whoosh schema and its one analysed, folded field type;
* :mod:`.store`: the SQLite text store (the only module that runs SQL on it);
* :mod:`.writer`: :class:`~.writer.IndexWriter`, writing a complete new index directory;
* :mod:`.reader`: a Whoosh searcher over every shard;
* :mod:`.status`: fresh, stale or missing; which index a kit uses.
"""
