"""presskit.ui.listpane: search as you type, keyboard to the results, filters counted by the core."""

from __future__ import annotations

from presskit.ui.qt import Qt


def open_kit(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(path)


def test_enter_takes_the_keyboard_to_the_first_result_and_enter_opens_it(qtbot, win, built_kit):
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "treaty")
    with qtbot.waitSignal(pane.searchFinished, timeout=10000) as got:
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    first = got.args[0].results[0].item.id
    assert pane.current_item_id() == first  # a result, never a row of the list shown before
    with qtbot.waitSignal(win.reader.itemShown, timeout=10000):
        qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert win.reader.item.id == first


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
