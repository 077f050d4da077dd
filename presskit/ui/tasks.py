"""One helper for long work off the GUI thread (the Picard ``run_task`` / Anki ``QueryOp`` pattern).

``runner.run(fn, on_result=..., on_error=..., on_progress=..., key="search")`` runs ``fn(ctx)`` in a
``QRunnable`` on a ``QThreadPool``. ``fn`` must never touch widgets: it gets a :class:`TaskContext`
whose ``progress(done, total, label)`` and ``cancelled()`` fit the core's callback conventions.
The result or the exception comes back to the GUI thread by a queued signal.

Tasks started with the same ``key`` supersede each other: starting a new one cancels the previous
one, and whatever an older task returns is dropped, never delivered late (calibre's search ids).
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import Cancelled
from .qt import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_ids = itertools.count(1)


class TaskContext:
    """What a worker function may use: progress reports and the cancel flag."""

    def __init__(self, task: "Task", signals: "_Signals"):
        self._task = task
        self._signals = signals

    @property
    def id(self) -> int:
        return self._task.id

    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()

    def check(self) -> None:
        """Raise :class:`presskit.errors.Cancelled` when the task was cancelled."""
        if self.cancelled():
            raise Cancelled()

    def progress(self, done: int, total: int, label: str = "") -> None:
        if not self.cancelled():
            _emit(self._signals.progress, self._task.id, int(done), int(total), str(label))


@dataclass(eq=False)
class Task:
    """Handle of a running task."""

    id: int
    key: str | None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    done: bool = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progress = Signal(int, int, int, str)


def _emit(signal, *args) -> None:
    """Emit from the worker thread. When the viewer is closing (a logout's SIGTERM, the last window shut) the
    Qt object the signal belongs to may already be deleted: nobody is left to tell, so the report is dropped
    instead of a traceback printed on the way out."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], task: Task, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._task = task
        self._signals = signals

    def run(self) -> None:  # worker thread
        if self._task.cancelled:  # superseded while queued: do not even start
            _emit(self._signals.failed, self._task.id, Cancelled(), "")
            return
        try:
            result = self._fn(TaskContext(self._task, self._signals))
        except BaseException as e:  # noqa: BLE001 - everything goes back to the GUI thread
            _emit(self._signals.failed, self._task.id, e, traceback.format_exc())
        else:
            _emit(self._signals.finished, self._task.id, result)


class TaskRunner(QObject):
    """Runs worker functions and routes their results back to the GUI thread.

    Signals:
        busyChanged(bool): True while at least one task of this runner is running.
    """

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: dict[int, tuple[Task, _Signals, dict]] = {}
        self._latest: dict[str, Task] = {}

    def run(self, fn: Callable[[TaskContext], Any], *, on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException, str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            key: str | None = None, priority: int = 0) -> Task:
        """Start ``fn(ctx)`` in the pool. Callbacks run in the GUI thread, only for the latest task of ``key``."""
        task = Task(next(_ids), key)
        if key is not None:
            old = self._latest.get(key)
            if old is not None:
                old.cancel()
            self._latest[key] = task
        signals = _Signals()
        callbacks = {"result": on_result, "error": on_error, "progress": on_progress,
                     "cancelled": on_cancelled}
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.progress.connect(self._on_progress)
        was_busy = bool(self._live)
        self._live[task.id] = (task, signals, callbacks)
        if not was_busy:
            self.busyChanged.emit(True)
        self.pool.start(_Runnable(fn, task, signals), priority)
        return task

    def cancel(self, key: str) -> None:
        t = self._latest.get(key)
        if t is not None:
            t.cancel()

    def cancel_all(self) -> None:
        for task, _, _ in self._live.values():
            task.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Cancel everything and wait for the pool (used at shutdown and in tests)."""
        self.cancel_all()
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def running(self, key: str) -> bool:
        """Whether the latest task of ``key`` is still to finish."""
        return key in self._latest

    # -- GUI thread --------------------------------------------------------------------------
    def _pop(self, task_id: int):
        entry = self._live.pop(task_id, None)
        if entry is not None:
            entry[0].done = True
            if entry[0].key is not None and self._latest.get(entry[0].key) is entry[0]:
                del self._latest[entry[0].key]
            if not self._live:
                self.busyChanged.emit(False)
        return entry

    def _fresh(self, task: Task) -> bool:
        return not task.cancelled

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        entry = self._pop(task_id)
        if entry is None:
            return
        task, _, cb = entry
        if not self._fresh(task):
            if cb["cancelled"]:
                cb["cancelled"]()
            return
        if cb["result"]:
            cb["result"](result)

    @Slot(int, object, str)
    def _on_failed(self, task_id: int, error: BaseException, tb: str) -> None:
        entry = self._pop(task_id)
        if entry is None:
            return
        task, _, cb = entry
        if isinstance(error, Cancelled) or not self._fresh(task):
            if cb["cancelled"]:
                cb["cancelled"]()
            return
        if cb["error"]:
            cb["error"](error, tb)
        else:
            log.error("background task failed: %s\n%s", error, tb)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, label: str) -> None:
        entry = self._live.get(task_id)
        if entry is None or not self._fresh(entry[0]):
            return
        if entry[2]["progress"]:
            entry[2]["progress"](done, total, label)
