"""Wall time of ``presskit search`` and ``presskit quotes`` from the command line, start-up included.

    python bench/cli_latency.py KIT QUERIES [--half held-out] [--per-class 5] [--repeat 3]

Each call is a new process, as a journalist at a terminal runs it: interpreter start-up, imports,
opening the kit and its index, the search, printing. Queries as for ``bench/search_latency.py``
(``.tsv`` with classes and halves, or ``class<TAB>query`` lines); ``--per-class`` queries of each
class, each run ``--repeat`` times (the best of them kept, since the machine is shared), then
p50/p95/max per class, with the CPU time (user + system) of the same runs, the steadier figure
on a shared machine. ``quotes`` runs with each class's first query and with none.
To see where start-up time goes: ``python -X importtime -m presskit search KIT WORD``.

Python's compiled bytecode is used as an installed presskit uses it (a wheel or the packaged app
carries ``.pyc`` files): the runs write and read it in a temporary folder (``PYTHONPYCACHEPREFIX``),
after one warm-up run, even where ``PYTHONDONTWRITEBYTECODE`` is set. ``--no-bytecode`` measures
with every module compiled from source at each start, as a source checkout with that variable set
does (about 40 ms more on the sample kit).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from search_latency import pct, read_queries  # noqa: E402


CPU: dict[str, list[float]] = {}  # the same runs' CPU time (user + system), by row name
ENV = {**os.environ, "PYTHONPATH": str(HERE.parent)}


def wall(cmd: list[str], repeat: int, name: str = "") -> float:
    """Best wall time of ``repeat`` runs in ms; the best CPU time of the same runs goes to ``CPU[name]``
    (on a shared machine CPU time is the steadier figure: a quiet machine's wall time is close to it)."""
    env = ENV
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
        dt = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode != 0:
            raise SystemExit(f"failed: {cmd}\n{p.stderr[-2000:]}")
        best = min(best, dt)
        best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if name:
        CPU.setdefault(name, []).append(best_cpu * 1000)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit")
    ap.add_argument("queries", type=Path)
    ap.add_argument("--half", default="held-out", choices=["held-out", "tune", "all"])
    ap.add_argument("--per-class", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module from source at each run")
    args = ap.parse_args()
    rows = read_queries(args.queries, args.half)
    base = [sys.executable, "-m", "presskit"]
    with tempfile.TemporaryDirectory(prefix="presskit-pyc-") as pyc:
        if args.no_bytecode:
            ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = pyc
            wall(base + ["search", args.kit, rows[0]["query"]], 1)  # writes the bytecode
            wall(base + ["quotes", args.kit], 1)
        run(args, rows, base)


def run(args: argparse.Namespace, rows: list[dict], base: list[str]) -> None:
    bare = wall([sys.executable, "-c", "pass"], args.repeat, "python -c pass")
    print(f"load {Path('/proc/loadavg').read_text().split()[:3]}; "
          f"python -c pass: {bare:.0f} ms wall, {CPU['python -c pass'][0]:.0f} ms CPU (the interpreter alone)")
    times: dict[str, list[float]] = {}
    for cls in sorted({r["class"] for r in rows}):
        for r in [r for r in rows if r["class"] == cls][:args.per_class]:
            ms = wall(base + ["search", args.kit, r["query"]], args.repeat, f"search {cls}")
            times.setdefault(f"search {cls}", []).append(ms)
            times.setdefault("search ALL", []).append(ms)
            CPU.setdefault("search ALL", []).append(CPU[f"search {cls}"][-1])
    firsts = [next(r["query"] for r in rows if r["class"] == c) for c in sorted({r["class"] for r in rows})]
    for q in [""] + firsts:
        times.setdefault("quotes", []).append(wall(base + ["quotes", args.kit] + ([q] if q else []), args.repeat,
                                                   "quotes"))
    print(f"{'command':<22} {'n':>3} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} | {'CPU p50':>8} {'CPU p95':>8}")
    for name, xs in times.items():
        cpu = CPU.get(name, [0.0])
        print(f"{name:<22} {len(xs):>3} {statistics.median(xs):>8.0f} {pct(xs, 95):>8.0f} {max(xs):>8.0f} | "
              f"{statistics.median(cpu):>8.0f} {pct(cpu, 95):>8.0f}")


if __name__ == "__main__":
    main()
