"""What is new in the open kit: items added or changed since the reader last opened it.

One :class:`NewItems` per main window (``window.new_items``). The window loads it when a kit opens;
the list pane and the photo gallery badge those items "New", and the "New" side panel lists them,
all from this one model, redrawn when it emits ``changed``.
"""

from __future__ import annotations

from .. import state
from .qt import QObject, Signal
from .tasks import TaskRunner


class NewItems(QObject):
    """The ids of the open kit's items that are new or changed since it was last opened.

    Signals:
        changed(frozenset): the ids, each time a kit is loaded or the model is cleared.
    """

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: frozenset[str] = frozenset()
        self._runner: TaskRunner | None = None

    @property
    def ids(self) -> frozenset[str]:
        return self._ids

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def load(self, kit, background: bool = False) -> None:
        """What is new in ``kit`` since it was last opened (:mod:`presskit.state`); then remember it
        as seen, so the next opening shows only what changes from now on. ``background``: read and
        written off the GUI thread (a large kit's record lists thousands of items), ``changed``
        emitted when done; until then no item is new."""
        if self._runner is not None:
            self._runner.cancel("load")
        if not background:
            self._set(frozenset(_compare_and_remember(kit)))
            return
        self._set(frozenset())
        if self._runner is None:
            self._runner = TaskRunner(self)
        self._runner.run(lambda _ctx: frozenset(_compare_and_remember(kit)), key="load", on_result=self._set)

    def clear(self) -> None:
        if self._runner is not None:
            self._runner.cancel("load")
        self._set(frozenset())

    def _set(self, ids: frozenset[str]) -> None:
        self._ids = ids
        self.changed.emit(ids)


def _compare_and_remember(kit) -> set[str]:
    try:
        ids = state.new_since_last_seen(kit)
        state.mark_seen(kit)
    except Exception:  # noqa: BLE001 - remembering is a convenience, never a reason to fail
        ids = set()
    return ids
