"""Reading a kit's files the same way whether it is a folder or a ``.presskit`` file.

Verification, signing and updates read files through these functions: a packed kit's members are
read straight from the archive (never extracted), a folder's from the disk. ``kit`` is anything with
a ``root`` (an opened kit, or a bare :class:`Folder`); a packed kit adds ``open_member``,
``member_size`` and ``member_names`` (:class:`presskit.kit.archive.PackedKit`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import KitError
from ..fsutil import open_regular, regular_size
from .archive import PackedFiles



def kit_open(kit: Any, rel: str) -> BinaryIO:
    """Open a kit file for reading; packed kits read it from the archive, never extracting it."""
    opener = getattr(kit, "open_member", None)
    if opener is not None:
        return opener(rel)
    return open_regular(kit.root, rel)  # never through a link, never a pipe


def kit_read(kit: Any, rel: str) -> bytes | None:
    try:
        with kit_open(kit, rel) as f:
            return f.read()
    except FileNotFoundError:
        return None


def kit_size(kit: Any, rel: str) -> int | None:
    sizer = getattr(kit, "member_size", None)
    if sizer is not None:
        return sizer(rel)
    return regular_size(kit.root, rel)  # -1 for a link or special file: it is not what was signed


def kit_files(kit: Any) -> set[str]:
    """Every regular file of the kit, as relative POSIX paths."""
    lister = getattr(kit, "member_names", None)
    if lister is not None:
        return set(lister())
    root = Path(kit.root)
    out: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
        rel_dir = Path(dirpath).relative_to(root)
        for name in filenames:
            out.add((rel_dir / name).as_posix())
    return out


class Folder:
    """A bare kit folder (no manifest parsing, no index): enough for :func:`check_files`."""

    def __init__(self, root: Path):
        self.root = Path(root)


def as_kit(kit: Any) -> Any:
    """A path becomes a bare folder or archive reader: verification needs files, not an index."""
    if isinstance(kit, (str, os.PathLike)):
        p = Path(kit)
        if p.is_file():
            return PackedFiles(p)
        if not p.is_dir():
            raise KitError(f"There is no kit at {p}.")
        return Folder(p)
    return kit
