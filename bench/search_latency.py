"""Query latency with snippets, in-process, after one warm-up pass.

    python bench/search_latency.py KIT QUERIES.txt [--repeat 3]

QUERIES.txt: one query per line; a line may start with a class name and a TAB
(``phrase<TAB>"une nouvelle décennie"``) to get figures per class. Blank lines and lines starting
with ``#`` are ignored. Prints p50, p95 and max in milliseconds, overall and per class.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from presskit.kit.open import open_kit  # noqa: E402
from presskit.search import Searcher  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("kit")
    ap.add_argument("queries", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    queries: list[tuple[str, str]] = []
    for line in args.queries.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, _, q = line.partition("\t") if "\t" in line else ("all", "", line)
        queries.append((cls.strip(), q.strip()))
    kit = open_kit(args.kit)
    t0 = time.perf_counter()
    s = Searcher(kit)
    print(f"open searcher: {(time.perf_counter() - t0) * 1000:.0f} ms")
    for _cls, q in queries:  # warm-up pass
        s.search(q, limit=args.limit)
    times: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for _ in range(args.repeat):
        for cls, q in queries:
            t = time.perf_counter()
            res = s.search(q, limit=args.limit)
            dt = (time.perf_counter() - t) * 1000
            times.setdefault(cls, []).append(dt)
            times.setdefault("ALL", []).append(dt)
            hits[q] = res.total
    print(f"{'class':<12} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for cls, xs in sorted(times.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        print(f"{cls:<12} {len(xs):>4} {statistics.median(xs):>8.1f} {pct(xs, 95):>8.1f} {max(xs):>8.1f}")
    zero = [q for q, n in hits.items() if n == 0]
    if zero:
        print(f"queries with no results: {zero}")


if __name__ == "__main__":
    main()
