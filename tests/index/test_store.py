"""presskit.index.store: page texts, thumbnails, quotes and the extraction cache, read-only for readers."""

from __future__ import annotations

import sqlite3

import pytest

from presskit.errors import SearchIndexError
from presskit.index.store import TextStore, load_extracts


def test_readers_get_pages_thumbnails_and_quotes(index_dir):
    store = TextStore(index_dir)
    try:
        assert store.page_text("pr", 2) == "Page two on stockpiles." and store.page_text("pr", 9) == ""
        assert store.thumbnail("ph") == b"\xff\xd8jpeg" and store.thumbnail("pr") is None
        assert store.quote(1).speaker == "Amara Diallo" and store.quote(99) is None
    finally:
        store.close()


def test_the_extraction_cache_is_found_by_key(index_dir):
    cache = load_extracts(index_dir, {"key-pr", "unknown"})
    assert list(cache) == ["key-pr"] and cache["key-pr"].pages[0] == "Page one on sécurité."


def test_a_damaged_cache_is_only_a_cache(tmp_path):
    (tmp_path / "store.sqlite").write_bytes(b"not a database at all" * 100)
    assert load_extracts(tmp_path, {"k"}) == {}
    with pytest.raises((SearchIndexError, sqlite3.DatabaseError)):
        TextStore(tmp_path).page_text("x", 1)
    with pytest.raises(SearchIndexError, match="no text store"):
        TextStore(tmp_path / "nothing")


def test_a_folder_name_with_uri_characters_opens_the_right_store(index_dir, tmp_path):
    odd = tmp_path / "kit #1 ?50% off"
    odd.mkdir()
    (odd / "store.sqlite").write_bytes((index_dir / "store.sqlite").read_bytes())
    store = TextStore(odd)
    assert store.page_text("pr", 1) == "Page one on sécurité."
    store.close()
