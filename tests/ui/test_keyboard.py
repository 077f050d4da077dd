"""Keyboard all the way: no two actions answer to the same keys, text boxes give Ctrl keys back to the
window, and a whole working session is done without the mouse."""

from __future__ import annotations

import pytest

from presskit.ui.keys import ambiguities, shortcut_table
from presskit.ui.qt import QAction, QApplication, QKeySequence, QMenu, Qt

pytestmark = pytest.mark.gui

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def kit_win(qtbot, win, built_kit):
    win.resize(1360, 840)
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    return win


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, k, mods)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def described(pairs) -> list[str]:
    return [f"{a.keys}: {a.name!r} and {b.name!r}" for a, b in pairs]


# --- no ambiguous shortcut, in any window ------------------------------------------------------------

def test_main_window_has_no_ambiguous_shortcut(kit_win):
    table = shortcut_table(kit_win)
    assert {"Ctrl+W", "Ctrl+E", "Ctrl+Shift+C", "Alt+Left", "Alt+Right", "F3", "Ctrl+Z", "Esc"} <= {b.keys for b in table}
    assert described(ambiguities(kit_win)) == []
    # standard keys are expanded: Close is Ctrl+W (and Ctrl+F4) on one action only
    close = [b for b in table if b.keys in ("Ctrl+W", "Ctrl+F4")]
    assert len({id(b.owner) for b in close}) == 1


def test_ambiguity_finder_sees_a_standard_key_clash(kit_win):
    """The check itself fails when an action repeats a standard key another one has (Ctrl+W = Close)."""
    dup = QAction("Close (again)", kit_win)
    dup.setShortcut(QKeySequence("Ctrl+W"))
    kit_win.menu("file").addAction(dup)
    assert any("Close (again)" in d for d in described(ambiguities(kit_win)))
    kit_win.menu("file").removeAction(dup)


def test_user_guide_has_no_ambiguous_shortcut(qtbot, kit_win):
    from presskit.ui.desktop import show_user_guide

    guide = show_user_guide(kit_win)
    qtbot.waitExposed(guide)
    assert described(ambiguities(guide)) == []
    assert {"Esc", "Ctrl+W"} <= {b.keys for b in shortcut_table(guide)}


def test_french_window_has_no_ambiguous_shortcut(qtbot, settings, built_kit):
    from presskit.ui import i18n
    from presskit.ui.app import Viewer

    settings.set("language", "fr")
    try:
        w = Viewer(settings).window
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.kitOpened, timeout=15000):
            w.open_kit(built_kit)
        assert w.menus["file"].title() == "&Fichier"
        assert described(ambiguities(w)) == []
        _check_menus(w)
    finally:
        i18n.install("en")


def test_every_menu_action_is_reachable_from_the_keyboard(kit_win):
    """Each menu has a mnemonic, each entry a mnemonic or a shortcut, and none repeats in its menu."""
    _check_menus(kit_win)


def _check_menus(w) -> None:
    tops = []
    for top in w.menuBar().actions():
        assert "&" in top.text(), top.text()
        tops.append(top.text()[top.text().index("&") + 1].lower())
        _check_menu(top.menu())
    assert len(tops) == len(set(tops)), tops


def _check_menu(menu: QMenu) -> None:
    """Every entry has a mnemonic or a shortcut (Qt cycles through entries that share a letter)."""
    menu.aboutToShow.emit()  # menus filled on demand (recent kits, packs)
    for a in menu.actions():
        if a.isSeparator() or not a.text():
            continue
        text = a.text().replace("&&", "")
        assert "&" in text or a.shortcuts() or not a.isEnabled() or a.actionGroup() is not None, \
            f"{menu.title()} › {a.text()} has no mnemonic and no shortcut"
        if a.menu() is not None:
            _check_menu(a.menu())


# --- text boxes keep editing keys and give the rest to the window -------------------------------------

def test_ctrl_keys_reach_the_window_from_the_search_box(qtbot, kit_win):
    j = kit_win.journalist
    j.selection.add([it.id for it in kit_win.kit.items[:1]])
    kit_win.list_pane.focus_search()
    assert QApplication.focusWidget() is kit_win.list_pane.box
    type_text(qtbot, "treaty")
    key(qtbot, Qt.Key.Key_E, CTRL)  # Emacs "end of line" in a line edit; here: export
    assert j.export_dialog is not None and j.export_dialog.isVisible()
    j.export_dialog.reject()
    kit_win.list_pane.focus_search()
    key(qtbot, Qt.Key.Key_A, CTRL)  # editing keys stay in the box
    assert kit_win.list_pane.box.selectedText() == "treaty"
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the box's own undo, not the selection's
    assert kit_win.list_pane.box.text() != "treaty"
    assert len(j.selection) == 1


