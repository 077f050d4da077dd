"""The sha256 of an index's files, remembered between openings so an unchanged index is not read whole.

Opening a kit checks that every index file matches its stamp (:mod:`presskit.index.integrity`):
hashing 117 MB at 20,000 pages took about 100 ms at every start, 462 MB at 100,000 pages 0.5-0.6 s.
Like :mod:`presskit.build.hashcache` (and git's index), this remembers each file's sha256 with what
identifies that version of the file: device, inode, size, modification and status-change times. The
status-change time (ctime) moves on every write, rename and ``utime`` call, and cannot be set back
by an ordinary process, so a file whose five values are those remembered still holds the bytes that
were hashed. A file changed less than :data:`RACY_NS` before it was hashed is not remembered (two
writes within one tick of the file system's clock leave the same times).

What is remembered is a fact presskit computed, never a verdict and never something a kit says: the
stamp is checked against these hashes, and the seals against the stamp, at every opening. The memo
is only used where those five values can be believed (:func:`stamps_trustworthy`): a local disk or
memory file system of Linux. On removable media (USB, SD cards: their file system can be rewritten
on another computer, times included), FAT/exFAT/NTFS and network or FUSE file systems (times and
inodes synthesised or set by someone else), and on other systems (Windows' ``st_ctime`` is a
creation time), every file is hashed at every opening, as before.

The memo lives in the user's cache folder (never in the kit), one file per index folder, read with
:mod:`presskit.safeload`'s limits and authenticated with this computer's secret (the one that seals
the indexes it builds): a memo that was edited, or copied from another account, is ignored and
every file is hashed. Details and what it means for an attacker: ``docs/trust.md``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import sys
import time
from pathlib import Path

from ..safeload import DataError, Limits, load_json

VERSION = 1
#: a file must have been unchanged this long before it was hashed to be remembered
RACY_NS = 2_000_000_000
LIMITS = Limits(max_bytes=8 << 20, max_values=400_000, max_depth=4, max_string=4096)
#: file systems whose inodes and status-change times are the kernel's own (Linux names, /proc/self/mountinfo)
LOCAL_FS = frozenset({"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "tmpfs", "bcachefs", "jfs", "reiserfs"})
_CONTEXT = b"presskit index file hashes v1\n"

Identity = tuple  # (st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns)


def identity(st: os.stat_result) -> Identity:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def now_ns() -> int:
    return time.time_ns()


# --- where the five values can be believed -------------------------------------------------------

def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(1 << 20)
    except OSError:
        return None


def _mount_of(dev: int, mountinfo: str) -> tuple[str, str] | None:
    """(file system type, mount source) of the mount whose device is ``dev``, from ``mountinfo``."""
    want = f"{os.major(dev)}:{os.minor(dev)}"
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if sep and len(fields) >= 3 and fields[2] == want and len(tail) >= 2:
            return tail[0], tail[1]
    return None


def _block_device_is_fixed(major: int, minor: int, read=_read_text, realpath=os.path.realpath,
                           listdir=os.listdir) -> bool:
    """A block device that is neither removable nor on USB, MMC/SD or FireWire (sysfs)."""
    return _sysfs_fixed(realpath(f"/sys/dev/block/{major}:{minor}"), read, realpath, listdir, 0)


def _sysfs_fixed(real: str, read, realpath, listdir, depth: int) -> bool:
    if depth > 8 or not real.startswith("/sys/devices/") or any(b in real for b in ("/usb", "/mmc", "/firewire")):
        return False
    if "/devices/virtual/" in real:
        # device mapper (LVM, an encrypted disk) and software RAID: fixed when every disk under them
        # is; loop devices (a disk image, wherever it lies), network and memory disks: never
        if not os.path.basename(real).startswith(("dm-", "md")):
            return False
        try:
            under = listdir(f"{real}/slaves")
        except OSError:
            return False
        return bool(under) and all(_sysfs_fixed(realpath(f"{real}/slaves/{u}"), read, realpath, listdir, depth + 1)
                                   for u in under)
    for attr in (f"{real}/removable", f"{os.path.dirname(real)}/removable"):  # a partition's disk
        flag = read(attr)
        if flag is not None and flag.strip() != "0":
            return False
    return True


def _dev_trustworthy(dev: int, mountinfo: str, read=_read_text, realpath=os.path.realpath,
                     stat=os.stat, listdir=os.listdir) -> bool:
    mount = _mount_of(dev, mountinfo)
    if mount is None or mount[0] not in LOCAL_FS:
        return False
    fstype, source = mount
    if fstype == "tmpfs":
        return True  # memory: nobody edits it on another computer
    major, minor = os.major(dev), os.minor(dev)
    if major == 0:  # btrfs and others report an anonymous device: look at the mount's source
        try:
            rdev = stat(source).st_rdev
        except (OSError, ValueError):
            return False
        major, minor = os.major(rdev), os.minor(rdev)
        if major == 0:
            return False
    return _block_device_is_fixed(major, minor, read, realpath, listdir)


@functools.lru_cache(maxsize=64)
def _dev_trustworthy_cached(dev: int) -> bool:
    return _dev_trustworthy(dev, _read_text("/proc/self/mountinfo") or "")


def stamps_trustworthy(path: Path) -> bool:
    """Whether the device, inode and times of files in ``path`` identify their content: Linux, a
    file system in :data:`LOCAL_FS`, on a fixed disk (or in memory). Elsewhere files are hashed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return _dev_trustworthy_cached(os.stat(path).st_dev)
    except OSError:
        return False


