"""What of a source folder goes into a kit, and copying it into the kit being assembled.

:func:`scan_source` walks the publisher's folder. Items are the regular files a kit can carry to any
reader; everything else is **left out with its reason**, reported by ``presskit build``:

* hidden files and folders (``.secrets/``, ``.credentials.json``, ``.vscode/``): never published;
* links (to files or folders) and special files (pipes, devices, sockets): a kit holds documents,
  and a link could pull anything of the publisher's computer into it;
* names reserved for the kit's own files (``manifest.json``, ``signature.json``, ``index/``, ...);
* names that would not survive the trip: not UTF-8, with control, bidi or invisible characters, with
  characters or forms Windows and FAT/exFAT USB sticks refuse (``<>:"\\|?*``, a trailing dot or
  space, ``CON``, ``NUL``, ...), longer than 1,024 bytes, or equal to another file's name once case
  and Unicode normalisation are ignored (Windows and macOS would keep only one of them).

:func:`stage_sources` copies the items, their sidecars and ``kit.toml`` into a new folder, taking a
file from the previous kit (a hard link) only when its **content** is the same (compared by sha256,
never by size and date), and carries over what the previous kit holds that is not generated from the
source (its signature, the reader's own files).
"""

from __future__ import annotations

import os
import shutil
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import BuildError, Cancelled
from ..fsutil import copy_hashing, sha256_file
from ..ingest.formats import is_sidecar, sidecars_of
from ..ingest.record import Failure
from ..kit.format import KIT_TOML, MANIFEST_NAME, RESERVED_NAMES, load_manifest_json, parse_manifest
from ..plaintext import is_plain

SIGNATURE_NAME = "signature.json"
_RESERVED = {n.casefold() for n in RESERVED_NAMES}
_WINDOWS_CHARS = set('<>:"\\|?*')
_WINDOWS_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
#: Left in a folder by file managers; never items, never reported.
JUNK = {".ds_store", "thumbs.db", "desktop.ini"}


@dataclass
class SourceFiles:
    """The files of a source folder: the items (relative paths, sorted), each photo's sidecars, and
    what was left out with its reason."""

    items: list[str]
    sidecars: dict[str, list[str]]
    left_out: list[Failure] = field(default_factory=list)

    def all(self) -> list[str]:
        return self.items + sorted(s for names in self.sidecars.values() for s in names)


def shown_name(rel: str) -> str:
    """A file name as a person can read it in a report: control, bidi and undecodable characters
    written as escapes (``\\n``, ``\\x1b``, ``\\udce9``), the rest as it is."""
    return rel if is_plain(rel) and "\n" not in rel and "\t" not in rel else repr(rel)[1:-1]


def name_problem(rel: str) -> str:
    """Why a relative path cannot be an item's name ('' when it can)."""
    try:
        encoded = rel.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not UTF-8 text; rename it"
    if not is_plain(rel) or "\n" in rel or "\t" in rel:
        return "its name holds control, bidi or invisible characters; rename it"
    if len(encoded) > 1024:
        return "its path is longer than 1,024 bytes; shorten it"
    for part in rel.split("/"):
        bad = sorted(set(part) & _WINDOWS_CHARS)
        if bad:
            return f"its name holds {' '.join(bad)}, which Windows and USB sticks refuse; rename it"
        if part.endswith((".", " ")):
            return "its name ends with a dot or a space, which Windows and USB sticks refuse; rename it"
        if part.split(".")[0].casefold().rstrip() in _WINDOWS_NAMES:
            return "its name is reserved on Windows (CON, NUL, COM1, ...); rename it"
    return ""


def _collision_key(rel: str) -> str:
    return unicodedata.normalize("NFC", rel).casefold()


