"""PyMuPDF text extraction alone: the floor a build cannot go under.

    python bench/extract_only.py SRC [--procs 1|2|...] [--repeat 3]

Every page of every PDF under SRC, ``page.get_text()`` and nothing else (no normalising, no
index). With ``--procs N`` the files are shared among N worker processes, largest first from one
queue (the way a build would share them). Prints wall time, pages and pages/s for each repeat and
the best; wrap it in ``bench/peak_rss.py`` for memory.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from pathlib import Path

import pymupdf

pymupdf.TOOLS.mupdf_display_errors(False)  # real PDFs are noisy; errors are not results


def extract(path: str) -> tuple[int, int]:
    """(pages, characters) of one PDF; an unreadable file counts as 0 pages."""
    pages = chars = 0
    try:
        with pymupdf.open(path) as doc:
            for page in doc:
                chars += len(page.get_text())
                pages += 1
    except Exception:  # noqa: BLE001 - odd files are part of a real corpus
        pass
    return pages, chars


def run(files: list[str], procs: int) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    if procs <= 1:
        results = [extract(f) for f in files]
    else:
        with mp.get_context("spawn").Pool(procs) as pool:
            results = list(pool.imap_unordered(extract, files, chunksize=1))
    return time.perf_counter() - t0, sum(r[0] for r in results), sum(r[1] for r in results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("--procs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = [p for p in args.src.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()]
    files = [str(p) for p in sorted(paths, key=lambda p: -p.stat().st_size)]
    best = None
    for i in range(args.repeat):
        secs, pages, chars = run(files, args.procs)
        best = secs if best is None else min(best, secs)
        print(f"run {i + 1}: {secs:.1f} s, {pages} pages, {pages / secs:.0f} pages/s, "
              f"{chars / 1e6:.1f} M characters ({len(files)} files, {args.procs} process(es))", flush=True)
    print(f"best of {args.repeat}: {best:.1f} s ({pages / best:.0f} pages/s), {args.procs} process(es)")


if __name__ == "__main__":
    main()
