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
