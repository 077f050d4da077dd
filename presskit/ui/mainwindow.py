"""The main window: a start page with no kit; with a kit, a top bar (Back, Forward, the kit's title,
common actions) over navigator | documents and results | reading pane, with menus and a status bar.

Opening kits, the start page and indexing are in :mod:`.kitopening`; history, the view state, the
navigator and moving between panes in :mod:`.navigation`; both are mixed into :class:`MainWindow`.

Extension points for features added later (quotes panel, selection and export, signatures, updates):

* :meth:`MainWindow.menu` returns a named menu ("file", "edit", "view", "kit", "help"), creating it
  if needed; :meth:`add_action` puts an action into one.
* :meth:`add_side_tab` adds a tab next to "Browse" in the left panel (e.g. a Quotes panel).
* :meth:`add_status_widget` puts a permanent widget in the status bar; :attr:`signature_slot` is the
  place reserved for the signature badge, left of the index status.
* :meth:`current_item` and :meth:`selected_items` say what the reader is looking at / has selected;
  ``reader.pdf.add_context_menu_provider`` adds entries to the document's right-click menu.
* :attr:`start_page` (:class:`~presskit.ui.startpage.StartPage`): ``set_kit_list(widget)`` puts another
  list of kits (a library) where the recent kits are.

Signals:
    kitOpened(object): a :class:`presskit.kit.Kit` is now shown (and can be searched).
    kitFilled(object): its list and navigator are filled too (a moment later for a large kit).
    itemOpened(object): an :class:`presskit.model.Item` is shown in the reading pane (None: About page).
    indexReady(): the kit's search index is usable.
    languageChangeRequested(str): the user picked an interface language ('' = system).
    errorShown(str): an error was shown, as a box or on the start page (its sentence); tests and logs listen.
"""

from __future__ import annotations

from ..index.damaged import remember_damaged
from ..index.status import kit_index_status
from ..kit.format import Kit
from ..locations import sample_kit_path
from ..model import Item
from . import i18n
from .flow import FlowLayout
from .focusring import FocusRing
from .keys import enter_clicks_buttons
from .kitopening import KitOpening
from .listpane import ListPane
from .navigation import Navigation
from .navigator import Navigator
from .newitems import NewItems
from .plainui import LinesLabel
from .qt import (
    QAction, QActionGroup, QApplication, QEvent, QFrame, QHBoxLayout, QKeySequence, QLabel, QMainWindow, QMenu,
    QMessageBox, QProgressDialog, QSizePolicy, QSplitter, QStackedWidget, QTabWidget, QTimer, Qt, QToolButton,
    QByteArray, QVBoxLayout, QWidget, Signal,
)
from .reader import ReaderPane
from .startpage import StartPage
from .tasks import TaskRunner
from .theme import css

DEFAULT_SPLIT = [230, 400, 810]
# A kit of more items is searchable as soon as it is open: its list and navigator (hundreds of
# milliseconds of the GUI thread for thousands of items) are filled right after, and after the
# first search when one is asked at once.
FILL_LATER = 500


def first_size(w: QWidget) -> tuple[int, int]:
    """1360 x 840, or the screen's free area less room for the window's frame: at 1024 x 700 a first
    window of 1360 x 840 had its status bar and the document's right edge off the screen."""
    free = w.screen().availableGeometry()
    return min(1360, free.width() - 16), min(840, free.height() - 40)


def keys(*specs) -> list[QKeySequence]:
    """Key sequences from strings and standard keys (all their bindings), each once."""
    out: list[QKeySequence] = []
    for s in specs:
        seqs = QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]
        for q in seqs:
            if not q.isEmpty() and q not in out:
                out.append(q)
    return out


