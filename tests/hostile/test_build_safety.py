"""Building never harms what exists.

A publisher rebuilds a signed kit from a corrected source folder. Whatever happens (a file the
builder cannot read with --strict, the process killed at any step, two builds at once, a folder that
is not a kit) the previous kit stays byte for byte as it was, or is replaced by the complete new one.
Content is compared by hash, never by size and time; what a source folder holds besides documents
(hidden files, links, pipes) never reaches a kit.
"""

from __future__ import annotations

import re

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile_helpers import cli, env, no_traceback, ok, read_manifest, sentence, snapshot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, links and pipes")


@pytest.fixture
def published(source_template, publisher_key, tmp_path):
    """A source folder and the signed kit built from it with -o (the publisher's usual layout)."""
    src = Path(shutil.copytree(source_template, tmp_path / "src"))
    kit = tmp_path / "kit"
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    ok(cli("sign", kit, "--key", publisher_key, "--publisher", "Lantern Coalition"))
    return src, kit


def _correct(src: Path) -> None:
    """The next day's source: one file changed, one removed, one added."""
    note = src / "briefing-note.txt"
    note.write_text(note.read_text() + "\nCorrection: inspectors must be independent.\n")
    (src / "statements" / "Statement_Diallo_17.11.26_EN.pdf").unlink()
    (src / "added-note.txt").write_text("A note added on day two.\n")


def test_a_failed_strict_build_leaves_the_signed_kit_byte_identical(published):
    src, kit = published
    _correct(src)
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not a PDF at all")
    before = snapshot(kit)
    p = cli("build", src, "-o", kit, "--strict", "--workers", "1")
    no_traceback(p)
    assert p.returncode != 0
    assert snapshot(kit) == before
    v = cli("verify", kit)
    ok(v)
    assert v.stdout.startswith("Signed by")


#: Named points in a build, before and after the moment the new kit replaces the old one.
KILL_POINTS_BEFORE = ["staged-sources", "staged-index", "staged-manifest", "before-swap"]
KILL_POINTS_AFTER = ["swapped"]


def _killed_build(src: Path, kit: Path, point: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "presskit", "build", str(src), *extra, "--workers", "1"],
                          env=env(PRESSKIT_KILL_AT=point), capture_output=True, text=True, timeout=180)


@pytest.mark.parametrize("point", KILL_POINTS_BEFORE + KILL_POINTS_AFTER)
def test_a_build_killed_at_any_point_leaves_the_old_kit_or_the_new_one(published, point, tmp_path):
    src, kit = published
    _correct(src)
    before = snapshot(kit)
    p = _killed_build(src, kit, point, "-o", str(kit))
    assert p.returncode == -signal.SIGKILL, f"the build was not killed at {point!r}: {p.stdout}{p.stderr}"
    if point in KILL_POINTS_BEFORE:
        assert snapshot(kit) == before, f"killed at {point}: the previous kit changed"
        assert cli("verify", kit).stdout.startswith("Signed by")
    else:
        paths = {it["path"] for it in read_manifest(kit)["items"]}
        assert "added-note.txt" in paths and "statements/Statement_Diallo_17.11.26_EN.pdf" not in paths
        ok(cli("search", kit, "independent"))
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    assert not [p.name for p in kit.parent.iterdir() if p.name.startswith(".")], "leftovers cleaned"


IN_PLACE_POINTS = ["staged-index", "staged-manifest", "before-swap", "swapped"]


@pytest.mark.parametrize("point", IN_PLACE_POINTS)
def test_an_in_place_build_killed_keeps_a_kit_that_opens(source_template, tmp_path, point):
    kit = Path(shutil.copytree(source_template, tmp_path / "kit"))
    ok(cli("build", kit, "--workers", "1"))
    manifest = (kit / "manifest.json").read_bytes()
    (kit / "added-note.txt").write_text("A note added on day two.\n")
    p = _killed_build(kit, kit, point)
    assert p.returncode == -signal.SIGKILL, f"the build was not killed at {point!r}"
    if point != "swapped":
        assert (kit / "manifest.json").read_bytes() == manifest
    ok(cli("search", kit, "coalition"))
    ok(cli("build", kit, "--workers", "1"))
    ok(cli("verify", kit))


