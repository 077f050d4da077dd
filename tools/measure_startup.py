#!/usr/bin/env python3
"""Cold start of the viewer to its first painted window, and to the window showing the sample kit.

    python tools/measure_startup.py [--runs 5] [--cold] [--platform xcb|offscreen] [-- CMD ...]

CMD defaults to the built app, ``dist/presskit/presskit``; ``-- python -m presskit`` measures the
source tree. The app runs with ``PRESSKIT_STARTUP_PROBE=1`` (it prints the wall-clock time of its
first paint and of the first paint showing the kit, then quits) and ``PRESSKIT_NO_USER_STATE=1``
(no welcome, no saved layout). Times are from just before the process is started. ``--cold`` drops
the page cache before each run (needs root: ``echo 3 > /proc/sys/vm/drop_caches``); without it the
runs after the first are warm. With ``--platform xcb`` (default) an ``Xvfb :98`` is started.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import tempfile
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from xdisplay import virtual_display  # noqa: E402


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    t0 = time.time()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in p.stdout.splitlines():
        if line.startswith("startup-probe "):
            _, what, t = line.split()
            marks[what] = float(t)
    if "first-paint" not in marks or "kit-painted" not in marks:
        raise SystemExit(f"no probe output from {cmd}: rc={p.returncode}\n{p.stdout}\n{p.stderr}")
    return (marks["first-paint"] - t0) * 1000, (marks["kit-painted"] - t0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--platform", default="xcb")
    ap.add_argument("cmd", nargs="*")
    a = ap.parse_args()
    cmd = a.cmd or [str(REPO / "dist" / "presskit" / "presskit")]
    env = dict(os.environ, PRESSKIT_STARTUP_PROBE="1", PRESSKIT_NO_USER_STATE="1",
               PRESSKIT_DATA_DIR=tempfile.mkdtemp(prefix="presskit-startup-"), QT_QPA_PLATFORM=a.platform)
    with contextlib.ExitStack() as stack:
        if a.platform == "xcb":
            env.update(stack.enter_context(virtual_display(":98", "1440x900")))
        firsts, kits = [], []
        for i in range(a.runs):
            cold = drop_caches() if a.cold else False
            f, k = run_once(cmd, env)
            firsts.append(f)
            kits.append(k)
            print(f"run {i + 1}{' (cold)' if cold else ''}: first paint {f:.0f} ms, kit shown {k:.0f} ms")
        print(f"median: first paint {statistics.median(firsts):.0f} ms, kit shown {statistics.median(kits):.0f} ms"
              f" ({' '.join(cmd)}, {a.platform}{', cold' if a.cold else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