class SideTabs(QTabWidget):
    """The left panel's tabs (Browse, Selected (n), Quotes, New (n)): never narrower than its tab bar,
    so no tab hides behind scroll arrows or is cut off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setExpanding(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.setStyleSheet("QTabBar::tab { padding: 5px 7px; }")

    def _fit(self) -> None:
        need = self.tabBar().sizeHint().width() + 2
        if need != self.minimumWidth() and need > 170:
            self.setMinimumWidth(need)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:  # a tab was added, shown, or its text changed
            self._fit()
        return super().event(e)


class MainWindow(KitOpening, Navigation, QMainWindow):
    kitOpened = Signal(object)
    kitFilled = Signal(object)
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
        self.kit_actions: list[QAction] = []
        self._split_chosen = False
        self.setWindowTitle("presskit")
        self.setAcceptDrops(True)
        self.setMinimumSize(820, 520)
        self._build_panes()
        self.focus_ring = FocusRing(self.ringed_panes, self)
        self.navigator.chosen.connect(self._on_nav)
        self.list_pane.openRequested.connect(self.open_item)
        self.list_pane.searchBroken.connect(self._search_broken)
        self.reader.translationRequested.connect(self._open_translation)
        self.reader.linkActivated.connect(self.copy_link)
        self._build_status_bar()
        self._build_actions()
        self._build_top_bar()
        self._init_navigation()
        self._init_opening()
        self._restore_state()
        self._enter_clicks = enter_clicks_buttons(self)
        self.setTabOrder(self.list_pane.box, self.list_pane.help_btn)
        self.setTabOrder(self.list_pane.list, self.reader.pdf)
        self.show_start_page()
        self._update_history_actions()
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
    def _build_panes(self) -> None:
        self.side = SideTabs()
        self.side.setDocumentMode(True)
        self.side.setAccessibleName(self.tr("Side panel"))
        self.navigator = Navigator()
        self.side.addTab(self.navigator, self.tr("Browse"))
        self.new_items = NewItems(self)
        self.list_pane = ListPane(self.settings, self.new_items)
        self.reader = ReaderPane(self.settings)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.setStyleSheet(css("QSplitter::handle { background: @LINE; }"))
        self.splitter.splitterMoved.connect(lambda *_a: setattr(self, "_split_chosen", True))
        for w, stretch in ((self.side, 0), (self.list_pane, 0), (self.reader, 1)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.side.setMinimumWidth(170)
        self.list_pane.setMinimumWidth(250)
        self.splitter.setSizes(DEFAULT_SPLIT)
        self.main_area = QWidget()
        self.main_area.setObjectName("mainArea")
        lay = QVBoxLayout(self.main_area)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.top_bar = QFrame()
        self.top_bar.setObjectName("topBar")
        lay.addWidget(self.top_bar)
        lay.addWidget(self.splitter, 1)
        self.start_page = StartPage()
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.main_area)
        self.setCentralWidget(self.central)

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

    def _act(self, menu: str, text: str, slot, shortcut=None, tip: str | None = None, checkable=False,
             needs_kit: bool = False) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcuts(keys(*shortcut) if isinstance(shortcut, (list, tuple)) else keys(shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        a.triggered.connect(lambda _c=False: slot())
        self.add_action(menu, a)
        if needs_kit:
            self.kit_actions.append(a)
        return a

    def _build_actions(self) -> None:
        mb = self.menuBar()
        for key in ("file", "edit", "view", "kit", "help"):
            m = QMenu(self._menu_title(key), self)
            m.setObjectName(f"menu-{key}")
            mb.addMenu(m)
            self.menus[key] = m
        self._file_actions()
        self._edit_actions()
        self._view_actions()
        A = self._act
        self.about_kit_action = A("kit", self.tr("&About this kit"), self.show_about_page, needs_kit=True)
        self.photos_action = A("kit", self.tr("&Photos"), lambda: self.navigator.select({"photos": True}),
                               needs_kit=True)
        A("kit", self.tr("All &documents"), lambda: self.navigator.select({"all": True}), needs_kit=True)
        self.menu("kit").addSeparator()
        A("kit", self.tr("Re&build the search index"), self.build_index, needs_kit=True)

        A("help", self.tr("&User guide"), self.show_user_guide)
        self.help_action = A("help", self.tr("How to &search"), self.list_pane.show_help,
                             QKeySequence.StandardKey.HelpContents)
        A("help", self.tr("&Welcome"), self.show_welcome)
        self.menu("help").addSeparator()
        A("help", self.tr("&About presskit"), self.about_presskit)

    def _file_actions(self) -> None:
        A = self._act
        self.open_action = A("file", self.tr("&Open kit…"), self.choose_kit, QKeySequence.StandardKey.Open,
                             self.tr("Open a kit folder or a .presskit file"))
        A("file", self.tr("Open the &sample kit"), lambda: self.open_kit(sample_kit_path()))
        self.recent_menu = self.menu("file").addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menu("file").addSeparator()
        self.close_action = A("file", self.tr("&Close document"), self.close_document,
                              [QKeySequence.StandardKey.Close, "Ctrl+W"], needs_kit=True)
        self.menu("file").addSeparator()
        A("file", self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"])

    def _edit_actions(self) -> None:
        A = self._act
        self.find_action = A("edit", self.tr("&Find in document…"), self.reader.open_find,
                             QKeySequence.StandardKey.Find, needs_kit=True)
        self.next_action = A("edit", self.tr("Find &next"), self.reader.next_hit, ["F3"], needs_kit=True)
        self.prev_action = A("edit", self.tr("Find &previous"), self.reader.previous_hit, ["Shift+F3"],
                             needs_kit=True)
        self.menu("edit").addSeparator()
        self.search_action = A("edit", self.tr("&Search the kit"), self.list_pane.focus_search,
                               ["Ctrl+K", "/"], needs_kit=True)

    def _view_actions(self) -> None:
        A = self._act
        self.back_action = A("view", self.tr("&Back"), self.go_back, ["Alt+Left", "Back"],
                             self.tr("Back to the previous document, page or search (Alt+Left)"))
        self.forward_action = A("view", self.tr("For&ward"), self.go_forward, ["Alt+Right", "Forward"],
                                self.tr("Forward again (Alt+Right)"))
        self.menu("view").addSeparator()
        self.zoom_in_action = A("view", self.tr("Zoom &in"), self.reader.zoom_in,
                                [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], needs_kit=True)
        self.zoom_out_action = A("view", self.tr("Zoom &out"), self.reader.zoom_out,
                                 [QKeySequence.StandardKey.ZoomOut], needs_kit=True)
        A("view", self.tr("Fit wi&dth"), self.reader.fit_width, "Ctrl+0", needs_kit=True)
        A("view", self.tr("Fit pa&ge"), self.reader.fit_page, "Ctrl+9", needs_kit=True)
        self.side_by_side_action = A("view", self.tr("&Side by side with the translation"),
                                     self.reader.toggle_side_by_side, "Ctrl+T",
                                     self.tr("The document and its translation in two panes, scrolled together"),
                                     checkable=True, needs_kit=True)
        self.reader.sideBySideChanged.connect(self.side_by_side_action.setChecked)
        self.menu("view").addSeparator()
        self.next_pane_action = A("view", self.tr("&Next pane"), lambda: self.focus_next_pane(1), "F6")
        self.prev_pane_action = A("view", self.tr("&Previous pane"), lambda: self.focus_next_pane(-1), "Shift+F6")
        self.fullscreen_action = A("view", self.tr("&Full screen"), self.toggle_full_screen,
                                   [QKeySequence.StandardKey.FullScreen, "F11"], checkable=True)
        self.leave_fullscreen_action = A("view", self.tr("&Leave full screen"), self.toggle_full_screen, "Esc")
        self.leave_fullscreen_action.setEnabled(False)
        self.menu("view").addSeparator()
        lang_menu = self.menu("view").addMenu(self.tr("Lang&uage"))
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
        self._act("view", self.tr("&Reset window layout and history…"), self.confirm_reset)

    def _menu_title(self, key: str) -> str:
        return {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                "kit": self.tr("&Kit"), "help": self.tr("&Help")}[key]

    def _build_top_bar(self) -> None:
        """Back, Forward, the kit's title (wrapped, never cut) and common actions; the buttons flow to a
        second row rather than shrink when the window is narrow."""
        tb = self.top_bar
        tb.setStyleSheet(css("#topBar { border-bottom: 1px solid @LINE; background: @SURFACE; }"
                             "#topBar QToolButton { padding: 4px 10px; border-radius: 4px; border: none; }"
                             "#topBar QToolButton:hover { background: @HOVER; }"
                             "#topBar QToolButton:disabled { color: @LINE_INPUT; }"))
        lay = QHBoxLayout(tb)
        lay.setContentsMargins(6, 3, 6, 3)
        lay.setSpacing(4)
        self.top_buttons: dict[str, QToolButton] = {}

        def button(name: str, action: QAction) -> QToolButton:
            b = QToolButton()
            b.setObjectName(f"top-{name}")
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached through the menus and their keys
            self.top_buttons[name] = b
            return b

        nav = QHBoxLayout()
        nav.setSpacing(0)
        for name, a in (("back", self.back_action), ("forward", self.forward_action)):
            nav.addWidget(button(name, a))
        lay.addLayout(nav)
        self.kit_title = LinesLabel(2)  # a conference's long title: two lines at most, all of it in the tooltip
        self.kit_title.setObjectName("kitTitle")
        self.kit_title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.kit_title.setMinimumWidth(160)
        self.kit_title.setContentsMargins(8, 0, 10, 0)
        self.kit_title.setStyleSheet(css("font-weight: 600; font-size: 11pt; color: @TEXT;"))
        lay.addWidget(self.kit_title, 1)
        flow = FlowLayout(spacing=2, justify=False)
        for name, a in (("open", self.open_action), ("about", self.about_kit_action),
                        ("photos", self.photos_action), ("help", self.help_action)):
            flow.addWidget(button(name, a))
        self.top_actions = QWidget()
        self.top_actions.setLayout(flow)
        self.top_actions.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.top_actions, 0)

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        g = self.settings.state("geometry")
        if g is None or not self.restoreGeometry(g):
            self.resize(*first_size(self))
        s = self.settings.state("splitter")
        self._split_chosen = s is not None and self.splitter.restoreState(s)

    def fit_panes(self) -> None:
        """Pane widths for this window width (until the reader moves a splitter): the side panel and the
        list as narrow as reads well, the rest for the document."""
        total = max(1, self.splitter.width())
        # the side panel as wide as its longest entry ("Communiqué de presse  (6)", "Jour 2 · mar. 17 nov.
        # (6)"), so no entry is cut off, but never more than 23% of a small window (at 1024 px a fifth was
        # a few pixels short of the French entries; the document keeps half the window)
        nav = self.navigator
        want = nav.content_width() + 2 * nav.frameWidth() + nav.verticalScrollBar().sizeHint().width() + 6
        side = max(self.side.minimumWidth(), 190, min(want, int(total * 0.23), 320))
        middle = max(self.list_pane.minimumWidth(), min(420, int(total * 0.28)))
        self.splitter.setSizes([side, middle, max(300, total - side - middle)])

    def _fit_panes_soon(self) -> None:
        """:meth:`fit_panes` after pending layout work (a splitter's width lags its window's), unless the
        reader has moved a splitter by then."""
        QTimer.singleShot(0, lambda: None if self._split_chosen else self.fit_panes())

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        if not self._split_chosen:
            self.fit_panes()
            self._fit_panes_soon()  # once more when the layout has given the splitter its new width

    def save_state(self) -> None:
        self.reader.save_position()
        self.settings.set_state("geometry", self.saveGeometry())
        # only widths the reader chose: restored, they are kept (others fit the next kit and language)
        self.settings.set_state("splitter", self.splitter.saveState() if self._split_chosen else QByteArray())
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
        self._split_chosen = False
        self.fit_panes()
        if not self.isFullScreen():
            self.resize(*first_size(self))
        self._refresh_start_page()
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

    # -- a kit is shown --------------------------------------------------------------------------
    def set_kit(self, kit: Kit) -> None:
        """Show ``kit`` (already opened) in every pane. A kit of more than :data:`FILL_LATER` items
        can be searched at once; its list, navigator and "New" badges fill a moment later, after any
        search asked meanwhile (``kitFilled`` says when)."""
        self.reader.save_position()
        fresh = kit_index_status(kit) == "fresh"
        if fresh:
            self.list_pane.open_search(kit)  # on the search thread, while the panes fill
        self.kit = kit
        later = len(kit.items) > FILL_LATER
        self.new_items.load(kit, background=later)
        self.kit_title.set_full_text(kit.info.title, 300)
        self.list_pane.set_kit(kit, fill=not later)
        self.list_pane.set_search_available(fresh, self.tr("Search will be ready when the kit is indexed"),
                                            self.tr("Indexing…"), building=True)
        self.navigator.set_kit(None if later else kit)
        if later:  # its width from the first paint, before it fills
            self.navigator.expect(kit)
        self.reader.show_about(kit)
        self.navigator.show_about()
        self._show_main()
        self._fit_panes_soon()  # the side panel fits this kit's entries, once the panes have their size
        self.history = type(self.history)()
        self.history.visit(self.view_state("doc"))
        self._update_history_actions()
        self._update_title()
        self._update_index_label(fresh)
        self.kitOpened.emit(kit)
        if fresh:
            self.indexReady.emit()
        if later:
            QTimer.singleShot(0, lambda: self._fill_later(kit, [self.list_pane.fill, self._fill_navigator]))
        else:
            self.kitFilled.emit(kit)

    def _fill_later(self, kit: Kit, steps: list) -> None:
        """The next of a large kit's panes, one per pass of the event loop (keys typed meanwhile are
        taken in between), once the search asked meanwhile has its results."""
        if self.kit is not kit:
            return
        if self.list_pane.searching:
            QTimer.singleShot(20, lambda: self._fill_later(kit, steps))
            return
        steps[0]()
        if steps[1:]:
            QTimer.singleShot(0, lambda: self._fill_later(kit, steps[1:]))
        else:
            self.kitFilled.emit(kit)

    def _fill_navigator(self) -> None:
        self.navigator.set_kit(self.kit)
        lp = self.list_pane
        if lp.state.effective() or lp.state.query.strip() or self.reader.item is not None:
            self._filters_changed()  # the filter or search chosen meanwhile
        else:
            self.navigator.show_about()
        self._fit_panes_soon()

    def _search_broken(self) -> None:
        """A search found the kit's index damaged: the kit's own one is set aside for good (the next
        opening passes over it, presskit.index.damaged), and Kit › Rebuild builds one in the cache."""
        if self.kit is not None:
            remember_damaged(self.kit)
        self._update_index_label(False, damaged=True)

    def _update_index_label(self, fresh: bool, damaged: bool = False) -> None:
        if self.kit is None:
            self.index_label.clear()
            return
        n = len(self.kit.items)
        state = self.tr("search ready") if fresh else self.tr("index damaged") if damaged else self.tr("not indexed")
        self.index_label.setText(self.tr("%n item(s)", "", n) + " · " + state)

    def close_document(self) -> None:
        """Ctrl+W: back to the kit's About page (a step Back can undo)."""
        if self.kit is not None:
            self.show_about_page()

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
        self._full_screen_changed()

    def _full_screen_changed(self) -> None:
        on = self.isFullScreen()
        self.fullscreen_action.setChecked(on)
        self.leave_fullscreen_action.setEnabled(on)  # Esc is free for other uses otherwise

    def changeEvent(self, e) -> None:  # noqa: N802
        if e.type() == QEvent.Type.WindowStateChange:
            self._full_screen_changed()
        super().changeEvent(e)

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
