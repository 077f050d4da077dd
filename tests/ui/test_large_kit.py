"""A kit of thousands of documents: it can be searched the moment it is open (its list and navigator
fill right after, or after a search asked at once), the list makes and measures only the rows it
shows, End and Home jump at once, the boxes follow the selection without a pass over every row, and
the navigator lists speakers and organisations a moment later, counted off the GUI thread."""

from __future__ import annotations

import dataclasses

import pytest

from presskit.kit.format import Kit
from presskit.kit.open import open_kit
from presskit.ui.qt import Qt

ROWS = 4000


def big_kit(built_kit) -> Kit:
    """The test kit with its documents repeated to ``ROWS`` items (distinct ids, speakers, dates)."""
    kit = open_kit(built_kit)
    docs = [it for it in kit.items if not it.is_photo]
    items = []
    for n in range(ROWS):
        it = docs[n % len(docs)]
        items.append(dataclasses.replace(it, id=f"{it.id}-{n}", title=f"{it.title} {n}",
                                         date=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}",
                                         speakers=[f"Speaker {n % 700}"]))
    return Kit(kit.root, kit.info, items, [], kit.manifest_sha256, kit.own_index_dir)


@pytest.fixture
def made(monkeypatch):
    """How many rows made their text (the rows measured are counted by the delegate's cache)."""
    from presskit.ui import resultslist

    counts = {"made": 0}
    doc_html = resultslist.doc_html

    def counting_doc_html(*a, **k):
        counts["made"] += 1
        return doc_html(*a, **k)

    monkeypatch.setattr(resultslist, "doc_html", counting_doc_html)
    return counts


def test_the_list_makes_and_measures_only_the_rows_it_shows(qtbot, win, built_kit, made):
    kit = big_kit(built_kit)
    win.set_kit(kit)
    pane = win.list_pane
    qtbot.waitUntil(lambda: pane.list.topLevelItemCount() == ROWS, timeout=5000)
    qtbot.wait(200)  # the panes settle at their widths
    measured = pane.list.itemDelegate()._heights  # one height per row (and width) measured
    assert 0 < len(measured) < 300 and made["made"] < 300

    pane.list.setFocus()
    pane.list.setCurrentItem(pane.list.topLevelItem(0))
    qtbot.keyClick(pane.list, Qt.Key.Key_End)
    last = pane.list.topLevelItem(ROWS - 1)
    assert pane.current_item_id() == last.data(0, Qt.ItemDataRole.UserRole)[0]
    qtbot.waitUntil(lambda: pane.list.visualItemRect(last).isValid(), timeout=3000)
    assert pane.list.viewport().rect().intersects(pane.list.visualItemRect(last))  # on screen
    qtbot.keyClick(pane.list, Qt.Key.Key_Home)
    assert pane.current_item_id() == pane.list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)[0]
    assert len(measured) < 600 and made["made"] < 600
    qtbot.keyClick(pane.list, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)  # multi-select still works
    assert len(pane.selected_item_ids()) == ROWS

    # what a row shows and says is made when asked for
    row = pane.list.topLevelItem(1234)
    it = kit.item(row.data(0, Qt.ItemDataRole.UserRole)[0])
    assert it.title in row.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert it.title.split()[0] in row.data(0, Qt.ItemDataRole.UserRole + 1)  # its HTML


def test_boxes_follow_the_selection_and_the_reader(qtbot, win, built_kit):
    kit = big_kit(built_kit)
    with qtbot.waitSignal(win.kitFilled, timeout=10000):
        win.set_kit(kit)
    pane = win.list_pane
    far = pane.list.topLevelItem(3999)
    iid = far.data(0, Qt.ItemDataRole.UserRole)[0]
    assert far.checkState(0) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(pane.markToggled, timeout=2000) as got:
        far.setCheckState(0, Qt.CheckState.Checked)  # as a click on the box does
    assert got.args == [iid, True]
    assert far.checkState(0) == Qt.CheckState.Checked  # read back from the selection
    assert pane.selected_item_ids() == [] or iid not in pane.selected_item_ids()  # ticking is not selecting rows


