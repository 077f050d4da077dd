"""presskit.ui.app: the viewer's features are installed by name on each window; one that fails says so."""

from __future__ import annotations

from presskit.ui import app
from presskit.ui.app import Viewer, make_application
from presskit.ui.qt import QMessageBox


def test_every_feature_is_installed(win):
    assert len(win.features) == len(app.FEATURES) == 3
    assert win.findChild(type(win.list_pane), None) is not None
    assert win.trust.badge is not None  # the trust feature's badge


def test_a_feature_that_fails_is_shown_and_the_rest_works(qtbot, settings, monkeypatch):
    def broken(window):
        raise RuntimeError("the printer driver exploded")

    monkeypatch.setattr(app, "FEATURES", (("the signature badge and importing updates", broken),
                                          app.FEATURES[0]))
    make_application([])
    v = Viewer(settings)
    w = v.window
    qtbot.addWidget(w)
    shown = []
    w.errorShown.connect(shown.append)
    w.show()
    assert len(w.features) == 1  # the journalism feature still works
    box = w.error_box
    assert isinstance(box, QMessageBox)
    assert "could not start: the signature badge and importing updates" in box.text()
    assert "the printer driver exploded" in box.informativeText() and "Traceback" in box.detailedText()
    w.runner.wait(3000)


_QUIT_WHILE_THE_LIBRARY_WORKS = r"""
import sys, time
from presskit.ui import app, library
from presskit.ui.qt import QTimer

refresh = library._refresh_and_alerts
def slow_refresh(*args, **kwargs):  # the library thread still works when the viewer quits
    time.sleep(1.0)
    return refresh(*args, **kwargs)
library._refresh_and_alerts = slow_refresh

make = app.make_application
def make_and_quit(argv):
    a = make(argv)
    QTimer.singleShot(300, a.quit)
    return a
app.make_application = make_and_quit
sys.exit(app.run_app([]))
"""

#: What Qt's offscreen platform says about itself (not presskit's output).
_PLATFORM_NOTICES = ("This plugin does not support",)


def test_quitting_while_work_runs_prints_nothing(tmp_path):
    """A task still running when the viewer quits (the library's refresh, which takes a moment on a
    large library) is waited for: it used to emit its result after the application's objects were
    gone, and "RuntimeError: Signal source has been deleted" was printed as the viewer exited."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", _QUIT_WHILE_THE_LIBRARY_WORKS], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    said = [line for line in r.stderr.splitlines() if line.strip() and not line.startswith(_PLATFORM_NOTICES)]
    assert said == []


_TERMINATED_WHILE_OPEN = r"""
import os, signal, sys
from presskit.ui import app
from presskit.ui.qt import QTimer

make = app.make_application
def make_and_terminate(argv):  # a logout, or `kill`, once the viewer runs
    a = make(argv)
    QTimer.singleShot(500, lambda: os.kill(os.getpid(), signal.SIGTERM))
    return a
app.make_application = make_and_terminate
from presskit.cli import main
sys.exit(main(["open"]))
"""


def test_sigterm_closes_the_viewer_without_a_traceback(tmp_path):
    """The command line's SIGTERM handler raised inside Qt's event loop: a traceback from whatever
    Python code Qt was calling, and the viewer ran on until killed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        r = subprocess.run([sys.executable, "-c", _TERMINATED_WHILE_OPEN], env=env, capture_output=True,
                           text=True, timeout=90)
    except subprocess.TimeoutExpired as e:
        raise AssertionError(f"the viewer ran on after SIGTERM: {e.stderr!r}") from None
    assert r.returncode == 143, r.stderr
    assert "Traceback" not in r.stderr and "Terminated" not in r.stderr, r.stderr
