"""Searching from the list pane: a mixin of :class:`~presskit.ui.listpane.ListPane`, and its search box.

Search as you type: each keystroke restarts a short timer (``search_debounce_ms``); when it fires,
the query runs on the one-thread search pool with that thread's own Searcher. A newer query
supersedes an older one (TaskRunner key "search"), so late results are dropped, never shown. The
first screen of snippets comes with the results; the others are cut right after, off the GUI thread.

Keyboard: in the search box Down moves into the results, Enter opens the top hit (the box keeps the
focus, so the query can be refined), Esc clears the search and a second Esc returns to the document
(``leaveRequested``). A search that finds nothing says why: the kit (tips, "Did you mean"), or the
query itself (:func:`~presskit.ui.labels.search_advice`: a one-letter prefix, only punctuation).
"""

from __future__ import annotations

import html
import time

from ..errors import SearchIndexError
from ..search.facets import facet_counts
from .labels import search_advice
from .qt import QLineEdit, QObject, QTreeWidgetItem, Qt, Signal
from .resultslist import HIT_STYLE, HTML_ROLE, PAGE_LABEL, ROLE, SNIPPET, DocRow, SyntaxHelp
from .theme import css
from .workers import snippet_filler, thread_searcher

# Pages whose snippets a search cuts before its results show: about what a 1920x1080 screen shows.
# The others are cut right after, off the GUI thread.
FIRST_SNIPPETS = 20


class SearchBox(QLineEdit):
    """The search box: Down leaves it for the results, Esc clears it, a second Esc leaves it.

    Signals:
        downPressed(): Down was pressed (the list takes the focus).
        leaveRequested(): Esc in an empty box.
    """

    downPressed = Signal()
    leaveRequested = Signal()

    def keyPressEvent(self, e) -> None:  # noqa: N802
        plain = not (e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if e.key() == Qt.Key.Key_Down and plain:
            self.downPressed.emit()
            return
        if e.key() == Qt.Key.Key_Escape and plain:
            if self.text():
                self.clear()
            else:
                self.leaveRequested.emit()
            return
        super().keyPressEvent(e)


class SearchCounts(QObject):
    """The counts a search shows, in their own translation context. PySide6 looks plural forms
    (``self.tr(…, n)``) up only in the context of the instance's own class, never its bases, so a
    count written in the :class:`ListSearching` mix-in came out in English under the French interface."""

    def pages_match(self, n: int) -> str:
        return self.tr("%n page(s) match", "", n)

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)


