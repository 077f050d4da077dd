"""Moving around the main window: Back/Forward, the view state, the navigator, the window title, and
the keys that move between panes. A mixin of :class:`~presskit.ui.mainwindow.MainWindow`.

Every navigation goes through :meth:`Navigation.open_item`, the navigator, the list pane's filter state
or a page jump, and each records a :class:`~presskit.ui.history.ViewState` in ``self.history``;
Back/Forward (Alt+Left/Right, the mouse's side buttons, the toolbar) put one back without recording.
"""

from __future__ import annotations

from dataclasses import replace

from ..titles import display_title
from .history import History, ViewState
from .qt import QApplication, QEvent, Qt, QTimer
from .plainui import display_text


class Navigation:
    """History, view state and focus moves (mixed into MainWindow)."""

    history: History

    def _init_navigation(self) -> None:
        self.history = History()
        self._restoring = False
        self._pending_restore: ViewState | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=400)
        self._scroll_timer.timeout.connect(self._history_update)
        self.list_pane.searchCommitted.connect(lambda: self._history_visit("search"))
        self.list_pane.searchFinished.connect(self._search_finished)
        self.list_pane.filtersChanged.connect(self._filters_changed)
        self.list_pane.leaveRequested.connect(self.focus_document)
        self.reader.pageJumped.connect(lambda _p: self._history_visit("page"))
        self.reader.pdf.pageChanged.connect(lambda _p: self._scroll_timer.start())
        QApplication.instance().installEventFilter(self)

    # -- the view as a value ----------------------------------------------------------------------
    def view_state(self, kind: str = "doc") -> ViewState:
        """What is on screen now."""
        r = self.reader
        item = r.item if (r.item is not None and self.kit is not None and self.kit.get(r.item.id)) else None
        page, frac = r.position()
        lp = self.list_pane
        return ViewState(item_id=item.id if item else None, page=page if item else 0, frac=frac if item else 0.0,
                         query=lp.state.query, filters=lp.state.chosen,
                         terms=tuple(tuple(t) for t in (r.terms or ())), side_by_side=r.side_by_side_on(),
                         kind=kind)

    def restore_view_state(self, state: ViewState) -> None:
        """Show ``state`` again (Back, Forward, a language switch) without recording a new step."""
        if self.kit is None:
            return
        self._restoring = True
        try:
            self._pending_restore = state if state.query.strip() else None
            self.list_pane.restore(state.filters, state.query)
            it = self.kit.get(state.item_id) if state.item_id else None
            if it is None:
                self.reader.show_about(self.kit)
                if state.filters or state.query.strip():
                    self._filters_changed()  # the list was narrowed: its entry, as after a click, not About
                else:
                    self.navigator.show_about()
                self.itemOpened.emit(None)
            else:
                terms = [list(t) for t in state.terms] or None
                self.reader.show_item(self.kit, it, state.page or 0, terms, frac=state.frac)
                self.reader.set_side_by_side(state.side_by_side)
                self.itemOpened.emit(it)
        finally:
            self._restoring = False
        self._update_title()
        self._update_history_actions()

    # -- recording --------------------------------------------------------------------------------
    def _history_visit(self, kind: str) -> None:
        if self._restoring or self.kit is None:
            return
        if kind == "search" and not self.list_pane.state.query.strip() and self.history.current is not None \
                and self.history.current.kind == "search":
            kind = "doc"  # the search was cleared: a step back to browsing
        self.history.visit(self.view_state(kind))
        self._update_history_actions()

    def _history_update(self) -> None:
        if not self._restoring and self.kit is not None:
            self.history.update(self.view_state())

    def _search_finished(self, _res) -> None:
        if self._pending_restore is not None:
            self._pending_restore = None
            return
        if not self._restoring and self.list_pane.state.query.strip():
            self._history_visit("search")

    def go_back(self) -> None:
        self._history_update()
        state = self.history.back()
        if state is not None:
            self.restore_view_state(state)
        self._update_history_actions()

    def go_forward(self) -> None:
        self._history_update()
        state = self.history.forward()
        if state is not None:
            self.restore_view_state(state)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_back())
        self.forward_action.setEnabled(self.history.can_forward())

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 - the mouse's back and forward buttons
        if e.type() == QEvent.Type.MouseButtonPress and e.button() in (Qt.MouseButton.BackButton,
                                                                        Qt.MouseButton.ForwardButton):
            w = obj if hasattr(obj, "window") else None
            if w is not None and callable(getattr(w, "window", None)) and w.window() is self:
                (self.go_back if e.button() == Qt.MouseButton.BackButton else self.go_forward)()
                return True
        return super().eventFilter(obj, e)

    # -- opening things ---------------------------------------------------------------------------
    def open_item(self, item_id: str, page: int = 0, terms=None) -> None:
        """Show an item of the kit (at ``page``, 1-based; 0: where the reader left it) and record the step."""
        if self.kit is None:
            return
        it = self.kit.get(item_id)
        if it is None:
            return
        if not self.settings.get("open_at_hit"):
            page, terms = 0, None
        self._history_update()
        self.reader.show_item(self.kit, it, page, terms)
        self.itemOpened.emit(it)
        self._history_visit("doc")
        self._update_title()

    def show_about_page(self) -> None:
        if self.kit is None:
            return
        self._history_update()
        self.reader.show_about(self.kit)
        self.navigator.show_about()
        self.itemOpened.emit(None)
        self._history_visit("doc")
        self._update_title()

    def _on_nav(self, flt: dict) -> None:
        """A navigator entry chosen: About, or a filter that narrows the list (and the results)."""
        if self.kit is None:
            return
        if flt.get("about"):
            self.show_about_page()
            return
        lp = self.list_pane
        if flt.get("all"):
            lp.clear_filters()
        elif flt.get("photos"):
            lp.choose("kind", "photo")
        else:
            (dim, value), = flt.items()
            lp.choose(dim, value)
        if flt.get("photos") and (self.reader.item is None or not self.reader.item.is_photo):
            first = lp.gallery.item(0)
            if first is not None and lp.stack.currentWidget() is lp.gallery:
                lp.gallery.setCurrentItem(first)
                self.open_item(first.data(Qt.ItemDataRole.UserRole))

    def _filters_changed(self) -> None:
        """The navigator shows the filter in force (unless the reader chose About and nothing changed)."""
        lp = self.list_pane
        self.navigator.show_state(lp.state.effective(), lp.state.query_speakers())

    # -- title and focus --------------------------------------------------------------------------
    def _update_title(self) -> None:
        """"Title of the document — Kit — presskit": the window names what is open."""
        if self.kit is None:
            self.setWindowTitle("presskit")
            return
        kit = display_text(self.kit.info.title, 120)
        item = self.reader.item
        journalist = getattr(self, "journalist", None)
        if journalist is not None and journalist.quotes_shown():  # the Quotes view, not the last document
            self.setWindowTitle(f"{journalist.quotes.heading.text()} — {kit} — presskit")
        elif item is not None and self.kit.get(item.id) is not None:
            self.setWindowTitle(f"{display_text(display_title(item), 160)} — {kit} — presskit")
        else:
            self.setWindowTitle(f"{kit} — presskit")

    def focus_document(self) -> None:
        """The document (or photo, or About page) takes the keyboard: Page Up/Down and Space scroll it."""
        self.reader.focus_view()

    def ringed_panes(self) -> list:
        """The panes :class:`~presskit.ui.focusring.FocusRing` frames when they have the keyboard."""
        lp = self.list_pane
        return [self.side.currentWidget(), lp.stack.currentWidget(), self.reader.current_view(),
                self.reader.pdf2, self.reader.text2]

    def focus_next_pane(self, step: int = 1) -> None:
        """F6 / Shift+F6: navigator → search box → list → document, round."""
        lp = self.list_pane
        list_view = lp.stack.currentWidget() if lp.stack.currentWidget() is not lp.empty else lp.box
        panes = [self.side.currentWidget(), lp.box, list_view, self.reader.current_view()]
        focus = QApplication.focusWidget()
        at = next((i for i, p in enumerate(panes) if p is not None and focus is not None
                   and (p is focus or p.isAncestorOf(focus))), -1)
        target = panes[(at + step) % len(panes)]
        if target is lp.box:
            lp.focus_search()
        elif target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def snapshot(self) -> dict:
        """Everything to carry into a new window (a language switch): view, history, panes."""
        self._history_update()
        return {"view": self.view_state(), "history": self.history, "side": self.side.currentIndex(),
                "nav": self.navigator.expanded_groups(), "splitter": self.splitter.sizes(),
                "split_chosen": self._split_chosen,
                "find": self.reader.find_bar.edit.text() if self.reader.find_bar.isVisible() else None,
                "focus": QApplication.focusWidget() is self.list_pane.box}

    def apply_snapshot(self, snap: dict) -> None:
        """Put back a :meth:`snapshot` (the kit is already set)."""
        self.restore_view_state(snap["view"])
        self.history = snap["history"]
        if self.history.current is not None:
            self.history.entries[self.history.index] = replace(snap["view"], kind=self.history.current.kind)
        self._update_history_actions()
        self.navigator.set_expanded_groups(snap["nav"])
        self._filters_changed()
        if snap["view"].item_id is None and not snap["view"].query and not snap["view"].filters:
            self.navigator.show_about()
        if 0 <= snap["side"] < self.side.count():
            self.side.setCurrentIndex(snap["side"])
        if snap.get("split_chosen"):  # widths the reader set are kept; others fit the new language's words
            self.splitter.setSizes(snap["splitter"])
            self._split_chosen = True
        else:
            self.fit_panes()
            self._fit_panes_soon()
        if snap.get("find") is not None:
            self.reader.open_find()
            self.reader.find_bar.edit.setText(snap["find"])
            self.reader.find(snap["find"])
        if snap.get("focus"):
            self.list_pane.box.setFocus()
