"""Application start-up: ``run_app(argv)`` opens the viewer on a kit (the bundled sample by default)."""

from __future__ import annotations

import logging
import os
import sys

from ..locations import sample_kit_path
from . import i18n
from .mainwindow import MainWindow
from .qt import QApplication, QObject, QTimer, Qt
from .settings import Settings

log = logging.getLogger(__name__)

#: Features that add themselves to each main window: "module:function", the function takes the
#: window. A module that does not exist (a minimal build) is skipped.
EXTENSIONS = [
    "presskit.ui.journalism:install",  # quotes panel, selection, export, print, copy with citation
    "presskit.ui.trust:install",       # signature badge, import update
]


def install_extensions(window) -> list:
    import importlib
    import traceback

    done = []
    for spec in EXTENSIONS:
        mod_name, _, fn = spec.partition(":")
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as e:
            if e.name == mod_name:
                continue
            raise
        try:
            done.append(getattr(mod, fn)(window))
        except Exception:  # noqa: BLE001 - one broken feature must not stop the viewer
            log.error("could not add %s to the window:\n%s", spec, traceback.format_exc())
    return done


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["presskit"] + list(argv or []))
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
        w.extensions = install_extensions(w)
        self.window = w
        return w

    def change_language(self, code: str) -> None:
        """Switch the interface language: a new window in the new language, same kit and document."""
        old = self.window
        kit = old.kit
        item = old.reader.item
        page = old.reader.current_page()
        query = old.list_pane.box.text()
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
            if query:
                new.list_pane.set_query(query)
            if item is not None:
                new.open_item(item.id, page)
        new.splitter.setSizes(old.splitter.sizes())
        old.runner.cancel_all()
        old.hide()
        old.deleteLater()


def _welcome_once(viewer: Viewer) -> None:
    """First start: the welcome over the window once the kit is shown (until "Don't show again")."""
    from .desktop import maybe_show_welcome

    w = viewer.window

    def shown(_kit) -> None:
        w.kitOpened.disconnect(shown)
        QTimer.singleShot(150, lambda: maybe_show_welcome(viewer.window))

    w.kitOpened.connect(shown)


def run_app(argv: list[str]) -> int:
    """Start the viewer. ``argv``: an optional kit path (default: the bundled sample kit)."""
    app = make_application(argv)
    viewer = Viewer()
    if os.environ.get("PRESSKIT_STARTUP_PROBE") == "1":
        from .desktop import install_startup_probe

        install_startup_probe(viewer.window)
    viewer.window.show()
    target = argv[0] if argv else str(sample_kit_path())
    QTimer.singleShot(0, lambda: viewer.window.open_kit(target))
    _welcome_once(viewer)
    code = app.exec()
    viewer.window.runner.wait(2000)
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1:]))
