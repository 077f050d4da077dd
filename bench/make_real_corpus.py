"""A real benchmark corpus: PDFs from pinned Debian documentation packages, with a manifest.

    python bench/make_real_corpus.py [DEST] [--profile real|20k|100k]
    python bench/make_real_corpus.py --verify DEST

Downloads the pinned packages with ``apt-get download NAME=VERSION`` (no root needed), checks
each ``.deb`` against its pinned sha256, unpacks it with ``dpkg-deb -x`` into a scratch folder and
copies its PDFs (symlinks skipped, byte-identical duplicates kept once) into DEST as
``DEST/<package>/<path under usr/share/doc/texlive-doc>``, keeping the packages' file times.

Profiles, each a superset of the one before, so figures at different sizes compare like with like:

- ``real``  (default): every PDF of 11 packages (English science manuals, French, German, Italian,
  Portuguese, Spanish, Polish, Czech/Slovak, Dutch and other European, Russian/Ukrainian/
  Bulgarian, Greek documentation): about 19,000 pages in 900 files.
- ``20k``: ``real`` plus PDFs drawn in a seeded order from 8 more packages, to 20,000 pages.
- ``100k``: ``20k`` plus more of the same draw, to 100,000 pages. The 19 packages hold about
  116,000 distinct pages, so every file is a real, unaltered PDF: nothing is synthesised, the page
  sizes, fonts, figures and odd files stay what publishers actually produce, and no text is
  repeated (copies of real pages would make posting lists and the vocabulary unrealistically
  dense).

The manifest is written beside DEST (``DEST.manifest.json``, never inside it, so a build of DEST
does not ingest it): profile, packages (name, version, sha256), and every PDF's path, pages, bytes
and sha256, plus a digest over all (path, sha256) pairs that is compared with the digest pinned
below for the profile. ``--verify DEST`` re-reads every file against that manifest.

Data goes to ``$XDG_CACHE_HOME/presskit-bench/`` (``~/.cache/presskit-bench/``) by default; the
downloaded ``.deb`` files are kept in its ``debs/`` folder and reused. Nothing is written into the
repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

pymupdf.TOOLS.mupdf_display_errors(False)  # real PDFs are noisy; errors are not results

SEED = "presskit-bench-1"
REPO = Path(__file__).resolve().parents[1]

# Debian 12 (bookworm) packages: name, version, sha256 of the .deb, size in bytes. The first 11
# make the 'real' profile; the larger profiles draw from the other 8.
PINS = """
texlive-science-doc           2022.20230122-4 0e0fcc74646b916402124e8394a7a8d896e1c959cd9b184b0d7a61e08c6e72db  83522236
texlive-lang-french           2022.20230122-1 db5dcf6b121238fb09c60dbbfac0f009072aa43f25d3a3cc76afd030b33cd987  84142756
texlive-lang-german           2022.20230122-1 52b567e7485f66f39deb0fc0a1a8a7006f121b6c2cf2a751bd5475969e20cf1d  20659688
texlive-lang-italian          2022.20230122-1 5842664b08be26e948411cb36bf5aecd19e32492cdc303987e3e67cafa971f3e  10738664
texlive-lang-portuguese       2022.20230122-1 0a88a46aafdd8892507b66ef56d5d3e2de3a2b0489640c565bb018f6c26c0521  12702016
texlive-lang-spanish          2022.20230122-1 4fde01b4ace7a5ee173b2b4d0198b61d5f6738fdc89b0a15249d3f3b5d462c8e   9860736
texlive-lang-polish           2022.20230122-1 bb61517efab4c261b59ac926485e0e2dbd4c46bf72d24ae9fe2bf8ec2992516a   8763056
texlive-lang-czechslovak      2022.20230122-1 11ca0c71d3973bdaf815071358157299401341296d2e3ad32aa2dce6c22ed988  11076364
texlive-lang-european         2022.20230122-1 9097ae9d22e8818da28ee7c6184368b6f8a7f168e758f24186184b3ec0f2e62c  16240000
texlive-lang-cyrillic         2022.20230122-1 a4ad6391ce4890f680aa0ae25b694a42fb5ce7dfc586e45499a85beff4d6e3ea  20850144
texlive-lang-greek            2022.20230122-1 d8ae3208b53ca5e49e21391d797036b425b4d97ba081aa70a6322978267754a5  78090896
texlive-humanities-doc        2022.20230122-4 b9ff3e33bfad812999000ae009d701d867701afad144433c36a78322f3d88e33  27111096
texlive-latex-base-doc        2022.20230122-3 122dbbe00bd22f872b1837eb86bd76fbac6ec84dd4f5f0c76cc9c18484485848  85254460
texlive-latex-recommended-doc 2022.20230122-3 8bea1f81bf50354fa4f3046c2dbb82efba9b8520aca0b2ab12eed18554a66c11  50302432
texlive-latex-extra-doc       2022.20230122-4 d222fc748216b216c5659078e8b9b2537242f5fd63af14957f999d33164ecb27 593047748
texlive-pictures-doc          2022.20230122-3 9f24a348a9461952e09cac3a2c5e1617f00e9054bea1ab1a124a724cc7f40751 233459244
texlive-pstricks-doc          2022.20230122-4 58245450a253c801943d4724d83037fab7e2794d07dab721dbd6da23c59a7970 270640804
texlive-publishers-doc        2022.20230122-4 9b632913d4b0d0871bef41c414fc7ce1167e3bacb55b140901df0c95df1c5765 213032232
texlive-fonts-extra-doc       2022.20230122-4 cc1e9ce96315d77ad381580a5d1bb304f88f67fb4667f97fd57ebc88f76295d0 180001408
"""
PACKAGES: dict[str, tuple[str, str, int]] = {
    name: (version, digest, int(size)) for name, version, digest, size in map(str.split, PINS.split("\n")[1:-1])
}
REAL = list(PACKAGES)[:11]
POOL = list(PACKAGES)[11:]

# profile -> (profile it extends, packages taken whole, page target drawn from POOL or None)
PROFILES: dict[str, tuple[str | None, list[str], int | None]] = {
    "real": (None, REAL, None),
    "20k": ("real", [], 20_000),
    "100k": ("20k", [], 100_000),
}
# digest of the sorted "path<TAB>sha256" lines of each profile, as built on Debian 12
DIGESTS: dict[str, str] = {
    "real": "9fc2e729f4b14e0639324f0b0e34c067fd0db4c419bb996bdd2ec091b251a83f",  # 766 PDFs, 19,077 pages
    "20k": "035a555f2eb8cf06d4e6eb2dbf95cc2b14d45f7063e6c1299172e0e7f1aeb2cc",  # 811 PDFs, 20,000 pages
    "100k": "466b028206f479e33c661a47a7f5d8e46d3e8b153f2005b95ea90377fbc62d63",  # 5,461 PDFs, 100,000 pages
}

DOC_PREFIX = "usr/share/doc/texlive-doc/"


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "presskit-bench"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def count_pages(path: Path) -> int:
    """Pages PyMuPDF sees, or -1 for a file it cannot open (kept: odd files are part of the corpus)."""
    try:
        with pymupdf.open(path) as doc:
            return doc.page_count
    except Exception:  # noqa: BLE001 - any unreadable file is recorded, not fatal
        return -1


def fetch_deb(name: str, debs: Path) -> Path:
    """The pinned .deb in ``debs``, downloaded with apt-get if absent, checked against its sha256."""
    version, digest, size = PACKAGES[name]
    path = debs / f"{name}_{version.replace(':', '%3a')}_all.deb"
    if not path.exists():
        debs.mkdir(parents=True, exist_ok=True)
        print(f"  apt-get download {name}={version}", flush=True)
        res = subprocess.run(["apt-get", "download", f"{name}={version}"], cwd=debs,
                             capture_output=True, text=True)
        if res.returncode != 0 or not path.exists():
            sys.exit(f"Could not download {name} {version}: {res.stderr.strip()}\n"
                     "Run 'apt-get update' first (Debian 12 sources). If this version has left the "
                     "archive, fetch the same file from a Debian snapshot archive into "
                     f"{debs} and run again: its sha256 is checked.")
    got = sha256_file(path)
    if got != digest or path.stat().st_size != size:
        sys.exit(f"{path} is not the pinned package (sha256 {got}, expected {digest}); remove it and run again.")
    return path


def unpack_pdfs(name: str, deb: Path, scratch: Path) -> tuple[Path, list[dict]]:
    """Unpack ``deb`` under ``scratch``; its regular PDF files with path, pages, bytes and sha256."""
    root = scratch / name
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    files = []
    for p in sorted(root.rglob("*")):
        if p.is_symlink() or not p.is_file() or p.suffix.lower() != ".pdf":
            continue
        rel = p.relative_to(root).as_posix()
        rel = rel[len(DOC_PREFIX):] if rel.startswith(DOC_PREFIX) else rel
        files.append({"path": f"{name}/{rel}", "package": name, "src": str(p),
                      "pages": count_pages(p), "bytes": p.stat().st_size, "sha256": sha256_file(p)})
    return root, files


def draw_order(files: list[dict]) -> list[dict]:
    """A seeded, reproducible order: by sha256(SEED + file sha256)."""
    return sorted(files, key=lambda f: hashlib.sha256((SEED + f["sha256"]).encode()).hexdigest())


def chain(profile: str) -> list[str]:
    out = []
    while profile:
        out.insert(0, profile)
        profile = PROFILES[profile][0]
    return out


def select(profile: str, by_package: dict[str, list[dict]]) -> list[dict]:
    """The files of ``profile``: its base's, then whole packages, then a seeded draw to the target."""
    chosen: list[dict] = []
    seen: set[str] = set()

    def take(f: dict) -> None:
        seen.add(f["sha256"])
        chosen.append(f)

    for prof in chain(profile):
        _base, whole, target = PROFILES[prof]
        for name in whole:
            for f in by_package[name]:
                if f["sha256"] not in seen:
                    take(f)
        if target:
            total = sum(max(f["pages"], 0) for f in chosen)
            pool = [f for name in POOL for f in by_package[name] if f["sha256"] not in seen]
            for f in draw_order(pool):
                if total >= target:
                    break
                if f["sha256"] not in seen and 0 < f["pages"] <= target - total:
                    take(f)
                    total += f["pages"]
    return chosen


