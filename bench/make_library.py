"""A library of 10 built kits of about 10,000 real pages each, from different publishers.

    python bench/make_library.py [DEST] [--corpus ~/.cache/presskit-bench/100k] [--kits 10] [--sign 5]

Splits the ``100k`` real corpus (``bench/make_real_corpus.py --profile 100k``) into ``--kits``
kits of about the same number of pages, in path order (so each kit holds whole packages or runs of
one package, and the kits' vocabularies differ as different publishers' do), each with its own
``kit.toml`` (a different organisation), then builds each kit in place with ``presskit build``.
Files are hard-linked from the corpus (copied where links are not possible), so the library costs
only its indexes. The first ``--sign`` kits are signed, each with its own key (kept in
``DEST/keys/``); the rest stay unsigned, as kits from strangers often are.

Writes ``DEST/library.json`` listing the kits (path, pages, files) for ``bench/library_bench.py``.
Default DEST: ``~/.cache/presskit-bench/library``. Refuses to write into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PUBLISHERS = [
    ("Coalition for Safer Streets", "CSS"), ("Humanitarian Disarmament Network", "HDN"),
    ("Office for Civilian Protection", "OCP"), ("Women in Arms Control", "WIAC"),
    ("Delegation of Belmora", "BEL"), ("Institute for Treaty Studies", "ITS"),
    ("Red Lantern Relief", "RLR"), ("Youth for Disarmament", "Y4D"),
    ("Survivors' Assistance Forum", "SAF"), ("Clearance Operators Group", "COG"),
]


def cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "presskit-bench"


def split(files: list[dict], kits: int) -> list[list[dict]]:
    """Consecutive runs of files (in path order) of about total/kits pages each."""
    files = sorted(files, key=lambda f: f["path"])
    target = sum(f["pages"] for f in files) / kits
    out: list[list[dict]] = [[]]
    pages = 0
    for f in files:
        if pages >= target * len(out) and len(out) < kits:
            out.append([])
        out[-1].append(f)
        pages += f["pages"]
    return out


def link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists():
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def kit_toml(n: int) -> str:
    name, acronym = PUBLISHERS[n % len(PUBLISHERS)]
    return (f'format = 1\ntitle = "{name}: conference documents"\norganisation = "{name}"\n'
            f'event = "Review Conference {2026 + n // len(PUBLISHERS)}"\n'
            f'start = 2026-11-{16 + n % 5:02d}\nend = 2026-11-{20 + n % 5:02d}\n'
            f'languages = ["en", "fr", "de"]\n\n[[organisations]]\nnames = {{ en = "{name}" }}\n'
            f'acronyms = ["{acronym}"]\n')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", nargs="?", type=Path)
    ap.add_argument("--corpus", type=Path, default=cache_root() / "100k")
    ap.add_argument("--kits", type=int, default=10)
    ap.add_argument("--sign", type=int, default=5, help="sign the first N kits (default 5)")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    dest = (a.dest or cache_root() / "library").resolve()
    if REPO in (dest, *dest.parents):
        sys.exit("refusing to write into the repository")
    manifest = json.loads(Path(str(a.corpus) + ".manifest.json").read_text("utf-8"))
    groups = split(manifest["files"], a.kits)
    listing = []
    for n, files in enumerate(groups):
        kit = dest / f"kit{n:02d}"
        for f in files:
            link(a.corpus / f["path"], kit / f["path"])
        (kit / "kit.toml").write_text(kit_toml(n), encoding="utf-8")
        pages = sum(f["pages"] for f in files)
        if not (kit / "manifest.json").exists():
            t0 = time.time()
            subprocess.run([sys.executable, "-m", "presskit", "build", str(kit), "--workers", str(a.workers)],
                           check=True, cwd=REPO)
            print(f"kit{n:02d}: {len(files)} files, {pages} pages, built in {time.time() - t0:.0f} s", flush=True)
        if n < a.sign and not (kit / "signature.json").exists():
            key = dest / "keys" / f"kit{n:02d}.pem"
            if not key.exists():
                key.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run([sys.executable, "-m", "presskit", "keygen", "-o", str(key)], check=True, cwd=REPO)
            subprocess.run([sys.executable, "-m", "presskit", "sign", str(kit), "--key", str(key)],
                           check=True, cwd=REPO)
        listing.append({"path": str(kit), "files": len(files), "pages": pages})
    (dest / "library.json").write_text(json.dumps({"kits": listing}, indent=1), encoding="utf-8")
    print(f"{len(listing)} kits, {sum(k['pages'] for k in listing)} pages in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
