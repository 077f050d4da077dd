"""Finding kits in a folder or on a USB stick.

:func:`find_kits` walks a folder looking for kit folders (a folder holding ``manifest.json``) and
single-file kits and update packs (``*.presskit`` files). It is careful with what it walks, since a
stick may come from a stranger or be a whole disk:

* bounded depth (:data:`MAX_DEPTH` folders below the starting one) and a bounded number of entries
  looked at (:data:`MAX_ENTRIES`), so a huge disk ends the scan instead of hanging it;
* symbolic links (and Windows junctions) are never followed, to folders or files: a link cannot lead
  the scan out of the stick, nor round in a circle;
* hidden folders (``.name``), a kit's own sub-folders (a kit is not searched for kits) and folders
  that cannot be read are skipped;
* nothing is opened beyond a directory listing: the caller opens what was found with
  :func:`presskit.kit.open.open_kit`, which checks each kit as any kit is checked.

A ``.presskit`` file is a kit or an update pack; :func:`pack_kind` tells which from its marker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PresskitError
from ..kit.archive import read_marker
from ..kit.format import MANIFEST_NAME
from ..kit.safearchive import SafeArchive

MAX_DEPTH = 4
MAX_ENTRIES = 50_000
PACKED_SUFFIX = ".presskit"
_SKIP_DIRS = {"$RECYCLE.BIN", "System Volume Information", "node_modules", "__pycache__"}


@dataclass
class ScanResult:
    """What a scan found: kit folders, ``.presskit`` files (kits or updates), and whether it stopped early."""

    kits: list[Path] = field(default_factory=list)
    packs: list[Path] = field(default_factory=list)
    truncated: bool = False  # the entry limit was reached before the whole folder was seen


def _is_link(entry: os.DirEntry) -> bool:
    if entry.is_symlink():
        return True
    is_junction = getattr(entry, "is_junction", None)  # Windows junctions (Python 3.12+)
    return bool(is_junction and is_junction())


def find_kits(root: str | os.PathLike, max_depth: int = MAX_DEPTH, max_entries: int = MAX_ENTRIES) -> ScanResult:
    """Kit folders and ``.presskit`` files under ``root`` (``root`` itself may be a kit)."""
    out = ScanResult()
    start = Path(root)
    if start.is_file() and start.suffix.lower() == PACKED_SUFFIX and not start.is_symlink():
        out.packs.append(start)
        return out
    seen = 0
    stack: list[tuple[Path, int]] = [(start, 0)]
    while stack:
        folder, depth = stack.pop()
        if (folder / MANIFEST_NAME).is_file() and not (folder / MANIFEST_NAME).is_symlink():
            out.kits.append(folder)
            continue  # a kit's sub-folders hold its files, not other kits
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[Path] = []
        for e in entries:
            seen += 1
            if seen > max_entries:
                out.truncated = True
                return _sorted(out)
            if e.name.startswith(".") or _is_link(e):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    if depth < max_depth and e.name not in _SKIP_DIRS:
                        subdirs.append(Path(e.path))
                elif e.is_file(follow_symlinks=False) and e.name.lower().endswith(PACKED_SUFFIX):
                    out.packs.append(Path(e.path))
            except OSError:
                continue
        stack.extend((d, depth + 1) for d in reversed(subdirs))
    return _sorted(out)


def _sorted(out: ScanResult) -> ScanResult:
    out.kits.sort()
    out.packs.sort()
    return out


def pack_kind(path: str | os.PathLike) -> str:
    """``kit`` or ``update`` for a ``.presskit`` file (``kit`` when it has no marker); raises
    ArchiveError for a damaged or hostile file."""
    with SafeArchive(path) as arc:
        marker = read_marker(arc)
    kind = marker.get("presskit_pack") if isinstance(marker, dict) else None
    return "update" if kind == "update" else "kit"


def sort_packs(packs: list[Path]) -> tuple[list[Path], list[Path], list[tuple[Path, str]]]:
    """(kits, updates, [(file, why it cannot be read)]) among ``.presskit`` files."""
    kits: list[Path] = []
    updates: list[Path] = []
    bad: list[tuple[Path, str]] = []
    for p in packs:
        try:
            (updates if pack_kind(p) == "update" else kits).append(p)
        except PresskitError as e:
            bad.append((p, e.message))
    return kits, updates, bad
