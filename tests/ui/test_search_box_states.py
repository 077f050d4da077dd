"""While a kit is indexed (or when it is not), the search box says so in words that fit it at
1024x700; the whole sentence is its tooltip and what a screen reader reads."""

from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.gui


def _fits(box) -> bool:
    text = box.placeholderText()
    return box.fontMetrics().horizontalAdvance(text) <= box.width() - 36  # padding and clear button


def test_indexing_message_fits_the_search_box_at_1024(qtbot, win, built_kit, tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(built_kit, kit)
    shutil.rmtree(kit / "index")
    win.resize(1024, 700)
    box = win.list_pane.box
    win.open_kit(kit)
    qtbot.waitUntil(lambda: not win.list_pane.search_available and box.toolTip() != "", timeout=10000)
    assert "indexed" in box.toolTip() and box.accessibleDescription() == box.toolTip()
    assert _fits(box), box.placeholderText()
    qtbot.waitUntil(lambda: win.list_pane.search_available, timeout=60000)
    assert box.toolTip() == "" and _fits(box)


def test_a_search_after_indexing_was_stopped_says_how_to_index_not_to_wait(qtbot, win, built_kit, tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(built_kit, kit)
    shutil.rmtree(kit / "index")
    win.open_kit(kit)
    qtbot.waitUntil(lambda: win.index_task is not None, timeout=10000)
    win.index_task.cancel()
    qtbot.waitUntil(lambda: win.index_task is None, timeout=30000)
    lp = win.list_pane
    lp.box.setText("ammunition")
    lp.search_now()
    shown = lp.empty.text()
    assert "Rebuild the search index" in shown and "being built" not in shown
