"""What journalists and delegates need, wired into the main window through its extension points.

:func:`install` adds, without the main window knowing their details:

* a **Selected** side tab (:class:`~presskit.ui.selection.SelectionPanel`) and a count in the status bar;
  a checkbox on every document row and photo (click it, or Space on the current one) marks it;
  Kit › Mark for export (Ctrl+M) toggles the documents or photos selected in the list, or the open one;
  Kit › Select all listed items marks every row the list shows (a search's results, a kind, the photos);
* File › Export selection… (Ctrl+E): :class:`~presskit.ui.export_dialog.ExportDialog`;
* File › Print… (Ctrl+P) the open document, File › Print selection…;
* Edit › Copy with citation (Ctrl+Shift+C), also in the document's context menu and the Quotes view: the
  one action that owns the key (no widget adds a second Ctrl+Shift+C, which Qt would find ambiguous);
  Edit › Citation style (news / bibliographic, saved in settings);
* Kit › Quotations (Ctrl+Shift+Q): the **Quotes view** (:class:`~presskit.ui.quotes_view.QuotesView`), a
  full-window page of quotation cards; Enter opens a quote's page with the quote highlighted, Esc
  comes back to the documents.
"""

from __future__ import annotations

from ..citation import STYLES, cite_photo
from ..index.status import kit_index_status
from ..model import Quote, is_photo_media
from .citing import citation_for_selection, cite_quote, copy_citation
from .export_dialog import ExportDialog
from .qt import QAction, QActionGroup, QEvent, QKeySequence, QLabel, QObject, QStackedWidget, Qt
from .quotes_view import QuotesView
from .selection import Selection, SelectionPanel
from .theme import css

ROLE = Qt.ItemDataRole.UserRole


