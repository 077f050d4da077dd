"""presskit.index.reader and schema: one searcher over every shard; each entry says what it is."""

from __future__ import annotations

import pytest
from whoosh import query as Q

from presskit.errors import SearchIndexError
from presskit.index.reader import open_searcher
from presskit.index.schema import ENTRY_PAGE, ENTRY_PHOTO, ENTRY_QUOTE, make_schema


def test_entries_pages_photos_quotes_with_folded_words(index_dir):
    s = open_searcher(index_dir)
    try:
        entries = sorted((f["entry"], f["item"], f["page"]) for f in s.all_stored_fields())
        assert entries == [(ENTRY_PAGE, "pr", 1), (ENTRY_PAGE, "pr", 2), (ENTRY_PHOTO, "ph", 1),
                           (ENTRY_QUOTE, "pr", 2)]
        assert [h["page"] for h in s.search(Q.Term("body", "securite"))] == [1]  # folded when indexed
        assert "type" not in make_schema().names()  # 'type:' in a query means the kind of document
    finally:
        s.close()


def test_an_index_without_shards_is_refused(tmp_path):
    (tmp_path / "whoosh").mkdir()
    with pytest.raises(SearchIndexError, match="no data"):
        open_searcher(tmp_path)
