"""The sha256 of a build's source files and of the kit it replaces, remembered between builds outside both.

A rebuild hashes every source file to find what changed: 0.4-0.6 s for 280 MB of PDFs, most of a
rebuild where nothing changed. Like git's index, this remembers each file's sha256 with what
identifies that version of the file: device, inode, size, modification and status-change times
(the status-change time moves on any write and cannot be set back by the user). A file whose five
values are unchanged is not read again. A file changed less than :data:`RACY_NS` before its hash
was taken is not remembered (two writes within one tick of the file system's clock leave the same
times), so it is hashed again at the next build.

A build also hashes the files of the kit it replaces, to hard-link those that hold what the source
holds (never believing the kit's manifest). After the swap it remembers the files it has just put in
the kit (:func:`remember`), so the next build reads them only if they changed since.

The cache is the publisher's own: one file per folder (source, kit) in the user's cache folder,
never in the source folder nor in the kit, read with :mod:`presskit.safeload`'s limits; a damaged
or missing cache only means hashing everything. What it holds was computed by presskit on this
computer; what a kit says about itself is never taken as a hash (``docs/trust.md``).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from ..fsutil import atomic_write_bytes, sha256_files
from ..locations import user_cache
from ..safeload import DataError, Limits, load_json

VERSION = 1
#: a file must have been unchanged this long before its hash was taken to be remembered
RACY_NS = 2_000_000_000
LIMITS = Limits(max_bytes=64 << 20, max_values=5_000_000, max_depth=4)


def _cache_file(src: Path) -> Path:
    key = hashlib.sha256(str(src.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return user_cache() / "source-hashes" / f"{key}.json"


def _identity(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _read(path: Path) -> dict[str, list]:
    try:
        data = load_json(path.read_bytes(), path.name, LIMITS)
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
            return {}
        return {k: v for k, v in data["files"].items()
                if isinstance(v, list) and len(v) == 6 and isinstance(v[5], str) and len(v[5]) == 64}
    except (OSError, DataError, ValueError):
        return {}


def remember(root: Path, shas: dict[str, str]) -> None:
    """Remember the sha256 of files this build has just placed under ``root`` (the files of the kit it
    swapped in: their content is what it verified or copied). Their times are those of this build,
    so the racy rule does not apply: nothing else writes into a kit while it is being built."""
    entries = {}
    for p, sha in shas.items():
        try:
            entries[p] = _identity(os.stat(p)) + [sha]
        except OSError:
            continue
    _write(_cache_file(root), entries)


def _write(cache_path: Path, entries: dict[str, list]) -> None:
    try:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_path, json.dumps({"version": VERSION, "files": entries},
                                                  separators=(",", ":")).encode("utf-8", "surrogateescape"))
    except OSError:
        pass  # a read-only cache folder: the next build hashes everything again


def sha256_sources(root: Path, paths: list[str]) -> dict[str, str | OSError]:
    """:func:`presskit.fsutil.sha256_files` of ``paths`` (files under ``root``), reading only the
    files that changed since a previous build hashed them."""
    cache_path = _cache_file(root)
    known = _read(cache_path)
    out: dict[str, str | OSError] = {}
    stats: dict[str, os.stat_result] = {}
    todo: list[str] = []
    for p in paths:
        try:
            st = stats[p] = os.stat(p)
        except OSError:
            todo.append(p)  # sha256_files says why
            continue
        entry = known.get(p)
        if entry is not None and entry[:5] == _identity(st):
            out[p] = entry[5]
        else:
            todo.append(p)
    started = time.time_ns()
    fresh = sha256_files(todo) if todo else {}
    out.update(fresh)
    remembered = {p: _identity(stats[p]) + [sha] for p, sha in out.items()
                  if isinstance(sha, str) and p in stats and stats[p].st_ctime_ns < started - RACY_NS
                  and stats[p].st_mtime_ns < started - RACY_NS}
    if fresh or len(remembered) != len(known):
        _write(cache_path, remembered)
    return out
