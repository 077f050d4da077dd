"""The library's own worker thread and the work it does there (no widgets).

:class:`LibraryWorker` runs the library's tasks on one thread of its own: it holds that thread's
:class:`~presskit.library.search.LibrarySearcher` (one Whoosh searcher per kit, never shared with
another thread), reopened when the library changes. What runs there: refreshing the kits and their
alerts, adding kits (and indexing those without a fresh index), searching (the panel's own tasks).
"""

from __future__ import annotations

import itertools
from typing import Hashable

from ..errors import PresskitError
from .qt import QCoreApplication, QObject, QThreadPool, translate
from .tasks import TaskRunner
from .threadstate import ThreadState, index_generation

_local = ThreadState()  # not threading.local: see presskit.ui.threadstate
_worker_numbers = itertools.count(1)


def _searcher(generation: Hashable):
    """This thread's LibrarySearcher over the library as of ``generation``, reopened when that
    changed or when the index of one of its kits was written again in place (its stamp, as for the
    viewer's search thread: :func:`~presskit.ui.threadstate.index_generation`).

    A :class:`LibraryWorker` passes (its own number, its library generation): thread state is kept
    per operating-system thread id, and the system gives a new thread the id of one that ended
    (ids wrap at 32,768 on Linux), so a worker's thread could otherwise inherit the searcher a
    closed window's library thread left, over another library, at the same generation."""
    from ..library.catalog import Library
    from ..library.search import LibrarySearcher

    cur = getattr(_local, "searcher", None)
    if cur is None or _local.generation != generation or _local.stamps != _stamps(cur):
        if cur is not None:
            cur.close()
        _local.searcher = None
        cur = _local.searcher = LibrarySearcher(Library())
        _local.generation, _local.stamps = generation, _stamps(cur)
    return cur


def _stamps(searcher) -> tuple:
    return tuple(index_generation(kit) for _e, kit in searcher.opened)  # a rebuilt set-aside kit too


def close_library_searcher() -> None:
    """Close this thread's searcher (run on the library thread when the viewer quits)."""
    s = getattr(_local, "searcher", None)
    if s is not None:
        s.close()
    _local.searcher = _local.generation = _local.stamps = None


class LibraryWorker(QObject):
    """The library's own worker thread, and its tasks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one thread: its LibrarySearcher is never shared
        self.pool.setExpiryTimeout(-1)  # and kept, with its kits open, between searches
        self.runner = TaskRunner(self, self.pool)
        self.generation = 0
        self.number = next(_worker_numbers)  # its thread's searcher is its own (see _searcher)
        app = QCoreApplication.instance()
        if app is not None:  # its thread must be done before the application's objects go
            app.aboutToQuit.connect(self.shutdown)

    def changed(self) -> None:
        """The library changed (kit added, removed, updated): the next task reopens the searcher."""
        self.generation += 1

    def run(self, fn, on_result, on_error, key: str, on_progress=None) -> None:
        gen = (self.number, self.generation)
        self.runner.run(lambda ctx: fn(ctx, _searcher(gen)), on_result=on_result, on_error=on_error,
                        on_progress=on_progress, key=key)

    def shutdown(self) -> None:
        """Cancel what runs, close the thread's searcher and wait for the thread (when the viewer
        quits: a task still running after the application's objects are gone would emit its result
        from a deleted object, "Signal source has been deleted" on the terminal)."""
        self.runner.cancel_all()
        self.runner.run(lambda ctx: close_library_searcher(), key="close")
        self.pool.waitForDone(10000)


def _refresh_and_alerts(s, refresh: bool = True):
    """(kits as they are now, alerts of every saved search): library thread."""
    from ..library.alerts import alerts

    if refresh:
        s.library.refresh(opened={e.id: kit for e, kit in s.opened})  # read once, not twice
    return list(s.library.kits), alerts(s.library, s)


def _add_kits(ctx, paths: list[str], index: bool = True):
    """Add the kits at ``paths`` (scanning folders), index those without a fresh index: library thread."""
    from ..build import index_kit
    from ..index.status import kit_index_status
    from ..kit.open import open_kit
    from ..library.catalog import Library
    from ..library.scan import find_kits, sort_packs

    lib = Library()
    candidates: list = []
    problems: list = []
    for p in paths:
        found = find_kits(p)
        kits, _updates, bad = sort_packs(found.packs)
        candidates += found.kits + kits
        problems += [(str(b), why) for b, why in bad]
        if not found.kits and not kits and not bad:
            problems.append((p, translate("LibraryPanel", "no kit found there")))
    added = []
    for n, c in enumerate(candidates):
        try:
            entry, _new = lib.add(c)
            kit = open_kit(c)
            if index and kit_index_status(kit) != "fresh":
                ctx.progress(n, len(candidates), entry.title)
                index_kit(kit, progress=None, cancel=ctx.cancelled)
            added.append(entry)
        except PresskitError as e:
            problems.append((str(c), e.message))
    return added, problems
