#!/usr/bin/env python3
"""Screenshots of the first ten seconds under Xvfb: the welcome over the sample kit, About presskit and
the user guide window, saved to docs/screenshots/ (00-welcome.png, 11-about-presskit.png, 12-user-guide.png).

    python tools/screenshot_desktop.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from xdisplay import event_pump, virtual_display  # noqa: E402


def inner(out: Path) -> int:
    from presskit.locations import sample_kit_path
    from presskit.ui import desktop
    from presskit.ui.app import Viewer, make_application
    from presskit.ui.qt import QApplication

    app = make_application([])
    viewer = Viewer()
    w = viewer.window
    w.setGeometry(0, 0, 1440, 900)
    w.show()

    events = event_pump(app)

    def pump(secs: float, cond=lambda: False) -> None:
        events(cond, timeout=secs, settle=0)

    def shot(name: str) -> None:
        pump(0.5)
        QApplication.primaryScreen().grabWindow(0).save(str(out / name))
        print("saved", out / name)

    w.open_kit(str(sample_kit_path()))
    pump(30, lambda: w.kit is not None and w.list_pane.search_available)
    dlg = desktop.maybe_show_welcome(w)
    pump(0.3)
    dlg.move(w.geometry().center() - dlg.rect().center())
    shot("00-welcome.png")
    dlg.close()
    about = desktop.show_about(w)
    pump(0.3)
    about.move(w.geometry().center() - about.rect().center())
    about.tabs.setCurrentIndex(1)
    shot("11-about-presskit.png")
    about.close()
    guide = desktop.show_user_guide(w)
    guide.setGeometry(140, 40, 1160, 820)
    i = guide.find_heading("Search")
    guide.contents.setCurrentRow(max(0, i))
    shot("12-user-guide.png")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    if a.inner:
        return inner(out)
    with virtual_display(":97", "1440x900") as env:
        env = dict(env, PRESSKIT_NO_USER_STATE="1",
                   PRESSKIT_DATA_DIR=tempfile.mkdtemp(prefix="presskit-shots-"), LANG="en_GB.UTF-8")
        return subprocess.call([sys.executable, __file__, "--inner", "--out", str(out)], env=env)


if __name__ == "__main__":
    sys.exit(main())
