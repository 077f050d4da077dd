"""Opening single-file kits (.presskit) as well as kit folders: File › Open, Open kit folder, recent, drop."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QDragEnterEvent, QDropEvent, QMimeData, QPoint, Qt, QUrl



@pytest.fixture
def packed(built_kit, tmp_path):
    from presskit.kit.archive import pack_kit

    out = tmp_path / "Test Summit.presskit"
    pack_kit(built_kit, out)
    return out


def _shown_documents(w) -> int:
    return w.list_pane.list.topLevelItemCount()


def _open_dialog(win):
    win.open_action.trigger()
    dlg = win.open_dialog
    assert dlg.isVisible() and dlg.fileMode() == dlg.FileMode.ExistingFile
    return dlg


def test_one_open_dialog_opens_kit_files(qtbot, win, packed):
    dlg = _open_dialog(win)
    assert any("*.presskit" in f for f in dlg.nameFilters())
    dlg.setDirectory(str(packed.parent))
    dlg.selectFile(str(packed))
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        dlg.accept()
    assert "Test Summit Kit" in win.windowTitle()
    assert win.kit_title.text() == "Test Summit Kit"
    assert _shown_documents(win) >= 4
    assert win.error_box is None
    # the kit file is remembered in File › Open recent, and reopens from there
    win._fill_recent()
    entries = [a.text() for a in win.recent_menu.actions()]
    assert f"&1 {packed}" in entries
    win.kit = None
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        next(a for a in win.recent_menu.actions() if a.text() == f"&1 {packed}").trigger()
    assert win.kit is not None and win.kit.info.title == "Test Summit Kit"


def test_the_same_dialog_opens_kit_folders(qtbot, win, built_kit):
    dlg = _open_dialog(win)
    dlg.setDirectory(str(built_kit.parent))
    dlg.selectFile(str(built_kit))  # a folder that is a kit is opened, not entered
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        dlg.accept()
    assert win.kit_title.text() == "Test Summit Kit"


def test_inside_a_kit_folder_open_opens_it(qtbot, win, built_kit):
    dlg = _open_dialog(win)
    dlg.setDirectory(str(built_kit))  # went into the kit folder, selected nothing
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        dlg.accept()
    assert win.kit_title.text() == "Test Summit Kit"
    assert str(built_kit) in win.settings.recent_kits()


def test_picking_a_folders_manifest_opens_the_folder(qtbot, win, built_kit):
    dlg = _open_dialog(win)
    dlg.setDirectory(str(built_kit))
    dlg.selectFile(str(built_kit / "manifest.json"))
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        dlg.accept()
    assert win.kit_title.text() == "Test Summit Kit"


def _drop(w, path):
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    w.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPoint(50, 50).toPointF(), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    w.dropEvent(drop)
    return True


def test_dropping_a_kit_file_opens_it(qtbot, win, packed, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("not a kit")
    assert not _drop(win, other)  # refused: the cursor says it cannot be dropped
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        assert _drop(win, packed)
    assert win.kit_title.text() == "Test Summit Kit"
