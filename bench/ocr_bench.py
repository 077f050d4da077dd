"""OCR speed: pages recognised per minute by the extraction workers, and the build time of a kit of
scanned statements.

    python3 bench/ocr_bench.py throughput [--pages 40] [--repeat 3]
    python3 bench/ocr_bench.py build [--pages 100] [--repeat 3]

Both write their scanned PDFs with bench/make_scanned_kit.py (300 dpi grey JPEG scans of the pages
of bench/ocr_eval_texts.py, ten pages per file) under a temporary folder (``--work`` to keep it).

* ``throughput``: ``presskit.ingest.pool.extract_many`` over the files with 2 workers (the builder's
  default, one per core) and the engine a build would use for a kit in English and French; pages
  per minute = scanned pages / wall time * 60. Also the CPU seconds per page spent in the workers.
* ``build``: ``presskit build SRC -o OUT`` as a publisher runs it (a new process, a new output
  folder each time, so nothing is reused), wall time; then once more on the same output with
  nothing changed (every page's text comes from the extraction cache).

Each figure is the best of ``--repeat`` runs (the machine may be shared; the best run is the one
least disturbed by others). The median is printed too.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _kit(work: Path, pages: int) -> Path:
    from bench.make_scanned_kit import make_scanned_kit

    src = work / f"scanned-{pages}"
    if not (src / "kit.toml").exists():
        make_scanned_kit(src, pages=pages, per_file=10, dpi=300)
    return src


def throughput(work: Path, pages: int, repeat: int) -> None:
    from presskit.ingest.ocr import OcrUnavailable, find_engine
    from presskit.ingest.pool import extract_many

    src = _kit(work, pages)
    files = sorted((src / "statements").glob("*.pdf"))
    engine = find_engine(["en", "fr"])
    if isinstance(engine, OcrUnavailable):
        raise SystemExit(engine.message)
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        read = 0
        for _path, res in extract_many(files, workers=2, ocr=engine):
            read += len(res.meta.get("ocr", {}).get("pages", []))
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if read != pages:
            raise SystemExit(f"only {read} of {pages} pages were recognised")
        walls.append(wall)
        cpus.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
    best = min(walls)
    print(f"engine {engine.key}; {pages} scanned pages in {len(files)} files, 2 workers, {repeat} runs")
    print(f"wall: best {best:.1f} s, median {statistics.median(walls):.1f} s")
    print(f"throughput: {pages / best * 60:.1f} pages/minute (best), "
          f"{pages / statistics.median(walls) * 60:.1f} (median)")
    print(f"worker CPU: {min(cpus) / pages:.2f} s per page (best run)")


def build(work: Path, pages: int, repeat: int) -> None:
    src = _kit(work, pages)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    walls = []
    out = work / "kit-out"
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "presskit", "build", str(src), "-o", str(out)],
                           env=env, capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit(r.stderr)
    summary = [ln for ln in r.stdout.splitlines() if "OCR" in ln or ln.startswith("Built")]
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "presskit", "build", str(src), "-o", str(out)], env=env,
                   capture_output=True, check=True)
    again = time.perf_counter() - t0
    print(f"kit of {pages} scanned pages ({pages // 10} files), presskit build, {repeat} runs")
    print("\n".join(summary))
    print(f"build time: best {min(walls):.1f} s, median {statistics.median(walls):.1f} s")
    print(f"build again, nothing changed (OCR text from the cache): {again:.1f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("throughput", "build"))
    ap.add_argument("--pages", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, help="folder for the scanned kit (kept); default: a temporary one")
    a = ap.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    tmp = None
    work = a.work
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="presskit-ocr-bench-")
        work = Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    try:
        if a.what == "throughput":
            throughput(work, a.pages or 40, a.repeat)
        else:
            build(work, a.pages or 100, a.repeat)
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
