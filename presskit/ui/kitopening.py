"""Opening kits in the main window: the Open dialog (folders and ``.presskit`` files alike), recent kits,
drag and drop, the start page, indexing in the background, and errors as a sentence plus details.
A mixin of :class:`~presskit.ui.mainwindow.MainWindow`.

A kit is opened by :func:`presskit.kit.open.open_kit` in a worker thread. When it cannot be opened and
no kit is shown, the start page says why in one sentence (:func:`~presskit.ui.startpage.describe_open_failure`);
when another kit is open it stays open and a message box says why.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from ..errors import PresskitError
from ..index.status import kit_index_status
from ..kit.format import Kit
from ..kit.open import open_kit
from ..locations import sample_kit_path
from ..plaintext import plain_block
from .plainui import plain_box
from .qt import QEvent, QFileDialog, QMessageBox, QObject, QProgressDialog, QPushButton, Qt
from .startpage import describe_open_failure, recent_entries


def is_kit_folder(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / "manifest.json").is_file()



class _OnlyEscOrClick(QObject):
    """On a progress's Cancel button, which has the focus: Enter, Return and Space typed while a kit is prepared
    (a reader's search words, the Enter meant for a welcome) do not press it; Esc and a click still do."""

    _TYPED = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)

    def eventFilter(self, obj, e) -> bool:  # noqa: N802
        return e.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and e.key() in self._TYPED


_ONLY_ESC = _OnlyEscOrClick()

class KitFileDialog(QFileDialog):
    """One Open dialog for both kinds of kit: pick a ``.presskit`` file, or go to a kit folder and press
    Open (a folder holding a manifest.json is a kit: it is opened, not entered)."""

    def __init__(self, parent, start: str):
        super().__init__(parent, self.tr("Open a kit folder or file"), start)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setNameFilters([self.tr("Kits (*.presskit manifest.json)"), self.tr("All files (*)")])
        self.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Open"))
        self.chosen: str | None = None

    def accept(self) -> None:
        typed = self.selectedFiles()
        for p in typed + [self.directory().absolutePath()]:
            if is_kit_folder(p) and (p in typed or not typed or Path(typed[0]).is_dir()):
                self.chosen = p
                self.done(QFileDialog.DialogCode.Accepted)
                return
        super().accept()

    def done(self, result: int) -> None:
        if result == QFileDialog.DialogCode.Accepted and self.chosen is None and self.selectedFiles():
            self.chosen = self.selectedFiles()[0]
        super().done(result)


