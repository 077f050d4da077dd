"""What a reader or a recognising process may use, and what its end means (see :mod:`presskit.ingest.pool`).

Each worker limits its own address space (``RLIMIT_AS``) and processor time (``RLIMIT_CPU``) on Linux;
the parent turns an exception, a signal or an exit code into a :class:`Failure` with a sentence a
publisher can act on.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from ..errors import ExtractError
from .record import Failure

_MEMORY_WORDS = ("out of memory", "malloc", "cannot allocate", "memory allocation")


def _failure_from_exception(path: Path, e: BaseException, mem_mb: int, page: int = -1) -> Failure:
    if isinstance(e, ExtractError):
        return Failure.of(e)
    what = _what(path, page)
    if isinstance(e, MemoryError) or any(w in str(e).lower() for w in _MEMORY_WORDS):
        return Failure("memory", f"{what} used more than {mem_mb} MB while being read; it was skipped.")
    return Failure(
        "unreadable", f"{what} could not be read ({type(e).__name__}: {str(e)[:200]}); it was skipped."
    )


def _what(path: Path, page: int) -> str:
    """How messages name a task: the file, or one of its pages."""
    return path.name if page < 0 else f"page {page + 1} of {path.name}"


def _limit_memory(mem_mb: int) -> None:
    if sys.platform.startswith("linux") and mem_mb > 0:
        try:
            import resource

            limit = mem_mb * 1024 * 1024
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ImportError, ValueError, OSError):  # pragma: no cover - best effort
            pass


def _limit_cpu(seconds: float) -> None:
    """Let this process use ``seconds`` more of processor time (Linux, ``RLIMIT_CPU``): past it the
    system stops it with SIGXCPU, which the parent reports as the task taking too long. Core dumps
    are off (a stopped reader must not leave a file of its memory behind)."""
    if not sys.platform.startswith("linux") or seconds <= 0:
        return
    try:
        import resource

        used = time.process_time()
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(used + seconds) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    except (ImportError, ValueError, OSError):  # pragma: no cover - best effort
        pass


def cpu_limit_works() -> bool:
    """Whether tasks are stopped by their processor time here (else only by the wall-clock deadline)."""
    return sys.platform.startswith("linux")


def _crash_failure(path: Path, exitcode: int | None, mem_mb: int, page: int = -1, cpu_s: float = 0.0) -> Failure:
    what = _what(path, page)
    if exitcode is not None and exitcode < 0 and -exitcode == getattr(signal, "SIGXCPU", -1):
        return Failure("timeout", f"{what} took more than {cpu_s:g} s of processor time to read; it was skipped.")
    how = ""
    if exitcode is not None and exitcode < 0:
        try:
            how = f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            how = f" (signal {-exitcode})"
        if -exitcode == 9:
            return Failure(
                "memory" if mem_mb else "crash",
                f"{what} crashed the reader{how}, probably by using more than {mem_mb} MB; it was skipped.",
            )
    elif exitcode:
        how = f" (exit code {exitcode})"
    return Failure("crash", f"{what} crashed the reader{how}; it was skipped.")
