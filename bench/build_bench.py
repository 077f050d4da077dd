"""Build time against raw PyMuPDF text extraction on the same files, and index size.

    python bench/build_bench.py SRC_DIR [--out KIT_DIR] [--workers 2]

Raw extraction: one process, ``page.get_text()`` over every page of every PDF (the floor a build
cannot go under on one core). Build: ``presskit build`` into a fresh folder (workers in parallel,
one index writer). Prints both, their ratio, and the index size.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pymupdf  # noqa: E402

from presskit.build import build_kit  # noqa: E402


def raw_extraction(src: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = 0
    for p in sorted(src.rglob("*.pdf")):
        with pymupdf.open(p) as doc:
            for page in doc:
                page.get_text()
                pages += 1
    return time.perf_counter() - t0, pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    raw, pages = raw_extraction(args.src)
    print(f"raw PyMuPDF extraction: {raw:.1f} s for {pages} pages ({pages / raw:.0f} pages/s, one core)")
    out = args.out or Path(tempfile.mkdtemp(prefix="presskit-bench-"))
    if out.exists() and args.out is None:
        shutil.rmtree(out)
    t0 = time.perf_counter()
    rep = build_kit(args.src, out, workers=args.workers)
    build = time.perf_counter() - t0
    print(f"presskit build:         {build:.1f} s ({rep.pages} entries, {len(rep.items)} items, "
          f"{len(rep.skipped)} skipped; waiting on extraction {rep.seconds_extract_wait:.1f} s)")
    print(f"ratio build/raw:        {build / raw:.2f}x (target <= 2x)")
    print(f"index size:             {rep.index_bytes / 1e6:.1f} MB at {out / 'index'}")
    t0 = time.perf_counter()
    rep2 = build_kit(out, workers=args.workers)
    print(f"no-change rebuild:      {time.perf_counter() - t0:.1f} s ({rep2.reused} reused, {rep2.extracted} extracted)")


if __name__ == "__main__":
    main()