# --- the memo ------------------------------------------------------------------------------------

def _memo_file(index_dir: Path) -> Path:
    from ..locations import user_cache

    key = hashlib.sha256(str(Path(index_dir).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return user_cache() / "index-hashes" / f"{key}.json"


def _mac(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, _CONTEXT + body, hashlib.sha256).hexdigest()


def _body(files: dict[str, list]) -> bytes:
    return json.dumps({"version": VERSION, "files": files}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8", "surrogateescape")


def recall(index_dir: Path, secret: bytes) -> dict[str, tuple[Identity, str]]:
    """``{rel: (identity, sha256)}`` remembered for ``index_dir``; empty when there is no memo, or it
    is damaged, past the limits, or not authenticated with ``secret`` (this computer's, the one
    :mod:`presskit.index.integrity` seals indexes with)."""
    try:
        raw = _memo_file(index_dir).read_bytes()
        data = load_json(raw, "index hashes", LIMITS)
        files, mac = data["files"], data["mac"]
        if data.get("version") != VERSION or not isinstance(files, dict) or not isinstance(mac, str):
            return {}
        if not hmac.compare_digest(mac, _mac(secret, _body(files))):
            return {}
    except (OSError, DataError, KeyError, TypeError, ValueError):
        return {}
    out = {}
    for rel, v in files.items():
        if (isinstance(v, list) and len(v) == 6 and all(isinstance(x, int) for x in v[:5])
                and isinstance(v[5], str) and len(v[5]) == 64):
            out[rel] = (tuple(v[:5]), v[5])
    return out


def remember(index_dir: Path, entries: dict[str, tuple[Identity, str]], started_ns: int, secret: bytes) -> None:
    """Remember ``{rel: (identity, sha256)}`` hashed from ``started_ns`` on, leaving out files changed
    less than :data:`RACY_NS` before. Best effort: a cache folder that cannot be written changes
    nothing but the time of the next opening."""
    from ..fsutil import atomic_write_bytes

    limit = started_ns - RACY_NS
    files = {rel: [*ident, sha] for rel, (ident, sha) in entries.items()
             if ident[3] < limit and ident[4] < limit}
    body = _body(files)
    data = {"version": VERSION, "files": files, "mac": _mac(secret, body)}
    path = _memo_file(index_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(data, separators=(",", ":")).encode("utf-8", "surrogateescape"))
    except OSError:
        pass
