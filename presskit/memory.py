"""Giving freed memory back to the operating system, in long-lived helper processes.

A reader process that has just read a 1,300-page manual, or an index writer that has just written a
segment of two million postings, frees nearly all of it; but glibc's allocator keeps freed pages
mapped for later, so the process's resident memory stays at its high-water mark for the rest of the
build, and a build runs four such processes. Measured on the 30 largest PDFs of the 100,000-page
benchmark, read one after the other in one process: 268 MB resident after the last one as things
were, 47 MB when each file is followed by :func:`give_back` (docs/benchmarks.md).
:func:`resident_bytes` lets a process check how much it holds, cheaply enough to do between pages.
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["give_back", "resident_bytes"]

_trim = None  # glibc's malloc_trim, False where there is none (macOS, Windows, musl)
_statm: int | None = None  # an open /proc/self/statm (Linux), -1 where there is none
_PAGE = 4096


def give_back() -> bool:
    """Return the memory this process has freed to the operating system; False where it cannot."""
    global _trim
    if _trim is None:
        _trim = False
        if sys.platform.startswith("linux"):
            try:
                fn = ctypes.CDLL(None).malloc_trim
                fn.argtypes, fn.restype = [ctypes.c_size_t], ctypes.c_int
                _trim = fn
            except (OSError, AttributeError):
                pass
    if not _trim:
        return False
    _trim(0)
    return True


def resident_bytes() -> int | None:
    """This process's resident memory now (Linux: a few microseconds); None where it is not known."""
    global _statm, _PAGE
    if _statm is None:
        try:
            _statm = os.open("/proc/self/statm", os.O_RDONLY)
            _PAGE = os.sysconf("SC_PAGE_SIZE")
        except (OSError, AttributeError, ValueError):
            _statm = -1
    if _statm < 0:
        return None
    try:
        return int(os.pread(_statm, 128, 0).split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return None


def tree_resident_bytes(root: int | None = None) -> dict[int, int] | None:
    """Resident memory of process ``root`` (default: this one) and of each of its descendants, pid ->
    bytes (Linux: a few milliseconds, one read of ``/proc``); None where it is not known."""
    root = os.getpid() if root is None else root
    kids: dict[int, list[int]] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return None
    for d in names:
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    stat = f.read()
                kids.setdefault(int(stat[stat.rfind(b")") + 2:].split()[1]), []).append(int(d))
            except (OSError, IndexError, ValueError):
                continue
    page = os.sysconf("SC_PAGE_SIZE")
    out: dict[int, int] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                out[pid] = int(f.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        todo.extend(kids.get(pid, []))
    return out or None
