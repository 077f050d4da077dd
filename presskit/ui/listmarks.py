"""Checkboxes on the list's rows and photos, in step with the selection: a mixin of the list pane.

Once :meth:`ListMarking.enable_marking` is given a "is this item marked?" function (the selection
feature, :mod:`.journalism`, does it), every document row and photo carries a checkbox (mouse or
Space); a document row (:class:`~presskit.ui.resultslist.DocRow`) reads its box from the selection
when it is painted, and :meth:`ListMarking.refresh_marks` brings the rest in line after the selection
changed elsewhere; a box ticked by the reader emits ``markToggled``.
"""

from __future__ import annotations

from .qt import QTimer, Qt
from .resultslist import ROLE


class ListMarking:
    """The marking half of :class:`~presskit.ui.listpane.ListPane`."""

    # -- marking (checkboxes) ------------------------------------------------------------------
    def enable_marking(self, is_marked) -> None:
        """Give every document row and photo a checkbox; ``is_marked(item_id)`` says which are ticked."""
        self._is_marked = is_marked
        self.gallery.set_checkable(True)
        self.refresh_marks()

    def _state(self, item_id: str) -> Qt.CheckState:
        return Qt.CheckState.Checked if self._is_marked and self._is_marked(item_id) else Qt.CheckState.Unchecked

    def mark_state(self, item_id: str) -> Qt.CheckState | None:
        """A document row's box (None: no boxes), as :class:`~presskit.ui.resultslist.DocRow` shows it."""
        return None if self._is_marked is None else self._state(item_id)

    def mark_changed(self, item_id: str, state: Qt.CheckState) -> None:
        """A document row's box was ticked or unticked (mouse, Space, or ``setCheckState``)."""
        self._check_changed(item_id, state)
        self.list.viewport().update()

    def refresh_marks(self) -> None:
        """Tick exactly the marked items' boxes (after the selection changed): document rows read
        theirs from the selection when painted; photos keep theirs."""
        if self._is_marked is None:
            return
        self.list.viewport().update()
        self._syncing_marks = True
        try:
            for i in range(self.gallery.count()):
                w = self.gallery.item(i)
                st = self._state(w.data(ROLE))
                if w.checkState() != st:
                    w.setCheckState(st)
        finally:
            self._syncing_marks = False

    def _check_changed(self, item_id: str, state) -> None:
        if self._syncing_marks or self._is_marked is None or not item_id:
            return
        checked = state == Qt.CheckState.Checked
        if checked == bool(self._is_marked(item_id)):
            return
        self._toggled_now = item_id  # a click on the box ticks it; it does not also open the document
        QTimer.singleShot(0, self._forget_toggle)
        self.markToggled.emit(item_id, checked)

    def _forget_toggle(self) -> None:
        self._toggled_now = None

    def _clicked(self, item_id: str) -> bool:
        """False when this click was on the row's checkbox (it ticked the box, nothing to open)."""
        return item_id != self._toggled_now
