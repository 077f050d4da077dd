"""Checkboxes on the list's rows and photos, in step with the selection: a mixin of the list pane.

Once :meth:`ListMarking.enable_marking` is given a "is this item marked?" function (the selection
feature, :mod:`.journalism`, does it), every document row and photo carries a checkbox (mouse or
Space); :meth:`ListMarking.refresh_marks` brings the boxes in line with the selection after it changed
elsewhere, and a box ticked by the reader emits ``markToggled``.
"""

from __future__ import annotations

from .qt import QTimer, QTreeWidgetItem, Qt
from .resultslist import ROLE, row_id as _row_id


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

    def _set_checkable(self, row: QTreeWidgetItem, item_id: str) -> None:
        if self._is_marked is None:
            return
        self._syncing_marks = True
        try:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, self._state(item_id))
        finally:
            self._syncing_marks = False

    def refresh_marks(self) -> None:
        """Tick exactly the marked items' boxes (after the selection changed)."""
        if self._is_marked is None:
            return
        self._syncing_marks = True
        try:
            for i in range(self.list.topLevelItemCount()):
                row = self.list.topLevelItem(i)
                st = self._state(_row_id(row))
                if row.checkState(0) != st:
                    row.setCheckState(0, st)
            for i in range(self.gallery.count()):
                w = self.gallery.item(i)
                st = self._state(w.data(ROLE))
                if w.checkState() != st:
                    w.setCheckState(st)
        finally:
            self._syncing_marks = False

    def _row_changed(self, row: QTreeWidgetItem, _col: int = 0) -> None:
        # documents carry the boxes, their page hits do not; a row still being filled has no box yet
        # (its "unchecked" then means nothing: reading it as a click unmarked marked items)
        if row.parent() is None and row.data(0, Qt.ItemDataRole.CheckStateRole) is not None:
            self._check_changed(_row_id(row), row.checkState(0))

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
