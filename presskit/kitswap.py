"""Replacing a kit folder with a new one, so that whatever happens the old one or the new one is there.

Both a publisher's build into an existing kit and a reader's update use the same three steps:

1. :func:`kit_lock` — one writer per kit: ``.<KIT>.lock`` next to it (inside it, as
   ``.presskit.lock``, when its parent cannot be written, e.g. the root of a USB stick), held with an
   OS lock (``flock``) that dies with its process, so a killed run never leaves a stale lock;
2. :func:`stage_dir` — the new kit is assembled in a fresh folder beside the old one (on the same file
   system: inside it when the kit folder is a mount point), and nothing in the old one is touched;
3. :func:`commit` — the complete new folder replaces the old one with
   :func:`presskit.fsutil.swap_dir` (atomically with ``renameat2(RENAME_EXCHANGE)``, else two
   renames, undone by :func:`recover` if a crash falls between them); where the kit folder cannot
   be renamed (a mount point: EBUSY; another file system: EXDEV) the new content is moved in **in place, with a journal** (``.presskit-journal.json``):
   every file moved into place, then the files the new kit no longer has removed. Killed during that,
   the next commit or :func:`recover` finishes it from the journal (roll forward).

Leftover staging folders of dead processes are removed by :func:`recover`.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import KitError
from .fsutil import atomic_write_bytes, fsync_dir, leftover_pid, pid_alive, swap_dir

JOURNAL = ".presskit-journal.json"
INSIDE_LOCK = ".presskit.lock"
INSIDE_STAGE = ".presskit-stage"
#: Named points a test can stop a run at (``PRESSKIT_KILL_AT``); see :func:`checkpoint`.
_KILL_ENV = "PRESSKIT_KILL_AT"


def checkpoint(name: str) -> None:
    """Fault injection for the crash tests: SIGKILL this process at the named point when the
    environment says so. Costs one dictionary lookup otherwise."""
    if os.environ.get(_KILL_ENV) == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


# --- the lock ------------------------------------------------------------------------------------

def _lock_file(root: Path) -> Path:
    beside = root.parent / f".{root.name}.lock"
    return beside if os.access(root.parent, os.W_OK) else root / INSIDE_LOCK


@contextmanager
def kit_lock(root: str | os.PathLike, what: str = "build or update") -> Iterator[None]:
    """Hold the kit's lock for a build or an update; raise KitError when another process holds it.

    The lock file is removed when released; a process that opened it just before that notices (the
    file it locked is no longer the one at that name) and opens the new one.
    """
    root = Path(root)
    try:
        root.parent.mkdir(parents=True, exist_ok=True)  # a new kit's folder: the lock goes beside it
    except OSError:
        pass
    path = _lock_file(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            try:
                other = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            except OSError:
                other = ""
            os.close(fd)
            who = f" (process {other})" if other.isdigit() else ""
            raise KitError(f"Another presskit {what} is writing into {root}{who}. Wait for it to finish, "
                           "then try again.")
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if same:
            break
        os.close(fd)  # it was removed meanwhile: take the new one
    else:  # pragma: no cover - five removals in a row
        raise KitError(f"Could not lock {root}; try again.")
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


# --- staging -------------------------------------------------------------------------------------

def in_place_only(root: Path) -> bool:
    """The kit folder cannot be renamed: it is a mount point (or its parent cannot be written)."""
    return root.exists() and (os.path.ismount(root) or not os.access(root.parent, os.W_OK))


def stage_dir(root: str | os.PathLike, tag: str, inside: bool = False) -> Path:
    """A new, empty folder to assemble the next version of ``root`` in, on the same file system:
    beside ``root``, or (``inside``, or when ``root`` cannot be renamed) a hidden folder inside it."""
    root = Path(root)
    if inside or in_place_only(root):
        stage = root / f"{INSIDE_STAGE}-{tag}-{os.getpid()}-{secrets.token_hex(3)}"
    else:
        root.parent.mkdir(parents=True, exist_ok=True)
        stage = root.parent / f".{root.name}.{tag}-{os.getpid()}-{secrets.token_hex(3)}"
    stage.mkdir()
    return stage


def discard(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)


# --- committing ----------------------------------------------------------------------------------

def commit(stage: Path, root: Path, keep: tuple[str, ...] = ()) -> str:
    """Put the complete folder ``stage`` in place of ``root`` (:func:`presskit.fsutil.swap_dir`), or,
    where ``root`` cannot be renamed, move its content in with a journal. Returns ``"renamed"`` (no
    kit there before), ``"swapped"`` or ``"in place"``. ``keep`` names top-level entries of ``root``
    an in-place commit leaves alone."""
    stage, root = Path(stage), Path(root)
    fsync_dir(stage)
    if not root.exists():
        os.replace(stage, root)
        fsync_dir(root.parent)
        return "renamed"
    if stage.parent != root:
        try:
            swap_dir(stage, root)  # atomic exchange, else two renames undone on failure
            checkpoint("swapped")
            fsync_dir(root.parent)
            return "swapped"
        except OSError as e:
            if e.errno not in (errno.EBUSY, errno.EXDEV, errno.EPERM, errno.EACCES, errno.EINVAL):
                raise
        inside = root / f"{INSIDE_STAGE}-moved-{os.getpid()}-{secrets.token_hex(3)}"
        shutil.move(str(stage), str(inside))  # across file systems when it must; the kit is untouched
        stage = inside
    commit_in_place(stage, root, keep)
    return "in place"


def commit_in_place(stage: Path, root: Path, keep: tuple[str, ...] = ()) -> None:
    """Move every file of ``stage`` (a folder inside ``root``) into ``root``, then remove what the new
    kit does not have, recording the plan in a journal first so a killed commit can be finished."""
    files = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file() or p.is_symlink())
    plan = {"stage": stage.name, "files": files, "keep": list(keep)}
    atomic_write_bytes(root / JOURNAL, json.dumps(plan).encode("utf-8"))
    checkpoint("journal")
    _roll_forward(root, plan)


def _roll_forward(root: Path, plan: dict) -> None:
    stage = root / plan["stage"]
    files = set(plan["files"])
    # documents first, the manifest and signature last: until then the old manifest stays in force
    last = [f for f in ("manifest.json", "signature.json") if f in files]
    for rel in [f for f in sorted(files) if f not in last] + last:
        src, dst = stage / rel, root / rel
        if src.exists() or src.is_symlink():
            dst.parent.mkdir(parents=True, exist_ok=True)
            if dst.is_dir() and not dst.is_symlink():
                shutil.rmtree(dst)
            os.replace(src, dst)
    keep = set(plan.get("keep", [])) | {JOURNAL, plan["stage"], INSIDE_LOCK}
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root)
        if rel_dir.parts and (rel_dir.parts[0] in keep or rel_dir.parts[0].startswith(INSIDE_STAGE)):
            continue
        for name in filenames:
            rel = (rel_dir / name).as_posix()
            if rel not in files and rel not in keep:
                os.unlink(here / name)
        if rel_dir.parts and not any(here.iterdir()):
            here.rmdir()
    shutil.rmtree(stage, ignore_errors=True)
    fsync_dir(root)
    os.unlink(root / JOURNAL)


def recover(root: str | os.PathLike, tags: tuple[str, ...]) -> str:
    """Tidy after an interrupted build or update of ``root``; return what was done ('' if nothing).

    Finishes an in-place commit from its journal; puts the old kit back if the folder is missing (a
    crash between the two renames of the fallback swap); removes staging folders of dead processes.
    """
    root = Path(root)
    parent, name = root.parent, root.name
    done = ""
    journal = root / JOURNAL
    if journal.is_file():
        try:
            plan = json.loads(journal.read_text("utf-8"))
            _roll_forward(root, plan)
            done = "finished an interrupted update in place"
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise KitError(f"An interrupted update of {root} could not be finished ({e}). Get a fresh "
                           "copy of the kit.") from None
    if not root.exists():
        olds = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in olds:
            if (old / "manifest.json").exists():
                os.replace(old, root)
                done = f"restored the kit from {old.name}"
                break
    leftovers = [p for tag in (*tags, "old") for p in parent.glob(f".{name}.{tag}-*")]
    if root.is_dir():
        leftovers += [p for p in root.glob(f"{INSIDE_STAGE}-*")]
    for p in leftovers:
        pid = leftover_pid(p) if p.parent == parent else _inside_pid(p)
        if pid is None or (pid != os.getpid() and pid_alive(pid)):
            continue
        shutil.rmtree(p, ignore_errors=True)
        done = done or "removed leftovers of an interrupted run"
    return done


def _inside_pid(p: Path) -> int | None:
    try:
        return int(p.name.split("-")[-2])
    except (ValueError, IndexError):
        return None