class JournalistTools(QObject):
    """Selection, export, print, citations and quotes for one :class:`~presskit.ui.mainwindow.MainWindow`."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.selection = Selection(self)
        self.panel = SelectionPanel(self.selection)
        self.panel.setObjectName("selectionPanel")
        self.quotes = QuotesView(window.runner)
        self.export_dialog: ExportDialog | None = None
        self.selected_tab = window.add_side_tab(self.panel, self.tr("Selected"))
        self.pages, self.documents_page = _page_stack(window)
        self.pages.addWidget(self.quotes)
        self.count_label = QLabel()
        self.count_label.setObjectName("selectionStatus")
        self.count_label.setStyleSheet(css("color: @MUTED;"))
        window.add_status_widget(self.count_label)

        self._build_actions()
        self.selection.changed.connect(self._selection_changed)
        self.panel.openRequested.connect(lambda iid: self.w.open_item(iid))
        self.panel.exportRequested.connect(self.export_selection)
        self.panel.exportPackRequested.connect(self.export_pack)
        self.panel.printRequested.connect(self.print_selection)
        self.quotes.openRequested.connect(self._open_quote)
        self.quotes.citeRequested.connect(self.copy_quote)
        self.quotes.backRequested.connect(self.show_documents)
        window.kitOpened.connect(self._kit_opened)
        # checkboxes on every document row and photo, backed by this same selection
        lp = window.list_pane
        lp.enable_marking(self.selection.__contains__)
        lp.markToggled.connect(self._mark_toggled)
        self.selection.changed.connect(lambda _n: lp.refresh_marks())
        window.indexReady.connect(self._index_ready)
        window.kitFilled.connect(self._kit_filled)
        self._filled = False
        window.reader.pdf.add_context_menu_provider(self._pdf_menu)
        window.reader.text.installEventFilter(self)
        if window.kit is not None:
            self._kit_opened(window.kit)
            self._kit_filled(window.kit)
        self._selection_changed(0)

    # -- actions -------------------------------------------------------------------------------
    def _action(self, menu: str, text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        a = QAction(text, self.w)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        self.w.add_action(menu, a)
        return a

    def _build_actions(self) -> None:
        w = self.w
        edit = w.menu("edit")
        first = edit.actions()[0] if edit.actions() else None
        self.undo_action = self.selection.undo.createUndoAction(w, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.selection.undo.createRedoAction(w, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.add_action("edit", a, before=first)
        if first is not None:
            edit.insertSeparator(first)
        file_menu = w.menu("file")
        before = getattr(w, "close_action", None)
        self.export_action = QAction(self.tr("&Export selection…"), w)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _c=False: self.export_selection())
        self.print_action = QAction(self.tr("&Print…"), w)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _c=False: self.print_current())
        self.print_sel_action = QAction(self.tr("Print selectio&n…"), w)
        self.print_sel_action.triggered.connect(lambda _c=False: self.print_selection())
        for a in (self.export_action, self.print_action, self.print_sel_action):
            w.add_action("file", a, before=before)
        if before is not None:
            file_menu.insertSeparator(before)

        self.cite_action = self._action("edit", self.tr("Copy with &citation"), self.copy_with_citation,
                                        "Ctrl+Shift+C", self.tr("Copy the selected text or quotation with its source"))
        style_menu = w.menu("edit").addMenu(self.tr("Citation st&yle"))
        self.style_group = QActionGroup(self)
        current = w.settings.get("citation_style")
        labels = {"news": self.tr("News (“…,” said …)"), "bibliographic": self.tr("Bibliographic (MLA-like)")}
        for name, _label in STYLES:
            a = QAction(labels.get(name, name), w, checkable=True)
            a.setData(name)
            a.setChecked(name == current)
            a.triggered.connect(lambda _c=False, name=name: w.settings.set("citation_style", name))
            self.style_group.addAction(a)
            style_menu.addAction(a)

        kit_menu = w.menu("kit")
        kit_menu.addSeparator()
        self.mark_action = self._action("kit", self.tr("&Mark for export"), self.toggle_mark, "Ctrl+M",
                                        self.tr("Add the selected documents or photos to the selection, or remove them"))
        self.mark_all_action = self._action("kit", self.tr("Select all &listed items"), self.mark_all_listed,
                                            "Ctrl+Shift+M", self.tr("Add every document or photo the list shows "
                                                                    "(e.g. all search results) to the selection"))
        self._action("kit", self.tr("Show the &selection"), self.show_selection)
        self.packs_menu = kit_menu.addMenu(self.tr("Briefing pac&ks"))
        self.packs_menu.aboutToShow.connect(lambda: self.panel.fill_packs_menu(self.packs_menu))
        self._action("kit", self.tr("&Quotations"), self.show_quotes, "Ctrl+Shift+Q")
        self.w.list_pane.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.w.list_pane.list.addActions([self.mark_action, self.mark_all_action])
        self.w.list_pane.gallery.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.w.list_pane.gallery.addActions([self.mark_action, self.mark_all_action])

    # -- kit -------------------------------------------------------------------------------------
    def _kit_opened(self, kit) -> None:
        self.selection.set_kit(kit)
        self.quotes.set_kit(kit)
        self._filled = False  # every quotation is loaded once the panes are (after a first search)

    def _kit_filled(self, kit) -> None:
        self._filled = True
        if kit is self.w.kit and kit_index_status(kit) == "fresh":
            self.quotes.set_available()

    def _index_ready(self) -> None:
        """The index was (re)built while the kit is shown: load the quotations again."""
        if self._filled:
            self.quotes.set_available()

    def _selection_changed(self, n: int) -> None:
        self.count_label.setText(self.tr("%n selected", "", n) if n else "")
        self.w.side.setTabText(self.selected_tab, self.tr("Selected ({0})").format(n) if n else self.tr("Selected"))
        # Export stays enabled: Ctrl+E with nothing marked says what to do (a disabled action's shortcut
        # did nothing at all, which a keyboard user cannot tell from a key that did not arrive)
        self.print_sel_action.setEnabled(n > 0)

    # -- selection -------------------------------------------------------------------------------
    def listed_item_ids(self) -> list[str]:
        """Every item the middle pane lists (search results, a browse filter, or the photo gallery)."""
        lp = self.w.list_pane
        ids: list[str] = []
        if lp.stack.currentWidget() is lp.gallery:
            for i in range(lp.gallery.count()):
                ids.append(lp.gallery.item(i).data(ROLE))
        else:
            for i in range(lp.list.topLevelItemCount()):
                data = lp.list.topLevelItem(i).data(0, ROLE)
                if data:
                    ids.append(data[0])
        return [i for i in ids if i]

    def toggle_mark(self) -> None:
        ids = [it.id for it in self.w.selected_items()]
        if not ids and self.w.current_item() is not None:
            ids = [self.w.current_item().id]
        if ids:
            self.selection.toggle(ids)
            # what Ctrl+M just did (the count stands beside it in the status bar already)
            added = all(i in self.selection for i in ids)
            self.w.statusBar().showMessage(
                self.tr("%n item(s) added to the selection", "", len(ids)) if added
                else self.tr("%n item(s) removed from the selection", "", len(ids)), 3000)

    def _mark_toggled(self, item_id: str, on: bool) -> None:
        """A checkbox in the list or gallery was ticked or unticked."""
        if on:
            self.selection.add([item_id])
        else:
            self.selection.remove([item_id])

    def mark_all_listed(self) -> None:
        n = self.selection.add(self.listed_item_ids())
        self.w.statusBar().showMessage(self.tr("%n item(s) added to the selection", "", n), 4000)

    def show_selection(self) -> None:
        self.w.side.setCurrentIndex(self.selected_tab)

    def show_quotes(self) -> None:
        """The Quotes view, full window, the cards focused (type / to search)."""
        self._back_to = self.pages.currentWidget() if self.pages.currentWidget() is not self.quotes else None
        self.pages.setCurrentWidget(self.quotes)
        self.w._update_title()
        self.quotes.focus_cards()

    def show_documents(self) -> None:
        back = getattr(self, "_back_to", None)
        self.pages.setCurrentWidget(back if back is not None and back is not self.quotes else self.documents_page)
        self.w._update_title()
        self.w.list_pane.list.setFocus()

    def quotes_shown(self) -> bool:
        return self.pages.currentWidget() is self.quotes

    # -- export and print ------------------------------------------------------------------------
    def export_selection(self) -> ExportDialog | None:
        kit = self.w.kit
        if kit is None or not len(self.selection):
            self.w.statusBar().showMessage(self.tr("Mark documents or photos first (Ctrl+M)."), 5000)
            return None
        return self._open_export(self.selection.ids())

    def _open_export(self, ids: list[str]) -> ExportDialog:
        dlg = ExportDialog(self.w.kit, ids, self.w.runner, self.w.settings, self.w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.exportFinished.connect(lambda r: self._say_exported(str(r.path)))
        self.export_dialog = dlg
        dlg.open()
        return dlg

    def _say_exported(self, path: str) -> None:
        """"Exported to PATH" in the room the status bar has: a long path loses its middle, never the
        file's name (it ran under the selection count at 1024 px; the dialog shows it whole)."""
        sb = self.w.statusBar()
        fm = sb.fontMetrics()
        text = self.tr("Exported to {0}")
        room = sb.width() - self.w.status_area.width() - fm.horizontalAdvance(text.format("")) - 24
        sb.showMessage(text.format(fm.elidedText(path, Qt.TextElideMode.ElideMiddle, max(room, 80))), 8000)

    def export_pack(self, name: str) -> ExportDialog | None:
        """Export a briefing pack as it was kept (the current selection is left as it is)."""
        ids = self.selection.pack_ids(name)
        if self.w.kit is None or not ids:
            self.w.statusBar().showMessage(self.tr("That pack holds nothing this kit still has."), 5000)
            return None
        return self._open_export(ids)

    def print_current(self) -> None:
        from .printing import print_item

        item = self.w.reader.item or self.w.current_item()
        if self.w.kit is None or item is None:
            self.w.statusBar().showMessage(self.tr("Open a document to print it."), 5000)
            return
        try:
            print_item(self.w, self.w.kit, item)
        except Exception as e:  # noqa: BLE001 - a readable box, never a crash
            self.w.show_error(self.tr("This document cannot be printed."), e)

    def print_selection(self) -> None:
        from .printing import print_selection

        if self.w.kit is None or not len(self.selection):
            return
        print_selection(self.w, self.w.kit, self.selection.ids(), self.w.runner,
                        on_error=lambda e, tb: self.w.show_error(self.tr("The selection cannot be printed."), e, tb))

    # -- citations -------------------------------------------------------------------------------
    def style(self) -> str:
        s = self.w.settings.get("citation_style")
        return s if s in {n for n, _ in STYLES} else "news"

    def copy_quote(self, q: Quote) -> bool:
        if self.w.kit is None:
            return False
        c = cite_quote(self.w.kit, q, self.style())
        if c is None:
            return False
        copy_citation(c)
        self.w.statusBar().showMessage(self.tr("Copied the quotation with its citation."), 4000)
        return True

    def copy_with_citation(self) -> bool:
        """Copy the reader's selected text (or the current quotation) with its citation."""
        if self.quotes_shown():
            q = self.quotes.current_quote()
            if q is None:
                self.w.statusBar().showMessage(self.tr("Choose a quotation first."), 5000)
                return False
            return self.copy_quote(q)
        reader, kit = self.w.reader, self.w.kit
        item = reader.item
        text = reader.selected_text() if item is not None else ""
        if kit is not None and item is not None and is_photo_media(item.media) and not text.strip():
            copy_citation(cite_photo(item, kit.info, self.style()))
            self.w.statusBar().showMessage(self.tr("Copied the photo's caption and credit with its source."), 4000)
            return True
        if kit is None or item is None or not text.strip():
            self.w.statusBar().showMessage(self.tr("Select some text in a document, or a quotation, first."), 5000)
            return False
        page = reader.pdf.selection_page() if item.media == "pdf" else None
        c = citation_for_selection(kit, item, text, page, self.style(), self.quotes.all_quotes)
        if c is None:
            return False
        copy_citation(c)
        self.w.statusBar().showMessage(self.tr("Copied with its citation."), 4000)
        return True

    def _pdf_menu(self, menu, view) -> None:
        a = menu.addAction(self.tr("Copy with citation"), self.copy_with_citation)
        a.setShortcut(QKeySequence("Ctrl+Shift+C"))
        a.setEnabled(bool(view.selected_text()))

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 - the text view's context menu
        if obj is self.w.reader.text and e.type() == QEvent.Type.ContextMenu:
            menu = obj.createStandardContextMenu(e.pos())
            menu.addSeparator()
            a = menu.addAction(self.tr("Copy with citation"), self.copy_with_citation)
            a.setShortcut(QKeySequence("Ctrl+Shift+C"))
            a.setEnabled(obj.textCursor().hasSelection())
            menu.exec(e.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(obj, e)

    def _open_quote(self, item_id: str, page: int, terms) -> None:
        self.show_documents()
        self.w.open_item(item_id, page, terms)
        self.w.reader.pdf.setFocus()


def _page_stack(window) -> tuple[QStackedWidget, object]:
    """The window's full-window pages and the page of documents: the window's central stack when it
    has one (``window.central``, its documents page ``window.main_area``), else one made around the
    central widget."""
    stack = getattr(window, "central", None)
    if isinstance(stack, QStackedWidget):
        return stack, getattr(window, "main_area", stack.currentWidget())
    documents = window.takeCentralWidget()
    stack = QStackedWidget()
    stack.setObjectName("pages")
    stack.addWidget(documents)
    window.setCentralWidget(stack)
    return stack, documents


def install(window) -> JournalistTools:
    """Add selection, export, print, citations and quotes to ``window``; returns the tools object.

    Idempotent: a window that already has the tools gets the same object back.
    """
    existing = getattr(window, "journalist", None)
    if isinstance(existing, JournalistTools):
        return existing
    tools = JournalistTools(window)
    window.journalist = tools
    return tools
