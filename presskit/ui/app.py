"""Application start-up: ``run_app(argv)`` opens the viewer on a kit (the bundled sample by default)."""

from __future__ import annotations

import logging
import os
import sys
import traceback

from ..locations import sample_kit_path
from . import i18n, journalism, library, trust
from .mainwindow import MainWindow
from .qt import QT_TRANSLATE_NOOP, QApplication, QObject, QTimer, Qt, translate
from .settings import Settings
from .workers import close_search_thread

log = logging.getLogger(__name__)

#: Features that add themselves to each main window, in order: what a reader calls them (said when
#: one cannot start), and ``install(window)``.
FEATURES = (
    (QT_TRANSLATE_NOOP("Viewer", "quotes, selection, export, printing and citations"), journalism.install),
    (QT_TRANSLATE_NOOP("Viewer", "the signature badge and importing updates"), trust.install),
    (QT_TRANSLATE_NOOP("Viewer", "the library of kits and its search"), library.install),
)


def install_features(window) -> list:
    """Install every feature on ``window``; one that fails is shown to the reader, and the others and
    the viewer itself carry on. Returns what each successful ``install`` returned."""
    done = []
    for name, install in FEATURES:
        try:
            done.append(install(window))
        except Exception as e:  # noqa: BLE001 - one broken feature must not stop the viewer
            tb = traceback.format_exc()
            log.error("could not add %s to the window:\n%s", name, tb)
            window.show_error(translate("Viewer", "Part of presskit could not start: {0}. The rest works.")
                              .format(translate("Viewer", name)), e, tb)
    return done


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["presskit"] + list(argv or []))
        if app.platformName() == "offscreen":
            # Qt's offscreen clipboard crashes the process at exit when it still holds data set with
            # setMimeData (PySide6 6.11; xcb, Wayland, Windows and macOS do not): empty it on the way out
            app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())
    app.setApplicationName("presskit")
    app.setOrganizationName("presskit")
    app.setApplicationDisplayName("presskit")
    app.setStyle("Fusion")
    from .desktop import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("presskit")  # matches packaging/linux/presskit.desktop (Wayland, taskbars)
    f = app.font()
    if f.pointSizeF() < 10:
        f.setPointSizeF(10)
        app.setFont(f)
    return app


class Viewer(QObject):
    """Owns the settings and the main window; rebuilds the window when the language changes."""

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.language = i18n.install(i18n.resolve(self.settings.get("language")))
        self.window: MainWindow | None = None
        self._make_window()

    def _make_window(self) -> MainWindow:
        w = MainWindow(self.settings)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        w.languageChangeRequested.connect(self.change_language)
        w.features = install_features(w)
        self.window = w
        return w

    def change_language(self, code: str) -> None:
        """Switch the interface language: a new window in the new language, with everything the reader
        had carried over: the same kit (not opened again), document and page, search and filters,
        history, navigator, side panel and pane sizes; marks and packs are kept on disk anyway."""
        old = self.window
        kit = old.kit
        snap = old.snapshot() if kit is not None else None
        old.save_state()
        self.language = i18n.install(i18n.resolve(code))
        new = self._make_window()
        new.setGeometry(old.geometry())
        if old.isFullScreen():
            new.showFullScreen()
        else:
            new.show()
        if kit is not None:
            new.set_kit(kit)
            new.apply_snapshot(snap)
        old.runner.cancel_all()
        old.hide()
        old.deleteLater()


def _welcome_once(viewer: Viewer) -> None:
    """First start: the welcome over the window once the kit is shown (until "Don't show again")."""
    from .desktop import show_welcome_when_ready

    w = viewer.window

    def shown(_kit) -> None:
        w.kitOpened.disconnect(shown)
        show_welcome_when_ready(viewer.window)

    w.kitOpened.connect(shown)


_last_viewer: Viewer | None = None  # the viewer run_app made (tests and tools reach it here)


def run_app(argv: list[str]) -> int:
    """Start the viewer. ``argv``: an optional kit path (default: the bundled sample kit)."""
    global _last_viewer
    app = make_application(argv)
    viewer = _last_viewer = Viewer()
    if os.environ.get("PRESSKIT_STARTUP_PROBE") == "1":
        from .desktop import install_startup_probe

        install_startup_probe(viewer.window)
    viewer.window.show()
    target = argv[0] if argv else str(sample_kit_path())
    # now, not at the event loop's first pass: the library's first refresh then waits for it
    viewer.window.open_kit(target)
    _welcome_once(viewer)
    terminated = SigtermClose(app)
    code = app.exec()
    terminated.undo()
    viewer.window.runner.wait(2000)
    close_search_thread()
    return 143 if terminated.came else int(code)


class SigtermClose:
    """SIGTERM (a logout, ``kill``) closes the viewer as File › Quit does; ``came`` says it did (the
    viewer then exits with status 143, as the commands do).

    The command line's own handler unwinds a command by raising, which inside Qt's event loop only
    printed a traceback from whatever Python code Qt was calling, and left the viewer running. Python
    runs a signal handler only between bytecodes, so a timer gives it a turn while Qt waits for events.
    """

    def __init__(self, app):
        import signal
        import threading

        self.came = False
        self.app = app
        self.tick = None
        if threading.current_thread() is not threading.main_thread():
            return
        self.previous = signal.signal(signal.SIGTERM, self._on_term)
        self.tick = QTimer(app)
        self.tick.timeout.connect(lambda: None)
        self.tick.start(250)

    def _on_term(self, _signum, _frame) -> None:
        if not self.came:
            self.came = True
            QTimer.singleShot(0, self.app.closeAllWindows)
            QTimer.singleShot(0, self.app.quit)

    def undo(self) -> None:
        import signal

        if self.tick is not None:
            self.tick.stop()
            signal.signal(signal.SIGTERM, self.previous)
            self.tick = None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1:]))
