#!/usr/bin/env python3
"""Screenshots of every main view of the viewer, taken under Xvfb, saved to docs/screenshots/.

    python tools/screenshots.py [--kit KIT] [--out docs/screenshots]

Without ``--kit`` it uses the bundled sample kit, building it into a temporary folder first when
``assets/sample-kit`` has no manifest yet. It starts ``Xvfb :99`` (1440x900) unless ``DISPLAY`` is
already set and ``--no-xvfb`` is given, runs the real app there, and grabs the screen after each step.
User state is off (``PRESSKIT_NO_USER_STATE=1``), so the shots never depend on this machine's settings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from xdisplay import event_pump, virtual_display  # noqa: E402

FRENCH_QUOTE = '"une future scene de crime"'  # typed without accents, as a newcomer would


def ensure_kit(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    from presskit.locations import sample_kit_path

    sample = sample_kit_path()
    if (sample / "manifest.json").exists():
        return sample
    from presskit.build import build_kit

    out = Path(tempfile.mkdtemp(prefix="presskit-sample-")) / "sample-kit"
    print(f"building the sample kit into {out} …", file=sys.stderr)
    build_kit(sample, out)
    return out


def inner(kit: Path, out: Path) -> int:
    """Runs inside the X display: drives the app and saves PNGs."""
    os.environ["PRESSKIT_NO_USER_STATE"] = "1"
    os.environ.setdefault("PRESSKIT_DATA_DIR", tempfile.mkdtemp(prefix="presskit-shots-"))  # no marks, no library
    from presskit.ui.app import Viewer, make_application
    from presskit.ui.qt import QApplication

    app = make_application([])
    viewer = Viewer()
    win = viewer.window
    win.setGeometry(0, 0, 1440, 900)
    win.show()
    out.mkdir(parents=True, exist_ok=True)
    shots: list[str] = []

    pump = event_pump(app)

    def shot(name: str) -> None:
        pump(settle=0.4)
        pm = QApplication.primaryScreen().grabWindow(0)
        path = out / f"{name}.png"
        pm.save(str(path))
        shots.append(path.name)
        print("saved", path)

    def w():
        return viewer.window

    w().open_kit(str(kit))
    pump(lambda: w().kit is not None and w().list_pane.search_available, 60)
    shot("01-about-this-kit")

    w().navigator.select({"all": True})
    pump()
    lp = w().list_pane
    lp.list.setCurrentItem(lp.list.topLevelItem(0))
    pdfs = [i for i in range(lp.list.topLevelItemCount())
            if w().kit.get(lp.list.topLevelItem(i).data(0, 256)[0]).media == "pdf"]
    lp.open_result(pdfs[0] if pdfs else 0)
    pump(lambda: w().reader.pdf._painted_first, 10)
    shot("02-browse-and-read")

    lp.box.setFocus()
    lp.box.setText(FRENCH_QUOTE)
    got = []
    lp.searchFinished.connect(lambda r: got.append(r))
    lp.search_now()
    pump(lambda: got, 10)
    if lp.list.topLevelItemCount():
        top = lp.list.topLevelItem(0)
        lp.open_result(0, 0 if top.childCount() else None)
        pump(lambda: w().reader.pdf._painted_first and w().reader._hits[1] > 0, 10)
    shot("03-search-french-quote-at-hit")

    got.clear()
    lp.set_query("verification")
    pump(lambda: got, 10)
    lp.set_filters(language="en")
    pump(settle=0.5)
    if lp.list.topLevelItemCount() > 1:
        lp.open_result(1, 0 if lp.list.topLevelItem(1).childCount() else None)
        pump(lambda: w().reader._hits[1] > 0, 5)
    shot("04-search-results-filters")
    lp.set_filters(None, None, None)

    got.clear()
    lp.set_query("verifcation stokpile")
    pump(lambda: got, 10)
    got.clear()
    lp.set_query("zzyzzx treaty")
    pump(lambda: got, 10)
    shot("05-empty-state-did-you-mean")

    w().navigator.select({"photos": True})
    pump(lambda: False, 2.0)
    shot("06-photo-gallery")
    photos = [it for it in w().kit.items if it.is_photo]
    p = next((it for it in photos if it.credit), photos[0] if photos else None)
    if p is not None:
        w().open_item(p.id)
        pump(lambda: w().reader.photo.area.image is not None, 10)
        shot("07-photo-with-credit")

    html_doc = next((it for it in w().kit.items if it.media == "html" and w().kit.translations(it)), None) \
        or next((it for it in w().kit.items if it.media in ("html", "markdown")), None)
    if html_doc is not None:
        w().navigator.select({"all": True})
        w().open_item(html_doc.id)
        w().reader.open_find()
        w().reader.find_bar.edit.setText("verification")
        w().reader.find("verification")
        shot("08-text-document-find")

    w().navigator.select({"about": True})
    viewer.change_language("fr")
    pump(settle=0.8)
    w().setGeometry(0, 0, 1440, 900)
    got.clear()
    w().list_pane.searchFinished.connect(lambda r: got.append(r))
    w().list_pane.set_query("transparence")
    pump(lambda: got, 10)
    if w().list_pane.list.topLevelItemCount():
        w().list_pane.open_result(0, 0 if w().list_pane.list.topLevelItem(0).childCount() else None)
        pump(lambda: w().reader.pdf._painted_first, 5)
    shot("09-interface-en-francais")
    viewer.change_language("en")
    pump(settle=0.8)
    w().setGeometry(0, 0, 1440, 900)

    broken = Path(tempfile.mkdtemp(prefix="presskit-broken-")) / "broken-kit"
    broken.mkdir()
    (broken / "manifest.json").write_text('{"format": "presskit", "format_version": "9.0", "items": []}')
    w().open_kit(str(broken))
    pump(lambda: w().error_box is not None and w().error_box.isVisible(), 10)
    shot("10-broken-kit-message")
    w().error_box.close()
    shutil.rmtree(broken.parent, ignore_errors=True)
    print(f"{len(shots)} screenshots in {out}")
    w().close()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kit")
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--no-xvfb", action="store_true", help="use the current DISPLAY")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.inner:
        return inner(Path(a.kit), Path(a.out))
    kit = ensure_kit(a.kit)
    cmd = [sys.executable, __file__, "--inner", "--kit", str(kit), "--out", a.out]
    if a.no_xvfb and os.environ.get("DISPLAY"):
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        return subprocess.call(cmd, env=dict(env, PRESSKIT_NO_USER_STATE="1", LANG="en_GB.UTF-8"))
    with virtual_display(":99", "1440x900") as env:
        return subprocess.call(cmd, env=dict(env, PRESSKIT_NO_USER_STATE="1", LANG="en_GB.UTF-8"))


if __name__ == "__main__":
    sys.exit(main())