def scan_source(src: Path) -> SourceFiles:
    """The candidate items under ``src``, their sidecars, and what is left out (see the module doc)."""
    src = Path(src)
    files: set[str] = set()
    left: list[Failure] = []
    # a kit rebuilt in place (or a copy of a kit used as a source) holds its own generated files:
    # they are never items, and saying so at every build would only be noise
    own = (src / MANIFEST_NAME).is_file()
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = Path(dirpath).relative_to(src)
        keep_dirs = []
        for d in sorted(dirnames):
            rel = (rel_dir / d).as_posix()
            reason = _left_out(Path(dirpath) / d, d, rel, rel_dir == Path("."), folder=True, own=own)
            if reason:
                if reason[0] != "junk":
                    left.append(Failure(reason[0], reason[1], shown_name(rel) + "/"))
            else:
                keep_dirs.append(d)
        dirnames[:] = keep_dirs
        for fn in sorted(filenames):
            rel = (rel_dir / fn).as_posix()
            reason = _left_out(Path(dirpath) / fn, fn, rel, rel_dir == Path("."), folder=False, own=own)
            if reason:
                if reason[0] != "junk":
                    left.append(Failure(reason[0], reason[1], shown_name(rel)))
                continue
            files.add(rel)
    files, collided = _without_collisions(files)
    left += collided
    items = [rel for rel in sorted(files) if not is_sidecar(rel, files)]
    sidecars = {rel: names for rel in items if (names := sidecars_of(rel, files))}
    return SourceFiles(items, sidecars, sorted(left, key=lambda f: f.path))


def _left_out(path: Path, name: str, rel: str, top: bool, folder: bool, own: bool = False) -> tuple[str, str] | None:
    if name.casefold() in JUNK:
        return ("junk", "")
    if top and name.casefold() in _RESERVED:
        if (folder or name != KIT_TOML) and not (own and name in RESERVED_NAMES):
            return ("reserved", "named like one of the kit's own files; it is not copied into the kit")
        return ("junk", "")  # kit.toml: the publisher's description, read, never an item
    if name.startswith("."):
        return ("hidden", "hidden file or folder; hidden files are never published")
    try:
        st = os.lstat(path)
    except OSError as e:
        return ("unreadable", f"cannot be read: {e.strerror}")
    if stat.S_ISLNK(st.st_mode):
        return ("link", "a link; presskit never follows links into a kit (copy the file itself)")
    if not (stat.S_ISDIR(st.st_mode) if folder else stat.S_ISREG(st.st_mode)):
        return ("special", "not a regular file (a pipe, a device or a socket)")
    problem = name_problem(rel)
    return ("name", problem) if problem else None


def _without_collisions(files: set[str]) -> tuple[set[str], list[Failure]]:
    """Keep the first of names equal on Windows and macOS (case, Unicode normalisation)."""
    seen: dict[str, str] = {}
    keep: set[str] = set()
    left: list[Failure] = []
    for rel in sorted(files):
        key = _collision_key(rel)
        if key in seen:
            left.append(Failure("name", f"has the same name as {seen[key]} on Windows and macOS (only the "
                                        "case or the accents' encoding differs); rename one of them", rel))
            continue
        seen[key] = rel
        keep.add(rel)
    return keep, left


# --- assembling --------------------------------------------------------------------------------------

def previous_items(kit: Path) -> dict[str, str]:
    """Path -> sha256 of the items of the kit already at ``kit`` ({} when there is none)."""
    try:
        _info, items, _ = parse_manifest((kit / MANIFEST_NAME).read_bytes(), where=str(kit / MANIFEST_NAME))
    except Exception:  # noqa: BLE001 - no usable previous kit: every file is copied
        return {}
    return {it.path: it.sha256 for it in items}


