"""What a reader has already seen of a kit, kept in the user data directory (never in the kit).

Readers never write into a kit (it may be on read-only media, or shared), so "last seen" lives in
``<user_data_dir>/presskit/seen/<key>.json``, one file per kit. The key is a hash of the kit's
resolved location (the folder, or the ``.presskit`` file): applying an update keeps the folder where
it was, so the kit keeps its history; a copy of the kit elsewhere starts afresh.

The viewer calls :func:`new_since_last_seen` when it opens a kit (to mark those items "new"), then
:func:`mark_seen`. A kit never seen before has nothing new (marking everything would mean nothing).
An item counts as new when its id was not in the kit last time, or its content (sha256) changed.
A damaged state file counts as "never seen" and is replaced at the next :func:`mark_seen`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .fsutil import atomic_write_bytes
from .locations import seen_dir


def kit_location(kit: Any) -> Path:
    """Where a kit lives for the purpose of remembering it: the archive file or the folder."""
    return Path(getattr(kit, "archive_path", None) or kit.root).resolve()


def _state_file(kit: Any, base: Path | None) -> Path:
    key = hashlib.sha256(str(kit_location(kit)).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return (base or seen_dir()) / f"{key}.json"


def _load(kit: Any, base: Path | None) -> dict[str, Any] | None:
    try:
        data = json.loads(_state_file(kit, base).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("items"), dict):
        return None
    return data


def mark_seen(kit: Any, base: str | os.PathLike | None = None) -> None:
    """Remember every item of ``kit`` (id and sha256) as seen now."""
    path = _state_file(kit, Path(base) if base else None)
    data = {
        "kit": str(kit_location(kit)),
        "title": kit.info.title,
        "manifest_sha256": kit.manifest_sha256,
        "seen_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "items": {it.id: it.sha256 for it in kit.items},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError:
        pass  # remembering is a convenience; a read-only home must not stop anyone reading


def new_since_last_seen(kit: Any, base: str | os.PathLike | None = None) -> set[str]:
    """Ids of items added or changed since the last :func:`mark_seen` of this kit (empty if never)."""
    data = _load(kit, Path(base) if base else None)
    if data is None:
        return set()
    seen = data["items"]
    return {it.id for it in kit.items if seen.get(it.id) != it.sha256}


def last_seen(kit: Any, base: str | os.PathLike | None = None) -> str | None:
    """ISO time of the last :func:`mark_seen`, or None."""
    data = _load(kit, Path(base) if base else None)
    v = data.get("seen_at") if data else None
    return v if isinstance(v, str) else None
