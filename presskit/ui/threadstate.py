"""State kept per worker thread for as long as the thread lives.

``threading.local`` does not last on Qt's pool threads: PySide takes a Python thread state for each
task a ``QThreadPool`` thread runs and drops it when the task returns, and the thread-local values
go with it. A searcher kept that way was opened again for every search (for a library of ten kits,
a second and more of every search). :class:`ThreadState` keeps attributes per operating-system
thread instead (``threading.get_native_id``), so a one-thread pool finds its searcher again.
"""

from __future__ import annotations

import threading
from typing import Any


class ThreadState:
    """Attributes of the calling thread (``state.searcher = s`` on it; ``getattr(state, "searcher",
    None)`` from it), kept for the thread's life."""

    def __init__(self) -> None:
        object.__setattr__(self, "_by_thread", {})

    def _mine(self) -> dict[str, Any]:
        return self._by_thread.setdefault(threading.get_native_id(), {})

    def __getattr__(self, name: str) -> Any:
        try:
            return self._mine()[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self._mine()[name] = value
