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

#: The version of what an index holds. Bump it when :mod:`presskit.index.schema` or the analysis
#: changes: older indexes then read as "stale" and are rebuilt. (Kept here, with the stamp that
#: records it, so checking an index's status never loads Whoosh.)
SCHEMA_VERSION = 11
STAMP_NAME = "stamp.json"


def read_stamp(index_dir: Path) -> dict[str, Any] | None:
    try:
        stamp = json.loads((Path(index_dir) / STAMP_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


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
    """The status of the index ``kit`` searches (:attr:`presskit.kit.format.Kit.index_dir`)."""
    return index_status(kit.index_dir, kit.manifest_sha256)


def first_fresh(candidates: Iterable[Path | None], manifest_sha256: str) -> Path | None:
    """The first of ``candidates`` that is fresh for the manifest, or None."""
    for c in candidates:
        if c is not None and index_status(c, manifest_sha256) == "fresh":
            return Path(c)
    return None


def restamp(index_dir: Path, old_sha: str, new_sha: str) -> bool:
    """Record that a fresh index now serves a manifest that changed only in its kit info (signing adds
    the publisher and key): rewrites ``stamp.json`` when, and only when, it was fresh for ``old_sha``.
    Returns whether the index is fresh for ``new_sha`` afterwards."""
    if index_status(index_dir, old_sha) != "fresh":
        return False
    stamp = read_stamp(index_dir) or {}
    stamp["manifest_sha256"] = new_sha
    atomic_write_bytes(Path(index_dir) / STAMP_NAME, json.dumps(stamp, indent=1).encode())
    return index_status(index_dir, new_sha) == "fresh"


def index_size(index_dir: Path) -> int:
    return sum(p.stat().st_size for p in Path(index_dir).rglob("*") if p.is_file())
