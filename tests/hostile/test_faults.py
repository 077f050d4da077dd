"""Faults give sentences and lose nothing: a full disk, read-only media, a kit folder that is a mount
point, photo metadata in UTF-8.

Real file systems are used where the machine allows it: a small tmpfs, a read-only bind mount and a
bind mount over the kit folder, each inside a private mount namespace (``unshare -rm``, no root
needed). Where unprivileged namespaces are unavailable those tests skip with the reason, and the same
faults are simulated at the OS boundary (``open``/``write`` raising ENOSPC, ``rename`` raising EBUSY).
"""

from __future__ import annotations

import errno
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_helpers import cli, env, no_traceback, ok, read_manifest, snapshot

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="mount namespaces are Linux only")


def _namespaces_unavailable() -> str:
    if shutil.which("unshare") is None:
        return "the 'unshare' tool is not installed"
    p = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt 2>&1 || mount -t tmpfs tmpfs /tmp"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return f"unprivileged mount namespaces are not available here ({p.stderr.strip() or p.stdout.strip()})"
    return ""


NS_REASON = _namespaces_unavailable()
needs_ns = pytest.mark.skipif(bool(NS_REASON), reason=NS_REASON or "ok")


def presskit_cmd(*args) -> str:
    return " ".join(shlex.quote(str(a)) for a in (sys.executable, "-m", "presskit", *args))


def in_namespace(setup: str, *args, timeout: float = 240) -> subprocess.CompletedProcess:
    """Run ``setup`` (mount commands), then presskit ARGS, in a private mount namespace."""
    script = f"set -e\n{setup}\nset +e\n{presskit_cmd(*args)}\n"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env(), capture_output=True, text=True,
                          timeout=timeout, errors="surrogateescape")


def tmpfs(where: Path, size: str) -> str:
    where.mkdir(parents=True, exist_ok=True)
    return f"mount -t tmpfs -o size={size} tmpfs {shlex.quote(str(where))}"


def full_disk_sentence(p: subprocess.CompletedProcess) -> None:
    no_traceback(p)
    assert p.returncode == 2, f"exit {p.returncode}\n{p.stdout}\n{p.stderr}"
    assert "presskit: " in p.stderr and ("full" in p.stderr.lower() or "space" in p.stderr.lower()), p.stderr


# --- a full disk -------------------------------------------------------------------------------------

@needs_ns
def test_pack_onto_a_full_disk(signed_kit, tmp_path):
    small = tmp_path / "stick"
    out = small / "kit.presskit"
    setup = tmpfs(small, "64k")
    p = in_namespace(f"{setup}", "pack", signed_kit, "-o", out)
    full_disk_sentence(p)


@needs_ns
def test_diff_onto_a_full_disk(signed_kit, publisher_key, tmp_path):
    new = Path(shutil.copytree(signed_kit, tmp_path / "new"))
    (new / "briefing-note.txt").write_text(os.urandom(100_000).hex())
    ok(cli("build", new, "--workers", "1"))
    ok(cli("sign", new, "--key", publisher_key))
    small = tmp_path / "stick"
    p = in_namespace(tmpfs(small, "16k"), "diff", signed_kit, new, "-o", small / "up.presskit", "--key", publisher_key)
    if "unrecognized arguments" in p.stderr:
        p = in_namespace(tmpfs(small, "16k"), "diff", signed_kit, new, "-o", small / "up.presskit")
    full_disk_sentence(p)


@needs_ns
def test_apply_on_a_full_disk_leaves_the_kit_as_it_was(signed_kit, publisher_key, tmp_path):
    new = Path(shutil.copytree(signed_kit, tmp_path / "new"))
    (new / "annex.txt").write_bytes(os.urandom(2 << 20).hex().encode())
    ok(cli("build", new, "--workers", "1"))
    ok(cli("sign", new, "--key", publisher_key))
    pack = tmp_path / "up.presskit"
    p = cli("diff", signed_kit, new, "-o", pack, "--key", publisher_key)
    if p.returncode == 2:
        ok(cli("diff", signed_kit, new, "-o", pack))
    stick = tmp_path / "stick"
    size = sum(f.stat().st_size for f in signed_kit.rglob("*") if f.is_file()) + (1 << 20)
    setup = f"{tmpfs(stick, str(size))}\ncp -a {shlex.quote(str(signed_kit))} {shlex.quote(str(stick / 'kit'))}"
    script_after = f"; {presskit_cmd('verify', stick / 'kit')}"
    p = subprocess.run(["unshare", "-rm", "sh", "-c",
                        f"set -e\n{setup}\nset +e\n{presskit_cmd('apply', stick / 'kit', pack)}; echo EXIT=$?"
                        f"{script_after}"], env=env(), capture_output=True, text=True, timeout=240)
    no_traceback(p)
    assert "EXIT=2" in p.stdout, p.stdout + p.stderr
    assert "full" in p.stderr.lower() or "space" in p.stderr.lower()
    assert "Signed by" in p.stdout, "the kit on the full stick still verifies as it was"


