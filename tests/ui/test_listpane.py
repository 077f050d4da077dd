"""presskit.ui.listpane: search as you type, keyboard to the results, filters counted by the core."""

from __future__ import annotations

from presskit.ui.qt import Qt


def open_kit(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(path)


def test_enter_opens_the_top_hit_and_down_takes_the_keyboard_to_the_results(qtbot, win, built_kit):
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "treaty")
    with qtbot.waitSignal(pane.searchFinished, timeout=10000) as got:
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    first = got.args[0].results[0].item.id
    qtbot.waitUntil(lambda: win.reader.item is not None, timeout=10000)
    assert win.reader.item.id == first  # the top hit, never a row of the list shown before
    assert pane.box.hasFocus()  # the query can be refined at once
    qtbot.keyClick(pane.box, Qt.Key.Key_Down)
    assert pane.list.hasFocus() and pane.current_item_id() == first


def test_the_filter_lists_count_what_the_list_holds(qtbot, win, built_kit):
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    labels = [pane.lang_combo.itemText(i) for i in range(pane.lang_combo.count())]
    assert labels[0] == "All languages" and any(t.endswith("(1)") for t in labels[1:])
    french = pane.lang_combo.findData("fr")
    pane.lang_combo.setCurrentIndex(french)
    shown = [pane.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
             for i in range(pane.list.topLevelItemCount())]
    assert shown and all(win.kit.item(i).language == "fr" for i in shown)
