"""Nothing lost in a day's work: marks survive a restart and a language switch, Clear can be undone,
named selections ("briefing packs") are kept per kit, reopened and exported again."""

from __future__ import annotations

import json
import shutil

import pytest

from presskit.marks import kit_identity, load_marks, marks_dir
from presskit.ui.qt import QApplication, QKeySequence, Qt

pytestmark = pytest.mark.gui


def open_viewer(qtbot, settings, kit_path):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    w = v.window
    qtbot.addWidget(w)
    w.resize(1360, 840)
    w.show()
    with qtbot.waitSignal(w.kitOpened, timeout=15000):
        w.open_kit(kit_path)
    return v


def docs(w):
    return [it.id for it in w.kit.items if not it.is_photo]


def test_marks_survive_a_restart_and_are_kept_outside_the_kit(qtbot, settings, built_kit):
    before = {p: p.stat().st_mtime_ns for p in built_kit.rglob("*")}
    v = open_viewer(qtbot, settings, built_kit)
    sel = v.window.journalist.selection
    ids = docs(v.window)[:2]
    sel.add(ids)
    v.window.close()
    v.window.runner.wait(3000)

    v2 = open_viewer(qtbot, settings, built_kit)  # a new start: nothing carried over in memory
    assert v2.window.journalist.selection.ids() == ids
    assert v2.window.journalist.count_label.text() == "2 selected"
    assert load_marks(v2.window.kit).marked == ids
    assert (marks_dir() / f"{kit_identity(v2.window.kit)}.json").is_file()
    assert {p: p.stat().st_mtime_ns for p in built_kit.rglob("*")} == before  # the kit is never written


def test_marks_follow_the_kit_not_its_folder(qtbot, settings, built_kit, tmp_path):
    v = open_viewer(qtbot, settings, built_kit)
    v.window.journalist.selection.add(docs(v.window)[:3])
    copy = tmp_path / "copied-from-a-usb-stick"
    shutil.copytree(built_kit, copy)
    v2 = open_viewer(qtbot, settings, copy)
    assert len(v2.window.journalist.selection) == 3


def test_marks_and_state_survive_a_language_switch(qtbot, settings, built_kit):
    v = open_viewer(qtbot, settings, built_kit)
    w = v.window
    ids = docs(w)[:2]
    w.journalist.selection.add(ids)
    v.change_language("fr")
    fr = v.window
    assert fr is not w
    assert fr.kit is w.kit  # the kit is not opened again
    assert fr.journalist.selection.ids() == ids
    assert fr.menus["file"].title() == "&Fichier"


def test_clear_is_undone_with_ctrl_z(qtbot, settings, built_kit):
    v = open_viewer(qtbot, settings, built_kit)
    w = v.window
    sel = w.journalist.selection
    ids = docs(w)[:3]
    sel.add(ids)
    w.journalist.show_selection()
    qtbot.mouseClick(w.journalist.panel.clear_btn, Qt.MouseButton.LeftButton)
    assert len(sel) == 0 and load_marks(w.kit).marked == []
    assert w.journalist.undo_action.isEnabled() and "Clear" in w.journalist.undo_action.text()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in w.journalist.undo_action.shortcuts()
    w.journalist.panel.list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sel.ids() == ids
    assert load_marks(w.kit).marked == ids  # the undone state is kept too
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(sel) == 0  # and redone


def test_briefing_packs_are_kept_reopened_and_exported(qtbot, settings, built_kit):
    v = open_viewer(qtbot, settings, built_kit)
    w = v.window
    sel, panel = w.journalist.selection, w.journalist.panel
    first = docs(w)[:2]
    sel.add(first)
    dlg = panel.ask_pack_name()
    dlg.setTextValue("Press conference")
    dlg.accept()
    assert [p.name for p in sel.packs()] == ["Press conference"]
    sel.clear()
    sel.add(docs(w)[2:3])

    menu = panel.fill_packs_menu()
    pack_menu = next(a.menu() for a in menu.actions() if a.menu() and a.text().startswith("Press conference"))
    assert "(2 items)" in pack_menu.title()
    export = next(a for a in pack_menu.actions() if a.text().startswith("&Export"))
    export.trigger()
    dlg = w.journalist.export_dialog
    assert dlg is not None and list(dlg.item_ids) == first
    dlg.reject()
    assert sel.ids() == docs(w)[2:3]  # exporting a pack leaves the selection alone

    opened = next(a for a in pack_menu.actions() if a.text().startswith("&Open"))
    opened.trigger()
    assert sel.ids() == first
    w.journalist.undo_action.trigger()
    assert sel.ids() == docs(w)[2:3]

    v.window.close()
    v2 = open_viewer(qtbot, settings, built_kit)
    assert [(p.name, p.ids) for p in v2.window.journalist.selection.packs()] == [("Press conference", first)]


def test_a_damaged_marks_file_means_nothing_marked(qtbot, settings, built_kit):
    v = open_viewer(qtbot, settings, built_kit)
    path = marks_dir() / f"{kit_identity(v.window.kit)}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"marked": [1, 2, {"x": "y"}], "packs": "nope"', encoding="utf-8")
    v2 = open_viewer(qtbot, settings, built_kit)
    sel = v2.window.journalist.selection
    assert len(sel) == 0 and sel.packs() == []
    sel.add(docs(v2.window)[:1])
    assert json.loads(path.read_text(encoding="utf-8"))["marked"] == docs(v2.window)[:1]
