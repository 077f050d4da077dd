"""Translations, settings and the task runner."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from presskit.ui import i18n
from presskit.ui.qt import translate

UI = Path(__file__).resolve().parents[2] / "presskit" / "ui"
VIEWER_CONTEXTS = {"Dates", "Kinds", "KitInfo", "Languages", "ListPane", "MainWindow", "Navigator", "PdfView",
                   "PhotoGallery", "PhotoView", "Photos", "ReaderPane", "ResultsList", "SyntaxHelp", "TextView",
                   "FindBar"}


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def test_french_and_plurals(french):
    assert translate("MainWindow", "&File") == "&Fichier"
    assert translate("Photos", "Credit unknown") == "Crédit inconnu"
    assert translate("ListPane", "%n document(s)", "", 2) == "2 documents"
    assert translate("ListPane", "%n document(s)", "", 1) == "1 document"


def test_english_plurals(qapp):
    i18n.install("en")
    assert translate("ListPane", "%n document(s)", "", 1) == "1 document"
    assert translate("ListPane", "%n document(s)", "", 3) == "3 documents"


def test_every_viewer_string_has_french():
    tree = ET.parse(UI / "i18n" / "presskit_fr.ts")
    missing = [m.find("source").text for ctx in tree.getroot() if ctx.find("name").text in VIEWER_CONTEXTS
               for m in ctx.findall("message") if m.find("translation").get("type") == "unfinished"]
    assert missing == []
    assert (UI / "i18n" / "presskit_fr.qm").stat().st_size > 1000


def test_pyside6_only_in_qt_module():
    offenders = [p.name for p in UI.rglob("*.py") if p.name != "qt.py"
                 and re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_language_switch_keeps_kit(qtbot, settings, built_kit):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    qtbot.addWidget(v.window)
    v.window.show()
    with qtbot.waitSignal(v.window.kitOpened, timeout=10000):
        v.window.open_kit(built_kit)
    v.window.open_item("2026-11-16-statement-opening-en", 2)
    v.change_language("fr")
    try:
        w = v.window
        qtbot.addWidget(w)
        assert w.menus["file"].title() == "&Fichier"
        assert w.kit is not None and w.reader.item.id == "2026-11-16-statement-opening-en"
    finally:
        v.change_language("en")
        qtbot.addWidget(v.window)
    assert v.window.menus["file"].title() == "&File"


def test_corrupt_settings_give_defaults_and_notice(tmp_path):
    from presskit.ui.settings import Settings

    p = tmp_path / "s.ini"
    p.write_bytes(b"[prefs]\nsearch_debounce_ms=\xff\xfe\x00garbage\n[recent\nkits=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1eQ)\n")
    s = Settings(p)  # whatever Qt makes of it, typed access falls back to defaults
    assert s.get("search_debounce_ms") == 150
    assert isinstance(s.recent_kits(), list)


def test_unparseable_settings_moved_aside(tmp_path, monkeypatch):
    from presskit.ui import settings as mod

    p = tmp_path / "s.ini"
    p.write_text("[prefs]\nsearch_debounce_ms=150\n")
    monkeypatch.setattr(mod.Settings, "_readable", lambda self: False)
    s = mod.Settings(p)
    assert s.notice and s.notice.startswith("settings-reset:")
    assert list(tmp_path.glob("s.ini.corrupt-*"))


def test_settings_roundtrip_and_reset(settings, tmp_path):
    settings.add_recent_kit(str(tmp_path / "a"))
    settings.add_recent_kit(str(tmp_path / "b"))
    settings.add_recent_kit(str(tmp_path / "a"))
    assert [Path(p).name for p in settings.recent_kits()] == ["a", "b"]
    settings.set_position("/k", "doc", 7, 0.25)
    assert settings.position("/k", "doc") == (7, 0.25)
    settings.set("language", "fr")
    settings.reset(keep_prefs=True)
    assert settings.recent_kits() == [] and settings.position("/k", "doc") is None
    assert settings.get("language") == "fr"
    settings.reset()
    assert settings.get("language") == ""


def test_no_user_state_uses_a_temp_file(monkeypatch):
    from presskit.ui.settings import Settings

    monkeypatch.delenv("PRESSKIT_SETTINGS", raising=False)
    monkeypatch.setenv("PRESSKIT_NO_USER_STATE", "1")
    s = Settings()
    assert "presskit-settings-" in s.path


def test_task_runner_result_error_progress_and_stale(qtbot):
    from presskit.ui.tasks import TaskRunner

    r = TaskRunner()
    got, errs, prog, cancelled = [], [], [], []
    gate = threading.Event()

    def slow(ctx):
        gate.wait(5)
        return "old"

    r.run(slow, on_result=got.append, on_cancelled=lambda: cancelled.append(1), key="q")

    def fast(ctx):
        ctx.progress(1, 2, "half")
        return "new"

    r.run(fast, on_result=got.append, on_progress=lambda d, t, l: prog.append((d, t, l)), key="q")
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert got == ["new"] and prog == [(1, 2, "half")]

    def boom(ctx):
        raise ValueError("bad")

    r.run(boom, on_error=lambda e, tb: errs.append(e))
    qtbot.waitUntil(lambda: bool(errs), timeout=5000)
    assert isinstance(errs[0], ValueError)
    assert r.wait(2000)


def test_the_file_dialogs_are_french_where_qts_own_translation_lacks_words(qapp):
    """Qt 6's file dialog says "&Look in:" and "Files of &type:", which qtbase_fr.qm (made for "Look in:")
    does not translate: they showed in English in the French "Import an update" dialog."""
    from presskit.ui.qt import QFileDialog, QLabel, QtCore, QtGui

    i18n.install("fr")
    try:
        d = QFileDialog(None, "x", str(Path(__file__).parent))
        d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = " ".join(w.text() for w in d.findChildren(QLabel))
        assert "Voir dans" in labels and "Fichiers de &type" in labels and "Look in" not in labels
        assert QtGui.QAbstractFileIconProvider().type(QtCore.QFileInfo(str(Path(__file__).parent))) == "Dossier"
        d.deleteLater()
    finally:
        i18n.install("en")
    english = QFileDialog(None, "x")
    assert "Look in" in " ".join(w.text() for w in english.findChildren(QLabel))
    english.deleteLater()


@pytest.mark.parametrize("how", ["result", "error", "progress"])
def test_a_task_that_ends_after_its_window_is_gone_prints_no_traceback(qtbot, capfd, how):
    """Closing the viewer (a logout's SIGTERM) deletes the Qt objects a running task reports to; the task then
    finished in its worker thread and Qt printed "Error calling Python override of QRunnable::run(): Traceback …
    RuntimeError: Signal source has been deleted" on the way out. Nobody is left to tell: it is dropped."""
    import shiboken6

    from presskit.ui.tasks import TaskRunner

    r = TaskRunner()
    gate, ended = threading.Event(), threading.Event()

    def work(ctx):
        gate.wait(5)
        try:
            if how == "progress":
                ctx.progress(1, 2, "half")
                return None
            if how == "error":
                raise ValueError("late")
            return "late"
        finally:
            ended.set()

    r.run(work, on_result=lambda _: None, on_error=lambda e, tb: None)
    [(task, signals, _cb)] = r._live.values()
    shiboken6.delete(signals)  # what the application's teardown does to it
    gate.set()
    assert ended.wait(5) and r.pool.waitForDone(5000)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err, err
