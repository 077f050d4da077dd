"""Helper processes that stop when the process that started them dies without its handlers.

A build killed with SIGKILL (the out-of-memory killer, a ``kill -9``, a crashed viewer) runs none of
its handlers: it cannot stop its helper processes. A helper waiting for work would wait for ever
(it holds both ends of its own queue, so it never reads an end of file), and one writing would go on
writing into a folder nobody will swap in. :func:`stop_with_parent` makes a helper notice:

* on Linux at once: the kernel sends it ``SIGUSR2`` when its parent dies (``prctl(PR_SET_PDEATHSIG)``
  through ctypes);
* on every POSIX system within a second: a thread sees its parent's pid change (an orphan is adopted
  by another process) and sends the same signal to its own process.

The signal's handler runs in the helper's main thread between two Python instructions, so what was
being written is abandoned, never finished; if the parent is really gone it raises
:class:`ParentGone`, and the helper removes what it wrote and exits. A signal while the parent
lives (the kernel sends it when the parent's *thread* that started the helper ends) is ignored.
Not on Windows (no such signals; a helper there is still stopped by its parent's handlers).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

#: How often the watching thread looks at its parent's pid (seconds).
POLL_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1


class ParentGone(BaseException):
    """The process that started this helper died (a BaseException: no ``except Exception`` of the
    helper's work swallows it)."""


def stop_with_parent(parent_pid: int) -> bool:
    """Make this helper process raise :class:`ParentGone` in its main thread when ``parent_pid``
    dies. Call it first thing in the helper's main thread. Returns False where it cannot (Windows)."""
    sig = getattr(signal, "SIGUSR2", None)
    if sig is None or os.name != "posix":
        return False

    def on_signal(_signum, _frame):
        if os.getppid() != parent_pid:
            raise ParentGone()

    signal.signal(sig, on_signal)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        except (OSError, AttributeError):  # no prctl (a libc without it): the thread below does it
            pass

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(POLL_SECONDS)
        os.kill(os.getpid(), sig)

    threading.Thread(target=watch, name="presskit-parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # died before the watch began
        raise ParentGone()
    return True
