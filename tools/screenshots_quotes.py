#!/usr/bin/env python3
"""Screenshots of the Quotes view, in English and French, at 1024x700 and 1920x1080, under Xvfb.

    python tools/screenshots_quotes.py [--kit KIT] [--out docs/screenshots]

Like tools/screenshots.py (whose Xvfb start and sample kit it uses), it runs the real app on an X
display with the openbox window manager when there is one, and drives it with key presses: Kit ›
Quotations (Ctrl+Shift+Q), a filter, Down to a card, Space to show the sentence that names the speaker.
It saves ``20-quotes-en-1024x700.png``, ``21-quotes-en-1920x1080.png``, ``22-quotes-fr-1024x700.png``
and ``23-quotes-fr-1920x1080.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from screenshots import ensure_kit  # noqa: E402
from xdisplay import event_pump, virtual_display  # noqa: E402

SIZES = ((1024, 700), (1920, 1080))


def inner(kit: Path, out: Path) -> int:
    os.environ["PRESSKIT_NO_USER_STATE"] = "1"
    os.environ.setdefault("PRESSKIT_DATA_DIR", tempfile.mkdtemp(prefix="presskit-shots-"))  # no marks, no library
    from presskit.ui.app import Viewer, make_application
    from PySide6.QtTest import QTest

    from presskit.ui.qt import QApplication, Qt

    app = make_application([])
    viewer = Viewer()
    out.mkdir(parents=True, exist_ok=True)

    pump = event_pump(app)

    n = 20
    for lang in ("en", "fr"):
        if lang == "fr":
            viewer.change_language("fr")
            pump(settle=0.8)
        for w, h in SIZES:
            win = viewer.window
            screen = QApplication.primaryScreen().availableGeometry()
            if (w, h) == (screen.width(), screen.height()):
                win.showMaximized()  # the whole screen, window frame included: the status bar stays in view
            else:
                win.showNormal()
                win.setGeometry(0, 0, w, h)
                win.show()
            win.activateWindow()
            if win.kit is None:
                win.open_kit(str(kit))
            view = win.journalist.quotes
            pump(lambda: win.kit is not None and view.model.rowCount() > 0, 60)
            QTest.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            pump(lambda: view.isVisible(), 5)
            view.org_combo.setCurrentIndex(0)
            view.day_combo.setCurrentIndex(view.day_combo.findData("2026-11-18"))
            view.list.setFocus()
            for _ in range(2):
                QTest.keyClick(view.list, Qt.Key.Key_Down)
            if not view.evidence.isVisible():
                QTest.keyClick(view.list, Qt.Key.Key_Space)
            pump(settle=0.6)
            path = out / f"{n}-quotes-{lang}-{w}x{h}.png"
            QApplication.primaryScreen().grabWindow(0, 0, 0, w, h).save(str(path))
            print("saved", path)
            n += 1
    viewer.window.close()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kit")
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.inner:
        return inner(Path(a.kit), Path(a.out))
    kit = ensure_kit(a.kit)
    with virtual_display(":98", "1920x1080", window_manager=True) as env:
        env = dict(env, PRESSKIT_NO_USER_STATE="1", LANG="en_GB.UTF-8")
        return subprocess.call([sys.executable, __file__, "--inner", "--kit", str(kit), "--out", a.out], env=env)


if __name__ == "__main__":
    sys.exit(main())
