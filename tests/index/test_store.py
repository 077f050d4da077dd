"""presskit.index.store: page texts, thumbnails, quotes and the extraction cache, read-only for readers."""

from __future__ import annotations

import sqlite3

import pytest

from presskit.errors import SearchIndexError
from presskit.index.store import StoreWriter, TextStore, _z, load_extracts, ocr_rule_states, ocr_states
from presskit.ingest.record import Extracted


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


def _store_with(tmp_path, extracts):
    w = StoreWriter(tmp_path / "store.sqlite")
    for key, ex in extracts.items():
        w.add_extract(key, ex)
    w.commit()
    w.close()
    return tmp_path


def test_ocr_records_are_read_back_by_key_and_media(tmp_path):
    ix = _store_with(tmp_path, {
        "scan": Extracted("pdf", ["x"], {"ocr": {"engine": "tesseract", "pages": [1]}, "ocr_rules": 3,
                                         "ocr_declined": True}),
        "old": Extracted("pdf", ["x"], {"ocr": "not a record", "ocr_rules": "3"}),
        "img": Extracted("image", ["x"], {"ocr": {"engine": "tesseract"}, "ocr_rules": 3}),
    })
    keys = {"scan", "old", "img", "absent"}
    assert ocr_states(ix, keys) == {"scan": ("pdf", {"engine": "tesseract", "pages": [1]}),
                                    "old": ("pdf", None), "img": ("image", {"engine": "tesseract"})}
    # the rules decide over PDF pages only; a revision that is not a number is no revision
    assert ocr_rule_states(ix, keys) == {"scan": (3, True), "old": (None, False)}
    assert ocr_states(ix, {"scan"}) == {"scan": ("pdf", {"engine": "tesseract", "pages": [1]})}
    assert ocr_states(tmp_path / "nothing", keys) == {} and ocr_rule_states(tmp_path / "nothing", keys) == {}


def test_a_damaged_ocr_record_reads_as_no_record(tmp_path):
    ix = _store_with(tmp_path, {"a": Extracted("pdf", ["x"], {"ocr_rules": 1})})
    con = sqlite3.connect(ix / "store.sqlite")
    con.execute("UPDATE extracts SET meta=? WHERE key='a'", (_z("[1, 2]"),))  # JSON, not an object
    con.commit()
    con.close()
    assert ocr_states(ix, {"a"}) == {} and ocr_rule_states(ix, {"a"}) == {}
    (ix / "store.sqlite").write_bytes(b"not a database at all" * 100)
    assert ocr_states(ix, {"a"}) == {} and ocr_rule_states(ix, {"a"}) == {}
