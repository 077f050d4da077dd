#!/usr/bin/env python3
"""Opening the Quotes view of a kit: from the keystroke to its cards' first paint, and until every
card is measured.

    python bench/quotes_view_latency.py KIT [--size 1024x700] [--runs 3] [--shot cards.png]

Each run is a fresh process: it opens the kit in the viewer (offscreen unless QT_QPA_PLATFORM says
otherwise), waits until the quotations are loaded, then shows the Quotes view and reports the wall
and CPU time to the cards' first paint, how many cards were measured by then, and how long the
remaining cards took to be measured in passes after it (``presskit.ui.quotes_view.LAYOUT_BATCH``
a pass). The best run of each figure is printed last. The kit's index must be fresh for this user
(one this computer built), or the viewer indexes the kit first.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def one_run(kit: str, size: str, shot: str | None) -> dict:
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PRESSKIT_NO_USER_STATE"] = "1"  # the reader's own settings and library stay as they are
    from presskit.ui import quotes_view
    from presskit.ui.app import Viewer, make_application
    from presskit.ui.qt import QtCore

    w, h = (int(x) for x in size.split("x"))
    app = make_application([])
    win = Viewer().window
    win.resize(w, h)
    win.show()
    win.open_kit(kit)
    view = win.journalist.quotes
    start = time.perf_counter()
    while not (view.all_quotes and view.model.rowCount()):
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.perf_counter() - start > 600:
            raise SystemExit("the quotations were not loaded in 10 minutes (is the kit's index fresh?)")
    measured: set[int] = set()
    measure = quotes_view.CardDelegate._measure

    def counted(self, q, width, font):
        measured.add(id(q))
        return measure(self, q, width, font)

    quotes_view.CardDelegate._measure = counted
    painted: list[tuple[float, float, int]] = []

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, obj, e):  # noqa: N802
            if e.type() == QtCore.QEvent.Type.Paint and not painted:
                painted.append((time.perf_counter(), time.process_time(), len(measured)))
            return False

    spy = FirstPaint()
    view.list.viewport().installEventFilter(spy)
    t, c = time.perf_counter(), time.process_time()
    win.journalist.show_quotes()
    while not painted:
        app.processEvents()
    cards = view.model.rowCount()
    while len(measured) < cards and time.perf_counter() - t < 120:
        app.processEvents()
    done = time.perf_counter()
    if shot:
        win.grab().save(shot)
    win.runner.wait(2000)
    return {"quotes": len(view.all_quotes), "cards": cards, "paint_ms": 1000 * (painted[0][0] - t),
            "paint_cpu_ms": 1000 * (painted[0][1] - c), "measured_at_paint": painted[0][2],
            "all_measured_s": done - t, "measured": len(measured)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit")
    ap.add_argument("--size", default="1024x700")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shot", help="save a picture of the window once every card is measured")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(one_run(a.kit, a.size, a.shot)))
        return
    with open("/proc/loadavg") as f:
        print(f"{a.kit} at {a.size}, load {' '.join(f.read().split()[:3])}")
    runs = []
    for n in range(a.runs):
        out = subprocess.run([sys.executable, __file__, a.kit, "--size", a.size, "--child"]
                             + (["--shot", a.shot] if a.shot and n == 0 else []),
                             capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        runs.append(r)
        print(f"run {n + 1}: {r['cards']} cards; first paint {r['paint_ms']:.0f} ms (CPU {r['paint_cpu_ms']:.0f} ms), "
              f"{r['measured_at_paint']} measured by then; all measured after {r['all_measured_s']:.1f} s")
    print(f"best: first paint {min(r['paint_ms'] for r in runs):.0f} ms "
          f"(CPU {min(r['paint_cpu_ms'] for r in runs):.0f} ms); all measured after "
          f"{min(r['all_measured_s'] for r in runs):.1f} s")


if __name__ == "__main__":
    main()
