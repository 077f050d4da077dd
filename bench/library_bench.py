"""A library of many kits: query latency with snippets, memory with every kit open, time to searchable.

    python bench/library_bench.py [LIBRARY_DIR] [--queries bench/queries-real.tsv] [--repeat 3] [--limit 20]
                                  [--reader DIR] [--snippets row|all]

LIBRARY_DIR is what ``bench/make_library.py`` made (default ``~/.cache/presskit-bench/library``; its
``library.json`` lists the kits). The kits are added to the library of a scratch reader
(``--reader``, default ``LIBRARY_DIR/reader``: its own user data and cache folders, so the reader's
own library is not touched), which indexes, once, every kit whose own index it cannot use (an
index from an older presskit, or an unsigned kit's index built elsewhere), as ``presskit library
add`` does. presskit's modules are compiled to bytecode first (in the scratch reader's folder), as
in an installed program. Then, each in a fresh process so imports and cold caches count:

* **searchable**: from process start to a ``LibrarySearcher`` open on every kit (imports, library
  file, every manifest and index opened, shared statistics), and to the first query answered;
* **latency**: every query of the file (held-out and tune halves, all classes) across the library,
  best ``--limit`` documents with snippets, after one warm-up pass; p50, p95 and max per class, and
  the CPU time of the same queries (p50, p95), which other work on the machine inflates less.
  ``--snippets row`` (default) cuts what the library panel shows, the snippet of each document's
  best page; ``--snippets all`` cuts one for every page listed (up to 3 per document), as
  ``presskit search --library`` prints them;
* **memory**: resident memory (VmRSS, VmHWM) of the process with every kit open, before and after
  the queries;
* **window**: from process start to the viewer's window first painted with the library listed on
  its start page (offscreen), and to the first search across every kit answered in that window
  (the library thread opens every kit, refreshes the list and runs the search).

Times are wall-clock from process start; each is followed by the process's CPU time (all threads),
which other work on the machine inflates far less. Figures go to standard output; ``--json FILE``
also writes them. Measure when ``/proc/loadavg`` is low.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
T0 = time.perf_counter()


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presskit-bench"


def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    vals = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, v = line.split(":")
            vals[key] = int(v.split()[0]) / 1024
    return vals.get("VmRSS", 0.0), vals.get("VmHWM", 0.0)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def read_queries(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        parts = line.split("\t")
        out.append((parts[0], parts[1]) if len(parts) > 1 else ("all", parts[0]))
    return out


def child(args: argparse.Namespace) -> None:
    """Runs in a fresh process: open the library, time, query, report JSON on stdout."""
    sys.path.insert(0, str(REPO))
    from presskit.library.catalog import Library
    from presskit.library.search import LibrarySearcher

    lib = Library()
    s = LibrarySearcher(lib)
    t_open = time.perf_counter() - T0
    cpu_open = time.process_time()
    first_q = s.search("ammunition", limit=args.limit)
    t_first = time.perf_counter() - T0
    mem_open = rss_mb()
    queries = read_queries(Path(args.queries))
    per_doc = 1 if args.snippets == "row" else None
    for _cls, q in queries:
        s.search(q, limit=args.limit, snippets_per_doc=per_doc)
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for cls, q in queries:
            t, c = time.perf_counter(), time.process_time()
            s.search(q, limit=args.limit, snippets_per_doc=per_doc)
            dt = (time.perf_counter() - t) * 1000
            dc = (time.process_time() - c) * 1000
            for key in (cls, "ALL"):
                times.setdefault(key, []).append(dt)
                cpu.setdefault(key, []).append(dc)
    json.dump({"searchable_s": t_open, "searchable_cpu_s": cpu_open, "first_query_s": t_first, "first_total": first_q.total,
               "kits": len(s.kits), "skipped": [e.title for e, _st, _w in s.skipped],
               "pages": sum(e.pages for e, _k, _s in s.kits), "rss_open_mb": mem_open[0],
               "rss_after_mb": rss_mb()[0], "peak_mb": rss_mb()[1],
               "latency": {c: {"n": len(x), "p50": statistics.median(x), "p95": pct(x, 95), "max": max(x),
                               "cpu_p50": statistics.median(cpu[c]), "cpu_p95": pct(cpu[c], 95)}
                           for c, x in times.items()},
               "cpu": {"p50": statistics.median(cpu["ALL"]), "p95": pct(cpu["ALL"], 95)}}, sys.stdout)


def window_child(args: argparse.Namespace) -> None:
    """Runs in a fresh process: the viewer's window on the library, timed; JSON on stdout."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PRESSKIT_NO_USER_STATE"] = "1"
    from presskit.ui.app import Viewer, make_application
    from presskit.ui.qt import QEvent, QObject, QTimer

    app = make_application([])
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt's name
            if ev.type() == QEvent.Type.Paint and "window_s" not in marks:
                marks["window_s"] = time.perf_counter() - T0
                marks["window_cpu_s"] = time.process_time()  # both threads; what load inflates least
                QTimer.singleShot(0, search)
            return False

    viewer = Viewer()
    win = viewer.window
    panel = win.library_panel
    paint = FirstPaint(win)
    win.installEventFilter(paint)

    def search() -> None:
        marks["kits_listed"] = panel.kit_list.count()
        panel.query.setText("ammunition")
        panel.search_now()

    def answered(res) -> None:
        marks["searchable_s"] = time.perf_counter() - T0
        marks["searchable_cpu_s"] = time.process_time()
        marks["total"] = res.total
        QTimer.singleShot(0, app.quit)

    orig = panel.show_results
    panel.show_results = lambda res: (orig(res), answered(res))
    win.resize(1024, 700)
    win.show()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    json.dump(marks, sys.stdout)


