"""Assembling a new kit beside the old one, and swapping it in when it is complete.

A build into another folder (``presskit build SRC -o KIT``) never writes into ``KIT`` itself: the
new kit is assembled in ``.KIT.staging-<pid>-<ms>`` next to it, and exchanged with ``KIT`` in one
step once its index and manifest are written (:func:`presskit.fsutil.swap_dir`: ``renameat2``
with ``RENAME_EXCHANGE`` on Linux, else two renames). Killed or failing before that, the previous
kit is byte for byte as it was; the next build removes the leftover folder.

Most of a rebuild's files did not change, so they are not copied: a file whose content the
previous kit already holds under the same name (checked by hashing it, never by size and time) is
hard-linked from it (copied where the file system has no hard links, as on FAT USB sticks). A file
the previous build put there and that has not changed since (same inode, size and times: see
:mod:`presskit.build.hashcache`) is not hashed again.
Files of the previous kit that were not items of it (a note the publisher put there) are carried
over the same way; items that left the source folder leave the kit.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from ..errors import BuildError, Cancelled
from ..fsutil import link_or_copy, remove_leftovers, sha256_files, swap_dir
from ..kitswap import checkpoint as kill_point  # noqa: F401 - the builder's kill points
from ..kit.format import KIT_TOML, MANIFEST_NAME, RESERVED_NAMES
from ..model import Item
from .hashcache import remember, sha256_sources

#: Files of a previous kit carried into the new one although the source does not have them.
CARRIED = ("signature.json",)


class Staging:
    """The new kit for ``out``, assembled from ``src`` beside ``out``."""

    def __init__(self, src: Path, out: Path):
        self.src, self.out = Path(src), Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if self.out.exists() and not self.out.is_dir():
            raise BuildError(f"{self.out} is a file, not a folder: give a folder for the kit.")
        if self.out.is_dir() and not (self.out / MANIFEST_NAME).exists() and any(self.out.iterdir()):
            raise BuildError(f"{self.out} already holds files and is not a kit: presskit will not mix a kit "
                             "into it. Give an empty or new folder with -o.")
        remove_leftovers(self.out, ("staging-*",))
        self.path = self.out.parent / f".{self.out.name}.staging-{os.getpid()}-{int(time.time() * 1000)}"
        self.path.mkdir()
        self.linked = self.copied = 0
        self.placed: dict[str, str] = {}  # rel -> sha256 of what this build put in the kit

    def assemble(self, rels: Iterable[str], sidecars: list[str], shas: dict[str, str], previous: dict[str, Item],
                 cancel: Callable[[], bool] | None) -> None:
        """Put every readable source file, its photo sidecars and kit.toml into the staged kit."""
        rels = [r for r in rels if r in shas]
        extra = ([KIT_TOML] if (self.src / KIT_TOML).is_file() else []) + list(sidecars)
        # previous files that may be reused: the same name in the old kit, and what it holds now
        cands = [r for r in rels if r in previous and previous[r].sha256 == shas[r]] + extra
        have = sha256_sources(self.out, [str(self.out / PurePosixPath(r)) for r in cands]) if self.out.is_dir() else {}
        want = dict(shas)
        extra_shas = sha256_files([str(self.src / PurePosixPath(r)) for r in extra])
        for rel in extra:
            h = extra_shas.get(str(self.src / PurePosixPath(rel)))
            if isinstance(h, str):
                want[rel] = h
        self.placed = {rel: want[rel] for rel in rels + extra if rel in want}
        for rel in rels + extra:
            if cancel and cancel():
                raise Cancelled()
            old = self.out / PurePosixPath(rel)
            dst = self.path / PurePosixPath(rel)
            try:
                if have.get(str(old)) == want.get(rel):
                    link_or_copy(old, dst)
                    self.linked += 1
                else:
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(self.src / PurePosixPath(rel), dst)
                    self.copied += 1
            except OSError as e:
                raise BuildError(f"Cannot copy {rel} into the new kit beside {self.out}: {e.strerror}.",
                                 details=str(e)) from None
        self._carry_over(set(rels) | set(extra), previous)

    def _carry_over(self, placed: set[str], previous: dict[str, Item]) -> None:
        """Files of the previous kit that were not its items and are not generated: kept."""
        if not self.out.is_dir():
            return
        for dirpath, dirnames, files in os.walk(self.out):
            rel_dir = Path(dirpath).relative_to(self.out)
            if rel_dir == Path("."):
                dirnames[:] = [d for d in dirnames if d not in RESERVED_NAMES and not d.startswith(".")]
            else:
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for fn in files:
                rel = (rel_dir / fn).as_posix()
                top = rel_dir == Path(".")
                if rel in placed or rel in previous or fn.startswith(".") or (top and fn in RESERVED_NAMES
                                                                                and fn not in CARRIED):
                    continue
                p = Path(dirpath) / fn
                if p.is_file() and not p.is_symlink():
                    link_or_copy(p, self.path / PurePosixPath(rel))

    def swap_in(self) -> None:
        """Exchange the staged kit with ``out`` (the old one is removed after)."""
        try:
            swap_dir(self.path, self.out)
        except OSError as e:
            raise BuildError(f"Cannot put the new kit in place of {self.out}: {e.strerror}. The previous kit "
                             "is unchanged.", details=str(e)) from None
        remember(self.out, {str(self.out / PurePosixPath(rel)): sha for rel, sha in self.placed.items()})

    def cleanup(self) -> None:
        if self.path.exists():
            shutil.rmtree(self.path, ignore_errors=True)
