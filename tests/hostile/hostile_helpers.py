"""Tools for the hostile suite: run presskit as a reader would, plant payloads, compare folders.

Most hostile tests drive the ``presskit`` command in a subprocess (the entry point an attacker's kit
meets first), with the test's own cache, data and config folders so nothing leaks between tests.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: What a planted payload writes; its absence proves the payload never ran.
PWNED = "pwned by a kit"


def env(**extra: str) -> dict[str, str]:
    """The environment of a presskit subprocess: this checkout first, offscreen Qt, the test's
    (isolated) user folders, no user state."""
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["PRESSKIT_NO_USER_STATE"] = "1"
    e["PYTHONDONTWRITEBYTECODE"] = "1"
    e.update(extra)
    return e


def cli(*args: str | os.PathLike, timeout: float = 180, cwd: str | os.PathLike | None = None,
        input: str | None = None, **extra_env: str) -> subprocess.CompletedProcess:
    """Run ``python -m presskit ARGS``; returns the completed process (text, both streams kept)."""
    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], env=env(**extra_env),
                          capture_output=True, text=True, timeout=timeout, cwd=cwd, input=input,
                          errors="surrogateescape")


def ok(p: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert p.returncode == 0, f"exit {p.returncode}\nstdout: {p.stdout}\nstderr: {p.stderr}"
    return p


def no_traceback(p: subprocess.CompletedProcess) -> None:
    """A fault must end in a sentence, never in a Python traceback."""
    assert "Traceback (most recent call last)" not in p.stderr, p.stderr
    assert "Traceback (most recent call last)" not in p.stdout, p.stdout


def sentence(p: subprocess.CompletedProcess, code: int = 2) -> str:
    """The command failed with ``code`` and one 'presskit: ...' sentence (no traceback)."""
    no_traceback(p)
    assert p.returncode == code, f"exit {p.returncode}\nstdout: {p.stdout}\nstderr: {p.stderr}"
    assert "presskit: " in p.stderr, p.stderr
    return p.stderr


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and link under ``folder`` (hidden ones too) with its sha256 (or link target)."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(folder).as_posix()
            if p.is_symlink():
                out[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
            elif p.is_dir():
                out[rel + "/"] = "dir"
    return out


def copy_kit(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    return dst


# --- a planted table of contents --------------------------------------------------------------

class Payload:
    """Pickles to a call of ``exec`` that writes ``PWNED`` into ``marker``: arbitrary code."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        code = f"open({self.marker!r}, 'w').write({PWNED!r})"
        return (exec, (code,))


class SystemPayload(Payload):
    """The same through ``os.system`` (a shell command)."""

    def __reduce__(self):
        return (os.system, (f"echo {PWNED!r} > {self.marker!r}",))


def plant_toc(whoosh_dir: Path, marker: Path, where: str = "both") -> Path:
    """Rewrite the latest ``_MAIN_<gen>.toc`` in ``whoosh_dir`` so that reading it runs code.

    ``where``: ``schema`` (the pickled schema), ``segments`` (the pickled segment list) or ``both``.
    The header is written exactly as Whoosh writes it, so Whoosh reads the file as its own.
    """
    from whoosh import index as windex
    from whoosh.filedb.structfile import StructFile

    tocs = sorted(whoosh_dir.glob("_MAIN_*.toc"), key=lambda p: int(p.stem.split("_")[-1]))
    assert tocs, f"no table of contents in {whoosh_dir}"
    toc = tocs[-1]
    gen = int(toc.stem.split("_")[-1])
    schema_obj = Payload(marker) if where in ("schema", "both") else {}
    segments = [SystemPayload(marker)] if where in ("segments", "both") else []
    with open(toc, "wb") as raw:
        f = StructFile(raw)
        f.write_varint(windex._INT_SIZE)
        f.write_varint(windex._LONG_SIZE)
        f.write_varint(windex._FLOAT_SIZE)
        f.write_int(-12345)
        f.write_int(windex._CURRENT_TOC_VERSION)
        for num in (2, 7, 5):
            f.write_varint(num)
        f.write_string(pickle.dumps(schema_obj, 2))
        f.write_int(gen)
        f.write_int(0)
        f.write(pickle.dumps(segments, 2))
        raw.flush()
    return toc


def whoosh_dirs(kit_index: Path) -> list[Path]:
    """The folders of ``KIT/index/whoosh/`` that hold a Whoosh index: the folder itself (one table
    of contents listing every segment) or, in older layouts, one subfolder per shard."""
    base = kit_index / "whoosh"
    shards = sorted(p for p in base.iterdir() if p.is_dir())
    found = shards or ([base] if any(base.glob("_MAIN_*.toc")) else [])
    assert found, f"no Whoosh index under {kit_index}"
    return found


def plant_every_toc(kit_index: Path, marker: Path, where: str = "both") -> list[Path]:
    """Plant every table of contents under ``KIT/index/whoosh/``."""
    return [plant_toc(s, marker, where) for s in whoosh_dirs(kit_index)]