def test_a_same_size_correction_with_an_older_time_is_copied(published):
    """The issue: 'cp -p' of a corrected file (same size, older mtime) was silently not copied."""
    src, kit = published
    f = src / "stockpiles.txt"
    f.write_text("Stockpiles reached 1200 tonnes.\n")
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    old_time = (kit / "stockpiles.txt").stat().st_mtime - 3600
    f.write_text("Stockpiles reached 2100 tonnes.\n")
    os.utime(f, (old_time, old_time))
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    assert (kit / "stockpiles.txt").read_text() == "Stockpiles reached 2100 tonnes.\n"
    assert re.search(r"\d+ documents? match", ok(cli("search", kit, "2100")).stdout)


def test_build_o_refuses_a_folder_that_is_not_a_kit(source_template, tmp_path):
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "briefing-note.txt").write_text("My own notes, not the kit's.\n")
    (target / "index").mkdir()
    (target / "index" / "thesis.docx").write_bytes(b"my thesis")
    before = snapshot(target)
    err = sentence(cli("build", source_template, "-o", target, "--workers", "1"))
    assert str(target) in err or "Documents" in err
    assert snapshot(target) == before


def test_build_o_into_an_empty_or_new_folder_works(source_template, tmp_path):
    (tmp_path / "empty").mkdir()
    ok(cli("build", source_template, "-o", tmp_path / "empty", "--workers", "1"))
    ok(cli("build", source_template, "-o", tmp_path / "new" / "kit", "--workers", "1"))


def test_two_builds_into_one_folder_do_not_interleave(published, tmp_path):
    src, kit = published
    from kitmaker import make_pdf

    for n in range(6):
        make_pdf(src / "reports" / f"Report_{n}_18.11.26_EN.pdf",
                 [f"<p>Report {n} page {k}: stockpile destruction.</p>" for k in range(60)])
    a = subprocess.Popen([sys.executable, "-m", "presskit", "build", str(src), "-o", str(kit), "--workers", "1"],
                         env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.8)
    b = cli("build", src, "-o", kit, "--workers", "1")
    out_a, err_a = a.communicate(timeout=240)
    codes = sorted([a.returncode, b.returncode])
    assert codes == [0, 2], f"a: {a.returncode} {err_a}\nb: {b.returncode} {b.stderr}"
    refused = b.stderr if b.returncode == 2 else err_a
    assert "another" in refused.lower() or "already" in refused.lower()
    no_traceback(b)
    v = cli("verify", kit)  # rebuilt: modified after signing until signed again, but every file matches
    assert "CHANGED" not in v.stdout and "MISSING" not in v.stdout, v.stdout


def test_hidden_files_links_and_pipes_never_reach_a_kit(source_template, tmp_path):
    src = Path(shutil.copytree(source_template, tmp_path / "src"))
    secret = tmp_path / "home" / ".ssh" / "id_ed25519"
    secret.parent.mkdir(parents=True)
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n")
    (src / ".secrets").mkdir()
    (src / ".secrets" / "token.json").write_text('{"token": "abc"}')
    (src / ".credentials.json").write_text('{"password": "hunter2"}')
    (src / ".vscode").mkdir()
    (src / ".vscode" / "settings.json").write_text("{}")
    (src / "photos" / "key.jpg").symlink_to(secret)
    (src / "linked-folder").symlink_to(secret.parent, target_is_directory=True)
    os.mkfifo(src / "pipe.txt")
    kit = tmp_path / "kit"
    p = cli("build", src, "-o", kit, "--workers", "1", timeout=120)
    ok(p)
    copied = snapshot(kit)
    assert not [r for r in copied if r.startswith((".secrets", ".credentials", ".vscode", "linked-folder"))]
    assert "photos/key.jpg" not in copied and "pipe.txt" not in copied
    paths = {it["path"] for it in read_manifest(kit)["items"]}
    assert not paths & {"photos/key.jpg", "pipe.txt"}
    for name in ("photos/key.jpg", "pipe.txt", ".credentials.json"):
        assert name in p.stdout, f"{name} is not reported as left out:\n{p.stdout}"
    packed = tmp_path / "kit.presskit"
    ok(cli("pack", kit, "-o", packed))
    assert b"hunter2" not in packed.read_bytes() and b"secret" not in packed.read_bytes()


