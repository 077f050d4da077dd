"""The quotation finder alone: CPU time per page of ``extract_quotes``, on text extracted beforehand.

    python bench/quotes_bench.py [SRC] [--docs 60] [--repeat 3] [--seed 7]

Reads the sample kit's documents and ``--docs`` PDFs drawn (seeded) from SRC (default: the real
benchmark corpus, ``~/.cache/presskit-bench/real``, see bench/README.md), extracts their text once,
then times ``extract_quotes`` over all of them ``--repeat`` times and prints the best wall and CPU
times and the CPU milliseconds per page. Extraction is not timed: this is the quote stage's own cost,
to compare one version of ``presskit/quotes/`` with another (run it with ``PYTHONPATH`` set to each).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

from presskit.ingest.extract import extract
from presskit.locations import sample_kit_path
from presskit.quotes import extract_quotes

_TEXT = (".pdf", ".md", ".html", ".txt")


def _pages(paths: list[Path]) -> list[list[str]]:
    docs = []
    for p in paths:
        try:
            docs.append(extract(p).pages)
        except Exception:  # noqa: BLE001 - an unreadable file is no measurement
            continue
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presskit-bench" / "real"
    ap.add_argument("src", nargs="?", type=Path, default=cache, help="a folder of PDFs (default: %(default)s)")
    ap.add_argument("--docs", type=int, default=60, help="PDFs drawn from SRC (default 60)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    sample = sorted(p for p in sample_kit_path().rglob("*") if p.is_file() and p.suffix.lower() in _TEXT)
    real = sorted(a.src.rglob("*.pdf")) if a.src.is_dir() else []
    random.Random(a.seed).shuffle(real)
    docs = _pages(sample + real[: a.docs])
    pages = sum(len(d) for d in docs)
    best = (float("inf"), float("inf"))
    for _ in range(max(1, a.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(extract_quotes(d, default_organisation="Lantern Coalition")) for d in docs)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best = min(best, (wall, cpu))
        print(f"wall {wall:.2f} s, CPU {cpu:.2f} s, {found} quotations")
    print(f"{len(docs)} documents, {pages} pages: best wall {best[0]:.2f} s, CPU {best[1]:.2f} s, "
          f"{1000 * best[1] / max(1, pages):.2f} ms of CPU per page")


if __name__ == "__main__":
    main()
