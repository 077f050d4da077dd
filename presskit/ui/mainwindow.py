"""The main window: navigator | documents and results | reading pane, with menus and status bar.

Extension points for features added later (quotes panel, selection and export, signatures, updates):

* :meth:`MainWindow.menu` returns a named menu ("file", "edit", "view", "kit", "help"), creating it
  if needed; :meth:`add_action` puts an action into one.
* :meth:`add_side_tab` adds a tab next to "Browse" in the left panel (e.g. a Quotes panel).
* :meth:`add_status_widget` puts a permanent widget in the status bar; :attr:`signature_slot` is the
  place reserved for the signature badge, left of the index status.
* :meth:`current_item` and :meth:`selected_items` say what the reader is looking at / has selected;
  ``reader.pdf.add_context_menu_provider`` adds entries to the document's right-click menu.

Signals:
    kitOpened(object): a :class:`presskit.kit.Kit` is now shown.
    itemOpened(object): an :class:`presskit.model.Item` is shown in the reading pane (None: About page).
    indexReady(): the kit's search index is usable.
    languageChangeRequested(str): the user picked an interface language ('' = system).
    errorShown(str): an error box was shown (its sentence); tests and logs listen.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from ..errors import PresskitError
from ..index.status import kit_index_status
from ..kit.format import Kit
from ..kit.open import open_kit
from ..locations import sample_kit_path
from ..model import Item
from . import i18n
from .listpane import ListPane
from .navigator import Navigator
from .newitems import NewItems
from .qt import (
    QAction, QActionGroup, QApplication, QEvent, QFileDialog, QFrame, QHBoxLayout, QKeySequence, QLabel, QMainWindow,
    QMenu, QMessageBox, QProgressDialog, QSplitter, QTabWidget, QTimer, Qt, QToolBar, QWidget, Signal,
)
from .reader import ReaderPane
from .tasks import TaskRunner
from .theme import css

class SideTabs(QTabWidget):
    """The left panel's tabs (Browse, Selected (n), Quotes, New (n)): never narrower than its tab bar,
    so no tab hides behind scroll arrows or is cut off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setExpanding(False)

    def _fit(self) -> None:
        need = self.tabBar().sizeHint().width() + 2
        if need != self.minimumWidth() and need > 170:
            self.setMinimumWidth(need)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:  # a tab was added, shown, or its text changed
            self._fit()
        return super().event(e)