class KitOpening:
    """Opening kits, the start page and indexing (mixed into MainWindow)."""

    def _init_opening(self) -> None:
        sp = self.start_page
        sp.openRequested.connect(self.open_kit)
        sp.sampleRequested.connect(lambda: self.open_kit(sample_kit_path()))
        sp.chooseRequested.connect(self.choose_kit)
        self._refresh_start_page()

    # -- the start page -------------------------------------------------------------------------
    def show_start_page(self, sentence: str | None = None, path: str = "", details: str = "") -> None:
        """No kit: the start page (with why, when a kit could not be opened)."""
        self._refresh_start_page()
        self.start_page.set_problem(sentence, path, details)
        self.central.setCurrentWidget(self.start_page)
        for a in self.kit_actions:
            a.setEnabled(False)
        self.start_page.focus_first()

    def _refresh_start_page(self) -> None:
        try:
            paths = self.settings.recent_kits()
        except (TypeError, ValueError):
            paths = []
        self.start_page.set_entries(recent_entries(paths, self.settings.recent_titles()))

    def _show_main(self) -> None:
        self.central.setCurrentWidget(self.main_area)
        for a in self.kit_actions:
            a.setEnabled(True)

    # -- opening --------------------------------------------------------------------------------
    def _dialog_start(self) -> str:
        return str(Path(self.kit.root).parent) if self.kit else str(Path.home())

    def choose_kit(self) -> KitFileDialog:
        """File › Open kit… (Ctrl+O): a kit folder or a ``.presskit`` file, in one dialog."""
        dlg = KitFileDialog(self, self._dialog_start())
        dlg.finished.connect(lambda r: r and dlg.chosen and self.open_kit(dlg.chosen))
        dlg.open()
        self.open_dialog = dlg
        return dlg

    def choose_kit_folder(self) -> None:
        """The same dialog (kept for the menu entry's old name)."""
        self.choose_kit()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_kits()
        for n, p in enumerate(recent, 1):
            label = (f"&{n} " if n < 10 else "") + p.replace("&", "&&")
            self.recent_menu.addAction(label, lambda p=p: self.open_kit(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear the list"), self._clear_recent)
        else:
            a = self.recent_menu.addAction(self.tr("No recent kits"))
            a.setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_kits()
        self._refresh_start_page()

    def open_kit(self, path) -> None:
        """Open the kit at ``path`` (a folder, its manifest.json, or a ``.presskit`` file) in the
        background; on failure say why (start page, or a box over the kit still open)."""
        if Path(path).name == "manifest.json":
            path = Path(path).parent
        path = str(path)
        self.statusBar().showMessage(self.tr("Opening {0}…").format(path))
        self.runner.run(lambda ctx: open_kit(path), key="open",
                        on_result=lambda kit: self._kit_opened(kit, path),
                        on_error=lambda e, tb: self._open_failed(path, e, tb))

    def _open_failed(self, path: str, err: BaseException, tb: str) -> None:
        self.statusBar().clearMessage()
        sentence, details = describe_open_failure(path, err)
        if not isinstance(err, PresskitError):
            details += "\n\n" + tb
        if self.kit is None:
            self.show_start_page(sentence, path, details)
            self.errorShown.emit(sentence)
        else:
            self._message(self.tr("This kit cannot be opened; the kit you were reading stays open."),
                          sentence, details)

    def show_error(self, heading: str, err: BaseException, tb: str = "") -> None:
        """One sentence saying what is wrong, the technical detail folded away."""
        if isinstance(err, PresskitError):
            sentence, details = err.message, err.details or ""
        else:
            sentence, details = str(err) or type(err).__name__, tb or "".join(traceback.format_exception(err))
        self._message(heading, sentence, details)

    def _message(self, heading: str, sentence: str, details: str) -> None:
        box = plain_box(QMessageBox(QMessageBox.Icon.Warning, self.tr("presskit"), heading,
                                    QMessageBox.StandardButton.Ok, self))
        box.setInformativeText(plain_block(sentence, 4000))  # it may quote a kit's text
        if details:
            box.setDetailedText(details)
        box.setObjectName("errorBox")
        box.open()  # window-modal, does not block the event loop
        self.error_box = box
        self.errorShown.emit(sentence)

    def _kit_opened(self, kit: Kit, path: str) -> None:
        self.statusBar().clearMessage()
        if self.index_task is not None:
            self.index_task.cancel()
        self.set_kit(kit)
        try:
            self.settings.add_recent_kit(path, kit.info.title)
        except OSError:
            pass
        if kit_index_status(kit) != "fresh":
            self.build_index()

    # -- indexing -------------------------------------------------------------------------------
    def build_index(self) -> None:
        """Index the kit into the user cache with a cancellable progress dialog (window stays live)."""
        from ..build import index_kit

        kit = self.kit
        if kit is None:
            return
        self.list_pane.set_search_available(False, self.tr("Search will be ready when the kit is indexed"),
                                             self.tr("Indexing…"), building=True)
        dlg = QProgressDialog(self.tr("Preparing the kit for search…"), self.tr("Cancel"), 0,
                              max(1, len(kit.items)), self)
        dlg.setWindowTitle(self.tr("Indexing"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        for stop in dlg.findChildren(QPushButton):  # Cancel: the words and the Enter typed meanwhile never press it
            stop.setAutoDefault(False)
            stop.installEventFilter(_ONLY_ESC)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        self.progress = dlg
        target = kit.writable_index_dir()

        def progress(done: int, total: int, label: str) -> None:
            dlg.setMaximum(max(1, total))
            dlg.setValue(min(done, total))
            dlg.setLabelText(self.tr("Preparing the kit for search…\n{0}").format(Path(label).name))

        def finished(_path) -> None:
            dlg.close()
            self.index_task = None
            if self.kit is kit:
                self.list_pane.set_search_available(True)
                self._update_index_label(True)
                self.statusBar().showMessage(self.tr("The kit is ready to search."), 5000)
                self.indexReady.emit()

        def failed(err, tb) -> None:
            dlg.close()
            self.index_task = None
            if self.kit is kit:
                self.list_pane.set_search_available(False, self.tr("Search is unavailable: the kit could not be indexed"),
                                                    self.tr("Search unavailable"))
                self._update_index_label(False)
                self.show_error(self.tr("The kit could not be indexed for search; you can still browse it."), err, tb)

        def cancelled() -> None:
            dlg.close()
            self.index_task = None
            if self.kit is kit:
                self.list_pane.set_search_available(False, self.tr("Not indexed: Kit › Rebuild the search index"),
                                                     self.tr("Not indexed"))
                self._update_index_label(False)
                self.statusBar().showMessage(self.tr("Indexing stopped. Browse the kit, or use Kit › Rebuild "
                                                     "the search index to search it."), 10000)

        task = self.runner.run(
            lambda ctx: index_kit(kit, target, progress=ctx.progress, cancel=ctx.cancelled),
            on_result=finished, on_error=failed, on_progress=progress, on_cancelled=cancelled, key="index")
        self.index_task = task
        dlg.canceled.connect(task.cancel)

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, e) -> None:  # noqa: N802
        urls = e.mimeData().urls()
        if urls and urls[0].isLocalFile():
            p = Path(urls[0].toLocalFile())
            if p.is_dir() or p.suffix.lower() == ".presskit" or p.name == "manifest.json":
                e.acceptProposedAction()

    def dropEvent(self, e) -> None:  # noqa: N802
        urls = e.mimeData().urls()
        if urls and urls[0].isLocalFile():
            e.acceptProposedAction()
            self.open_kit(Path(urls[0].toLocalFile()))
