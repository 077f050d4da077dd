"""Documents with no date (a fact sheet, a background note) have their own entry, "No date", after the days: in the
list pane's Date list and in the navigator. The Date list offered only the days, so nobody could list the undated
documents, and its counts did not add up to the documents of the kit."""

from __future__ import annotations

import re

import pytest

from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.search.facets import UNDATED
from presskit.ui.navigator import Navigator, item_matches
from presskit.ui.qt import Qt

pytestmark = pytest.mark.gui

DAYS = ["2026-11-16", "2026-11-17"]
UNDATED_IDS = ["background-note", "fact-sheet"]


@pytest.fixture(scope="module")
def mixed_kit(tmp_path_factory):
    base = tmp_path_factory.mktemp("undated")
    src = base / "src"
    src.mkdir()
    for d in DAYS:
        (src / f"statement-{d}.txt").write_text(
            f"Statement\n\nPublished on {d} about verification.\n", encoding="utf-8")
    (src / "fact-sheet.txt").write_text("Fact sheet\n\nBackground about verification and stockpiles.\n",
                                        encoding="utf-8")
    (src / "background-note.txt").write_text("Background note\n\nMore about verification.\n", encoding="utf-8")
    build_kit(src, base / "kit")
    return base / "kit"


@pytest.fixture
def viewer(qtbot, settings, mixed_kit):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    qtbot.addWidget(v.window)
    v.window.resize(1024, 700)
    v.window.show()
    with qtbot.waitSignal(v.window.kitOpened, timeout=15000):
        v.window.open_kit(mixed_kit)
    yield v
    v.window.runner.wait(3000)


def listed(pane):
    return sorted(pane.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
                  for i in range(pane.list.topLevelItemCount()))


def combo_counts(combo):
    return {combo.itemData(i): int(re.search(r"\((\d+)\)$", combo.itemText(i)).group(1))
            for i in range(1, combo.count())}


def test_the_kit_really_has_undated_documents(mixed_kit):
    kit = open_kit(mixed_kit)
    assert sorted(i.id for i in kit.items if not i.date) == UNDATED_IDS
    assert len([i for i in kit.items if i.date]) == len(DAYS)


def test_no_date_in_the_date_list_lists_exactly_the_undated_documents(qtbot, viewer):
    w = viewer.window
    pane = w.list_pane
    combo = pane.date_combo
    assert combo.itemData(combo.count() - 1) == UNDATED  # after the days
    assert combo.itemText(combo.count() - 1) == "No date (2)"
    assert sum(combo_counts(combo).values()) == len(w.kit.items)  # the counts add up to the documents
    steps = len(w.history.entries)
    combo.setCurrentIndex(combo.count() - 1)
    qtbot.waitUntil(lambda: listed(pane) == UNDATED_IDS, timeout=5000)
    assert sorted(i.id for i in pane.browse_items()) == UNDATED_IDS
    assert pane.state.effective().date == UNDATED
    assert w.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole) == {"date": UNDATED}
    assert len(w.history.entries) == steps + 1  # a step, as any filter is
    # with a query: the results are the undated documents that match
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        pane.set_query("verification")
    assert sorted(d.item.id for d in pane.results.results) == UNDATED_IDS
    assert combo.currentData() == UNDATED
    # "All dates" puts every document back
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        combo.setCurrentIndex(0)
    assert len(pane.results.results) == len(w.kit.items)


def test_no_date_in_the_navigator_lists_exactly_the_undated_documents(qtbot, viewer):
    w = viewer.window
    pane = w.list_pane
    with qtbot.waitSignal(w.navigator.chosen, timeout=2000):
        assert w.navigator.select({"date": UNDATED})
    qtbot.waitUntil(lambda: listed(pane) == UNDATED_IDS, timeout=5000)
    assert pane.date_combo.currentData() == UNDATED and pane.date_combo.currentText() == "No date (2)"
    w.navigator.select({"date": DAYS[0]})  # a day, then back through history
    qtbot.waitUntil(lambda: listed(pane) == [f"statement-{DAYS[0]}"], timeout=5000)
    w.back_action.trigger()
    qtbot.waitUntil(lambda: listed(pane) == UNDATED_IDS, timeout=5000)
    assert pane.date_combo.currentData() == UNDATED


def test_the_query_word_date_none_is_the_same_filter(qtbot, viewer):
    pane = viewer.window.list_pane
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        pane.set_query("verification date:none")
    assert sorted(d.item.id for d in pane.results.results) == UNDATED_IDS
    assert pane.date_combo.currentData() == UNDATED
    assert viewer.window.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole) == {"date": UNDATED}


def test_the_navigator_entry_comes_after_the_days_and_counts_what_it_lists(qtbot, mixed_kit):
    kit = open_kit(mixed_kit)
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_kit(kit)
    days = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
                if nav.topLevelItem(i).text(0) in ("Dates", "Conference days"))
    last = days.child(days.childCount() - 1)
    assert last.text(0) == "No date  (2)" and last.data(0, Qt.ItemDataRole.UserRole) == {"date": UNDATED}
    assert sorted(i.id for i in kit.items if item_matches(i, {"date": UNDATED})) == UNDATED_IDS
    assert sum(int(days.child(i).text(0).rsplit("(", 1)[1].rstrip(")")) for i in range(days.childCount())) \
        == len(kit.items)


def test_no_date_survives_a_language_switch_and_reads_sans_date(qtbot, viewer):
    w = viewer.window
    w.navigator.select({"date": UNDATED})
    qtbot.waitUntil(lambda: listed(w.list_pane) == UNDATED_IDS, timeout=5000)
    try:
        viewer.change_language("fr")
        fr = viewer.window
        assert fr.list_pane.state.effective().date == UNDATED
        assert listed(fr.list_pane) == UNDATED_IDS
        assert fr.list_pane.date_combo.currentText() == "Sans date (2)"
        assert fr.navigator.currentItem().text(0) == "Sans date  (2)"
    finally:
        from presskit.ui import i18n

        i18n.install("en")


def test_back_and_forward_highlight_the_navigator_entry_of_the_filter_they_restore(qtbot, viewer):
    """Back to a list narrowed by a navigator entry showed the list right, but highlighted "About this kit": the
    navigator must say which filter is in force, after Back and Forward as after a click."""
    w = viewer.window
    pane = w.list_pane
    current = lambda: w.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole)  # noqa: E731
    w.navigator.select({"date": UNDATED})
    qtbot.waitUntil(lambda: listed(pane) == UNDATED_IDS, timeout=5000)
    w.navigator.select({"date": DAYS[0]})
    qtbot.waitUntil(lambda: listed(pane) == [f"statement-{DAYS[0]}"], timeout=5000)
    w.back_action.trigger()
    qtbot.waitUntil(lambda: listed(pane) == UNDATED_IDS, timeout=5000)
    assert current() == {"date": UNDATED}
    w.forward_action.trigger()
    qtbot.waitUntil(lambda: listed(pane) == [f"statement-{DAYS[0]}"], timeout=5000)
    assert current() == {"date": DAYS[0]}