def corpus_digest(files: list[dict]) -> str:
    lines = sorted(f"{f['path']}\t{f['sha256']}" for f in files)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def manifest_path(dest: Path) -> Path:
    return dest.parent / f"{dest.name}.manifest.json"


def make(dest: Path, profile: str, debs: Path) -> None:
    if dest.resolve().is_relative_to(REPO):
        sys.exit(f"{dest} is inside the repository; choose a folder outside it.")
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"{dest} is not empty: remove it first, or check it with --verify.")
    needed = [n for prof in chain(profile) for n in PROFILES[prof][1]]
    if PROFILES[profile][2]:
        needed += POOL
    t0 = time.perf_counter()
    by_package: dict[str, list[dict]] = {}
    debs.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="unpack-", dir=debs.parent))
    try:
        for name in needed:
            deb = fetch_deb(name, debs)
            root, files = unpack_pdfs(name, deb, scratch)
            by_package[name] = files
            print(f"  {name}: {len(files)} PDFs, {sum(max(f['pages'], 0) for f in files)} pages", flush=True)
        chosen = select(profile, by_package)
        for f in chosen:
            out = dest / f["path"]
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f["src"], out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for f in chosen:
        del f["src"]
    chosen.sort(key=lambda f: f["path"])
    digest = corpus_digest(chosen)
    manifest = {
        "profile": profile, "seed": SEED, "digest": digest,
        "pages": sum(max(f["pages"], 0) for f in chosen), "bytes": sum(f["bytes"] for f in chosen),
        "packages": [{"name": n, "version": PACKAGES[n][0], "sha256": PACKAGES[n][1]} for n in needed],
        "pymupdf": pymupdf.VersionBind, "files": chosen,
    }
    manifest_path(dest).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{dest}: {len(chosen)} PDFs, {manifest['pages']} pages, {manifest['bytes'] / 1e6:.0f} MB "
          f"in {time.perf_counter() - t0:.0f} s; manifest {manifest_path(dest)}")
    pinned = DIGESTS.get(profile)
    if pinned and pinned != digest:
        print(f"WARNING: digest {digest} differs from the pinned {pinned}: not the reference corpus.")
    elif pinned:
        print(f"digest {digest} matches the reference corpus.")