class ListSearching:
    """The searching half of :class:`~presskit.ui.listpane.ListPane`."""

    # -- search ------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search at once (no debounce)."""
        self._put_text(text)
        self.state.set_query(text)
        self.refresh()

    def _text_changed(self, text: str) -> None:
        self.state.set_query(text)
        if not text.strip():
            self.timer.stop()
            self._runner.cancel("search")
            self.show_browse()
            self.searchCommitted.emit()

    def _return_pressed(self) -> None:
        """Enter: the top hit opens (at once if the results are there, else when they come)."""
        self.timer.stop()
        q = self.box.text().strip()
        if self.results is not None and self.results.query == q and self._results_current:
            self.open_top_hit()
        else:
            self._open_top_when_ready = True
            self.search_now()
        self.searchCommitted.emit()

    def open_top_hit(self) -> bool:
        if self.stack.currentWidget() is self.gallery and self.gallery.count():
            self.gallery.setCurrentRow(0)
            self.openRequested.emit(self.gallery.item(0).data(ROLE), 0, None)
            return True
        if not self.list.topLevelItemCount():
            return False
        top = self.list.topLevelItem(0)
        self.open_result(0, 0 if top.childCount() else None)
        return True

    def focus_results(self) -> None:
        """Down in the search box: into the list, on its first row unless one is current."""
        view = self.stack.currentWidget()
        if view is self.gallery:
            if self.gallery.currentItem() is None and self.gallery.count():
                self.gallery.setCurrentRow(0)
            self.gallery.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif view is self.list and self.list.topLevelItemCount():
            if self.list.currentItem() is None:
                self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search_now(self) -> None:
        self.timer.stop()
        q = self.box.text().strip()
        if not q or self.kit is None:
            return
        if not self.search_available:
            if getattr(self, "index_pending", False):
                self._show_empty(self.tr("<h3>Search is not ready</h3><p>The kit's search index is being built; "
                                         "results will appear when it is done. You can browse meanwhile.</p>"))
            else:  # indexing was stopped or failed: say what to do, never "wait"
                self._show_empty(self.tr("<h3>Search is not ready</h3><p>{0}</p>").format(
                    html.escape(self.unavailable_why)))
            return
        kit = self.kit
        chosen = self.state.chosen
        self._search_started = time.perf_counter()
        self._results_current = False
        if self.status.text() == "" or not self.results:
            self.status.setText(self.tr("Searching…"))

        def work(ctx):
            s = thread_searcher(kit)
            ctx.check()
            return s.search(q, kinds=chosen.kinds, languages=chosen.languages, date_from=chosen.date,
                            date_to=chosen.date, speakers=chosen.speakers, organisations=chosen.organisations,
                            limit=60, snippet_pages=FIRST_SNIPPETS)

        self._runner.cancel("snippets")
        self._runner.run(work, on_result=self._show_results, on_error=self._search_failed, key="search")

    def _show_snippets(self, res) -> None:
        if res is not self.results:
            return  # another search, or the browse list, since
        for row, p, label in self._snippet_rows:
            try:
                row.setData(0, HTML_ROLE, label + SNIPPET.format(p.snippet.replace("<b>", HIT_STYLE)))
            except RuntimeError:  # the row is gone (the list was refilled)
                break
        self._snippet_rows = []
        self.list.doItemsLayout()

    def _search_failed(self, err: BaseException, tb: str) -> None:
        self._open_top_when_ready = False
        if isinstance(err, SearchIndexError):
            # the core's sentence is English and names no menu: the reader's own words, and what to do
            self._show_empty("<h3>" + self.tr("Search is not available") + "</h3><p>"
                             + html.escape(self.tr("The search index of this kit is damaged. Kit › Rebuild the search "
                                                   "index makes a new one on this computer; you can browse the kit "
                                                   "meanwhile.")) + "</p>")
            self.searchBroken.emit()
        else:
            self._show_empty("<h3>" + self.tr("That search did not work") + "</h3><p>"
                             + html.escape(str(err)) + "</p>")
        self.status.clear()

    def _show_results(self, res) -> None:
        self.last_search_ms = (time.perf_counter() - self._search_started) * 1000
        self.results = res
        self._results_current = True
        self.terms = res.terms
        self._fill_combos(res.facets or facet_counts([]))
        self.list.clear()
        self.list.flat = False
        counts = SearchCounts()
        self._snippet_rows = []  # (page row, page hit) whose snippet is still to be cut
        for d in res.results:
            it = d.item
            extra = counts.pages_match(d.matched_pages) if d.matched_pages > 1 else ""
            first = d.pages[0].page if d.pages else 1
            top = DocRow(it, first if not it.is_photo else 0, extra, self.new_items.__contains__, self,
                         accessible_date=False)
            self.list.addTopLevelItem(top)
            if it.is_photo:
                continue
            for p in d.pages:
                c = QTreeWidgetItem(top)
                c.setData(0, ROLE, (it.id, p.page))
                page = self.tr("p. {0}").format(p.page) if it.media == "pdf" else ""
                label = PAGE_LABEL.format(page) if page else ""
                c.setData(0, HTML_ROLE, label + SNIPPET.format(p.snippet.replace("<b>", HIT_STYLE)))
                if not p.snippet:
                    self._snippet_rows.append((c, p, label))
                c.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Page {0}").format(p.page))
            top.setExpanded(True)
        q = html.escape(res.query)
        sugg = ""
        if res.suggestion:
            sugg = " — " + self.tr("did you mean <a href='suggest:{0}'>{1}</a>?").format(
                html.escape(res.suggestion, quote=True), html.escape(res.suggestion))
        if res.results:
            self._set_status(SearchCounts().documents(res.total), sugg)
            self.stack.setCurrentWidget(self.list)
        else:
            filters = bool(self.state.effective())
            tips = [self.tr("Check the spelling, or use fewer words."),
                    self.tr("Accents and word endings do not matter: <i>desarmement</i> finds <i>désarmement</i>.")]
            if filters:
                tips.insert(0, self.tr("<a href='clear-filters'>Clear the filters</a> — they may hide results."))
            body = "<h3>" + self.tr("No documents match “{0}”").format(q) + "</h3>"
            advice = search_advice(res)
            if advice:  # the query is the reason: say so instead of tips about spelling
                tips = tips[:1] if filters else []
                body += "<p style='font-size:12pt'>" + html.escape(advice) + "</p>"
            if res.suggestion:
                body += "<p style='font-size:12pt'>" + self.tr("Did you mean <a href='suggest:{0}'>{1}</a>?").format(
                    html.escape(res.suggestion, quote=True), html.escape(res.suggestion)) + "</p>"
            body += "<ul>" + "".join(f"<li>{t}</li>" for t in tips) + "</ul>"
            body += "<p><a href='help'>" + self.tr("How to search") + "</a></p>"
            self._show_empty(body)
            self._set_status(self.tr("No results"), sugg)
        if self._snippet_rows:  # cut the others off the GUI thread, then show them
            self._runner.run(snippet_filler(self.kit, res), on_result=self._show_snippets, key="snippets")
        if self._open_top_when_ready:
            self._open_top_when_ready = False
            self.open_top_hit()
        self.searchFinished.emit(res)

    def _show_empty(self, body: str) -> None:
        self.empty.setText(css("<div style='color:@TEXT_EMPTY'>") + body + "</div>")
        self.stack.setCurrentWidget(self.empty)

    def _on_status_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.set_query(link[len("suggest:"):])
            self.searchCommitted.emit()
        elif link == "clear-filters":
            self.clear_filters()
        elif link == "help":
            self.show_help()

    def show_help(self) -> None:
        if not hasattr(self, "_help"):
            self._help = SyntaxHelp(self.window())
        self._help.show()
        self._help.raise_()

