"""A real folder for measuring inferred metadata (kind, date, language): about 360 PDFs.

    python bench/make_metadata_corpus.py [DEST]
    python bench/make_metadata_corpus.py --verify DEST

Draws from the same pinned Debian documentation packages as ``bench/make_real_corpus.py`` (the
``.deb`` files are shared in ``~/.cache/presskit-bench/debs``) into
DEST (default ``~/.cache/presskit-bench/metadata``) as ``DEST/<package>/<path>``, seeded:

- every PDF whose metadata dates are absurd or malformed (year before 1990 or after January 2023,
  the packages' date, or not a PDF date at all: ``D:19691231235959``, ``D:42870516210500Z``,
  ``Fri Apr 05 10:41:12 2002``, ``September 2002``);
- 40 PDFs that stand in folders named ``images`` or ``Images`` and 15 in ``figures``, ``pictures``,
  ``graphics``, ``img``, ``pics`` and the like (figures, posters and animation frames, and thesis
  examples: documents, never photos);
- 12 PDFs from each language package (French, German, Italian, Portuguese, Spanish, Polish, Czech
  and Slovak, other European languages, Cyrillic, Greek) and 20 from each other package.

A manifest (path, package, pages, bytes, sha256) is written beside DEST as ``DEST.manifest.json``.
``bench/metadata-truth.tsv`` holds what a person accepts for a seeded sample of these files
(``--sample`` prints that sample); see bench/README.md for how it was written and how to score.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_real_corpus as real  # noqa: E402
import pymupdf  # noqa: E402

SEED = "presskit-metadata-1"
IMAGES = {"images"}
FIGURES = {"figures", "figure", "fig", "figs", "pictures", "pics", "img", "imgs", "graphics", "bilder"}
PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?")
SAMPLE = 120
# digest of the sorted "path<TAB>sha256" lines, as built on Debian 12: 374 PDFs, 7,379 pages
real.DIGESTS["metadata"] = "040771d48a592d9cda37af30f586773ea1bdf9ba727e9991f9d2a798a93d2dcd"


def odd_date(value: str) -> bool:
    """A metadata date a reader must not take at face value (absurd year, or not a PDF date)."""
    if not value:
        return False
    m = PDF_DATE.match(value)
    if not m:
        return True
    year, month = int(m.group(1)), int(m.group(2) or 1)
    return year < 1990 or (year, month) > (2023, 1)


def metadata_dates(path: str) -> tuple[str, str]:
    try:
        with pymupdf.open(path) as doc:
            md = doc.metadata or {}
    except Exception:  # noqa: BLE001
        return "", ""
    return md.get("creationDate") or "", md.get("modDate") or ""


def folders(f: dict) -> set[str]:
    return {p.lower() for p in f["path"].split("/")[1:-1]}


def choose(by_package: dict[str, list[dict]]) -> list[dict]:
    rng = random.Random(SEED)
    chosen: dict[str, dict] = {}

    def take(f: dict) -> None:
        chosen.setdefault(f["sha256"], f)

    everything = [f for name in real.PACKAGES for f in by_package[name]]
    for f in everything:
        if any(odd_date(d) for d in metadata_dates(f["src"])):
            take(f)
    images = [f for f in everything if folders(f) & IMAGES]
    figures = [f for f in everything if folders(f) & FIGURES and not folders(f) & IMAGES]
    for group, n in ((images, 40), (figures, 15)):
        for f in rng.sample(group, min(n, len(group))):
            take(f)
    for name in real.PACKAGES:
        n = 12 if name.startswith("texlive-lang-") else 20
        pool = [f for f in by_package[name] if f["sha256"] not in chosen]
        for f in rng.sample(pool, min(n, len(pool))):
            take(f)
    return sorted(chosen.values(), key=lambda f: f["path"])


def sample(files: list[dict]) -> list[str]:
    """The seeded sample of paths the truth file covers, and its split into halves."""
    rng = random.Random(SEED + "-sample")
    return rng.sample(sorted(f["path"] for f in files), SAMPLE)


def make(dest: Path, debs: Path) -> None:
    if dest.resolve().is_relative_to(real.REPO):
        sys.exit(f"{dest} is inside the repository; choose a folder outside it.")
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"{dest} is not empty: remove it first, or check it with --verify.")
    debs.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="unpack-", dir=debs.parent))
    try:
        by_package = {}
        for name in real.PACKAGES:
            _root, by_package[name] = real.unpack_pdfs(name, real.fetch_deb(name, debs), scratch)
            print(f"  {name}: {len(by_package[name])} PDFs", flush=True)
        chosen = choose(by_package)
        for f in chosen:
            out = dest / f["path"]
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f["src"], out)
            del f["src"]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    manifest = {"profile": "metadata", "seed": SEED, "digest": real.corpus_digest(chosen),
                "pages": sum(max(f["pages"], 0) for f in chosen), "bytes": sum(f["bytes"] for f in chosen),
                "packages": [{"name": n, "version": v[0], "sha256": v[1]} for n, v in real.PACKAGES.items()],
                "pymupdf": pymupdf.VersionBind, "files": chosen}
    real.manifest_path(dest).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    same = manifest["digest"] == real.DIGESTS["metadata"]
    print(f"{dest}: {len(chosen)} PDFs, {manifest['pages']} pages; "
          + ("matches the reference corpus" if same else "WARNING: differs from the reference corpus"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", nargs="?", type=Path)
    ap.add_argument("--debs", type=Path)
    ap.add_argument("--verify", action="store_true", help="check DEST against the manifest beside it")
    ap.add_argument("--sample", action="store_true", help="print the seeded sample the truth file covers")
    args = ap.parse_args()
    dest = args.dest or real.cache_root() / "metadata"
    if args.verify:
        sys.exit(real.verify(dest))
    if args.sample:
        files = json.loads(real.manifest_path(dest).read_text(encoding="utf-8"))["files"]
        for i, path in enumerate(sample(files)):
            print(f"{path}\t{'tune' if i % 2 == 0 else 'held-out'}")
        return
    make(dest, args.debs or real.cache_root() / "debs")


if __name__ == "__main__":
    main()
