"""Small kits for the trust/archive/update tests, written without the builder (no index needed)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from presskit.fsutil import atomic_write_bytes
from presskit.kit.format import dump_manifest
from presskit.model import Item, KitInfo

DEFAULT_FILES = {
    "releases/2026-11-16_en_press-release_opening.txt": "Opening statement: the summit opens today.\n".encode(),
    "releases/2026-11-16_fr_press-release_ouverture.txt": "Déclaration d'ouverture : le sommet s'ouvre.\n".encode(),
    "photos/summit.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40,
    "briefings/2026-11-17_en_briefing_day-two.pdf": b"%PDF-1.4\n" + b"fake pdf body " * 500,
}


def write_kit(root: Path, files: dict[str, bytes] | None = None, title: str = "Test kit",
              publisher: str = "", toml_extra: str = "") -> Path:
    """Write ``files`` and a manifest for them into ``root`` (a built kit, minus the index)."""
    files = DEFAULT_FILES if files is None else files
    root.mkdir(parents=True, exist_ok=True)
    items = []
    for n, (rel, data) in enumerate(sorted(files.items())):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        media = "image" if rel.endswith(".jpg") else "pdf" if rel.endswith(".pdf") else "text"
        items.append(Item(id=hashlib.sha256(rel.encode()).hexdigest()[:12], path=rel,
                          sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), media=media,
                          title=Path(rel).stem, pages=0 if media == "image" else 1,
                          kind="photo" if media == "image" else "press-release"))
    toml = f'title = "{title}"\norganisation = "Test Org"\n'
    if publisher:
        toml += f'publisher = "{publisher}"\n'
    toml += toml_extra
    (root / "kit.toml").write_text(toml, encoding="utf-8")
    info = KitInfo(title=title, organisation="Test Org", publisher=publisher)
    atomic_write_bytes(root / "manifest.json", dump_manifest(info, items))
    return root


def zip_bytes(members: list[tuple[str, bytes]], compress=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def patch_name(data: bytes, placeholder: bytes, raw: bytes) -> bytes:
    """Replace a member name in both the local and central headers (same length)."""
    assert len(placeholder) == len(raw)
    assert data.count(placeholder) >= 2
    return data.replace(placeholder, raw)


def unsign(root: Path) -> Path:
    """Make a signed kit an ordinary unsigned one: no signature, and a manifest that names no key
    (a kit whose manifest names a key but has no signature reads as a bad signature)."""
    import json

    (root / "signature.json").unlink(missing_ok=True)
    data = json.loads((root / "manifest.json").read_text("utf-8"))
    data.get("kit", {}).pop("key_fingerprint", None)
    atomic_write_bytes(root / "manifest.json",
                       (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return root
