"""The selection: documents and photos marked for export or printing, and the "Selected" view.

:class:`Selection` is the model (an ordered set of item ids, one per kit). :class:`SelectionPanel` shows
it as a list of checkable rows with a count; unchecking a row (mouse or Space) drops it from the
selection. Items are marked from the document list with the "Mark" action (Ctrl+M, or the context menu),
and a whole search can be marked with "Select all results".
"""

from __future__ import annotations

from typing import Iterable

from ..model import KIND_LABELS, Item
from .qt import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QObject, QPushButton, Qt,
    QVBoxLayout, QWidget, Signal,
)

ROLE = Qt.ItemDataRole.UserRole


class Selection(QObject):
    """An ordered set of item ids of the current kit.

    Signals:
        changed(int): the number of selected items after a change.
    """

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.kit = None
        self._ids: dict[str, None] = {}

    def set_kit(self, kit) -> None:
        """A new kit: the selection starts empty."""
        self.kit = kit
        self.clear()

    def ids(self) -> list[str]:
        return list(self._ids)

    def items(self) -> list[Item]:
        if self.kit is None:
            return []
        return [it for it in (self.kit.get(i) for i in self._ids) if it is not None]

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._ids

    def add(self, ids: Iterable[str]) -> int:
        """Mark ``ids``; returns how many were new."""
        n = 0
        for i in ids:
            if i not in self._ids and (self.kit is None or self.kit.get(i) is not None):
                self._ids[i] = None
                n += 1
        if n:
            self.changed.emit(len(self._ids))
        return n

    def remove(self, ids: Iterable[str]) -> int:
        n = 0
        for i in ids:
            if self._ids.pop(i, 0) is None:
                n += 1
        if n:
            self.changed.emit(len(self._ids))
        return n

    def toggle(self, ids: Iterable[str]) -> None:
        """Mark ``ids``, or unmark them all if every one is marked already."""
        ids = list(ids)
        if ids and all(i in self._ids for i in ids):
            self.remove(ids)
        else:
            self.add(ids)

    def clear(self) -> None:
        self._ids.clear()
        self.changed.emit(0)


class SelectionPanel(QWidget):
    """The "Selected" view: the marked items with a count, and Export / Print / Clear buttons.

    Signals:
        openRequested(str): open this item in the reader.
        exportRequested(): the user wants to export the selection.
        printRequested(): the user wants to print the selection.
    """

    openRequested = Signal(str)
    exportRequested = Signal()
    printRequested = Signal()

    def __init__(self, selection: Selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.selection = selection
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.count_label = QLabel()
        self.count_label.setObjectName("selectionCount")
        self.count_label.setWordWrap(True)
        lay.addWidget(self.count_label)
        self.list = QListWidget()
        self.list.setObjectName("selectionList")
        self.list.setAccessibleName(self.tr("Selected documents and photos"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._on_check)
        self.list.itemActivated.connect(lambda it: self.openRequested.emit(it.data(ROLE)))
        self.list.itemDoubleClicked.connect(lambda it: self.openRequested.emit(it.data(ROLE)))
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.setObjectName("exportButton")
        self.export_btn.clicked.connect(self.exportRequested)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.clicked.connect(self.printRequested)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.setToolTip(self.tr("Unmark everything"))
        self.clear_btn.clicked.connect(selection.clear)
        for b in (self.export_btn, self.print_btn, self.clear_btn):
            row.addWidget(b)
        lay.addLayout(row)
        selection.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for it in self.selection.items():
            meta = " · ".join(x for x in (KIND_LABELS.get(it.kind, it.kind), it.date or "", (it.language or "").upper()) if x)
            row = QListWidgetItem(f"{it.title or it.path}\n{meta}")
            row.setData(ROLE, it.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setToolTip(it.path)
            self.list.addItem(row)
        self.list.blockSignals(False)
        n = len(self.selection)
        photos = sum(1 for it in self.selection.items() if it.is_photo)
        if n:
            self.count_label.setText(self.tr("%n item(s) selected", "", n)
                                     + (self.tr(" (%n photo(s))", "", photos) if photos else ""))
        else:
            self.count_label.setText(self.tr("Nothing selected. Tick the box of a document or photo (or press "
                                             "Space or Ctrl+M on it), or use Kit › Select all listed items "
                                             "after a search."))
        for b in (self.export_btn, self.print_btn, self.clear_btn):
            b.setEnabled(n > 0)

    def _on_check(self, row: QListWidgetItem) -> None:
        if row.checkState() == Qt.CheckState.Unchecked:
            iid = row.data(ROLE)
            # let Qt finish the click before the row disappears
            from .qt import QTimer

            QTimer.singleShot(0, lambda: self.selection.remove([iid]))