class MainWindow(QMainWindow):
    kitOpened = Signal(object)
    itemOpened = Signal(object)
    indexReady = Signal()
    languageChangeRequested = Signal(str)
    errorShown = Signal(str)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.kit: Kit | None = None
        self.runner = TaskRunner(self)
        self.error_box: QMessageBox | None = None
        self.index_task = None
        self.progress: QProgressDialog | None = None
        self.menus: dict[str, QMenu] = {}
        self.setWindowTitle("presskit")
        self.setAcceptDrops(True)
        self.setMinimumSize(820, 520)

        # panes
        self.side = SideTabs()
        self.side.setDocumentMode(True)
        self.side.setAccessibleName(self.tr("Side panel"))
        self.navigator = Navigator()
        self.side.addTab(self.navigator, self.tr("Browse"))
        self.new_items = NewItems(self)
        self.list_pane = ListPane(settings, self.new_items)
        self.reader = ReaderPane(settings)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.setStyleSheet(css("QSplitter::handle { background: @LINE; }"))
        for w, stretch in ((self.side, 0), (self.list_pane, 0), (self.reader, 1)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.side.setMinimumWidth(170)
        self.list_pane.setMinimumWidth(260)
        self.splitter.setSizes([230, 400, 810])
        self.setCentralWidget(self.splitter)

        self.navigator.chosen.connect(self._on_nav)
        self.list_pane.openRequested.connect(self.open_item)
        self.reader.translationRequested.connect(self._open_translation)
        self.reader.linkActivated.connect(self.copy_link)

        self._build_status_bar()
        self._build_actions()
        self._build_toolbar()
        self._restore_state()
        self.setTabOrder(self.list_pane.box, self.list_pane.help_btn)
        self.setTabOrder(self.list_pane.list, self.reader.pdf)
        if settings.notice:
            QTimer.singleShot(0, self._settings_notice)

    # -- extension points ----------------------------------------------------------------------
    def menu(self, name: str, title: str | None = None) -> QMenu:
        """The menu called ``name`` (created at the end, before Help, if new)."""
        m = self.menus.get(name)
        if m is None:
            m = QMenu(title or name.capitalize(), self)
            m.setObjectName(f"menu-{name}")
            help_menu = self.menus.get("help")
            if help_menu is not None:
                self.menuBar().insertMenu(help_menu.menuAction(), m)
            else:
                self.menuBar().addMenu(m)
            self.menus[name] = m
        return m

    def add_action(self, menu_name: str, action: QAction, before: QAction | None = None) -> QAction:
        m = self.menu(menu_name)
        if before is not None:
            m.insertAction(before, action)
        else:
            m.addAction(action)
        if action.parent() is None:
            action.setParent(self)
        return action

    def add_side_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab to the left panel (next to Browse); returns its index."""
        return self.side.addTab(widget, title)

    def add_status_widget(self, widget: QWidget, before_index_label: bool = True) -> None:
        """Add a permanent widget to the status bar (the signature badge goes in ``signature_slot``)."""
        self.status_area.layout().insertWidget(0 if before_index_label else -1, widget)

    def current_item(self) -> Item | None:
        """The item in the reading pane, else the one under the list's cursor."""
        if self.reader.item is not None:
            return self.reader.item
        iid = self.list_pane.current_item_id()
        return self.kit.get(iid) if (self.kit and iid) else None

    def selected_items(self) -> list[Item]:
        """Items selected in the list or gallery (the selection/export feature builds on this)."""
        if self.kit is None:
            return []
        return [it for it in (self.kit.get(i) for i in self.list_pane.selected_item_ids()) if it is not None]

    # -- building the window -------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(True)
        self.status_area = QWidget()
        lay = QHBoxLayout(self.status_area)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(12)
        self.signature_slot = QHBoxLayout()
        self.signature_slot.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.signature_slot)
        self.index_label = QLabel()
        self.index_label.setObjectName("indexStatus")
        self.index_label.setStyleSheet(css("color: @MUTED;"))
        lay.addWidget(self.index_label)
        sb.addPermanentWidget(self.status_area)

    def _act(self, menu: str, text: str, slot, shortcut=None, tip: str | None = None, checkable=False) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        self.add_action(menu, a)
        return a

    def _build_actions(self) -> None:
        mb = self.menuBar()
        for key in ("file", "edit", "view", "kit", "help"):
            m = QMenu(self._menu_title(key), self)
            m.setObjectName(f"menu-{key}")
            mb.addMenu(m)
            self.menus[key] = m
        A = self._act
        self.open_action = A("file", self.tr("&Open kit…"), self.choose_kit, QKeySequence.StandardKey.Open,
                             self.tr("Open a kit file (.presskit)"))
        self.open_folder_action = A("file", self.tr("Open kit &folder…"), self.choose_kit_folder,
                                    QKeySequence("Ctrl+Shift+O"), self.tr("Open a kit that is a folder"))
        A("file", self.tr("Open the &sample kit"), lambda: self.open_kit(sample_kit_path()))
        self.recent_menu = self.menu("file").addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menu("file").addSeparator()
        self.close_action = A("file", self.tr("&Close document"), self.reader.close_document, [QKeySequence("Ctrl+W"), QKeySequence.StandardKey.Close])
        self.menu("file").addSeparator()
        A("file", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.find_action = A("edit", self.tr("&Find in document…"), self.reader.open_find, QKeySequence.StandardKey.Find)
        self.next_action = A("edit", self.tr("Find &next"), self.reader.next_hit, [QKeySequence("F3")])
        self.prev_action = A("edit", self.tr("Find &previous"), self.reader.previous_hit, [QKeySequence("Shift+F3")])
        self.menu("edit").addSeparator()
        self.search_action = A("edit", self.tr("&Search the kit"), self.list_pane.focus_search,
                               [QKeySequence("Ctrl+K"), QKeySequence("/")])

        self.zoom_in_action = A("view", self.tr("Zoom &in"), self.reader.zoom_in,
                                [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = A("view", self.tr("Zoom &out"), self.reader.zoom_out, [QKeySequence.StandardKey.ZoomOut])
        A("view", self.tr("Fit &width"), self.reader.fit_width, QKeySequence("Ctrl+0"))
        A("view", self.tr("Fit &page"), self.reader.fit_page, QKeySequence("Ctrl+9"))
        self.menu("view").addSeparator()
        self.fullscreen_action = A("view", self.tr("&Full screen"), self.toggle_full_screen,
                                   QKeySequence("F11"), checkable=True)
        self.menu("view").addSeparator()
        lang_menu = self.menu("view").addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.get("language")
        for code, name in [("", self.tr("System default"))] + list(i18n.UI_LANGUAGES.items()):
            a = QAction(name, self, checkable=True)
            a.setChecked(code == current)
            a.setData(code)
            group.addAction(a)
            lang_menu.addAction(a)
            a.triggered.connect(lambda _c=False, code=code: self._language_chosen(code))
        self.language_actions = group
        self.menu("view").addSeparator()
        A("view", self.tr("&Reset window layout and history…"), self.confirm_reset)

        A("kit", self.tr("&About this kit"), lambda: self.navigator.select({"about": True}))
        A("kit", self.tr("&Photos"), lambda: self.navigator.select({"photos": True}))
        A("kit", self.tr("All &documents"), lambda: self.navigator.select({"all": True}))
        self.menu("kit").addSeparator()
        A("kit", self.tr("Re&build the search index"), self.build_index)

        A("help", self.tr("&User guide"), self.show_user_guide)
        A("help", self.tr("How to &search"), self.list_pane.show_help, QKeySequence.StandardKey.HelpContents)
        A("help", self.tr("&Welcome"), self.show_welcome)
        self.menu("help").addSeparator()
        A("help", self.tr("&About presskit"), self.about_presskit)
        for a in (self.find_action, self.next_action, self.prev_action, self.search_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _menu_title(self, key: str) -> str:
        return {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                "kit": self.tr("&Kit"), "help": self.tr("&Help")}[key]

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setStyleSheet(css("QToolBar { border-bottom: 1px solid @LINE; spacing: 4px; padding: 3px 6px; }"
                             "QToolButton { padding: 4px 10px; border-radius: 4px; }"
                             "QToolButton:hover { background: @HOVER; }"))
        self.kit_title = QLabel()
        self.kit_title.setObjectName("kitTitle")
        self.kit_title.setStyleSheet(css("font-weight: 600; font-size: 11pt; padding: 0 10px 0 4px; color: @TEXT;"))
        tb.addWidget(self.kit_title)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.VLine)
        sep.setStyleSheet(css("color: @LINE;"))
        tb.addWidget(sep)
        tb.addAction(self.open_action)
        about = QAction(self.tr("About this kit"), self)
        about.triggered.connect(lambda: self.navigator.select({"about": True}))
        tb.addAction(about)
        photos = QAction(self.tr("Photos"), self)
        photos.triggered.connect(lambda: self.navigator.select({"photos": True}))
        tb.addAction(photos)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        tb.addWidget(spacer)
        help_a = QAction(self.tr("How to search"), self)
        help_a.triggered.connect(self.list_pane.show_help)
        tb.addAction(help_a)
        self.toolbar = tb
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        g = self.settings.state("geometry")
        if g is None or not self.restoreGeometry(g):
            self.resize(1360, 840)
        s = self.settings.state("splitter")
        if s is not None:
            self.splitter.restoreState(s)

    def save_state(self) -> None:
        self.reader.save_position()
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("splitter", self.splitter.saveState())
        self.settings.sync()

    def confirm_reset(self) -> None:
        r = QMessageBox.question(
            self, self.tr("Reset presskit?"),
            self.tr("Forget the window layout, recent kits and where you were in each document? "
                    "Your kits are not touched."))
        if r == QMessageBox.StandardButton.Yes:
            self.reset_state()

    def reset_state(self) -> None:
        self.settings.reset(keep_prefs=True)
        self.splitter.setSizes([230, 400, 810])
        if not self.isFullScreen():
            self.resize(1360, 840)
        self.statusBar().showMessage(self.tr("Window layout and history were reset."), 6000)

    def _settings_notice(self) -> None:
        where = (self.settings.notice or "").partition(":")[2]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Settings were reset"),
                          self.tr("presskit could not read its settings file, so it started with default settings."),
                          QMessageBox.StandardButton.Ok, self)
        if where:
            box.setDetailedText(self.tr("The unreadable file was kept as {0}").format(where))
        box.open()
        self.notice_box = box

    def closeEvent(self, e) -> None:  # noqa: N802
        self.save_state()
        if self.index_task is not None:
            self.index_task.cancel()
        super().closeEvent(e)

    # -- opening kits ----------------------------------------------------------------------------
    def _dialog_start(self) -> str:
        return str(Path(self.kit.root).parent) if self.kit else str(Path.home())

    def choose_kit(self) -> None:
        """File › Open kit…: a single-file kit (.presskit), or the manifest.json of a kit folder."""
        filters = ";;".join((self.tr("Kit file (*.presskit)"), self.tr("Kit folder manifest (manifest.json)"),
                             self.tr("All files (*)")))
        path, _flt = QFileDialog.getOpenFileName(self, self.tr("Open a kit"), self._dialog_start(), filters)
        if path:
            self.open_kit(path)

    def choose_kit_folder(self) -> None:
        """File › Open kit folder…: a kit that is a folder with a manifest.json."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a kit folder"), self._dialog_start())
        if path:
            self.open_kit(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_kits()
        for p in recent:
            self.recent_menu.addAction(p, lambda p=p: self.open_kit(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.settings.clear_recent_kits)
        else:
            a = self.recent_menu.addAction(self.tr("No recent kits"))
            a.setEnabled(False)

    def open_kit(self, path) -> None:
        """Open the kit at ``path`` (a folder, its manifest.json, or a ``.presskit`` file) in the
        background; on failure show why and keep the current kit."""
        if Path(path).name == "manifest.json":
            path = Path(path).parent
        path = str(path)
        self.statusBar().showMessage(self.tr("Opening {0}…").format(path))
        self.runner.run(lambda ctx: open_kit(path), key="open",
                        on_result=lambda kit: self._kit_opened(kit, path),
                        on_error=lambda e, tb: self._open_failed(path, e, tb))

    def _open_failed(self, path: str, err: BaseException, tb: str) -> None:
        self.statusBar().clearMessage()
        self.show_error(self.tr("This kit cannot be opened."), err, tb)

    def show_error(self, heading: str, err: BaseException, tb: str = "") -> None:
        """One sentence saying what is wrong, the technical detail folded away."""
        if isinstance(err, PresskitError):
            sentence, details = err.message, err.details or ""
        else:
            sentence, details = str(err) or type(err).__name__, tb or "".join(traceback.format_exception(err))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("presskit"), heading, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(sentence)
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
            self.settings.add_recent_kit(path)
        except OSError:
            pass
        if kit_index_status(kit) != "fresh":
            self.build_index()

    def set_kit(self, kit: Kit) -> None:
        """Show ``kit`` (already opened) in every pane."""
        self.reader.save_position()
        self.kit = kit
        self.new_items.load(kit)
        self.setWindowTitle(f"{kit.info.title} — presskit")
        title = kit.info.title if len(kit.info.title) <= 64 else kit.info.title[:62].rstrip() + "…"
        self.kit_title.setText(title)
        self.kit_title.setToolTip(kit.info.title)
        fresh = kit_index_status(kit) == "fresh"
        self.list_pane.set_kit(kit)
        self.list_pane.set_search_available(fresh, self.tr("Search will be ready when the kit is indexed"))
        self.navigator.set_kit(kit)
        self.reader.show_about(kit)
        self.navigator.select({"about": True})
        self._update_index_label(fresh)
        self.kitOpened.emit(kit)
        if fresh:
            self.indexReady.emit()

    def _update_index_label(self, fresh: bool) -> None:
        if self.kit is None:
            self.index_label.clear()
            return
        n = len(self.kit.items)
        self.index_label.setText(self.tr("%n item(s)", "", n) + " · "
                                 + (self.tr("search ready") if fresh else self.tr("not indexed")))

    def build_index(self) -> None:
        """Index the kit into the user cache with a cancellable progress dialog (window stays live)."""
        from ..build import index_kit

        kit = self.kit
        if kit is None:
            return
        self.list_pane.set_search_available(False, self.tr("Search will be ready when the kit is indexed"))
        dlg = QProgressDialog(self.tr("Preparing the kit for search…"), self.tr("Cancel"), 0,
                              max(1, len(kit.items)), self)
        dlg.setWindowTitle(self.tr("Indexing"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
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
                self.list_pane.set_search_available(False, self.tr("Search is unavailable: the kit could not be indexed"))
                self._update_index_label(False)
                self.show_error(self.tr("The kit could not be indexed for search; you can still browse it."), err, tb)

        def cancelled() -> None:
            dlg.close()
            self.index_task = None
            if self.kit is kit:
                self.list_pane.set_search_available(False, self.tr("Not indexed: Kit › Rebuild the search index"))
                self._update_index_label(False)
                self.statusBar().showMessage(self.tr("Indexing stopped. Browse the kit, or use Kit › Rebuild "
                                                     "the search index to search it."), 10000)

        task = self.runner.run(
            lambda ctx: index_kit(kit, target, progress=ctx.progress, cancel=ctx.cancelled),
            on_result=finished, on_error=failed, on_progress=progress, on_cancelled=cancelled, key="index")
        self.index_task = task
        dlg.canceled.connect(task.cancel)

    # -- drag and drop ---------------------------------------------------------------------------
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

    # -- navigation ------------------------------------------------------------------------------
    def _on_nav(self, flt: dict) -> None:
        if self.kit is None:
            return
        if flt.get("about"):
            self.reader.show_about(self.kit)
            self.itemOpened.emit(None)
            return
        self.list_pane.show_browse(flt)
        if flt.get("photos") and (self.reader.item is None or not self.reader.item.is_photo):
            first = self.list_pane.gallery.item(0)
            if first is not None:
                self.list_pane.gallery.setCurrentItem(first)
                self.open_item(first.data(Qt.ItemDataRole.UserRole))

    def open_item(self, item_id: str, page: int = 0, terms=None) -> None:
        if self.kit is None:
            return
        it = self.kit.get(item_id)
        if it is None:
            return
        if not self.settings.get("open_at_hit"):
            page, terms = 0, None
        self.reader.show_item(self.kit, it, page, terms)
        self.itemOpened.emit(it)

    def _open_translation(self, item_id: str, page: int) -> None:
        self.open_item(item_id, page, self.list_pane.terms if self.list_pane.results is not None else None)

    def copy_link(self, url: str) -> None:
        """Web addresses are copied, never opened: the laptop may be offline."""
        if url.startswith("mailto:"):
            url = url[len("mailto:"):]
        QApplication.clipboard().setText(url)
        self.statusBar().showMessage(
            self.tr("Copied {0} — this laptop may be offline, so presskit does not open links.").format(url), 8000)

    # -- misc ------------------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def _language_chosen(self, code: str) -> None:
        self.settings.set("language", code)
        self.languageChangeRequested.emit(code)

    def about_presskit(self) -> None:
        """Version, licence (AGPL-3.0-or-later) and third-party notices (presskit.ui.desktop)."""
        from .desktop import show_about

        show_about(self)

    def show_user_guide(self) -> None:
        """The bundled user guide, offline, in its own window."""
        from .desktop import show_user_guide

        show_user_guide(self)

    def show_welcome(self) -> None:
        from .desktop import show_welcome

        show_welcome(self)
