"""Every answer of a kit to the benchmark queries, as JSON: to check that a change leaves results as they were.

    python bench/search_dump.py KIT OUT.json [--queries bench/queries-real.tsv]
    cmp before.json after.json

For each query of the file (all of them, both halves) and a few more (a prefix with a word, NOT, a
phrase with a word, a filter), it writes the total, suggestion, message, facets and, for the first
20 documents, their ids, scores, matched pages and each page's number, score and snippet. Run it
with the code before a change and after (``PYTHONPATH`` names which), on the same kit, and compare
the two files byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MORE = ["late* fonts", "ban -treaty", '"font size" latex', "kind:manual latex", "date:2020 fonts"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kit")
    ap.add_argument("out", type=Path)
    ap.add_argument("--queries", type=Path, default=HERE / "queries-real.tsv")
    args = ap.parse_args()
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    rows = [line.split("\t") for line in args.queries.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    out = []
    with Searcher(open_kit(args.kit)) as s:
        for q in [r[1] for r in rows] + MORE:
            r = s.search(q, limit=20)
            out.append([q, r.total, r.suggestion, r.message, r.facets,
                        [(d.item.id, round(d.score, 9), d.matched_pages,
                          [(p.page, round(p.score, 9), p.snippet) for p in d.pages]) for d in r.results]])
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(out)} queries written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
