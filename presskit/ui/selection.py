"""The selection: documents and photos marked for export or printing, its named "briefing packs", and the
"Selected" view.

:class:`Selection` is the model (an ordered set of item ids, one per kit). Nothing in it is lost: every
change is kept at once in the user data folder (:mod:`presskit.marks`, keyed by the kit's identity, never
written into the kit), so marks survive a language switch, a crash and a restart; every change (mark,
unmark, Clear, opening or deleting a pack) can be undone with Edit › Undo (Ctrl+Z) through
:attr:`Selection.undo`, a ``QUndoStack``. A selection can be saved under a name ("Press conference
pack") and reopened or exported again later.

:class:`SelectionPanel` shows it as a list of checkable rows with a count; unchecking a row (mouse or
Space) drops it from the selection.
"""

from __future__ import annotations

from typing import Iterable

from ..marks import KitMarks, Pack, load_marks, save_marks
from ..model import Item
from ..titles import display_title
from .flow import FlowLayout
from .labels import item_date_label, kind_label, language_short
from .plainui import plain_tip
from .qt import (
    QAbstractItemView, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMenu, QObject,
    QPushButton, Qt, QToolButton, QUndoCommand, QUndoStack, QVBoxLayout, QWidget, Signal, translate,
)

ROLE = Qt.ItemDataRole.UserRole


class _Change(QUndoCommand):
    """One change of the marks and packs, from ``before`` to ``after`` (both full snapshots)."""

    def __init__(self, selection: "Selection", before: KitMarks, after: KitMarks, text: str):
        super().__init__(text)
        self.selection, self.before, self.after = selection, before, after

    def redo(self) -> None:
        self.selection._apply(self.after)

    def undo(self) -> None:
        self.selection._apply(self.before)


def _copy(m: KitMarks) -> KitMarks:
    return KitMarks(list(m.marked), [Pack(p.name, list(p.ids), p.saved) for p in m.packs])


class Selection(QObject):
    """An ordered set of item ids of the current kit, kept on disk, with undo and named packs.

    Signals:
        changed(int): the number of selected items after a change.
        packsChanged(): a pack was saved, deleted or restored.
    """

    changed = Signal(int)
    packsChanged = Signal()

    def __init__(self, parent: QObject | None = None, store_dir=None):
        super().__init__(parent)
        self.kit = None
        self.store_dir = store_dir  # None: the user data folder (presskit.marks)
        self._marks = KitMarks()
        self._ids: dict[str, None] = {}
        self.undo = QUndoStack(self)
        self.saved = True  # False when the last change could not be written to disk

    # -- kit ------------------------------------------------------------------------------------
    def set_kit(self, kit) -> None:
        """A kit is shown: its marks and packs come back from where they were kept."""
        self.kit = kit
        self.undo.clear()
        self._marks = load_marks(kit, self.store_dir) if kit is not None else KitMarks()
        self._refresh_ids()
        self.changed.emit(len(self._ids))
        self.packsChanged.emit()

    def _refresh_ids(self) -> None:
        known = (lambda i: self.kit.get(i) is not None) if self.kit is not None else (lambda i: True)
        self._ids = {i: None for i in self._marks.marked if known(i)}

    # -- reading --------------------------------------------------------------------------------
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

    # -- changing (each one undoable) -----------------------------------------------------------
    def _change(self, marked: list[str] | None = None, packs: list[Pack] | None = None, text: str = "") -> None:
        before = _copy(self._marks)
        after = _copy(self._marks)
        if marked is not None:
            hidden = [i for i in self._marks.marked if i not in self._ids]  # ids this kit lacks stay kept
            after.marked = list(dict.fromkeys(marked + hidden))
        if packs is not None:
            after.packs = packs
        if after.marked == before.marked and [(p.name, p.ids) for p in after.packs] == \
                [(p.name, p.ids) for p in before.packs]:
            return
        self.undo.push(_Change(self, before, after, text))

    def _apply(self, marks: KitMarks) -> None:
        packs_changed = [(p.name, p.ids) for p in marks.packs] != [(p.name, p.ids) for p in self._marks.packs]
        self._marks = _copy(marks)
        self._refresh_ids()
        if self.kit is not None:
            self.saved = save_marks(self.kit, self._marks, self.store_dir)
        self.changed.emit(len(self._ids))
        if packs_changed:
            self.packsChanged.emit()

    def add(self, ids: Iterable[str]) -> int:
        """Mark ``ids``; returns how many were new."""
        new = [i for i in dict.fromkeys(ids) if i not in self._ids and (self.kit is None or self.kit.get(i))]
        if new:
            n = len(new)
            text = self.tr("Mark %n item(s)", "", n)  # lupdate marks only tr() counts as plurals
            self._change(self.ids() + new, text=text)
        return len(new)

    def remove(self, ids: Iterable[str]) -> int:
        gone = {i for i in ids if i in self._ids}
        if gone:
            n = len(gone)
            text = self.tr("Unmark %n item(s)", "", n)
            self._change([i for i in self._ids if i not in gone], text=text)
        return len(gone)

    def toggle(self, ids: Iterable[str]) -> None:
        """Mark ``ids``, or unmark them all if every one is marked already."""
        ids = list(ids)
        if ids and all(i in self._ids for i in ids):
            self.remove(ids)
        else:
            self.add(ids)

    def clear(self) -> None:
        """Unmark everything (Edit › Undo brings it back)."""
        if self._ids:
            self._change([], text=translate("Selection", "Clear the selection"))

    # -- briefing packs -------------------------------------------------------------------------
    def packs(self) -> list[Pack]:
        return list(self._marks.packs)

    def save_pack(self, name: str) -> Pack:
        """Keep the current selection under ``name`` (a pack of that name is replaced)."""
        after = _copy(self._marks)
        p = after.put_pack(name, self.ids())
        self._change(packs=after.packs, text=translate("Selection", "Save the pack “{0}”").format(p.name))
        return p

    def open_pack(self, name: str, add: bool = False) -> int:
        """Make the pack the selection (or ``add`` it to the selection); returns the items now selected."""
        p = self._marks.pack(name)
        if p is None:
            return len(self)
        ids = [i for i in p.ids if self.kit is None or self.kit.get(i) is not None]
        self._change((self.ids() + ids) if add else ids,
                     text=translate("Selection", "Open the pack “{0}”").format(name))
        return len(self)

    def pack_ids(self, name: str) -> list[str]:
        """The ids of the pack's items this kit still has."""
        p = self._marks.pack(name)
        return [i for i in (p.ids if p else []) if self.kit is None or self.kit.get(i) is not None]

    def delete_pack(self, name: str) -> None:
        after = _copy(self._marks)
        if after.drop_pack(name):
            self._change(packs=after.packs, text=translate("Selection", "Delete the pack “{0}”").format(name))


