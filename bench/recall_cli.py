"""Recall of the known-item queries through the command line (``presskit search --json``).

    python bench/recall_cli.py KIT [bench/queries-real.tsv] [--half held-out|tune|all] [--class known]

For each query of the class and half, runs ``python -m presskit search KIT QUERY --json --limit 10``
and checks that the expected file is among the 10 documents (document recall) and that the
expected page is among the pages shown for it (page recall). Also prints each call's wall time
(start-up included, as a user at the command line sees it). A known-item query is a phrase that
stands on that page only (see bench/make_queries.py), so both recalls should be 1.0.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit")
    ap.add_argument("queries", nargs="?", type=Path, default=Path(__file__).with_name("queries-real.tsv"))
    ap.add_argument("--half", default="held-out", choices=["held-out", "tune", "all"])
    ap.add_argument("--class", dest="cls", default="known")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    lines = [ln for ln in args.queries.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = [r for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["class"] == args.cls and (args.half == "all" or r["half"] == args.half)]
    docs = pages = 0
    walls = []
    for r in rows:
        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, "-m", "presskit", "search", args.kit, r["query"], "--json",
                              "--limit", "10"], capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        hits = json.loads(res.stdout)["results"] if res.returncode == 0 else []
        doc = next((h for h in hits if h["path"] == r["expected_path"]), None)
        page = doc is not None and any(p["page"] == int(r["expected_page"]) for p in doc["pages"])
        docs += doc is not None
        pages += page
        if args.verbose and not page:
            print(f"{'page missed' if doc else 'MISSED'}: {r['query']}  ({r['expected_path']} p{r['expected_page']})")
    n = len(rows)
    print(f"{args.cls}/{args.half}: {n} queries, document recall@10 {docs / n:.2f}, page recall {pages / n:.2f}; "
          f"CLI wall p50 {statistics.median(walls):.2f} s, max {max(walls):.2f} s")


if __name__ == "__main__":
    main()