def test_search_box_down_enter_and_escape(qtbot, kit_win):
    lp = kit_win.list_pane
    kit_win.navigator.setFocus()
    key(qtbot, Qt.Key.Key_Slash)  # "/" reaches the search box from anywhere but a text box
    assert QApplication.focusWidget() is lp.box
    with qtbot.waitSignal(lp.searchFinished, timeout=10000):
        type_text(qtbot, "disarmament")
    key(qtbot, Qt.Key.Key_Return)  # opens the top hit, the box keeps the keyboard
    qtbot.waitUntil(lambda: kit_win.reader.item is not None, timeout=5000)
    top = lp.list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)[0]
    assert kit_win.reader.item.id == top
    assert QApplication.focusWidget() is lp.box
    key(qtbot, Qt.Key.Key_Down)  # into the results
    assert QApplication.focusWidget() is lp.list and lp.list.currentItem() is not None
    lp.focus_search()
    key(qtbot, Qt.Key.Key_Escape)  # clears the search
    assert lp.box.text() == "" and QApplication.focusWidget() is lp.box
    key(qtbot, Qt.Key.Key_Escape)  # back to the document
    assert QApplication.focusWidget() is kit_win.reader.current_view()


def test_page_down_and_space_scroll_the_document(qtbot, kit_win):
    pdf = next(it for it in kit_win.kit.items if it.media == "pdf" and it.pages >= 3)
    kit_win.open_item(pdf.id, 1)
    qtbot.waitUntil(lambda: kit_win.reader.pdf.page_count > 0, timeout=10000)
    kit_win.reader.fit_width()
    kit_win.focus_document()
    bar = kit_win.reader.pdf.verticalScrollBar()
    start = bar.value()
    key(qtbot, Qt.Key.Key_PageDown)
    after_page = bar.value()
    assert after_page > start
    key(qtbot, Qt.Key.Key_Space)
    assert bar.value() > after_page
    key(qtbot, Qt.Key.Key_Space, SHIFT)
    key(qtbot, Qt.Key.Key_PageUp)
    assert bar.value() == start


def test_escape_leaves_full_screen_and_keeps_other_uses(qtbot, kit_win):
    kit_win.focus_document()
    key(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(kit_win.isFullScreen, timeout=3000)
    assert kit_win.leave_fullscreen_action.isEnabled()
    kit_win.focus_document()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not kit_win.isFullScreen(), timeout=3000)
    assert not kit_win.leave_fullscreen_action.isEnabled()  # Esc is free again


def test_escape_and_ctrl_w_close_the_user_guide(qtbot, kit_win):
    from presskit.ui.desktop import show_user_guide

    for k, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, CTRL)):
        guide = show_user_guide(kit_win)
        qtbot.waitExposed(guide)
        guide.activateWindow()
        qtbot.waitUntil(guide.isActiveWindow, timeout=3000)
        guide.browser.setFocus()
        qtbot.keyClick(guide.browser, k, mods)
        qtbot.waitUntil(lambda: not guide.isVisible(), timeout=3000)
    assert kit_win.isVisible()


def test_f6_moves_between_panes(qtbot, kit_win):
    kit_win.navigator.setFocus()
    key(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is kit_win.list_pane.box
    key(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is kit_win.list_pane.list
    key(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is kit_win.reader.current_view()
    key(qtbot, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is kit_win.list_pane.list


# --- a whole session, keyboard only ---------------------------------------------------------------

def test_a_whole_session_with_the_keyboard_alone(qtbot, win, built_kit, tmp_path):
    """Launch, search, open the top hit, next hit, mark, export, back."""
    win.resize(1360, 840)
    qtbot.waitExposed(win)
    # launch: the start page; Ctrl+O is the way in, here the kit is opened as the command line would
    assert win.central.currentWidget() is win.start_page
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    about_state = win.history.current
    key(qtbot, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is win.list_pane.box
    type_text(qtbot, "nuclear disarmament")
    with qtbot.waitSignal(win.list_pane.searchFinished, timeout=10000):
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.reader.item is not None and win.reader._hits[1] > 1
                    and win.reader._hits[0] >= 0, timeout=10000)
    opened = win.reader.item
    assert opened.title in win.windowTitle()
    qtbot.wait(200)  # the hits of the page are settled
    first_hit, total = win.reader._hits
    key(qtbot, Qt.Key.Key_F3)  # next hit
    qtbot.waitUntil(lambda: win.reader._hits[0] == (first_hit + 1) % total, timeout=5000)
    key(qtbot, Qt.Key.Key_M, CTRL)  # mark it
    assert opened.id in win.journalist.selection
    key(qtbot, Qt.Key.Key_E, CTRL)  # export
    dlg = win.journalist.export_dialog
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    out = tmp_path / "session.zip"
    dlg.format_buttons["zip"].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    for _ in range(12):
        if QApplication.focusWidget() is dlg.path_edit:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.path_edit
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, str(out))
    with qtbot.waitSignal(dlg.exportFinished, timeout=30000):
        key(qtbot, Qt.Key.Key_Return)
    assert out.is_file()
    if dlg.isVisible():
        key(qtbot, Qt.Key.Key_Escape)  # the dialog closes (its Close button has the focus)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.focus_document()
    steps = win.history.index
    key(qtbot, Qt.Key.Key_Left, ALT)  # back: one step (the page before the next hit, or the search)
    assert win.history.index == steps - 1
    assert win.history.current.query == "nuclear disarmament" == win.list_pane.box.text()
    while win.history.can_back():
        key(qtbot, Qt.Key.Key_Left, ALT)
    assert win.history.current.item_id == about_state.item_id and win.list_pane.box.text() == ""
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert win.list_pane.box.text() == "nuclear disarmament"
