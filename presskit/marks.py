"""What a reader marked in a kit, and the selections she named ("briefing packs"), kept between sessions.

Readers never write into a kit, so marks live in ``<user_data_dir>/presskit/marks/<identity>.json``,
one file per kit. The key is the kit's *identity*, not its location: the publisher's key (when the kit
is signed), organisation, event, title and start date. The same kit copied from a USB stick to the
laptop, or updated with an update pack, keeps its marks; two different kits never share them.

Marks are item ids. An id the kit no longer has (an update removed it) is kept in the file but not
shown, so a later update that brings it back brings the mark back too. A damaged or oversized file
counts as "nothing marked" and is replaced at the next save; nothing in it is ever executed.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fsutil import atomic_write_bytes
from .locations import user_data

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_IDS = 100_000
MAX_ID_CHARS = 1024
MAX_PACKS = 500
MAX_NAME_CHARS = 200


def kit_identity(kit: Any) -> str:
    """A stable key for "this kit", wherever it is: publisher key, organisation, event, title, start."""
    i = kit.info
    parts = [i.key_fingerprint or "", i.publisher or "", i.organisation or "", i.event or "", i.title or "",
             i.start or ""]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:24]


def marks_dir() -> Path:
    return user_data() / "marks"


@dataclass
class Pack:
    """A named selection ("briefing pack"): its name, its item ids in order, when it was saved."""

    name: str
    ids: list[str]
    saved: str = ""


@dataclass
class KitMarks:
    """What one reader keeps for one kit: the marked ids and the named packs (by name, in order)."""

    marked: list[str] = field(default_factory=list)
    packs: list[Pack] = field(default_factory=list)

    def pack(self, name: str) -> Pack | None:
        return next((p for p in self.packs if p.name == name), None)

    def put_pack(self, name: str, ids: list[str]) -> Pack:
        """Save ``ids`` under ``name`` (replacing a pack of that name); returns the pack."""
        name = " ".join(name.split())[:MAX_NAME_CHARS]
        if not name:
            raise ValueError("A briefing pack needs a name.")
        p = Pack(name, list(dict.fromkeys(ids)), _dt.datetime.now().isoformat(timespec="seconds"))
        self.packs = [x for x in self.packs if x.name != name] + [p]
        return p

    def drop_pack(self, name: str) -> bool:
        n = len(self.packs)
        self.packs = [x for x in self.packs if x.name != name]
        return len(self.packs) != n


def _file(kit: Any, base: Path | None) -> Path:
    return (base or marks_dir()) / f"{kit_identity(kit)}.json"


def _ids(v: Any) -> list[str]:
    if not isinstance(v, list):
        return []
    return [x for x in v[:MAX_IDS] if isinstance(x, str) and 0 < len(x) <= MAX_ID_CHARS]


def load_marks(kit: Any, base: str | os.PathLike | None = None) -> KitMarks:
    """The reader's marks and packs for ``kit`` (empty when none, or when the file is damaged)."""
    path = _file(kit, Path(base) if base else None)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return KitMarks()
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return KitMarks()
    if not isinstance(data, dict):
        return KitMarks()
    packs: list[Pack] = []
    for p in data.get("packs", [])[:MAX_PACKS] if isinstance(data.get("packs"), list) else []:
        if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip():
            packs.append(Pack(p["name"][:MAX_NAME_CHARS], _ids(p.get("ids")),
                              p["saved"] if isinstance(p.get("saved"), str) else ""))
    return KitMarks(list(dict.fromkeys(_ids(data.get("marked")))), packs)


def save_marks(kit: Any, marks: KitMarks, base: str | os.PathLike | None = None) -> bool:
    """Keep ``marks`` for ``kit``; False when the user data folder cannot be written (never raises)."""
    path = _file(kit, Path(base) if base else None)
    data = {
        "kit": kit.info.title,
        "location": str(getattr(kit, "archive_path", None) or kit.root),
        "marked": marks.marked[:MAX_IDS],
        "packs": [{"name": p.name, "ids": p.ids[:MAX_IDS], "saved": p.saved} for p in marks.packs[:MAX_PACKS]],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError:
        return False
    return True
