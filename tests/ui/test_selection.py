"""Marking documents and photos with checkboxes and the keyboard, in step with the Selected tab."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QKeySequence, QStyle, QStyleOptionViewItem, Qt


CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@pytest.fixture
def win(qtbot, settings, built_kit):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    w = Viewer(settings).window
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.kitOpened, timeout=15000):
        w.open_kit(built_kit)
    w.navigator.select({"all": True})
    yield w
    w.runner.wait(3000)


def check_box_center(view, index):
    """Where the checkbox of ``index`` is drawn (as the style lays it out)."""
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    opt.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(opt, index)
    r = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view)
    assert r.width() > 0
    return r.center()


def status(w):
    return w.journalist.count_label.text()


def selected_tab_text(w):
    return w.side.tabText(w.journalist.selected_tab)


def test_document_rows_have_checkboxes_in_step_with_the_selection(qtbot, win):
    tree = win.list_pane.list
    assert tree.topLevelItemCount() >= 4
    row = tree.topLevelItem(0)
    iid = row.data(0, Qt.ItemDataRole.UserRole)[0]
    assert row.checkState(0) == UNCHECKED
    assert status(win) == "" and selected_tab_text(win) == "Selected"

    # a click on the box ticks it, and does not open the document
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(tree, tree.indexFromItem(row)))
    assert row.checkState(0) == CHECKED
    assert iid in win.journalist.selection
    assert status(win) == "1 selected" and selected_tab_text(win) == "Selected (1)"
    assert win.journalist.panel.list.count() == 1
    assert win.reader.item is None  # still on About this kit

    # Space toggles the current row; Ctrl+M (same selection model) ticks the box too
    row2 = tree.topLevelItem(1)
    tree.setFocus()
    tree.setCurrentItem(row2)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert row2.checkState(0) == CHECKED and status(win) == "2 selected"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert row2.checkState(0) == UNCHECKED and status(win) == "1 selected"
    tree.setCurrentItem(row2)
    row2.setSelected(True)
    row.setSelected(False)
    win.journalist.mark_action.trigger()
    assert row2.checkState(0) == CHECKED and status(win) == "2 selected"

    # unticking in the Selected tab unticks the row
    panel = win.journalist.panel
    first = next(panel.list.item(i) for i in range(panel.list.count())
                 if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == iid)
    first.setCheckState(UNCHECKED)
    qtbot.waitUntil(lambda: row.checkState(0) == UNCHECKED, timeout=3000)
    assert status(win) == "1 selected"

    # search results carry the same boxes, ticked for what is already marked
    with qtbot.waitSignal(win.list_pane.searchFinished, timeout=10000):
        win.list_pane.set_query("disarmament")
    marked = set(win.journalist.selection.ids())
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert tops
    for top in tops:
        want = CHECKED if top.data(0, Qt.ItemDataRole.UserRole)[0] in marked else UNCHECKED
        assert top.checkState(0) == want
        for c in range(top.childCount()):  # page hits have no box of their own
            assert top.child(c).data(0, Qt.ItemDataRole.CheckStateRole) is None


def test_photos_have_checkboxes_and_space_toggles_the_current_one(qtbot, win):
    win.navigator.select({"photos": True})
    gallery = win.list_pane.gallery
    assert win.list_pane.stack.currentWidget() is gallery
    assert gallery.count() == 2
    photo = gallery.item(1)
    assert photo.checkState() == UNCHECKED
    gallery.setFocus()
    gallery.setCurrentItem(photo)
    qtbot.keyClick(gallery, Qt.Key.Key_Space)
    assert photo.checkState() == CHECKED
    assert photo.data(Qt.ItemDataRole.UserRole) in win.journalist.selection
    assert status(win) == "1 selected" and "(1 photo)" in win.journalist.panel.count_label.text()
    # clicking the box of the other photo marks it without opening it
    other = gallery.item(0)
    shown = win.reader.item.id if win.reader.item else None
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton,
                     pos=check_box_center(gallery, gallery.indexFromItem(other)))
    assert other.checkState() == CHECKED and status(win) == "2 selected"
    assert (win.reader.item.id if win.reader.item else None) == shown
    # Clear in the Selected tab empties every box
    win.journalist.panel.clear_btn.click()
    assert photo.checkState() == UNCHECKED and other.checkState() == UNCHECKED and status(win) == ""


def test_ctrl_m_is_still_the_shortcut(win):
    assert win.journalist.mark_action.shortcut() == QKeySequence("Ctrl+M")


def test_ctrl_m_says_what_it_did_not_the_count_twice(qtbot, win):
    """The count stands in the status bar already ("1 selected"): Ctrl+M's own message said it again
    beside it ("1 selected … 1 selected"); it says what was added or removed."""
    from presskit.ui.qt import Qt

    tree = win.list_pane.list
    row = tree.topLevelItem(0)
    tree.setFocus()
    tree.setCurrentItem(row)
    row.setSelected(True)
    win.journalist.mark_action.trigger()
    assert row.checkState(0) == Qt.CheckState.Checked and status(win) == "1 selected"
    assert win.statusBar().currentMessage() == "1 item added to the selection"
    win.journalist.mark_action.trigger()
    assert row.checkState(0) == Qt.CheckState.Unchecked
    assert win.statusBar().currentMessage() == "1 item removed from the selection"


def test_ctrl_e_with_nothing_marked_says_to_mark_first(qtbot, win):
    """The export action was disabled while nothing was marked: Ctrl+E then did nothing at all, which a
    keyboard user cannot tell from a key that did not arrive. It says what to do; with items marked
    it opens the export dialog."""
    tree = win.list_pane.list
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert win.statusBar().currentMessage() == "Mark documents or photos first (Ctrl+M)."
    assert win.journalist.export_dialog is None or not win.journalist.export_dialog.isVisible()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dlg = win.journalist.export_dialog
    qtbot.waitUntil(lambda: dlg.isVisible(), timeout=5000)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # and Esc closes it
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)


def test_the_selected_tabs_buttons_wrap_rather_than_cut_their_words(qtbot, win):
    """At 1024 pixels in French the Selected tab's side panel is some 230 pixels wide: « Exporter… »,
    « Imprimer… » and « Vider » in one row cut « Imprimer… » to « mprimer… ». The buttons now take a second row
    when one row cannot hold their words."""
    panel = win.journalist.panel
    win.resize(1024, 700)
    win.side.setCurrentWidget(panel)
    qtbot.waitUntil(panel.isVisible)
    for words in (("Export…", "Print…", "Clear"), ("Exporter…", "Imprimer…", "Vider")):
        for b, w in zip((panel.export_btn, panel.print_btn, panel.clear_btn), words):
            b.setText(w)
        for width in (int(win.width() * 0.18), win.side.minimumWidth()):
            win.splitter.setSizes([width, 300, max(300, win.splitter.width() - width - 300)])
            qtbot.waitUntil(lambda: abs(win.side.width() - width) < 40)
            qtbot.wait(20)
            for b in (panel.export_btn, panel.print_btn, panel.clear_btn):
                assert b.isVisible() and b.width() >= b.sizeHint().width(), (words, width, b.text(), b.width())
                assert b.geometry().right() <= panel.width()
