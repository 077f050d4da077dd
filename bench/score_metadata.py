"""Share of items whose kind, date and language a person accepts, from a built kit's manifest.

    python bench/score_metadata.py KIT bench/metadata-truth.tsv [--half held-out|tune|all] [-v]
    python bench/score_metadata.py KIT bench/seed-truth.tsv --half all

Reads ``KIT/manifest.json`` (the documented kit format, docs/kit-format.md) and the truth file's
rows of the chosen half (default ``held-out``: report that one, tune on ``tune``). Rules:

- kind: accepted if it is ``kind`` or one of ``kind_also`` (``;``-separated);
- date: ``none`` accepts only an item without a date; otherwise the item's date must begin with
  ``date`` or with one of ``date_also`` (so ``2011-11`` accepts any day of November 2011);
- language: ``any`` (in either column) accepts anything, including no language; otherwise ``language`` or one of
  ``language_also``.
An item missing from the manifest (skipped, or not built) counts as wrong on all three.
``-v`` lists every rejected value.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path


def read_truth(path: Path, half: str) -> list[dict]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if half == "all" or r["half"] == half]


def options(main: str, also: str) -> list[str]:
    return [main] + [x for x in also.split(";") if x]


def judge(row: dict, item: dict | None) -> dict[str, str | None]:
    """For each field, None when accepted, else the rejected value."""
    if item is None:
        return {"kind": "(missing)", "date": "(missing)", "language": "(missing)"}
    kind = item.get("kind") or ""
    date = item.get("date") or ""
    lang = item.get("language") or ""
    out: dict[str, str | None] = {}
    out["kind"] = None if kind in options(row["kind"], row["kind_also"]) else kind
    if row["date"] == "none":
        out["date"] = None if not date else date
    else:
        ok = date and any(date.startswith(d) for d in options(row["date"], row["date_also"]))
        out["date"] = None if ok else (date or "(none)")
    if "any" in options(row["language"], row["language_also"]):
        out["language"] = None
    else:
        out["language"] = None if lang in options(row["language"], row["language_also"]) else (lang or "(none)")
    return out


def scoring_run(description: str) -> tuple[argparse.Namespace, dict, list[dict]]:
    """What a scorer of a built kit against a truth file starts from: its arguments (KIT TRUTH
    [--half] [-v]), the kit's manifest, and the truth's rows of the chosen half."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("kit", type=Path)
    ap.add_argument("truth", type=Path)
    ap.add_argument("--half", default="held-out", choices=["held-out", "tune", "all"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    manifest = json.loads((args.kit / "manifest.json").read_text(encoding="utf-8"))
    return args, manifest, read_truth(args.truth, args.half)


def main() -> None:
    args, manifest, rows = scoring_run(__doc__.split("\n\n")[0])
    items = {i["path"]: i for i in manifest["items"]}
    wrong = {"kind": 0, "date": 0, "language": 0}
    for row in rows:
        verdict = judge(row, items.get(row["path"]))
        for field, bad in verdict.items():
            if bad is not None:
                wrong[field] += 1
                if args.verbose:
                    want = row[field] + (f" (or {row[field + '_also']})" if row[field + "_also"] else "")
                    print(f"{field:8s} {bad!s:14s} want {want:24s} {row['path']}")
    n = len(rows)
    print(f"{args.truth.name}, half {args.half}, {n} items: "
          + ", ".join(f"{f} {(n - w) / n:.2f} ({n - w}/{n})" for f, w in wrong.items()))
    photos = [i["path"] for i in manifest["items"] if i.get("kind") == "photo" and i.get("media") != "image"]
    print(f"non-image items given the kind photo (whole kit): {len(photos)}")
    kit = manifest.get("kit", {})
    print(f"kit title: {kit.get('title')!r}, organisation: {kit.get('organisation')!r}")


if __name__ == "__main__":
    main()
