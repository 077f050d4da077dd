"""Build cost on a real corpus: extraction alone, a full build, and the rebuilds a publisher runs.

    python bench/build_bench.py SRC [--work DIR] [--repeat 3] [--pool DIR] [--json OUT]
                                    [--only extract,full,nochange,add5,change5,remove5]

SRC is a folder of files (``bench/make_real_corpus.py`` makes the reference ones). Each scenario
runs as its own process under ``bench/peak_rss.py``'s sampler: wall time, CPU time of the whole
process tree, and the peak of the memory (RSS) summed over every process of the tree.

* ``extract``: PyMuPDF ``page.get_text()`` on every page, nothing else, one process and then two
  (``bench/extract_only.py``): the floor a build is compared with;
* ``full``: ``build_kit(SRC, KIT)`` into a new folder;
* ``nochange``: the same again, nothing changed;
* ``add5``: five PDFs added (taken from ``--pool``, by default the corpus profile the script finds
  next to SRC that has files SRC lacks), and their extraction alone for comparison;
* ``change5``: five PDFs of the kit corrected (a line added to page 1, saved again: new content);
* ``remove5``: five PDFs removed.

The source is a private copy of SRC in ``--work`` (hard links: the corpus is never modified; a
changed file is written as a new file). Each build also reports its stages (``BuildReport.timings``:
wall seconds in the building process, CPU seconds of the index writer processes). Best of
``--repeat`` runs by wall time; the machine's load average is printed with each run, since the
figures are only meaningful on a quiet machine.

Builds run with compiled bytecode, as an installed presskit does (written to and read from a
temporary folder, ``PYTHONPYCACHEPREFIX``, even where ``PYTHONDONTWRITEBYTECODE`` is set);
``--no-bytecode`` compiles every module at each start instead (about 0.3 s more per build). The
first rebuild after the private copy is made hashes every source file (they were just linked);
the next ones read only what changed (``presskit/build/hashcache.py``): best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
SCENARIOS = ("extract", "full", "nochange", "add5", "change5", "remove5")


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def measured(cmd: list[str]) -> dict:
    """Run ``cmd`` under peak_rss.py; its figures, plus whatever JSON the command printed last."""
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"build-bench-{os.getpid()}.json"
    load = loadavg()
    p = subprocess.run([sys.executable, str(HERE / "peak_rss.py"), "--json", str(out), "--", *cmd],
                       capture_output=True, text=True, env=ENV)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")
    fig = json.loads(out.read_text())
    out.unlink()
    fig["load_before"] = load
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("{")]
    if lines:
        fig["report"] = json.loads(lines[-1])
    return fig


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["wall_s"])


def build_cmd(src: Path, kit: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--build-once", str(src), str(kit)]


def build_once(src: str, kit: str) -> None:
    """(Internal) one build, printing its report as one JSON line."""
    sys.path.insert(0, str(ROOT))
    from presskit.build import build_kit

    import resource

    rep = build_kit(src, kit)
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"items": len(rep.items), "pages": rep.pages, "extracted": rep.extracted,
                      "building_process_cpu_s": round(own.ru_utime + own.ru_stime, 1),
                      "kept": rep.kept, "skipped": len(rep.skipped), "seconds": round(rep.seconds, 2),
                      "index_mb": round(rep.index_bytes / 1e6, 1),
                      "stages": {k: round(v, 2) for k, v in rep.timings.items()}}))


def private_copy(src: Path, dst: Path) -> None:
    """A copy of ``src`` made of hard links (the corpus itself is never written)."""
    if dst.exists():
        shutil.rmtree(dst)
    subprocess.run(["cp", "-al", str(src), str(dst)], check=True)


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.pdf") if p.is_file())


def typical(files: list[Path], n: int) -> list[Path]:
    """``n`` files of middling size (what a press officer adds: a statement, not a 1,000-page manual)."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    out = []
    for p in sorted(files, key=lambda p: (p.stat().st_size, str(p))):
        try:
            with pymupdf.open(p) as d:
                if 4 <= d.page_count <= 40 and len(d[0].get_text()) > 200:
                    out.append(p)
        except Exception:  # noqa: BLE001
            continue
    step = max(1, len(out) // (n + 1))
    return out[step::step][:n]


def extract_alone(files: list[Path]) -> float:
    sys.path.insert(0, str(HERE))
    from extract_only import extract

    t = time.perf_counter()
    for f in files:
        extract(str(f))
    return time.perf_counter() - t


def correct(path: Path) -> None:
    """A correction: a line added on page 1, saved as a new file in place of the link."""
    import pymupdf

    tmp = path.with_name(path.name + ".new")
    with pymupdf.open(path) as d:
        d[0].insert_text((36, 20), f"Corrected {time.strftime('%Y-%m-%d %H:%M:%S')}", fontsize=8)
        d.save(tmp, garbage=1)
    os.replace(tmp, path)


def find_pool(src: Path) -> Path | None:
    for name in ("20k", "100k"):
        cand = src.parent / name
        if cand.is_dir() and cand != src:
            return cand
    return None


def run_scenarios(args) -> dict:
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    res: dict = {"src": str(args.src), "when": time.strftime("%Y-%m-%d %H:%M"), "runs": {}}
    only = set(args.only.split(",")) if args.only else set(SCENARIOS)

    def record(name: str, runs: list[dict]) -> None:
        b = best(runs)
        res["runs"][name] = {"best": b, "walls": [r["wall_s"] for r in runs]}
        rep = b.get("report", {})
        what = f"  read {rep['extracted']}, kept {rep['kept']} of {rep['items']} items" if rep else ""
        print(f"{name:<10} {b['wall_s']:7.1f} s wall  {b['cpu_s']:7.1f} s CPU  {b['peak_rss_mb']:6.0f} MB peak "
              f"({b['max_processes']} processes)  load {b['load_before']}{what}", flush=True)

    if "extract" in only:
        for procs in (1, 2):
            runs = [measured([sys.executable, str(HERE / "extract_only.py"), str(args.src), "--procs", str(procs),
                              "--repeat", "1"]) for _ in range(args.repeat)]
            record(f"extract{procs}", runs)
    src, kit = work / "src", work / "kit"
    private_copy(args.src, src)
    if kit.exists():
        shutil.rmtree(kit)
    if "full" in only or not kit.exists():
        runs = []
        for _ in range(args.repeat if "full" in only else 1):
            if kit.exists():
                shutil.rmtree(kit)
            runs.append(measured(build_cmd(src, kit)))
        record("full", runs)
    if "nochange" in only:
        record("nochange", [measured(build_cmd(src, kit)) for _ in range(args.repeat)])
    pool = args.pool or find_pool(args.src)
    if "add5" in only and pool is not None:
        have = {p.relative_to(src).as_posix() for p in pdfs(src)}
        spare = [p for p in pdfs(pool) if p.relative_to(pool).as_posix() not in have]
        runs, alone = [], []
        pick = typical(spare, 5 * args.repeat)
        for k in range(args.repeat):
            chosen = pick[5 * k:5 * (k + 1)]
            alone.append(extract_alone(chosen))
            for p in chosen:
                dst = src / "added" / f"{k}-{p.name}"
                dst.parent.mkdir(exist_ok=True)
                shutil.copy2(p, dst)
            runs.append(measured(build_cmd(src, kit)))
        record("add5", runs)
        res["runs"]["add5"]["extraction_alone_s"] = round(min(alone), 2)
        print(f"{'':<10} extraction of those 5 files alone: {min(alone):.2f} s (one process)")
    if "change5" in only:
        runs, alone = [], []
        pick = typical([p for p in pdfs(src) if "added" not in p.parts], 5 * args.repeat)
        for k in range(args.repeat):
            chosen = pick[5 * k:5 * (k + 1)]
            for p in chosen:
                correct(p)
            alone.append(extract_alone(chosen))
            runs.append(measured(build_cmd(src, kit)))
        record("change5", runs)
        res["runs"]["change5"]["extraction_alone_s"] = round(min(alone), 2)
        print(f"{'':<10} extraction of those 5 files alone: {min(alone):.2f} s (one process)")
    if "remove5" in only:
        runs = []
        pick = typical(pdfs(src), 5 * args.repeat)
        for k in range(args.repeat):
            for p in pick[5 * k:5 * (k + 1)]:
                p.unlink()
            runs.append(measured(build_cmd(src, kit)))
        record("remove5", runs)
    return res


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--build-once":
        build_once(sys.argv[2], sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "presskit-build-bench")
    ap.add_argument("--pool", type=Path, help="folder to take added files from")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="comma-separated scenarios: " + ",".join(SCENARIOS))
    ap.add_argument("--json", type=Path, help="also write every figure to this file")
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module at each start")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="presskit-pyc-") as pyc:
        if args.no_bytecode:
            ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = pyc
        res = run_scenarios(args)
    report(args, res)


def report(args: argparse.Namespace, res: dict) -> None:
    full, ex1 = res["runs"].get("full"), res["runs"].get("extract1")
    if full and ex1:
        print(f"full build / extraction alone (one process): {full['best']['wall_s'] / ex1['best']['wall_s']:.2f}x")
        stages = full["best"].get("report", {}).get("stages", {})
        for k, v in stages.items():
            print(f"    {k:<48} {v:8.2f} s")
    for name in ("nochange", "add5", "change5", "remove5"):
        r = res["runs"].get(name)
        if r:
            stages = r["best"].get("report", {}).get("stages", {})
            print(f"  {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items() if v >= 0.05))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
