"""presskit.build.builder: build_kit (incremental, into another folder) and index_kit (a reader's
index goes to the cache, never into the kit)."""

from __future__ import annotations

import pytest

from kitmaker import make_source
from presskit.build import build_kit
from presskit.index.status import kit_index_status
from presskit.kit.open import open_kit
from presskit.search import Searcher


def test_incremental_rebuild_reextracts_only_changed(tmp_path):
    src = make_source(tmp_path / "src")
    first = build_kit(src, workers=1)
    assert first.extracted == 4 and first.reused == 0
    (src / "briefing-note.txt").write_text("Briefing note\n\nNew text about landmines.\n", encoding="utf-8")
    second = build_kit(src, workers=1)
    assert second.extracted == 1 and second.reused == 3
    kit = open_kit(src)
    with Searcher(kit) as s:
        assert [d.item.id for d in s.search("landmines").results] == ["briefing-note"]
        assert s.search("inspectors").total == 0


def test_build_into_other_folder_and_stale_index_is_detected(tmp_path):
    src = make_source(tmp_path / "src")
    out = tmp_path / "kit"
    build_kit(src, out, workers=1)
    kit = open_kit(out)
    assert kit_index_status(kit) == "fresh"
    assert (out / "press-releases" / "PR_Opening_16.11.26_EN.pdf").is_file()
    # a manifest edited after the build makes the index stale, and searching refuses it
    m = out / "manifest.json"
    m.write_bytes(m.read_bytes().replace(b"Test Coalition press kit", b"Edited kit"))
    kit = open_kit(out)
    assert kit_index_status(kit) == "stale"
    from presskit.errors import SearchIndexError
    with pytest.raises(SearchIndexError):
        Searcher(kit)


def test_reader_rebuilds_a_missing_index_in_the_cache_not_the_kit(tmp_path):
    import shutil

    from presskit.build import index_kit

    src = make_source(tmp_path / "src")
    build_kit(src, workers=1)
    shutil.rmtree(src / "index")
    kit = open_kit(src)
    assert kit_index_status(kit) == "missing"
    before = sorted(p.name for p in src.rglob("*"))
    where = index_kit(kit, workers=1)
    assert not where.is_relative_to(src)
    assert sorted(p.name for p in src.rglob("*")) == before
    assert kit_index_status(open_kit(src)) == "fresh"
    with Searcher(open_kit(src)) as s:
        assert s.search("plenary").total == 1


def test_packed_kit_without_index_is_indexed_in_the_cache(tmp_path):
    import shutil

    from presskit.kit.archive import pack_kit
    from presskit.build import index_kit

    src = make_source(tmp_path / "src")
    build_kit(src, workers=1)
    shutil.rmtree(src / "index")
    packed = tmp_path / "kit.presskit"
    pack_kit(src, packed)
    before = packed.read_bytes()
    kit = open_kit(packed)
    assert kit_index_status(kit) == "missing"
    index_kit(kit, workers=1)
    with Searcher(kit) as s:
        res = s.search('"une nouvelle decennie"')
        assert [d.item.id for d in res.results] == ["press-releases-pr-opening-16-11-26-french"]
    assert packed.read_bytes() == before, "a packed kit is never written to"


def test_a_rebuild_after_the_quote_finder_changes_reads_the_quotes_again(tmp_path, monkeypatch):
    """The quotations an item keeps from the previous build were made by the quote finder of then:
    a new finder (a new QUOTES_VERSION) makes them again, from the cached text, on the next build."""
    import presskit.quotes as quotes_pkg
    from presskit.build import making
    from presskit.model import Quote

    src = make_source(tmp_path / "src")
    build_kit(src, workers=1)

    def speakers(kit_dir):
        with Searcher(open_kit(kit_dir)) as s:
            return {q.speaker for q in s.quotes()}

    assert "Amara Diallo" in speakers(src)
    real = making.quotes_of_item  # texts from the extraction cache: items are made in this process

    def new_finder(item, pages, organisation, info):
        return [Quote.from_dict({**q.to_dict(), "speaker": "Someone Else"}) for q in real(item, pages, organisation, info)]

    monkeypatch.setattr(making, "quotes_of_item", new_finder)
    same = build_kit(src, workers=1)
    assert same.extracted == 0 and same.kept == len(same.items), "same finder version: every item is kept"
    assert "Someone Else" not in speakers(src)

    monkeypatch.setattr(quotes_pkg, "QUOTES_VERSION", quotes_pkg.QUOTES_VERSION + 1)
    bumped = build_kit(src, workers=1)
    assert bumped.extracted == 0, "the text comes from the extraction cache: no file is read again"
    assert bumped.kept == 0, "but every item's quotations are made again"
    assert speakers(src) == {"Someone Else"}