@needs_ns
def test_a_full_user_cache_while_indexing_is_a_sentence(unsigned_kit, tmp_path):
    (unsigned_kit / "index" / "stamp.json").unlink()  # the reader must index into its cache
    cache = tmp_path / "cache"
    p = subprocess.run(["unshare", "-rm", "sh", "-c",
                        f"set -e\n{tmpfs(cache, '32k')}\nset +e\n"
                        f"XDG_CACHE_HOME={shlex.quote(str(cache))} {presskit_cmd('search', unsigned_kit, 'coalition')}"],
                       env=env(), capture_output=True, text=True, timeout=240)
    full_disk_sentence(p)


@needs_ns
def test_build_onto_a_full_disk_keeps_the_previous_kit(source_template, tmp_path):
    stick = tmp_path / "stick"
    kit = stick / "kit"
    size = 3 * sum(f.stat().st_size for f in source_template.rglob("*") if f.is_file()) + (256 << 10)
    extra = tmp_path / "src2"
    shutil.copytree(source_template, extra)
    (extra / "annex.txt").write_bytes(os.urandom(size).hex().encode())
    script = (f"set -e\n{tmpfs(stick, str(size))}\n{presskit_cmd('build', source_template, '-o', kit, '--workers', '1')}\n"
              f"set +e\nfind {shlex.quote(str(kit))} -type f -exec sha256sum {{}} + | sort > {shlex.quote(str(tmp_path / 'before'))}\n"
              f"{presskit_cmd('build', extra, '-o', kit, '--workers', '1')}; echo EXIT=$?\n"
              f"find {shlex.quote(str(kit))} -type f -exec sha256sum {{}} + | sort > {shlex.quote(str(tmp_path / 'after'))}\n")
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env(), capture_output=True, text=True, timeout=300)
    no_traceback(p)
    assert "EXIT=2" in p.stdout, p.stdout + p.stderr
    assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()


# --- read-only media and mount points ------------------------------------------------------------------

def _ro(kit: Path) -> str:
    q = shlex.quote(str(kit))
    return f"mount --bind {q} {q}\nmount -o remount,bind,ro {q}"


@needs_ns
@pytest.mark.parametrize("command", ["apply", "sign"])
def test_writing_commands_on_read_only_media_are_sentences(command, signed_kit, publisher_key, tmp_path):
    pack = tmp_path / "k.presskit"
    ok(cli("pack", signed_kit, "-o", pack))
    before = snapshot(signed_kit)
    args = ["apply", signed_kit, pack] if command == "apply" else ["sign", signed_kit, "--key", publisher_key]
    p = in_namespace(_ro(signed_kit), *args)
    no_traceback(p)
    assert p.returncode in (0, 2), p.stderr
    if p.returncode == 2:
        assert "read-only" in p.stderr.lower() or "cannot write" in p.stderr.lower(), p.stderr
    assert snapshot(signed_kit) == before


@needs_ns
def test_reading_commands_on_read_only_media_work(signed_kit):
    before = snapshot(signed_kit)
    for args in (["search", signed_kit, "coalition"], ["info", signed_kit], ["verify", signed_kit]):
        p = in_namespace(_ro(signed_kit), *args)
        no_traceback(p)
        assert p.returncode == 0, p.stderr
    assert snapshot(signed_kit) == before


@needs_ns
def test_apply_when_the_kit_folder_is_a_mount_point(signed_kit, publisher_key, tmp_path):
    """The root of a USB stick cannot be renamed (EBUSY): the update is applied in place, journalled."""
    new = Path(shutil.copytree(signed_kit, tmp_path / "new"))
    (new / "annex.txt").write_text("Annex added on day two.\n")
    ok(cli("build", new, "--workers", "1"))
    ok(cli("sign", new, "--key", publisher_key))
    pack = tmp_path / "up.presskit"
    p = cli("diff", signed_kit, new, "-o", pack, "--key", publisher_key)
    if p.returncode == 2:
        ok(cli("diff", signed_kit, new, "-o", pack))
    q = shlex.quote(str(signed_kit))
    p = subprocess.run(["unshare", "-rm", "sh", "-c",
                        f"set -e\nmount --bind {q} {q}\nset +e\n{presskit_cmd('apply', signed_kit, pack)}; "
                        f"echo EXIT=$?; {presskit_cmd('verify', signed_kit)}"],
                       env=env(), capture_output=True, text=True, timeout=240)
    no_traceback(p)
    assert "EXIT=0" in p.stdout, p.stdout + p.stderr
    assert "annex.txt" in {it["path"] for it in read_manifest(signed_kit)["items"]}
    assert "Signed by" in p.stdout


