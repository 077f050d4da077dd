"""Share of PDFs whose kit title is the one a careful person reads, from a built kit's manifest.

    python bench/make_title_corpus.py /tmp/title-corpus
    python -m presskit build /tmp/title-corpus -o /tmp/title-kit
    python bench/score_titles.py /tmp/title-kit bench/title-truth.tsv [--half held-out|tune|all] [-v]

Reads ``KIT/manifest.json`` and the truth file's rows of the chosen half (default ``held-out``:
report that one, tune on ``tune``). A title is **right** when it equals the truth once runs of
white space are folded to one space; **near** (which counts the right ones too) when one of them
begins with the other at a word boundary: the truth followed by more words, or the heading cut at
a line end. An item missing from the manifest counts as wrong. ``-v`` lists every wrong title.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_metadata import scoring_run  # noqa: E402


def fold(s: str) -> str:
    return " ".join(s.split())


def judge(truth: str, title: str | None) -> str:
    """``right``, ``near`` or ``wrong``."""
    if title is None:
        return "wrong"
    t, g = fold(truth), fold(title)
    if t == g:
        return "right"
    short, long_ = sorted((t, g), key=len)
    if short and long_.startswith(short) and long_[len(short)] == " ":
        return "near"
    return "wrong"


def main() -> None:
    args, manifest, rows = scoring_run(__doc__.split("\n\n")[0])
    items = {i["path"]: i for i in manifest["items"]}
    counts = {"right": 0, "near": 0, "wrong": 0}
    for row in rows:
        item = items.get(row["path"])
        verdict = judge(row["title"], item["title"] if item else None)
        counts[verdict] += 1
        if args.verbose and verdict != "right":
            got = item["title"] if item else "(missing)"
            print(f"{verdict:5s} {row['layout']:17s} got “{got}”, want “{row['title']}”  {row['path']}")
    n = len(rows)
    near = counts["right"] + counts["near"]
    print(f"{args.truth.name}, half {args.half}, {n} PDFs: right {counts['right'] / n:.2f} "
          f"({counts['right']}/{n}), near {near / n:.2f} ({near}/{n})")


if __name__ == "__main__":
    main()
