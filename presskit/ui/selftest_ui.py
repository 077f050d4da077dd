"""The viewer part of ``presskit --self-test`` (see :mod:`presskit.cli.selftest`): offscreen, no user state.

Opens the main window on a kit, waits until it shows the kit with search ready, runs a search in the
search box, then opens About presskit and the user guide and checks they have content.
"""

from __future__ import annotations

import time
from pathlib import Path

from .qt import QApplication, QtCore


class UICheckFailed(Exception):
    """A window check failed; the message says what the reader would have seen."""


def _quiet(mode, context, message: str) -> None:
    """Offscreen Qt says "This plugin does not support raise()" and the like: not a reader's problem."""
    if "does not support" in message:
        return
    import sys

    print(message, file=sys.stderr)


def _pump(app, cond, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if cond():
            return True
        time.sleep(0.005)
    return cond()


def check_main_window(kit, tmp: Path, timeout: float = 30.0) -> str:
    """Raise (with a sentence) unless the window shows ``kit`` and can search it; return a summary."""
    from . import desktop
    from .app import Viewer, make_application
    from .settings import Settings

    app = make_application([])
    previous_handler = QtCore.qInstallMessageHandler(_quiet)
    if QApplication.platformName() not in ("offscreen", "minimal", "xcb", "wayland"):
        raise UICheckFailed(f"unexpected Qt platform {QApplication.platformName()!r}")
    viewer = Viewer(Settings(Path(tmp) / "selftest-settings.ini"))
    w = viewer.window
    errors: list[str] = []
    w.errorShown.connect(errors.append)
    try:
        w.resize(1280, 800)
        w.show()
        w.open_kit(str(kit.root))
        if not _pump(app, lambda: (w.kit is not None and w.list_pane.search_available) or errors, timeout):
            raise UICheckFailed(f"the window did not show the kit within {timeout:.0f} s")
        if errors:
            raise UICheckFailed(f"the window showed an error: {errors[0]}")
        if kit.info.title not in w.windowTitle():
            raise UICheckFailed(f"the window title is {w.windowTitle()!r}, not the kit's title")
        got: list = []
        w.list_pane.searchFinished.connect(got.append)
        w.list_pane.box.setText("verification")
        w.list_pane.search_now()
        if not _pump(app, lambda: bool(got), 15):
            raise UICheckFailed("a search typed in the window returned nothing within 15 s")
        shown = w.list_pane.list.topLevelItemCount()
        if shown == 0:
            raise UICheckFailed("the search for 'verification' listed no document in the window")

        about = desktop.show_about(w)
        _pump(app, lambda: about.isVisible(), 5)
        licence = about.licence_text()
        if "GNU AFFERO GENERAL PUBLIC LICENSE" not in licence or len(licence.splitlines()) < 600:
            raise UICheckFailed("About presskit does not show the full AGPL licence (LICENSE not bundled?)")
        about.close()
        guide = desktop.show_user_guide(w)
        if not guide.load() or len(guide.headings) < 5:
            raise UICheckFailed(f"the user guide is missing or empty ({desktop.user_guide_path()})")
        guide.close()
        welcome = desktop.show_welcome(w)
        if kit.info.title not in welcome.kit_sentence(kit):
            raise UICheckFailed("the welcome does not name the kit")
        welcome.close()
        return (f"window shows {len(kit.items)} items, 'verification' lists {shown} documents; "
                f"About, user guide ({len(guide.headings)} sections) and welcome open")
    finally:
        w.runner.cancel_all()
        w.runner.wait(3000)
        w.close()
        _pump(app, lambda: False, 0.05)
        QtCore.qInstallMessageHandler(previous_handler)
