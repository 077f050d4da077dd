"""Whether an index directory is fresh, stale or missing, and which index a kit searches.

An index is *fresh* for a kit when its ``stamp.json`` records the current schema version and the
sha256 of the kit's ``manifest.json``; *stale* when it records anything else; *missing* when there is
no stamp or no Whoosh folder. A stale or missing index is rebuilt (readers rebuild it in the user
cache, never in the kit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..fsutil import atomic_write_bytes
from .integrity import STAMP_NAME, intact, locally_sealed, parse_stamp, read_stamp_bytes, trusted, write_local_seal

#: The version of what an index holds. Bump it when :mod:`presskit.index.schema` or the analysis
#: changes: older indexes then read as "stale" and are rebuilt. (Kept here, with the stamp that
#: records it, so checking an index's status never loads Whoosh.)
SCHEMA_VERSION = 12


def read_stamp(index_dir: Path) -> dict[str, Any] | None:
    """The stamp of an index folder, or None when it is missing, damaged or past the limits."""
    return parse_stamp(read_stamp_bytes(index_dir))


def index_status(index_dir: Path | None, manifest_sha256: str) -> str:
    """'fresh', 'stale' or 'missing' for the index in ``index_dir`` and a manifest hash."""
    if index_dir is None:
        return "missing"
    stamp = read_stamp(index_dir)
    if not stamp or not (Path(index_dir) / "whoosh").is_dir():
        return "missing"
    if stamp.get("schema") != SCHEMA_VERSION or stamp.get("manifest_sha256") != manifest_sha256:
        return "stale"
    return "fresh"


def kit_index_status(kit) -> str:
    """The status of the index ``kit`` searches (:attr:`presskit.kit.format.Kit.index_dir`): 'fresh'
    only when it is also trusted (an untrusted one reads as 'stale', so it is rebuilt)."""
    status = index_status(kit.index_dir, kit.manifest_sha256)
    if status != "fresh" or getattr(kit, "trusted_index", None) == kit.index_dir:
        return status
    if trusted(kit.index_dir, getattr(kit, "publisher_key", None)):
        kit.trusted_index = kit.index_dir
        return status
    return "stale"


def first_trusted(candidates: Iterable[Path | None], manifest_sha256: str,
                  public_key: bytes | None = None) -> Path | None:
    """The first candidate that is fresh for the manifest and trusted (:mod:`presskit.index.integrity`:
    intact, and built by this computer or sealed by ``public_key``, the kit's publisher), or None."""
    for c in candidates:
        if c is not None and index_status(c, manifest_sha256) == "fresh" and trusted(c, public_key):
            return Path(c)
    return None


def restamp(index_dir: Path, old_sha: str, new_sha: str) -> bool:
    """Record that a fresh index now serves a manifest that changed only in its kit info (signing adds
    the publisher, key and sequence): rewrites ``stamp.json`` when, and only when, it was fresh for
    ``old_sha`` and this computer built it (it is sealed again). Returns whether the index is fresh
    for ``new_sha`` afterwards."""
    raw = read_stamp_bytes(index_dir)
    if index_status(index_dir, old_sha) != "fresh" or not locally_sealed(index_dir, raw):
        return False
    stamp = read_stamp(index_dir) or {}
    if not intact(index_dir, stamp):
        return False
    stamp["manifest_sha256"] = new_sha
    new_raw = json.dumps(stamp, indent=1).encode()
    atomic_write_bytes(Path(index_dir) / STAMP_NAME, new_raw)
    write_local_seal(index_dir, new_raw)
    return index_status(index_dir, new_sha) == "fresh"


def index_size(index_dir: Path) -> int:
    return sum(p.stat().st_size for p in Path(index_dir).rglob("*") if p.is_file())
