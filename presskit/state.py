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

from .safeload import DataError, Limits, load_json
from .fsutil import atomic_write_bytes
from .locations import seen_dir


def kit_location(kit: Any) -> Path:
    """Where a kit lives for the purpose of remembering it: the archive file or the folder."""
    return Path(getattr(kit, "archive_path", None) or kit.root).resolve()


def _state_file(kit: Any, base: Path | None) -> Path:
    key = hashlib.sha256(str(kit_location(kit)).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return (base or seen_dir()) / f"{key}.json"


_STATE_LIMITS = Limits(max_bytes=256 << 20, max_depth=4, max_string=4096, max_values=20_000_000)


def _load(kit: Any, base: Path | None) -> dict[str, Any] | None:
    try:
        data = load_json(_state_file(kit, base).read_bytes(), "state", _STATE_LIMITS)
    except (OSError, DataError):
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
    old = _load(kit, Path(base) if base else None) or {}
    if isinstance(old.get("signer"), str):
        data["signer"] = old["signer"]  # who signed this kit when it was last seen signed
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


def remember_signer(kit: Any, fingerprint: str, base: str | os.PathLike | None = None) -> None:
    """Record that this kit was found validly signed with the key ``fingerprint``."""
    path = _state_file(kit, Path(base) if base else None)
    data = _load(kit, Path(base) if base else None)
    if data is None or not fingerprint or data.get("signer") == fingerprint:
        return
    data["signer"] = fingerprint
    try:
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError:
        pass


def previous_signer(kit: Any, base: str | os.PathLike | None = None) -> str:
    """The fingerprint this kit (at this place) was signed with when last seen signed, or ''.

    A kit that was signed never silently becomes unsigned: the viewer compares this with what it
    finds now and says so when the signature is gone or the key changed.
    """
    data = _load(kit, Path(base) if base else None)
    v = data.get("signer") if data else None
    return v if isinstance(v, str) else ""