class SelectionPanel(QWidget):
    """The "Selected" view: the marked items with a count, Export / Print / Clear, and briefing packs.

    Signals:
        openRequested(str): open this item in the reader.
        exportRequested(): the user wants to export the selection.
        printRequested(): the user wants to print the selection.
        exportPackRequested(str): export this briefing pack (by name) as it was saved.
    """

    openRequested = Signal(str)
    exportRequested = Signal()
    printRequested = Signal()
    exportPackRequested = Signal(str)

    def __init__(self, selection: Selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.selection = selection
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.count_label = QLabel()
        self.count_label.setObjectName("selectionCount")
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
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
        row = FlowLayout(spacing=6)
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.setObjectName("exportButton")
        self.export_btn.clicked.connect(self.exportRequested)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.clicked.connect(self.printRequested)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.setToolTip(self.tr("Unmark everything (Edit › Undo brings it back)"))
        self.clear_btn.clicked.connect(selection.clear)
        for b in (self.export_btn, self.print_btn, self.clear_btn):
            row.addWidget(b)
        buttons = QWidget()  # a second row when the pane is too narrow for three (« Imprimer… » was cut)
        buttons.setLayout(row)
        lay.addWidget(buttons)
        self.packs_btn = QToolButton()
        self.packs_btn.setObjectName("packsButton")
        self.packs_btn.setText(self.tr("Briefing packs"))
        self.packs_btn.setToolTip(self.tr("Keep this selection under a name, or reopen one kept before"))
        self.packs_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.packs_btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.packs_btn.setStyleSheet("QToolButton { padding: 4px 22px 4px 8px; }")
        self.packs_menu = QMenu(self.tr("Briefing pac&ks"), self)
        self.packs_menu.aboutToShow.connect(self.fill_packs_menu)
        self.packs_btn.setMenu(self.packs_menu)
        lay.addWidget(self.packs_btn)
        selection.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for it in self.selection.items():
            meta = " · ".join(x for x in (kind_label(it.kind), item_date_label(it) if it.date else "",
                                          language_short(it.language) if it.language else "") if x)
            row = QListWidgetItem(f"{display_title(it)}\n{meta}")
            row.setData(ROLE, it.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setToolTip(plain_tip(it.path))
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

    # -- briefing packs -------------------------------------------------------------------------
    def fill_packs_menu(self, menu: QMenu | None = None) -> QMenu:
        """The packs menu: save the selection as a pack; per pack, open, add, export or delete it."""
        m = menu or self.packs_menu
        m.clear()
        save = m.addAction(self.tr("&Save the selection as a pack…"), self.ask_pack_name)
        save.setEnabled(len(self.selection) > 0)
        packs = self.selection.packs()
        if packs:
            m.addSeparator()
        for p in packs:
            n = len(self.selection.pack_ids(p.name))
            sub = m.addMenu(self.tr("{0} (%n item(s))", "", n).format(p.name.replace("&", "&&")))
            sub.addAction(self.tr("&Open (replaces the selection)"), lambda name=p.name: self.selection.open_pack(name))
            sub.addAction(self.tr("&Add to the selection"), lambda name=p.name: self.selection.open_pack(name, add=True))
            sub.addAction(self.tr("&Export…"), lambda name=p.name: self.exportPackRequested.emit(name))
            sub.addSeparator()
            sub.addAction(self.tr("&Delete"), lambda name=p.name: self.selection.delete_pack(name))
        if not packs:
            none = m.addAction(self.tr("No packs kept yet"))
            none.setEnabled(False)
        return m

    def ask_pack_name(self) -> QInputDialog:
        """Ask for a name, then keep the selection under it (window-modal, Enter saves)."""
        dlg = QInputDialog(self.window())
        dlg.setObjectName("packNameDialog")
        dlg.setWindowTitle(self.tr("Save a briefing pack"))
        dlg.setLabelText(self.tr("Name of this briefing pack (%n item(s)):", "", len(self.selection)))
        dlg.setTextValue(self.tr("Briefing pack {0}").format(len(self.selection.packs()) + 1))
        dlg.setOkButtonText(self.tr("Save"))
        dlg.textValueSelected.connect(lambda name: name.strip() and self.selection.save_pack(name))
        dlg.open()
        self.pack_dialog = dlg
        return dlg
