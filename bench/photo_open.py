#!/usr/bin/env python3
"""Time to first paint and peak memory of the viewer's photo pane opening one large photo.

    python bench/photo_open.py [--make DIR] [--size 1024x700] [--runs 3] [PHOTO ...]

``--make DIR`` first writes a 12,000 x 9,000 photo (108 megapixels) as ``DIR/large.jpg`` and
``DIR/large.png`` (a smooth gradient, so neither format compresses it to nothing) and measures those.
Each run is a fresh process (``QT_QPA_PLATFORM=offscreen`` unless set) holding only the photo pane
at ``--size``: it reports the wall and CPU time (every thread) from asking for the photo to its first
paint, the resident memory just before, and the peak resident memory of the process (``VmHWM``).
Then it presses "100 %" and reports the same for the photo at its actual size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, re, sys, time, types
from presskit.ui.qt import QApplication
from presskit.ui.photoview import PhotoView
from presskit.memory import resident_bytes
def peak():  # VmHWM: this process's own peak (ru_maxrss starts from the parent's after exec)
    with open("/proc/self/status") as f:
        return int(re.search(r"VmHWM:\s*(\d+) kB", f.read()).group(1)) * 1024

path, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
app = QApplication([])
view = PhotoView()
view.resize(w, h)
view.show()
app.processEvents()
kit = types.SimpleNamespace(path_of=lambda item: path)
item = types.SimpleNamespace(id="photo", caption="A large photo", title="", path=path, credit="Bench",
                             copyright="")
def wait_shown(start, needed=lambda: True):
    done = []
    view.imageShown.connect(lambda: done.append(1))
    start()
    while not done and needed():
        app.processEvents()
        time.sleep(0.002)
    view.area.label.repaint()
    app.processEvents()
rss0 = resident_bytes()
t0, c0 = time.perf_counter(), time.process_time()
wait_shown(lambda: view.show_photo(kit, item))
t1, c1 = time.perf_counter(), time.process_time()
peak1 = peak()
pm = view.area.label.pixmap()
shown = [pm.width(), pm.height()]
t2, c2 = time.perf_counter(), time.process_time()
wait_shown(lambda: view.actual_btn.click(), lambda: getattr(view, "loading_full", False))
t3, c3 = time.perf_counter(), time.process_time()
peak2 = peak()
pm = view.area.label.picture or view.area.label.pixmap()  # a large picture is painted from the photo
print(json.dumps({"rss_before": rss0, "first_paint_s": t1 - t0, "first_paint_cpu_s": c1 - c0,
                  "peak_rss_first": peak1, "shown": shown, "actual_s": t3 - t2, "actual_cpu_s": c3 - c2,
                  "peak_rss_actual": peak2, "actual": [pm.width(), pm.height()]}))
"""


def make_photos(folder: Path) -> list[Path]:
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    w, h = 12_000, 9_000
    x = np.linspace(0, 255, w, dtype=np.float32)[None, :]
    y = np.linspace(0, 255, h, dtype=np.float32)[:, None]
    a = np.empty((h, w, 3), np.uint8)
    a[..., 0] = x.astype(np.uint8)
    a[..., 1] = y.astype(np.uint8)
    a[..., 2] = ((x + y) / 2).astype(np.uint8)
    im = Image.fromarray(a)
    out = [folder / "large.jpg", folder / "large.png"]
    im.save(out[0], quality=85)
    im.save(out[1], compress_level=1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("photos", nargs="*", type=Path)
    ap.add_argument("--make", type=Path, help="write a 12,000 x 9,000 JPEG and PNG here and measure them")
    ap.add_argument("--size", default="1024x700", help="the photo pane's size (default 1024x700)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    photos = list(args.photos) + (make_photos(args.make) if args.make else [])
    if not photos:
        ap.error("give a photo or --make DIR")
    w, h = args.size.split("x")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    mb = 1 << 20
    for photo in photos:
        for run in range(args.runs):
            out = subprocess.run([sys.executable, "-c", _CHILD, str(photo), w, h], env=env, check=True,
                                 capture_output=True, text=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{photo.name} run {run + 1}: first paint {r['first_paint_s']:.2f} s "
                  f"(CPU {r['first_paint_cpu_s']:.2f} s), {r['shown'][0]}x{r['shown'][1]} shown, "
                  f"peak RSS {r['peak_rss_first'] / mb:.0f} MB (before {r['rss_before'] / mb:.0f} MB); "
                  f"100 %: {r['actual_s']:.2f} s (CPU {r['actual_cpu_s']:.2f} s), "
                  f"{r['actual'][0]}x{r['actual'][1]}, peak RSS {r['peak_rss_actual'] / mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
