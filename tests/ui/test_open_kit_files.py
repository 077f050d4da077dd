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


def test_file_open_offers_kit_files_and_opens_one(qtbot, win, packed, monkeypatch):
    from presskit.ui import mainwindow

    asked = {}

    def fake_open(parent, title, start, filters, *a, **k):
        asked["filters"] = filters
        return str(packed), filters.split(";;")[0]

    monkeypatch.setattr(mainwindow.QFileDialog, "getOpenFileName", staticmethod(fake_open))
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_action.trigger()
    assert "Kit file (*.presskit)" in asked["filters"]
    assert "Test Summit Kit" in win.windowTitle()
    assert win.kit_title.text() == "Test Summit Kit"
    assert _shown_documents(win) >= 4
    assert win.error_box is None
    # the kit file is remembered in File › Open recent, and reopens from there
    win._fill_recent()
    entries = [a.text() for a in win.recent_menu.actions()]
    assert str(packed) in entries
    win.kit = None
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        next(a for a in win.recent_menu.actions() if a.text() == str(packed)).trigger()
    assert win.kit is not None and win.kit.info.title == "Test Summit Kit"


def test_open_kit_folder_is_its_own_action(qtbot, win, built_kit, monkeypatch):
    from presskit.ui import mainwindow

    monkeypatch.setattr(mainwindow.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(built_kit)))
    assert "folder" in win.open_folder_action.text().lower()
    assert win.open_folder_action in win.menu("file").actions()
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_folder_action.trigger()
    assert win.kit_title.text() == "Test Summit Kit"


def test_picking_a_folders_manifest_in_the_file_dialog_opens_the_folder(qtbot, win, built_kit, monkeypatch):
    from presskit.ui import mainwindow

    monkeypatch.setattr(mainwindow.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(built_kit / "manifest.json"), "")))
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.choose_kit()
    assert win.kit_title.text() == "Test Summit Kit"
    assert str(built_kit) in win.settings.recent_kits()


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
