"""The pane that has the keyboard is framed: after F6 a keyboard user sees where the keys go."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QApplication, Qt

pytestmark = pytest.mark.gui


def test_f6_moves_a_visible_ring_from_pane_to_pane(qtbot, win, built_kit):
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    ring = win.focus_ring
    seen = []
    for _ in range(4):
        qtbot.keyClick(win, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
        focus = QApplication.focusWidget()
        if focus is win.list_pane.box:
            assert not ring.isVisible()  # the search box draws its own focus border
            continue
        qtbot.waitUntil(ring.isVisible, timeout=3000)
        pane = ring.parentWidget()
        assert pane is focus or pane.isAncestorOf(focus)
        assert ring.geometry() == pane.rect()
        seen.append(pane)
    assert win.navigator in seen or win.side.currentWidget() in seen
    assert win.reader.current_view() in seen  # the document, which has no frame of its own
    win.list_pane.focus_search()
    qtbot.waitUntil(lambda: not ring.isVisible(), timeout=3000)
