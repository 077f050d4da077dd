"""Kill real `presskit build`, `apply` and `export` runs at random moments; the previous kit (and the
previous export) must still open, verify and search.

Each run is a real subprocess (``python -m presskit ...``) killed with SIGKILL after a random delay
spread over the command's measured duration. Delays come from a seeded RNG and are printed on failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from presskit.index.status import kit_index_status
from presskit.kit import keys, signing
from presskit.kit.open import open_kit

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")]

REPO = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("PRESSKIT_CRASH_RUNS", "5"))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run(*args: str, timeout: float = 120) -> float:
    """Run presskit to completion; return its duration."""
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-m", "presskit", *args], env=_env(), capture_output=True,
                       text=True, timeout=timeout)
    assert p.returncode == 0, f"presskit {' '.join(args)} failed: {p.stdout}\n{p.stderr}"
    return time.monotonic() - t0


def run_and_kill(args: list[str], delay: float) -> int | None:
    """Start presskit, SIGKILL it after ``delay`` seconds (if still running); return its exit code."""
    p = subprocess.Popen([sys.executable, "-m", "presskit", *args], env=_env(),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        p.wait(timeout=delay)
        return p.returncode  # finished before the kill
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)  # the command and its extraction workers
        p.wait()
        return None


def usable(kit_path: Path, query: str = "coalition") -> tuple[str, str]:
    """Open, verify (every file against the manifest) and search a kit. Returns (manifest sha, status)."""
    from presskit.build import index_kit
    from presskit.search import Searcher

    kit = open_kit(kit_path)
    changed, missing, _ = signing.check_files(kit, kit.items)
    assert not changed and not missing, f"files differ from the manifest: {changed + missing}"
    rep = signing.verify_kit(kit)
    if kit_index_status(kit) != "fresh":
        index_kit(kit, workers=1)  # a reader rebuilds a stale index in the user cache
    with Searcher(kit) as s:
        assert s.search(query).total >= 1
    return kit.manifest_sha256, rep.status


@pytest.fixture(scope="module")
def kits(tmp_path_factory):
    """v1 (signed), the v2 source, v2 (signed) and the update v1 -> v2."""
    from kitmaker import make_pdf, make_source
    from presskit.build import build_kit

    base = tmp_path_factory.mktemp("crash")
    key = base / "key.pem"
    keys.generate_key(key)
    src1 = make_source(base / "src1")
    build_kit(src1, base / "v1", workers=1)
    signing.sign_kit(base / "v1", key, publisher="Test Coalition")
    src2 = base / "src2"
    shutil.copytree(src1, src2)
    shutil.copy(base / "v1" / "kit.toml", src2 / "kit.toml")
    body = "<p>" + "The coalition reports on stockpile destruction and victim assistance. " * 40 + "</p>"
    make_pdf(src2 / "reports" / "Report_Annual_18.11.26_EN.pdf", [f"<h2>Page {n}</h2>{body}" for n in range(120)],
             title="Annual report")
    make_pdf(src2 / "statements" / "Statement_Closing_20.11.26_EN.pdf",
             ["<p>Closing statement: the coalition thanks the presidency.</p>"], title="Closing")
    (src2 / "photos").mkdir()
    (src2 / "photos" / "big.png").write_bytes(os.urandom(8 << 20))  # stored, slow enough to copy
    build_kit(src2, base / "v2", workers=1)
    signing.sign_kit(base / "v2", key)
    from presskit.kit.updates import make_update

    make_update(base / "v1", base / "v2", base / "up.presskit", key=key)
    v1_sha = hashlib.sha256((base / "v1" / "manifest.json").read_bytes()).hexdigest()
    v2_sha = hashlib.sha256((base / "v2" / "manifest.json").read_bytes()).hexdigest()
    return base, v1_sha, v2_sha


def test_kill_apply_at_random_points(kits, tmp_path):
    base, v1_sha, v2_sha = kits
    rng = random.Random(5)
    probe = tmp_path / "probe" / "kit"
    shutil.copytree(base / "v1", probe)
    duration = run("apply", str(probe), str(base / "up.presskit"))
    outcomes = []
    for n in range(RUNS):
        kit = tmp_path / f"run{n}" / "kit"
        shutil.copytree(base / "v1", kit)
        delay = rng.uniform(0.05, 1.1) * duration
        code = run_and_kill(["apply", str(kit), str(base / "up.presskit")], delay)
        try:
            sha, status = usable(kit)
            assert status == "signed", status
            assert sha in (v1_sha, v2_sha)
            outcomes.append("new" if sha == v2_sha else "old" if code is None else "old?!")
            # the next apply tidies up and completes
            run("apply", str(kit), str(base / "up.presskit"))
            sha, status = usable(kit, "stockpile")
            assert sha == v2_sha and status == "signed"
            assert not list(kit.parent.glob(".kit.*")), "leftovers removed"
        except AssertionError as e:
            raise AssertionError(f"run {n}: killed after {delay:.2f}s of {duration:.2f}s: {e}") from None
    print("apply outcomes:", outcomes, f"(full run {duration:.2f}s)")


def _content(kit: Path) -> str:
    """What a kit's manifest says of its content: the manifest without what signing adds to it (the
    update sequence), so a finished rebuild of v2's sources compares equal to v2 before it is signed."""
    manifest = json.loads((kit / "manifest.json").read_bytes())
    manifest.pop("sequence", None)
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()


