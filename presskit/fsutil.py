"""File utilities shared by every layer: atomic writes, sha256 while reading or copying, folder swaps.

* :func:`atomic_write_bytes` writes through a temporary file and a rename: never a half-written file.
* :func:`sha256_file`, :func:`sha256_stream` and :func:`copy_hashing` are the one way presskit hashes
  file content (1 MiB chunks, an optional ``check()`` before each chunk to cancel, an optional
  ``progress(n)`` after each): kit builds, exports, packing, unpacking and verification all use them.
* :func:`swap_dir` puts a complete new folder in place of an old one (an index, a kit after an
  update): atomically with ``renameat2(RENAME_EXCHANGE)`` on Linux, else with two renames. The old
  folder waits as ``.<name>.old-<pid>-<random>`` while the swap happens, so an interrupted swap can be
  undone (:func:`leftover_pid` reads the pid back) and the leftovers of dead processes removed.
* :func:`safe_name` makes a file name valid on Windows, macOS and Linux (USB sticks are often FAT).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Callable

CHUNK = 1 << 20

Check = Callable[[], None]
ProgressBytes = Callable[[int], None]


@contextlib.contextmanager
def signals_held():
    """Hold Ctrl+C and SIGTERM while the block runs; they arrive right after it.

    For a constructor that a signal must not cut in half: ``zipfile.ZipFile(path, "w")`` interrupted
    before it sets its own fields leaves an object whose ``__del__`` prints a traceback ("Exception
    ignored in ZipFile.__del__") over the sentence that says the command stopped cleanly. Where
    signals cannot be held (another thread than the main one, Windows), the block runs as is."""
    import signal
    import threading

    held = {signal.SIGINT, getattr(signal, "SIGTERM", signal.SIGINT)}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def temp_path(final: str | os.PathLike, tag: str = "tmp") -> Path:
    """A temporary name next to ``final`` for writing it: short (a 255-byte file name still gets one),
    hidden, and naming this process, so :func:`remove_stale_temps` can tell a dead run's leftovers."""
    final = Path(final)
    return final.parent / f".pk-{os.getpid()}-{secrets.token_hex(4)}.{tag}"


def remove_stale_temps(folder: str | os.PathLike, tag: str) -> list[Path]:
    """Remove ``.pk-<pid>-*.<tag>`` files in ``folder`` left by processes that are gone (killed)."""
    gone: list[Path] = []
    try:
        entries = list(Path(folder).glob(f".pk-*.{tag}"))
    except OSError:
        return gone
    for p in entries:
        try:
            pid = int(p.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid() or pid_alive(pid):
            continue
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
            gone.append(p)
        except OSError:
            pass
    return gone


def open_regular(root: str | os.PathLike, rel: str) -> BinaryIO:
    """Open the file ``rel`` of the folder ``root`` for reading, if it is a regular file inside it.

    A link (anywhere on the way), a pipe, a device or a folder raises ``NotARegularFile`` (an
    OSError): a kit's file never leads presskit out of the kit or blocks it. Missing: FileNotFoundError.
    """
    root = Path(root)
    parts = [p for p in str(rel).split("/") if p]
    here = root
    for part in parts[:-1]:
        here = here / part
        if os.path.islink(here):
            raise NotARegularFile(f"{rel} goes through a link")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    path = root.joinpath(*parts)
    if os.path.islink(path):
        raise NotARegularFile(f"{rel} is a link")
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as e:
        if os.path.islink(path):
            raise NotARegularFile(f"{rel} is a link") from None
        raise e
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"{rel} is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def regular_size(root: str | os.PathLike, rel: str) -> int | None:
    """The size of ``rel`` under ``root`` if it is a regular file reached without links; -1 for a
    link or special file; None when it does not exist or is a folder (no file of that name)."""
    p = Path(root).joinpath(*[x for x in str(rel).split("/") if x])
    if p.is_dir() and not p.is_symlink():
        return None
    try:
        with open_regular(root, rel) as f:
            return os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        return None
    except NotARegularFile:
        return -1
    except OSError:
        return -1


class NotARegularFile(OSError):
    """A kit file is a link, a pipe, a device or a folder: presskit does not read it."""


@contextlib.contextmanager
def disk_errors(where: str | os.PathLike, action: str = "write"):
    """Turn a full disk, read-only media, a missing permission or a busy folder into one sentence
    (:class:`presskit.errors.DiskError`) saying that nothing was lost."""
    from .errors import DiskError

    try:
        yield
    except OSError as e:
        sentence = _DISK_SENTENCES.get(e.errno)
        if sentence is None:
            raise
        raise DiskError(sentence.format(where=where, action=action) + " Nothing was changed."
                        + _WHAT_TO_DO.get((e.errno, action), ""), details=str(e)) from None


_DISK_SENTENCES = {
    errno.ENOSPC: "The disk is full: the {action} of {where} could not be written. Free some space and try again.",
    errno.EDQUOT: "Your disk quota is used up: the {action} of {where} could not be written.",
    errno.EROFS: "{where} is on read-only media (a locked USB stick, a CD?): the {action} cannot write there.",
    errno.EACCES: "You are not allowed to write in {where}, so the {action} could not be done there.",
    errno.EPERM: "You are not allowed to write in {where}, so the {action} could not be done there.",
    errno.EBUSY: "{where} is in use by the system (a mount point?), so the {action} could not replace it.",
    errno.EFBIG: "A file of the {action} of {where} is too large for that disk (a FAT-formatted stick holds "
                 "files up to 4 GB).",
}


#: what a reader can do instead, where the action and the fault leave one thing to do
_WHAT_TO_DO = {
    (errno.EROFS, "update"): " Copy the kit folder to this computer, then apply the update to that copy.",
}


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a half-written file."""
    path = Path(path)
    tmp = temp_path(path)  # short (a 255-byte name still gets one), and random: two threads, two files
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def sha256_stream(f: BinaryIO, check: Check | None = None, progress: ProgressBytes | None = None) -> str:
    """sha256 of what ``f`` yields, read in chunks (``check()`` before each may raise to stop)."""
    h = hashlib.sha256()
    while True:
        if check is not None:
            check()
        chunk = f.read(CHUNK)
        if not chunk:
            break
        h.update(chunk)
        if progress is not None:
            progress(len(chunk))
    return h.hexdigest()


def sha256_file(path: str | os.PathLike) -> str:
    with open(path, "rb") as f:
        return sha256_stream(f)


def sha256_files(paths: list[str | os.PathLike], threads: int = 2) -> dict[str, str | OSError]:
    """sha256 of many files at once, on ``threads`` threads (hashlib releases the GIL while it hashes,
    so two threads hash about twice as fast on two cores). Maps each path (as given, str) to its hash,
    or to the OSError reading it raised."""
    from concurrent.futures import ThreadPoolExecutor

    def one(p):
        try:
            return str(p), sha256_file(p)
        except OSError as e:
            return str(p), e

    if threads <= 1 or len(paths) < 2:
        return dict(one(p) for p in paths)
    # largest first, so the pool does not end on one big file
    order = sorted(paths, key=lambda p: -_size_or_zero(p))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return dict(pool.map(one, order))


def _size_or_zero(p) -> int:
    try:
        return os.stat(p).st_size
    except OSError:
        return 0


def copy_hashing(src: BinaryIO, dst: BinaryIO, check: Check | None = None,
                 progress: ProgressBytes | None = None) -> str:
    """Copy ``src`` to ``dst`` in chunks and return the sha256 of what was copied."""
    h = hashlib.sha256()
    while True:
        if check is not None:
            check()
        chunk = src.read(CHUNK)
        if not chunk:
            break
        h.update(chunk)
        dst.write(chunk)
        if progress is not None:
            progress(len(chunk))
    return h.hexdigest()


def link_or_copy(src: str | os.PathLike, dst: str | os.PathLike) -> bool:
    """Put ``src``'s content at ``dst`` as a hard link (no bytes copied), or as a copy where the file
    system has no hard links (FAT on a USB stick) or the two are on different file systems.
    Returns True for a link. Used for files that are never written in place afterwards."""
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
        return True
    except OSError:
        shutil.copy2(src, dst)
        return False


def link_tree(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """:func:`link_or_copy` every regular file under ``src`` to the same place under ``dst``."""
    src, dst = Path(src), Path(dst)
    for dirpath, _dirs, files in os.walk(src):
        rel = Path(dirpath).relative_to(src)
        for fn in files:
            s = Path(dirpath) / fn
            if not s.is_symlink():
                link_or_copy(s, dst / rel / fn)


def fsync_file(path: str | os.PathLike) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(path: str | os.PathLike) -> None:
    """Make a rename inside ``path`` durable (best effort: not every OS can open a folder)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- swapping folders -------------------------------------------------------------------------------

_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths (Linux ``renameat2``). False where it is not supported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here: every command that reads a kit imports this module, few swap folders
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd = -100
    rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: a file system without exchange
        return False
    raise OSError(err, os.strerror(err), str(a))


def old_name(final: Path) -> Path:
    """Where :func:`swap_dir` parks the folder it replaces."""
    return final.parent / f".{final.name}.old-{os.getpid()}-{secrets.token_hex(3)}"


def swap_dir(new: Path, final: Path) -> None:
    """Put the complete folder ``new`` in place of ``final`` (which may not exist), then remove the old one."""
    new, final = Path(new), Path(final)
    if final.exists() and exchange(new, final):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the old folder
        return
    old = old_name(final)
    if final.exists():
        os.replace(final, old)
    try:
        os.replace(new, final)
    except BaseException:
        if old.exists() and not final.exists():
            os.replace(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True


def leftover_pid(p: Path) -> int | None:
    """The pid in a work folder's name such as ``.index.building-123-...`` or ``.kit.old-123-ab12``."""
    try:
        return int(p.name.rsplit(".", 1)[-1].split("-")[1])
    except (ValueError, IndexError):
        return None


def leftover_time(p: Path) -> float | None:
    """When a work folder named ``.index.building-<pid>-<milliseconds>`` was made (seconds since the
    epoch), from its name; None for names without that time."""
    try:
        ms = int(p.name.rsplit(".", 1)[-1].split("-")[2])
    except (ValueError, IndexError):
        return None
    return ms / 1000 if ms > 10**12 else None  # after 2001: a time, not another number


def process_start(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the system says (Linux's /proc)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/stat", "rb") as f:
            boot = next(int(line.split()[1]) for line in f if line.startswith(b"btime "))
    except (OSError, ValueError, IndexError, StopIteration):
        return None
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def leftover_owner_alive(p: Path) -> bool:
    """Whether the process that made work folder ``p`` may still be at work in it: its pid is alive
    and, when the folder's name says when it was made, that process is not a newer one given the pid
    of a killed build (pids are reused; a process started after the folder was made is not its owner)."""
    pid = leftover_pid(p)
    if pid is None or pid == os.getpid() or not pid_alive(pid):
        return False
    made, started = leftover_time(p), process_start(pid)
    return made is None or started is None or started <= made + 2.0  # the boot time is in whole seconds


def remove_leftovers(final: Path, patterns: tuple[str, ...], mine_too: bool = True) -> list[Path]:
    """Remove work folders next to ``final`` (``.<name>.<pattern>``) whose process is gone, and this
    process's own unless ``mine_too`` is False (another thread of it may be at work in one)."""
    final = Path(final)
    gone: list[Path] = []
    for pattern in patterns:
        for p in final.parent.glob(f".{final.name}.{pattern}"):
            pid = leftover_pid(p)
            if pid is None or (pid == os.getpid() and not mine_too) or leftover_owner_alive(p):
                continue
            shutil.rmtree(p, ignore_errors=True)
            gone.append(p)
    return gone


# --- names ------------------------------------------------------------------------------------------

_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WIN_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_name(name: str) -> str:
    """A file name valid on Windows, macOS and Linux (USB sticks are often FAT/exFAT)."""
    name = _BAD_CHARS.sub("_", name).strip().rstrip(". ")
    if name.split(".")[0].lower() in _WIN_RESERVED:
        name = "_" + name
    return name[:180]
