"""Query latency with snippets, in-process: the first query of each class in a fresh process
(cold), then every query warm; and, for query files that say which document a query was drawn
from, recall.

    python bench/search_latency.py KIT QUERIES [--half held-out|tune|all] [--repeat 3] [--cold 5]

QUERIES is ``bench/queries-real.tsv`` (columns class, query, expected_path, expected_page, half)
or a text file of ``class<TAB>query`` lines (``#`` comments; a line without a TAB is class "all").

* **cold**: for each class, ``--cold`` of its queries are each run as the first query of a new
  process that opens the kit and a ``Searcher`` (the operating system's file cache is warm, as it
  is when a journalist searches a kit she opened a moment ago): what the first misspelling, the
  first prefix... of a session costs, and how much memory it adds: ``+MB max``, the largest growth
  of the memory the process allocated (RssAnon) during that first query, and ``+map``, of the index
  file pages it maps (RssFile: shared with the file cache, dropped by the kernel when memory is short). The opening time is reported apart.
* **warm**: every query once to warm up, then ``--repeat`` passes; each query's best pass counts
  (the machine is shared); p50, p95 and max per class, and the p95 of the same passes' CPU time
  (``cpu95``: what the query costs, less disturbed by other processes than wall time).
* **recall** (``.tsv`` queries): the share of queries whose expected document is among the 10
  documents shown (``@10``) and among all the documents that match (``found``).

Each query returns up to 20 documents, each with up to 3 pages, totals and facets, and the snippets
of the first 20 pages (``--snippets 20``, the default: what the viewer cuts before it shows results,
``presskit.ui.listsearch.FIRST_SNIPPETS``; it cuts the others just after, off its GUI thread) or of
every page (``--snippets all``: what ``presskit search`` prints).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def read_queries(path: Path, half: str) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if path.suffix == ".tsv":
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        return [r for r in rows if half == "all" or r.get("half") == half]
    out = []
    for ln in lines:
        cls, _, q = ln.partition("\t") if "\t" in ln else ("all", "", ln)
        out.append({"class": cls.strip(), "query": q.strip()})
    return out


SNIPPETS: int | None = 20  # pages whose snippets a query cuts; None: all


def cold_one(kit_path: str, query: str, limit: int) -> None:
    """(Internal, in a fresh process) open the kit, then time one query; print JSON."""
    t0 = time.perf_counter()
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    kit = open_kit(kit_path)
    s = Searcher(kit)
    t1 = time.perf_counter()
    rss0, file0, c1 = rss_mb(), rss_mb("RssFile"), time.thread_time()
    s.search(query, limit=limit, snippet_pages=SNIPPETS)
    t2, c2 = time.perf_counter(), time.thread_time()
    print(json.dumps({"open_ms": (t1 - t0) * 1000, "query_ms": (t2 - t1) * 1000, "cpu_ms": (c2 - c1) * 1000,
                      "rss_mb": rss_mb() - rss0, "file_mb": rss_mb("RssFile") - file0}))


def rss_mb(kind: str = "RssAnon") -> float:
    """Resident memory of this process (Linux), in MB; 0 elsewhere. ``RssAnon``: memory the process
    allocated; ``RssFile``: pages of files it maps (the index's tables), shared with the file cache."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(kind + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cold(kit: str, rows: list[dict], per_class: int, limit: int) -> dict[str, list[tuple[float, float, float]]]:
    out: dict[str, list[tuple[float, float, float]]] = {}
    for cls in sorted({r["class"] for r in rows}):
        for r in [r for r in rows if r["class"] == cls][:per_class]:
            p = subprocess.run([sys.executable, __file__, "--cold-one", kit, r["query"], str(limit), str(SNIPPETS)],
                               capture_output=True, text=True, check=True)
            fig = json.loads(p.stdout.strip().splitlines()[-1])
            out.setdefault(cls, []).append((fig["open_ms"], fig["query_ms"], fig["rss_mb"]))
            CPU_MS.setdefault(f"file {cls}", []).append(fig["file_mb"])
            CPU_MS.setdefault(f"cold {cls}", []).append(fig["cpu_ms"])
    return out


CPU_MS: dict[str, list[float]] = {}  # each query's best CPU time of this thread, by class


def warm(kit_path: str, rows: list[dict], repeat: int, limit: int):
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    kit = open_kit(kit_path)
    t0 = time.perf_counter()
    s = Searcher(kit)
    opened = (time.perf_counter() - t0) * 1000
    for r in rows:  # warm-up pass
        s.search(r["query"], limit=limit, snippet_pages=SNIPPETS)
    best = [float("inf")] * len(rows)
    best_cpu = [float("inf")] * len(rows)
    for _ in range(repeat):
        for i, r in enumerate(rows):
            t, c = time.perf_counter(), time.thread_time()
            s.search(r["query"], limit=limit, snippet_pages=SNIPPETS)
            best[i] = min(best[i], (time.perf_counter() - t) * 1000)
            best_cpu[i] = min(best_cpu[i], (time.thread_time() - c) * 1000)
    times: dict[str, list[float]] = {}
    for i, r in enumerate(rows):  # each query's best run: the machine is shared
        for name in (r["class"], "ALL"):
            times.setdefault(name, []).append(best[i])
            CPU_MS.setdefault(name, []).append(best_cpu[i])
    recall: dict[str, list[tuple[bool, bool]]] = {}
    for r in rows:
        if not r.get("expected_path"):
            continue
        shown = [d.item.path for d in s.search(r["query"], limit=10).results]
        found = {d.item.path for d in s.search(r["query"], limit=100_000).results}
        recall.setdefault(r["class"], []).append((r["expected_path"] in shown, r["expected_path"] in found))
    return opened, times, recall


def write_results(kit_path: str, rows: list[dict], out: Path) -> None:
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    s = Searcher(open_kit(kit_path))
    got = []
    for r in rows:
        res = s.search(r["query"], limit=100_000, snippet_pages=SNIPPETS)
        got.append({"query": r["query"], "total": res.total, "message": res.message, "suggestion": res.suggestion,
                    "facets": res.facets, "results": [
                        [d.item.path, repr(d.score), d.matched_pages, [[p.page, repr(p.score), p.snippet] for p in d.pages]]
                        for d in res.results]})
    out.write_text(json.dumps(got, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    global SNIPPETS
    if len(sys.argv) == 6 and sys.argv[1] == "--cold-one":
        SNIPPETS = None if sys.argv[5] == "None" else int(sys.argv[5])
        cold_one(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit")
    ap.add_argument("queries", type=Path)
    ap.add_argument("--half", default="held-out", choices=["held-out", "tune", "all"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", type=int, default=5, help="queries per class run cold (0: none)")
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--snippets", default="20", help="pages whose snippets each query cuts, or 'all'")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--results", type=Path, metavar="FILE",
                    help="only write every query's results (totals, facets, documents, pages, scores, "
                         "snippets; up to 100,000 documents) to FILE as JSON, to compare two versions "
                         "of the code byte for byte")
    args = ap.parse_args()
    if args.results:
        write_results(args.kit, read_queries(args.queries, args.half), args.results)
        return
    SNIPPETS = None if args.snippets == "all" else int(args.snippets)
    rows = read_queries(args.queries, args.half)
    print(f"{len(rows)} queries ({args.half}), snippets of {args.snippets} pages, "
          f"load {Path('/proc/loadavg').read_text().split()[:3]}")
    colds = cold(args.kit, rows, args.cold, args.limit) if args.cold else {}
    opened, times, recall = warm(args.kit, rows, args.repeat, args.limit)
    print(f"open (warm process): {opened:.0f} ms")
    print(f"{'class':<12} {'cold n':>6} {'cold p50':>9} {'cold max':>9} {'cpu max':>8} {'open p50':>9} {'+MB max':>7} {'+map':>6} | {'warm n':>6} {'p50':>6} "
          f"{'p95':>6} {'max':>6} {'cpu95':>6} | {'@10':>5} {'found':>5}")
    out = {"half": args.half, "snippets": args.snippets, "open_ms": opened, "classes": {}}
    for cls in sorted(times, key=lambda c: (c == "ALL", c)):
        xs = times[cls]
        c = colds.get(cls, [])
        rc = recall.get(cls, [])
        row = {"warm_p50": statistics.median(xs), "warm_p95": pct(xs, 95), "warm_max": max(xs), "n": len(xs),
               "warm_cpu_p95": pct(CPU_MS[cls], 95)}
        if c:
            row.update(cold_p50=statistics.median(q for _o, q, _m in c), cold_max=max(q for _o, q, _m in c),
                       open_p50=statistics.median(o for o, _q, _m in c), cold_rss_mb=max(m for _o, _q, m in c),
                       cold_cpu_max=max(CPU_MS[f"cold {cls}"]), cold_file_mb=max(CPU_MS[f"file {cls}"]))
        if rc:
            row.update(recall_at10=sum(a for a, _b in rc) / len(rc), recall_found=sum(b for _a, b in rc) / len(rc))
        out["classes"][cls] = row
        cold_txt = (f"{len(c):>6} {row['cold_p50']:>9.1f} {row['cold_max']:>9.1f} {row['cold_cpu_max']:>8.1f} {row['open_p50']:>9.0f} "
                    f"{row['cold_rss_mb']:>7.1f} {row['cold_file_mb']:>6.1f}"
                    if c else f"{'':>6} {'':>9} {'':>9} {'':>8} {'':>9} {'':>7} {'':>6}")
        rec_txt = f"{row['recall_at10']:>5.2f} {row['recall_found']:>5.2f}" if rc else ""
        print(f"{cls:<12} {cold_txt} | {len(xs):>6} {row['warm_p50']:>6.1f} {row['warm_p95']:>6.1f} "
              f"{row['warm_max']:>6.1f} {row['warm_cpu_p95']:>6.1f} | {rec_txt}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