def test_kill_build_at_random_points(kits, tmp_path):
    base, v1_sha, v2_sha = kits
    rng = random.Random(7)
    probe = tmp_path / "probe"
    shutil.copytree(base / "v1", probe)
    duration = run("build", str(base / "src2"), "-o", str(probe), "--workers", "1")
    for n in range(RUNS):
        kit = tmp_path / f"run{n}"
        shutil.copytree(base / "v1", kit)
        delay = rng.uniform(0.05, 1.1) * duration
        run_and_kill(["build", str(base / "src2"), "-o", str(kit), "--workers", "1"], delay)
        try:
            sha, status = usable(kit)
            content = _content(kit)
            assert content in (_content(base / "v1"), _content(base / "v2")), \
                "the kit is the old one or the new one, nothing in between"
            if content == _content(base / "v1"):
                assert sha == v1_sha and status == "signed", status
            else:  # the new manifest was written: complete, but not signed yet
                assert status == "modified"
                assert signing.verify_kit(kit).changed == ["manifest.json"]
            run("build", str(base / "src2"), "-o", str(kit), "--workers", "1")
            usable(kit, "stockpile")
        except AssertionError as e:
            raise AssertionError(f"run {n}: killed after {delay:.2f}s of {duration:.2f}s: {e}") from None


@pytest.mark.parametrize("fmt,name", [("zip", "out.zip"), ("pdf", "out.pdf")])
def test_kill_export_keeps_previous_output(kits, tmp_path, fmt, name):
    import pymupdf

    base, _v1, _v2 = kits
    kit = open_kit(base / "v2")
    ids = [it.id for it in kit.items if it.media == "pdf"]
    out = tmp_path / name
    duration = run("export", str(base / "v2"), "--ids", *ids, "-f", fmt, "-o", str(out))
    first = out.read_bytes()
    rng = random.Random(11)

    def complete(p: Path) -> bool:
        if fmt == "zip":
            with zipfile.ZipFile(p) as zf:
                return zf.testzip() is None and len(zf.namelist()) >= len(ids)
        with pymupdf.open(p) as doc:
            return doc.page_count > 100

    for n in range(RUNS):
        delay = rng.uniform(0.05, 1.1) * duration
        run_and_kill(["export", str(base / "v2"), "--ids", *ids, "-f", fmt, "-o", str(out)], delay)
        assert out.exists(), f"run {n}: the previous export vanished (killed after {delay:.2f}s)"
        assert out.read_bytes() == first or complete(out), f"run {n}: half-written {name}"
        assert complete(out)
    usable(base / "v2")
