"""A kit's own index found damaged is set aside for good: the reader's rebuilt index (in the user
cache, never in the kit) is the one the next opening searches, for exactly that kit and that damaged
index; another edition or another sealed index is tried afresh (docs/trust.md, *The index*)."""

from __future__ import annotations

import re

import json
from pathlib import Path

from hostile_helpers import cli, ok, snapshot
from test_damaged_postings import _cut_at_postings_of
from test_index_sizes import seal

from presskit.build import index_kit
from presskit.errors import SearchIndexError
from presskit.index.damaged import passed_over, remember_damaged
from presskit.index.status import kit_index_status
from presskit.kit.open import open_kit
from presskit.search import Searcher


def _damage(kit: Path, key: Path) -> None:
    """The publisher's own index with the postings of "stockpiles" cut short, sealed again: intact
    and vouched for, and damaged."""
    assert _cut_at_postings_of(kit, b"stockpiles")
    seal(kit, key)


def _search(kit) -> int:
    with Searcher(kit) as s:
        return s.search("stockpiles").total


def test_the_rebuilt_index_is_searched_at_the_next_opening(signed_kit, publisher_key):
    _damage(signed_kit, publisher_key)
    before = snapshot(signed_kit)
    kit = open_kit(signed_kit)
    assert kit.index_dir == signed_kit / "index"
    try:
        _search(kit)
        raise AssertionError("the damaged index answered")
    except SearchIndexError:
        pass
    assert remember_damaged(kit)
    assert kit_index_status(kit) != "fresh"  # until it is rebuilt, search waits for the rebuild
    index_kit(kit)
    assert _search(kit) > 0

    again = open_kit(signed_kit)
    assert again.index_dir == kit.writable_index_dir() and again.trusted_index == again.index_dir
    assert kit_index_status(again) == "fresh"
    assert _search(again) > 0
    assert snapshot(signed_kit) == before  # nothing was written into the kit


def test_only_that_damaged_index_of_that_edition_is_passed_over(signed_kit, publisher_key):
    _damage(signed_kit, publisher_key)
    kit = open_kit(signed_kit)
    assert remember_damaged(kit)
    assert passed_over(open_kit(signed_kit), signed_kit / "index")
    assert open_kit(signed_kit).index_dir == kit.writable_index_dir()
    # the publisher seals another index (here: the same files, another stamp): tried afresh
    stamp = signed_kit / "index" / "stamp.json"
    stamp.write_text(json.dumps({**json.loads(stamp.read_text()), "resealed": 1}))
    seal(signed_kit, publisher_key)
    assert not passed_over(open_kit(signed_kit), signed_kit / "index")
    assert open_kit(signed_kit).index_dir == signed_kit / "index"


def test_a_damaged_cache_is_not_set_aside_but_rebuilt_in_place(signed_kit):
    kit = open_kit(signed_kit)
    kit.index_dir = kit.writable_index_dir()
    assert not remember_damaged(kit)


def test_search_rebuilds_a_damaged_own_index_once_and_keeps_the_rebuild(signed_kit, publisher_key):
    """Before: every `presskit search` ended with "the index is damaged; it has to be rebuilt", and
    nothing on the command line could rebuild it."""
    _damage(signed_kit, publisher_key)
    before = snapshot(signed_kit)
    first = ok(cli("search", signed_kit, "stockpiles"))
    assert "damaged" in first.stderr and re.search(r"\d+ documents? match", first.stdout)
    second = ok(cli("search", signed_kit, "stockpiles"))
    assert "damaged" not in second.stderr and "indexing" not in second.stderr.lower()
    assert second.stdout == first.stdout
    quotes = ok(cli("quotes", signed_kit))
    assert "indexing" not in quotes.stderr.lower()
    assert snapshot(signed_kit) == before


def test_the_viewer_rebuilds_once_and_opens_the_rebuilt_index_next_time(qtbot, viewer, signed_kit, publisher_key):
    """The damage a search finds sets the kit's index aside; Kit › Rebuild builds one in the cache;
    opening the kit again searches it at once, without indexing it again."""
    _damage(signed_kit, publisher_key)
    before = snapshot(signed_kit)
    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(signed_kit))
    with qtbot.waitSignal(viewer.list_pane.searchBroken, timeout=20000):
        viewer.list_pane.box.setFocus()
        qtbot.keyClicks(viewer.list_pane.box, "stockpiles")
    assert viewer.index_label.text().endswith("index damaged")
    rebuild = next(a for a in viewer.kit_actions if a.text().replace("&", "") == "Rebuild the search index")
    with qtbot.waitSignal(viewer.indexReady, timeout=60000):
        rebuild.trigger()
    cache = viewer.kit.writable_index_dir()
    assert viewer.kit.index_dir == cache

    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(signed_kit))
    assert viewer.kit.index_dir == cache and viewer.index_task is None  # nothing to index again
    assert viewer.index_label.text().endswith("search ready")
    viewer.list_pane.box.clear()
    qtbot.keyClicks(viewer.list_pane.box, "stockpiles")
    qtbot.waitUntil(lambda: getattr(viewer.list_pane.results, "total", 0) > 0, timeout=20000)
    assert snapshot(signed_kit) == before


def test_a_packed_kit_with_a_damaged_index_is_rebuilt_once(signed_kit, publisher_key, tmp_path):
    _damage(signed_kit, publisher_key)
    packed = tmp_path / "kit.presskit"
    ok(cli("pack", signed_kit, "-o", packed))
    before = packed.read_bytes()
    first = ok(cli("search", packed, "stockpiles"))
    assert "set aside" in first.stderr and re.search(r"\d+ documents? match", first.stdout)
    second = ok(cli("search", packed, "stockpiles"))
    assert second.stderr == "" and second.stdout == first.stdout
    assert packed.read_bytes() == before