# --- the same faults simulated at the OS boundary (always runs) -------------------------------------------

def _run_in_process(capsys, argv: list[str]) -> tuple[int, str]:
    from presskit.cli import main

    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    return code, err


def _enospc_under(monkeypatch, folder: Path, after: int = 0) -> None:
    """Writes to files under ``folder`` fail with ENOSPC once ``after`` bytes were written."""
    import builtins
    import io

    real_open = io.open
    written = {"n": 0}
    folder = str(folder)

    def fake_open(file, mode="r", *a, **kw):
        f = real_open(file, mode, *a, **kw)
        if any(m in mode for m in "wax+") and str(os.fspath(file) if not isinstance(file, int) else "").startswith(folder):
            real_write = f.write

            def write(data):
                written["n"] += len(data)
                if written["n"] > after:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return real_write(data)

            try:
                f.write = write
            except AttributeError:
                pass
        return f

    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(builtins, "open", fake_open)


def test_simulated_full_disk_during_pack_is_a_sentence(monkeypatch, capsys, signed_kit, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _enospc_under(monkeypatch, out_dir, after=4096)
    code, err = _run_in_process(capsys, ["pack", signed_kit, "-o", out_dir / "k.presskit"])
    assert code == 2 and ("full" in err.lower() or "space" in err.lower()), err
    assert list(out_dir.iterdir()) == []


def test_simulated_busy_mount_point_apply_succeeds(monkeypatch, signed_kit, publisher_key, tmp_path):
    """rename() of the kit folder fails with EBUSY (a mount point): apply works in place."""
    new = Path(shutil.copytree(signed_kit, tmp_path / "new"))
    (new / "annex.txt").write_text("Annex added on day two.\n")
    ok(cli("build", new, "--workers", "1"))
    ok(cli("sign", new, "--key", publisher_key))
    pack = tmp_path / "up.presskit"
    p = cli("diff", signed_kit, new, "-o", pack, "--key", publisher_key)
    if p.returncode == 2:
        ok(cli("diff", signed_kit, new, "-o", pack))
    real_replace, real_rename = os.replace, os.rename
    kit = str(signed_kit)

    def busy(src, dst, *a, **kw):
        if os.fspath(src) == kit or os.fspath(dst) == kit:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), kit)
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", busy)
    monkeypatch.setattr(os, "rename", lambda s, d, *a, **k: busy(s, d) if os.fspath(s) == kit or os.fspath(d) == kit
                        else real_rename(s, d, *a, **k))
    from presskit import fsutil
    from presskit.kit import updates as upd

    def exchange_busy(a, b):
        if kit in (os.fspath(a), os.fspath(b)):
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), kit)
        return False

    monkeypatch.setattr(fsutil, "exchange", exchange_busy)
    upd.apply_update(signed_kit, pack)
    assert "annex.txt" in {it["path"] for it in read_manifest(signed_kit)["items"]}


# --- metadata encodings ----------------------------------------------------------------------------------

def _exif_utf8(tags: dict[int, str]) -> bytes:
    """An EXIF block whose ASCII-typed tags hold UTF-8 bytes, as cameras and photo tools write them."""
    import struct

    entries, data = [], b""
    n = len(tags)
    data_start = 8 + 2 + 12 * n + 4
    for tag, text in sorted(tags.items()):
        raw = text.encode("utf-8") + b"\0"
        if len(raw) <= 4:
            entries.append(struct.pack("<HHI4s", tag, 2, len(raw), raw.ljust(4, b"\0")))
        else:
            entries.append(struct.pack("<HHII", tag, 2, len(raw), data_start + len(data)))
            data += raw
    tiff = b"II*\0" + struct.pack("<I", 8) + struct.pack("<H", n) + b"".join(entries) + b"\0\0\0\0" + data
    return b"Exif\0\0" + tiff


def test_utf8_exif_credits_are_decoded(tmp_path):
    from PIL import Image

    src = tmp_path / "src"
    src.mkdir()
    img = Image.new("RGB", (64, 48), (10, 20, 30))
    exif = _exif_utf8({0x013B: "Zoë Müller",                          # Artist
                       0x8298: "© 2026 Zoë Müller / Lantern",          # Copyright
                       0x010E: "Délégués à la séance d’ouverture"})    # ImageDescription
    img.save(src / "photo.jpg", exif=exif)
    assert "Zoë".encode() in (src / "photo.jpg").read_bytes()
    ok(cli("build", src, "--workers", "1"))
    it = read_manifest(src)["items"][0]
    text = json.dumps(it, ensure_ascii=False)
    assert "Zoë Müller" in it["credit"] + it["copyright"], it
    assert "Ã" not in text and "?" not in it["credit"], it
    assert it["caption"] == "Délégués à la séance d’ouverture"