def verify(dest: Path) -> int:
    mpath = manifest_path(dest)
    if not mpath.exists():
        sys.exit(f"No manifest at {mpath}.")
    manifest = json.loads(mpath.read_text(encoding="utf-8"))
    problems = []
    listed = set()
    for f in manifest["files"]:
        p = dest / f["path"]
        listed.add(f["path"])
        if not p.is_file():
            problems.append(f"missing: {f['path']}")
        elif p.stat().st_size != f["bytes"] or sha256_file(p) != f["sha256"]:
            problems.append(f"changed: {f['path']}")
        elif count_pages(p) != f["pages"]:
            problems.append(f"pages differ: {f['path']}")
    for p in dest.rglob("*"):
        if p.is_file() and p.relative_to(dest).as_posix() not in listed:
            problems.append(f"not in the manifest: {p.relative_to(dest).as_posix()}")
    digest = corpus_digest(manifest["files"])
    if digest != manifest["digest"]:
        problems.append("the manifest's digest does not match its own file list")
    pinned = DIGESTS.get(manifest["profile"])
    if pinned and pinned != digest:
        problems.append(f"digest {digest} differs from the pinned reference {pinned}")
    for line in problems[:50]:
        print(line)
    print(f"{dest}: profile {manifest['profile']}, {len(manifest['files'])} PDFs, {manifest['pages']} pages: "
          + ("OK" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest", nargs="?", type=Path, help="corpus folder (default: ~/.cache/presskit-bench/PROFILE)")
    ap.add_argument("--profile", choices=list(PROFILES), default="real")
    ap.add_argument("--debs", type=Path, help="where .deb files are kept (default: ~/.cache/presskit-bench/debs)")
    ap.add_argument("--verify", action="store_true", help="check DEST against the manifest beside it")
    args = ap.parse_args()
    dest = args.dest or cache_root() / args.profile
    if args.verify:
        sys.exit(verify(dest))
    make(dest, args.profile, args.debs or cache_root() / "debs")


if __name__ == "__main__":
    main()