def plant_segment(whoosh_dir: Path, marker: Path) -> Path:
    """Rewrite a pickle inside a segment so that reading it runs code: the directory at the end of a
    compound segment file (``*.seg``), else the "extras" pickle at the end of each terms file
    (``*.trm``, a Whoosh hash file: ``... pickle, int32 length of the pickle``)."""
    import io
    import struct

    from whoosh.filedb.structfile import StructFile

    segs = sorted(whoosh_dir.glob("*.seg"))
    if not segs:
        trms = sorted(whoosh_dir.glob("*.trm"))
        assert trms, f"no segment file in {whoosh_dir}"
        for trm in trms:
            data = trm.read_bytes()
            (length,) = struct.unpack("!i", data[-4:])
            tail = pickle.dumps(SystemPayload(marker), 2)
            trm.write_bytes(data[:len(data) - 4 - length] + tail + struct.pack("!i", len(tail)))
        return trms[0]
    seg = segs[0]
    data = seg.read_bytes()
    head = StructFile(io.BytesIO(data))
    dirpos = head.read_long()
    tail = pickle.dumps(SystemPayload(marker), 2) + pickle.dumps({}, 2)
    new = io.BytesIO()
    out = StructFile(new)
    out.write_long(dirpos)
    out.write_int(len(tail))
    body = new.getvalue() + data[len(new.getvalue()):dirpos] + tail
    seg.write_bytes(body)
    return seg


# --- forging kits as an attacker would (the documented formats, no presskit code) -----------------

def fingerprint_of(key_pem: Path) -> str:
    """The documented fingerprint of a key file: SHA-256 of the raw public key, 16 groups of 4."""
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(Path(key_pem).read_bytes(), password=None)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    h = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(h[i:i + 4] for i in range(0, 64, 4))


def dump_manifest(data: dict) -> bytes:
    import json

    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_manifest(kit: Path) -> dict:
    import json

    return json.loads((kit / "manifest.json").read_text("utf-8"))


def write_manifest(kit: Path, data: dict) -> bytes:
    raw = dump_manifest(data)
    (kit / "manifest.json").write_bytes(raw)
    return raw


def sign_manifest(kit: Path, key_pem: Path | None, publisher: str) -> None:
    """Write ``signature.json`` over the kit's manifest bytes, in the documented format."""
    import base64
    import json

    from cryptography.hazmat.primitives import serialization

    manifest = (kit / "manifest.json").read_bytes()
    key = serialization.load_pem_private_key(Path(key_pem).read_bytes(), password=None)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    sig = {"algorithm": "ed25519", "public_key": base64.b64encode(raw).decode(),
           "fingerprint": fingerprint_of(key_pem), "publisher": publisher,
           "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
           "signature": base64.b64encode(key.sign(manifest)).decode()}
    (kit / "signature.json").write_text(json.dumps(sig, indent=1) + "\n", encoding="utf-8")


def forge(kit: Path, key_pem: Path, publisher: str, kit_fields: dict | None = None,
          item_fields: dict | None = None) -> None:
    """Rewrite the manifest's kit description (and every item's fields) and sign it with ``key_pem``."""
    data = read_manifest(kit)
    data["kit"].update({"publisher": publisher, "key_fingerprint": fingerprint_of(key_pem)})
    data["kit"].update(kit_fields or {})
    for it in data["items"]:
        it.update(item_fields or {})
    write_manifest(kit, data)
    sign_manifest(kit, key_pem, publisher)


def rehash(kit: Path, rel: str) -> None:
    """After changing ``rel``, make the manifest agree with it (what a forger does)."""
    data = read_manifest(kit)
    p = kit / rel
    for it in data["items"]:
        if it["path"] == rel:
            it["sha256"] = hashlib.sha256(p.read_bytes()).hexdigest()
            it["bytes"] = p.stat().st_size
    write_manifest(kit, data)


BIDI_AND_CONTROLS = ["\x1b", "\r", "\x07", "\x9b", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u200f"]


def assert_display_safe(text: str) -> None:
    for c in BIDI_AND_CONTROLS:
        assert c not in text, f"{c!r} reached the display: {text!r}"


def write_plain_kit(root: Path, files: dict[str, bytes], title: str = "Test kit", publisher: str = "") -> Path:
    """A built kit in the documented format (text items, no index), written without presskit."""
    root.mkdir(parents=True, exist_ok=True)
    items = []
    for rel, data in sorted(files.items()):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        items.append({"id": hashlib.sha256(rel.encode()).hexdigest()[:12], "path": rel,
                      "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "kind": "press-release",
                      "media": "text", "title": Path(rel).stem, "pages": 1, "status": "ok", "speakers": [],
                      "tags": [], "links": [], "language": "en"})
    toml = f'title = "{title}"\norganisation = "Test Org"\n'
    if publisher:
        toml += f'publisher = "{publisher}"\n'
    (root / "kit.toml").write_text(toml, encoding="utf-8")
    kit = {"title": title, "organisation": "Test Org", "publisher": publisher, "languages": [],
           "contacts": [], "links": []}
    write_manifest(root, {"format": "presskit", "format_version": "1.0", "kit": kit, "items": items,
                          "skipped": []})
    return root