def test_the_navigator_lists_people_of_a_large_kit_off_the_gui_thread(qtbot, built_kit, monkeypatch):
    from presskit.ui import navigator as nav_mod

    monkeypatch.setattr(nav_mod, "PEOPLE_NOW", 100)
    kit = big_kit(built_kit)
    nav = nav_mod.Navigator()
    qtbot.addWidget(nav)

    def groups():
        return [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]

    with qtbot.waitSignal(nav.peopleReady, timeout=10000):
        nav.set_kit(kit)
        assert not nav.people_ready and "Speakers" not in groups()  # the rest is there at once
        assert nav.entry({"all": True}) is not None
    assert nav.people_ready and "Speakers" in groups()
    speakers = nav.topLevelItem(groups().index("Speakers"))
    assert speakers.childCount() == 700

    # a speaker chosen before the worker is done is found all the same
    nav.set_kit(kit)
    assert not nav.people_ready
    with qtbot.waitSignal(nav.chosen, timeout=2000) as got:
        assert nav.select({"speaker": "Speaker 7"})
    assert got.args[0] == {"speaker": "Speaker 7"} and nav.people_ready
    qtbot.wait(300)  # the worker's late answer is dropped, not added twice
    assert groups().count("Speakers") == 1


def test_a_large_kit_is_searchable_before_its_list_fills(qtbot, win, built_kit):
    kit = big_kit(built_kit)
    pane = win.list_pane
    win.set_kit(kit)
    # at once: the kit is shown, its search box takes a query, the list and navigator come after
    assert win.kit is kit and pane.search_available and pane.box.isEnabled()
    assert pane.list.topLevelItemCount() == 0 and win.navigator.topLevelItemCount() == 0
    with qtbot.waitSignal(win.kitFilled, timeout=10000):
        pass
    assert pane.list.topLevelItemCount() == ROWS  # the documents, as for a small kit
    assert win.navigator.entry({"all": True}).text(0).endswith(f"({ROWS})")
    assert win.navigator.currentItem() is win.navigator.entry({"about": True})


def test_a_search_asked_at_once_is_answered_first_and_kept(qtbot, win, built_kit, monkeypatch):
    from presskit.ui import quotes_view, trustbadge

    started = []  # the signature check and the quotations wait for the panes, so for the search
    verify, load = trustbadge.verify_kit, quotes_view.QuotesView.set_available
    monkeypatch.setattr(trustbadge, "verify_kit", lambda *a, **k: (started.append("signature"), verify(*a, **k))[1])
    monkeypatch.setattr(quotes_view.QuotesView, "set_available", lambda s: (started.append("quotes"), load(s))[1])
    own = open_kit(built_kit)  # its own items too, which its index finds
    big = big_kit(built_kit)
    kit = Kit(own.root, own.info, own.items + big.items, [], own.manifest_sha256, own.own_index_dir)
    docs = sum(not it.is_photo for it in kit.items)
    pane = win.list_pane
    filled = []
    win.kitFilled.connect(lambda k: filled.append(pane.list.topLevelItemCount()))
    win.set_kit(kit)
    with qtbot.waitSignal(pane.searchFinished, timeout=20000) as got:
        qtbot.keyClicks(pane.box, "disarmament")
        pane.search_now()
    assert got.args[0].results and not filled and not started  # the rest waits for the first results
    shown = pane.list.topLevelItemCount()
    with qtbot.waitSignal(win.kitFilled, timeout=10000):
        pass
    # the results stay: the documents are not listed over them; the navigator follows the search
    assert pane.results is got.args[0] and pane.list.topLevelItemCount() == shown < docs
    assert win.navigator.currentItem() is win.navigator.entry({"all": True})
    qtbot.waitUntil(lambda: {"signature", "quotes"} <= set(started), timeout=10000)
    pane.box.clear()  # the query cleared: every document
    assert pane.list.topLevelItemCount() == docs


def test_what_is_new_in_a_large_kit_is_found_off_the_gui_thread(qtbot, win, built_kit):
    from presskit import state

    kit = big_kit(built_kit)
    earlier = Kit(kit.root, kit.info, kit.items[:-3], [], kit.manifest_sha256, kit.own_index_dir)
    state.mark_seen(earlier)
    with qtbot.waitSignal(win.new_items.changed, timeout=10000,
                          check_params_cb=lambda ids: bool(ids)) as got:
        win.set_kit(kit)
        assert len(win.new_items) == 0  # not known yet: nothing is badged
    assert got.args[0] == {it.id for it in kit.items[-3:]}
    assert state.new_since_last_seen(kit) == set()  # and this opening is remembered
