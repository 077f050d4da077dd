"""What a worker thread keeps (its searcher) is still there for its next task."""

from __future__ import annotations

import threading

from presskit.ui.qt import QRunnable, QThreadPool
from presskit.ui.threadstate import ThreadState


class _Task(QRunnable):
    def __init__(self, state: ThreadState, seen: list):
        super().__init__()
        self.state, self.seen = state, seen

    def run(self) -> None:
        self.seen.append((threading.get_native_id(), getattr(self.state, "opened", None)))
        if getattr(self.state, "opened", None) is None:
            self.state.opened = object()


def test_a_pool_threads_state_lasts_from_one_task_to_the_next(qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    state, seen = ThreadState(), []
    for n in range(3):
        pool.start(_Task(state, seen))
        qtbot.waitUntil(lambda n=n: len(seen) == n + 1, timeout=5000)
    pool.waitForDone()
    assert len({t for t, _ in seen}) == 1  # one thread ran all three
    assert seen[0][1] is None and seen[1][1] is not None and seen[2][1] is seen[1][1]
    assert getattr(state, "opened", None) is None  # not this (the test's) thread's


def test_the_search_thread_opens_a_new_searcher_when_the_index_is_written_again(built_kit, qtbot):
    """Same kit, same manifest, index written again in the same folder (a rebuild in the user cache):
    the thread's Searcher must not keep reading the segments it opened before."""
    from presskit.index.integrity import STAMP_NAME
    from presskit.kit.open import open_kit
    from presskit.ui.workers import close_thread_searcher, thread_searcher

    kit = open_kit(built_kit)
    try:
        first = thread_searcher(kit)
        assert thread_searcher(kit) is first  # kept from one search to the next
        found = first.search("delegates").total
        stamp = kit.index_dir / STAMP_NAME
        data = stamp.read_bytes()
        stamp.unlink()
        stamp.write_bytes(data)  # what a rebuild does: a new stamp file in place of the old
        second = thread_searcher(kit)
        assert second is not first
        assert second.search("delegates").total == found > 0
    finally:
        close_thread_searcher()