def test_a_symlinked_item_in_a_kit_is_never_read_or_exported(unsigned_kit, tmp_path):
    """An attacker's kit whose item is a link to the reader's private key."""
    secret = tmp_path / "home" / ".ssh" / "id_ed25519"
    secret.parent.mkdir(parents=True)
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret-key-material\n")
    note = unsigned_kit / "briefing-note.txt"
    note.unlink()
    note.symlink_to(secret)
    v = cli("verify", unsigned_kit)
    no_traceback(v)
    assert v.returncode != 0
    ids = [it["id"] for it in read_manifest(unsigned_kit)["items"]]
    for fmt, name in (("zip", "export.zip"), ("folder", "export"), ("pdf", "export.pdf")):
        out = tmp_path / name
        e = cli("export", unsigned_kit, "--ids", *ids, "--format", fmt, "-o", out, "--allow-missing-credit")
        no_traceback(e)
        assert "secret-key-material" not in _exported_text(out), f"the link's target was exported ({fmt})"
    s = cli("search", unsigned_kit, "secret")
    no_traceback(s)
    assert "secret-key-material" not in s.stdout


def _exported_text(out: Path) -> str:
    """Everything an export holds, as text (ZIP members unpacked, PDF text extracted)."""
    import zipfile

    import pymupdf

    if not out.exists():
        return ""
    if out.is_dir():
        return "".join(p.read_bytes().decode("utf-8", "replace") for p in out.rglob("*") if p.is_file())
    if zipfile.is_zipfile(out):
        with zipfile.ZipFile(out) as zf:
            return "".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    with pymupdf.open(out) as doc:
        return "".join(page.get_text() for page in doc)


def test_a_pipe_as_an_item_never_hangs_verify(unsigned_kit):
    note = unsigned_kit / "briefing-note.txt"
    note.unlink()
    os.mkfifo(note)
    p = cli("verify", unsigned_kit, timeout=60)
    no_traceback(p)
    assert p.returncode == 1
    assert "briefing-note.txt" in p.stdout


@pytest.mark.parametrize("path", ["manifest.json", "signature.json", "kit.toml", "index/stamp.json",
                                  "index/whoosh/0/_MAIN_1.toc", ".presskit/pack.json", ".hidden/x.txt",
                                  "photos/.DS_Store"])
def test_an_item_can_never_be_named_like_a_kit_file(unsigned_kit, path):
    data = read_manifest(unsigned_kit)
    data["items"][0]["path"] = path
    (unsigned_kit / "manifest.json").write_text(json.dumps(data))
    for args in (["info", unsigned_kit], ["verify", unsigned_kit]):
        err = sentence(cli(*args))
        assert path in err


def test_a_source_file_named_like_a_kit_file_is_left_out_with_its_reason(source_template, tmp_path):
    src = Path(shutil.copytree(source_template, tmp_path / "src"))
    (src / "signature.json").write_text("{}")
    (src / "index").mkdir()
    (src / "index" / "stamp.json").write_text("{}")
    kit = tmp_path / "kit"
    ok(cli("build", src, "-o", kit, "--workers", "1"))
    assert not (kit / "signature.json").exists()
    ok(cli("verify", kit))