def reader_env(reader: Path) -> dict[str, str]:
    """The environment of the scratch reader: its own data and cache folders, bytecode kept."""
    env = dict(os.environ, XDG_DATA_HOME=str(reader / "data"), XDG_CACHE_HOME=str(reader / "cache"),
               PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(reader / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("library", nargs="?", type=Path)
    ap.add_argument("--queries", type=Path, default=REPO / "bench" / "queries-real.tsv")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3, help="fresh processes; the best of them is reported")
    ap.add_argument("--reader", type=Path, help="scratch reader's folder (default LIBRARY_DIR/reader)")
    ap.add_argument("--snippets", choices=("row", "all"), default="row",
                    help="row: each document's best page (the library panel); all: every page listed")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--window-child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a)
        return 0
    if a.window_child:
        window_child(a)
        return 0
    library = a.library or cache_root() / "library"
    listing = json.loads((library / "library.json").read_text("utf-8"))
    reader = (a.reader or library / "reader").resolve()
    env = reader_env(reader)
    subprocess.run([sys.executable, "-m", "presskit", "library", "add", *[k["path"] for k in listing["kits"]]],
                   check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "presskit")], check=True, env=env)
    loads = []
    runs = []
    for n in range(a.runs):
        loads.append(Path("/proc/loadavg").read_text().split()[0])
        print(f"run {n + 1}/{a.runs}: load {loads[-1]}", file=sys.stderr)
        cmd = [sys.executable, __file__, "--child", "--queries", str(a.queries), "--repeat", str(a.repeat),
               "--limit", str(a.limit), "--snippets", a.snippets]
        out = subprocess.run(cmd, check=True, env=env, cwd=REPO, capture_output=True, text=True).stdout
        runs.append(json.loads(out))
        out = subprocess.run([sys.executable, __file__, "--window-child"], check=True, env=env, cwd=REPO,
                             capture_output=True, text=True).stdout
        runs[-1]["window"] = json.loads(out)
    best = min(runs, key=lambda r: r["latency"]["ALL"]["p95"])
    print(f"{best['kits']} kits, {best['pages']:,} pages (skipped: {best['skipped'] or 'none'}); "
          f"best of {len(runs)} fresh processes, {time.strftime('%Y-%m-%d %H:%M')}, load {'/'.join(loads)}; "
          f"snippets: {a.snippets}")
    print(f"searchable (imports + open every kit): {min(r['searchable_s'] for r in runs):.2f} s "
          f"(CPU {min(r['searchable_cpu_s'] for r in runs):.2f} s); "
          f"first query answered: {min(r['first_query_s'] for r in runs):.2f} s")
    wins = [r["window"] for r in runs]
    print(f"viewer window on the library ({wins[0].get('kits_listed')} kits listed): first painted "
          f"{min(w['window_s'] for w in wins):.2f} s (CPU {min(w['window_cpu_s'] for w in wins):.2f} s); "
          f"first search across the library answered {min(w.get('searchable_s', float('inf')) for w in wins):.2f} s "
          f"(CPU {min(w.get('searchable_cpu_s', float('inf')) for w in wins):.2f} s)")
    print(f"memory with every kit open: {best['rss_open_mb']:.0f} MB; after the queries: "
          f"{best['rss_after_mb']:.0f} MB (peak {best['peak_mb']:.0f} MB)")
    print(f"{'class':<12} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU p50':>8} {'CPU p95':>8}")
    for cls, v in sorted(best["latency"].items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        print(f"{cls:<12} {v['n']:>5} {v['p50']:>8.1f} {v['p95']:>8.1f} {v['max']:>8.1f} "
              f"{v.get('cpu_p50', 0):>8.1f} {v.get('cpu_p95', 0):>8.1f}")
    print(f"CPU time per query (all classes, same run): p50 {best['cpu']['p50']:.1f} ms, "
          f"p95 {best['cpu']['p95']:.1f} ms")
    if a.json:
        a.json.write_text(json.dumps({"runs": runs}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
