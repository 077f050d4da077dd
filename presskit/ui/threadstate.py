"""State kept per worker thread for as long as the thread lives.

``threading.local`` does not last on Qt's pool threads: PySide takes a Python thread state for each
task a ``QThreadPool`` thread runs and drops it when the task returns, and the thread-local values
go with it. A searcher kept that way was opened again for every search (for a library of ten kits,
a second and more of every search). :class:`ThreadState` keeps attributes per operating-system
thread instead (``threading.get_native_id``), so a one-thread pool finds its searcher again.
"""

from __future__ import annotations

import threading
from pathlib import Path
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


def index_generation(kit) -> tuple[int, int, int] | None:
    """What changes whenever the kit's index is written again in the same place (a rebuild in the
    user cache, a refresh): its stamp file, replaced whole by every build. A searcher a thread keeps
    is keyed on it, so one opened on the previous index is closed and a new one opened, never kept
    reading the old segments."""
    from ..index.integrity import STAMP_NAME

    if kit.index_dir is None:
        return None
    try:
        st = (Path(kit.index_dir) / STAMP_NAME).stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size
