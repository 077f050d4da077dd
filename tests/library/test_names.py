"""presskit.library.names: kits of one title told apart by what differs between them, and only those."""

from __future__ import annotations

import datetime as _dt
import shutil
from pathlib import Path

from presskit.library.catalog import KitEntry
from presskit.library.names import place_tails, tell_apart


def _kit(kid: str, path: str, title: str = "Review Conference kit", **kw) -> KitEntry:
    return KitEntry(id=kid, path=path, title=title, organisation="Coalition", **kw)


def test_a_unique_title_is_left_alone():
    entries = [_kit("a", "/media/usb/kit"), _kit("b", "/home/ana/other", title="Another kit")]
    assert tell_apart(entries) == {}


def test_the_same_kit_in_two_places_is_told_apart_by_the_part_of_its_path_that_differs():
    dates = {"start": "2026-11-16", "end": "2026-11-20", "publisher": "Coalition", "built": "2026-11-15"}
    entries = [_kit("usb", "/media/ana/KINGSTON/cop-kit", **dates), _kit("disk", "/home/ana/kits/cop-kit", **dates),
               _kit("packed", "/home/ana/Downloads/cop-kit.presskit", packed=True, **dates),
               _kit("alone", "/home/ana/x", title="Something else")]
    apart = tell_apart(entries)
    assert apart == {"usb": [("folder", "KINGSTON/cop-kit")], "disk": [("folder", "kits/cop-kit")],
                     "packed": [("file", "cop-kit.presskit")]}


def test_two_years_of_one_conference_are_told_apart_by_their_dates_not_their_paths():
    entries = [_kit("y1", "/k/2025/kit", start="2025-11-17", end="2025-11-21"),
               _kit("y2", "/k/2026/kit", start="2026-11-16", end="2026-11-20")]
    assert tell_apart(entries) == {"y1": [("dates", "2025-11-17 – 2025-11-21")],
                                   "y2": [("dates", "2026-11-16 – 2026-11-20")]}


def test_facts_are_added_until_every_kit_of_the_group_differs():
    # two copies of the 2026 kit (one updated, built later) and the 2025 kit; the title differs
    # only in case and spacing, which a reader does not read as another title
    entries = [_kit("old", "/k/a/kit", title="review conference  KIT", start="2025-11-17", built="2025-11-10"),
               _kit("new1", "/k/b/kit", start="2026-11-16", built="2026-11-14"),
               _kit("new2", "/k/c/kit", start="2026-11-16", built="2026-11-19")]
    apart = tell_apart(entries)
    assert apart["new1"] == [("dates", "2026-11-16"), ("built", "2026-11-14")]
    assert apart["new2"] == [("dates", "2026-11-16"), ("built", "2026-11-19")]
    assert len({tuple(v) for v in apart.values()}) == 3


def test_a_different_signer_sets_a_copy_apart_and_a_missing_fact_is_said_as_missing():
    entries = [_kit("a", "/k/a/kit", publisher="Coalition"), _kit("b", "/k/b/kit", publisher="Someone else"),
               _kit("c", "/k/c/kit")]
    apart = tell_apart(entries)
    assert [apart[k] for k in "abc"] == [[("publisher", "Coalition")], [("publisher", "Someone else")],
                                         [("publisher", "")]]


def test_the_name_compared_can_be_another_field():
    entries = [_kit("a", "/k/a", title="Review Conference kit"), _kit("b", "/k/b", title="Summit kit")]
    by_org = tell_apart(entries, lambda e: e.organisation)
    assert by_org == {"a": [("title", "Review Conference kit")], "b": [("title", "Summit kit")]}


def test_path_ends_are_as_short_as_they_can_be():
    assert place_tails(["/a/x/kit", "/b/x/kit", "/c/kit2"]) == ["a/x/kit", "b/x/kit", "kit2"]
    assert place_tails(["/media/usb/kit", "/home/kit-2026"]) == ["kit", "kit-2026"]


def test_a_kit_snapshot_records_the_day_its_own_index_was_built(kits, library, tmp_path):
    entry, _new = library.add(kits["coalition"])
    today = _dt.datetime.now(_dt.timezone.utc).date()
    assert entry.built in {today.isoformat(), (today - _dt.timedelta(days=1)).isoformat()}  # built this session
    bare = Path(shutil.copytree(kits["society"], tmp_path / "bare"))
    shutil.rmtree(bare / "index")  # a kit shipped without its index: no build day to show
    assert library.add(bare)[0].built == ""