def stage_sources(src: Path, old: Path, stage: Path, files: SourceFiles,
                  cancel=None) -> tuple[dict[str, str], dict[str, int], list[Failure]]:
    """Copy the items, their sidecars and ``kit.toml`` from ``src`` into ``stage``.

    A file whose content the previous kit at ``old`` already holds under the same name is hard-linked
    from there (compared by sha256); every other file is copied while it is hashed. Returns the items'
    sha256 and sizes, and the files that could not be read.
    """
    shas: dict[str, str] = {}
    sizes: dict[str, int] = {}
    unreadable: list[Failure] = []
    wanted = list(files.all()) + ([KIT_TOML] if (src / KIT_TOML).is_file() else [])
    items = set(files.items)
    for rel in wanted:
        if cancel and cancel():
            raise Cancelled()
        s, d, o = src / PurePosixPath(rel), stage / PurePosixPath(rel), old / PurePosixPath(rel)
        d.parent.mkdir(parents=True, exist_ok=True)
        try:
            digest = _link_if_same(s, o, d) or _copy(s, d)
        except OSError as e:
            if rel in items:
                unreadable.append(Failure("unreadable", f"cannot be read: {e.strerror}", rel))
                continue
            raise BuildError(f"Cannot copy {rel} into the new kit: {e.strerror}.", details=str(e)) from None
        if rel in items:
            shas[rel], sizes[rel] = digest, d.stat().st_size
    return shas, sizes, unreadable


def _link_if_same(src: Path, old: Path, dst: Path) -> str | None:
    """Hard-link the previous kit's copy when it has exactly the source's content; its sha256, else None."""
    try:
        if not old.is_file() or old.is_symlink() or old.stat().st_size != src.stat().st_size:
            return None
        digest = sha256_file(src)
        if sha256_file(old) != digest:
            return None
        os.link(old, dst)
        return digest
    except OSError:
        return None


def _copy(src: Path, dst: Path) -> str:
    with open(src, "rb") as f, open(dst, "xb") as out:
        digest = copy_hashing(f, out)
    shutil.copystat(src, dst)
    return digest


def carry_over(old: Path, stage: Path, src_files: set[str]) -> None:
    """Into ``stage``: what the previous kit at ``old`` holds that the source does not generate — its
    ``signature.json`` (the rebuilt kit reads as modified after signing until it is signed again) and
    the files someone put there by hand. Its former items and sidecars, generated files and hidden
    files are not carried over."""
    if not (old / MANIFEST_NAME).is_file():
        return
    former = set(previous_items(old))
    if (old / SIGNATURE_NAME).is_file() and not (old / SIGNATURE_NAME).is_symlink():
        shutil.copy2(old / SIGNATURE_NAME, stage / SIGNATURE_NAME)
    all_old: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(old):
        rel_dir = Path(dirpath).relative_to(old)
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and not os.path.islink(os.path.join(dirpath, d))
                       and not (rel_dir == Path(".") and d.casefold() in _RESERVED)]
        for fn in filenames:
            rel = (rel_dir / fn).as_posix()
            if fn.startswith(".") or (rel_dir == Path(".") and fn.casefold() in _RESERVED) or fn.casefold() in JUNK:
                continue
            all_old.add(rel)
    for rel in sorted(all_old - former - src_files):
        if is_sidecar(rel, all_old) or os.path.islink(old / rel) or not (old / rel).is_file():
            continue
        d = stage / PurePosixPath(rel)
        d.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(old / rel, d)
        except OSError:
            shutil.copy2(old / rel, d)


def check_output_folder(out: Path) -> None:
    """``build -o`` writes a kit folder: a new or empty folder, or an existing kit. Any other folder is
    refused, so a user's own files are never overwritten or deleted."""
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"{out} is a file, not a folder. Build into a new or empty folder, or an existing kit.")
    entries = [p for p in out.iterdir() if p.name.casefold() not in JUNK]
    if not entries:
        return
    try:
        load_manifest_json((out / MANIFEST_NAME).read_bytes(), str(out / MANIFEST_NAME))
        return
    except Exception:  # noqa: BLE001 - no manifest, or not one: not a kit
        pass
    raise BuildError(f"{out} holds files but is not a presskit kit (it has no valid {MANIFEST_NAME}). Build "
                     "into a new or empty folder, or into an existing kit; nothing was changed.")
