"""The middle pane: the search box with filters, and the list of documents, results or photos.

Searching (as you type, on the search thread, the results shown) is :class:`.listsearch.ListSearching`,
a mixin of this pane; the checkboxes of the rows are :class:`.listmarks.ListMarking`.

What the list is narrowed to lives in one :class:`~presskit.ui.filterstate.FilterState` (``state``):
the Kind / Language / Date lists, the navigator (through the window) and the query's own words
(``kind:``, ``lang:``, ``speaker:``) all read and write it, so they always show the same thing, and a
filter chosen while searching narrows the results instead of ending the search.

Signals:
    openRequested(str, int, object): item id, 1-based page (0: where the reader left it), and the
        folded word sequences to highlight (None when browsing).
    searchFinished(object): a ``SearchResults`` was shown (tests, benchmarks).
    currentItemChanged(str): the item under the list's cursor (for ``MainWindow.current_item``).
    markToggled(str, bool): the user ticked (True) or unticked a document's or photo's checkbox.
    filtersChanged(): the filters or the query changed (the navigator follows).
    searchCommitted(): the user settled on a search (Enter, a filter, a suggestion): history keeps it.
    leaveRequested(): Esc in an empty search box: back to the document.

Marking: once :meth:`enable_marking` is given a "is this item marked?" function (the selection feature,
:mod:`.journalism`, does it), every document row and photo carries a checkbox (mouse or Space);
:meth:`refresh_marks` brings the boxes in line with the selection after it changed elsewhere.
"""

from __future__ import annotations

import html

from ..kit.format import Kit
from ..choices import LANGUAGES
from ..model import KINDS, LANGUAGE_NAMES, day_order
from ..search.facets import UNDATED, facet_counts
from .filterstate import FilterState
from .flow import FitComboBox, FlowLayout
from .keys import give_way_to_shortcuts
from .labels import DAY_FORMAT, date_label, day_format, kind_label, language_label
from .listmarks import ListMarking
from .listsearch import ListSearching, SearchBox
from .newitems import NewItems
from .photoview import PhotoGallery
from .qt import (
    QHBoxLayout, QLabel, QStackedWidget, QTimer, QToolButton, Qt, QVBoxLayout, QWidget, Signal,
)
from .resultslist import ROLE, DocRow, ResultsList
from .resultslist import row_id as _row_id
from .tasks import TaskRunner
from .theme import css
from .workers import search_pool, thread_searcher


class ListPane(ListSearching, ListMarking, QWidget):
    openRequested = Signal(str, int, object)
    searchFinished = Signal(object)
    #: a search found the kit's index damaged (the window says search is unavailable)
    searchBroken = Signal()
    currentItemChanged = Signal(str)
    photoRequested = Signal(str)
    markToggled = Signal(str, bool)
    filtersChanged = Signal()
    searchCommitted = Signal()
    leaveRequested = Signal()

    def __init__(self, settings, new_items: NewItems | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.new_items = new_items if new_items is not None else NewItems(self)
        self.new_items.changed.connect(self._new_items_changed)
        self.kit: Kit | None = None
        self._day_fmt = DAY_FORMAT  # the days of the date list, with the year when they span several
        self.results = None
        self._snippet_rows: list = []
        self.terms: list[list[str]] | None = None
        self.state = FilterState(self)
        self._runner = TaskRunner(self, pool=search_pool())
        self._search_started = 0.0
        self.last_search_ms: float | None = None
        self.search_available = True
        self.unavailable_why = ""
        self.index_pending = False
        self._open_top_when_ready = False
        self._results_current = False
        self._unfilled = False  # a large kit's documents are still to be listed (set_kit)
        self._is_marked = None  # set by enable_marking: item id -> bool
        self._syncing_marks = False
        self._toggled_now: str | None = None
        self._build()
        self.state.changed.connect(self._state_changed)

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 0)
        lay.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search the kit (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search the kit"))
        self.box.setMinimumHeight(32)
        self.box.setStyleSheet(css("QLineEdit#searchBox { border: 1px solid @LINE_INPUT; border-radius: 6px;"
                                   " padding: 2px 8px; font-size: 11pt; }"
                                   " QLineEdit#searchBox:focus { border: 2px solid @FOCUS; }"))
        give_way_to_shortcuts(self.box)
        self.help_btn = QToolButton()
        self.help_btn.setText("?")
        self.help_btn.setToolTip(self.tr("How to search: phrases, OR, -word, prefix*, kind:, lang:"))
        self.help_btn.setAccessibleName(self.tr("Search syntax help"))
        self.help_btn.setMinimumSize(32, 32)
        self.help_btn.clicked.connect(self.show_help)
        row.addWidget(self.box, 1)
        row.addWidget(self.help_btn)
        lay.addLayout(row)

        frow = FlowLayout(spacing=6)
        self.kind_combo = FitComboBox()
        self.lang_combo = FitComboBox()
        self.date_combo = FitComboBox()
        for c, name, dim in ((self.kind_combo, self.tr("Filter by kind"), "kind"),
                             (self.lang_combo, self.tr("Filter by language"), "language"),
                             (self.date_combo, self.tr("Filter by date"), "date")):
            c.setAccessibleName(name)
            c.setToolTip(name)
            c.currentIndexChanged.connect(lambda _i, c=c, dim=dim: self.choose(dim, c.currentData()))
            frow.addWidget(c)
        lay.addLayout(frow)

        self.status = QLabel()
        self.status.setObjectName("resultStatus")
        self.status.setStyleSheet(css("color: @MUTED;"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._on_status_link)
        lay.addWidget(self.status)

        self.stack = QStackedWidget()
        self.list = ResultsList()
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda it, _c: self._open(it))
        self.list.itemClicked.connect(lambda it, _c: self._clicked(_row_id(it)) and self._open(it))
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(16)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self._on_status_link)
        self.gallery = PhotoGallery(self.new_items)
        self.gallery.photoActivated.connect(lambda iid: self.openRequested.emit(iid, 0, None))
        self.gallery.itemClicked.connect(
            lambda it: self._clicked(it.data(ROLE)) and self.openRequested.emit(it.data(ROLE), 0, None))
        self.gallery.itemChanged.connect(lambda it: self._check_changed(it.data(ROLE), it.checkState()))
        self.gallery.currentItemChanged.connect(
            lambda it, _p: it is not None and self.currentItemChanged.emit(it.data(ROLE)))
        for w in (self.list, self.empty, self.gallery):
            self.stack.addWidget(w)
        lay.addWidget(self.stack, 1)

        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(int(self.settings.get("search_debounce_ms")))
        self.timer.timeout.connect(self.search_now)
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._return_pressed)
        self.box.downPressed.connect(self.focus_results)
        self.box.leaveRequested.connect(self.leaveRequested)
        self.setTabOrder(self.box, self.help_btn)
        self.setTabOrder(self.help_btn, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.date_combo)
        self.setTabOrder(self.date_combo, self.list)

    # -- kit ---------------------------------------------------------------------------------
    def set_kit(self, kit: Kit | None, fill: bool = True) -> None:
        """Show ``kit``: its documents listed, no query, no filter. ``fill=False``: the list stays
        empty until :meth:`fill` (a large kit is searchable before its thousands of rows are made)."""
        self._runner.cancel("search")
        self.kit = kit
        self._day_fmt = day_format(i.date for i in kit.items) if kit is not None else DAY_FORMAT
        self.results = None
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.state.blockSignals(True)
        self.state.restore(type(self.state.chosen)(), "")
        self.state.blockSignals(False)
        self._unfilled = not fill
        if fill:
            self.refresh()
        else:
            self.list.clear()
            self.status.setText(self.tr("Listing the documents…"))

    def fill(self) -> None:
        """List the kit's documents, unless they were listed or a search asked meanwhile."""
        if self._unfilled and self.kit is not None and not self.box.text().strip() and self.results is None:
            self.refresh()

    @property
    def searching(self) -> bool:
        """Whether a search is running or waiting for its thread."""
        return self._runner.running("search")

    def open_search(self, kit: Kit) -> None:
        """Open the search thread's searcher for ``kit`` now (its index is fresh), while the window
        fills its panes: the first query then finds it open. A search asked meanwhile waits for it
        on that one thread; a failure is left for that search to report."""
        self._runner.run(lambda _ctx: thread_searcher(kit) and None, on_error=lambda _e, _tb: None, key="open-search")

    def set_search_available(self, ok: bool, why: str = "", short: str = "", building: bool = False) -> None:
        """Say in the search box whether search works; ``short`` is the box's placeholder (it must
        fit a 1024-pixel-wide window), ``why`` the whole sentence, shown as its tooltip and read by
        screen readers; ``building``: the index is being built (a search typed now says "wait")."""
        self.search_available = ok
        self.unavailable_why = "" if ok else why
        self.index_pending = not ok and building
        self.box.setPlaceholderText(self.tr("Search the kit (Ctrl+K)") if ok else (short or why))
        self.box.setToolTip("" if ok else why)
        self.box.setAccessibleDescription("" if ok else why)
        if ok and self.box.text().strip():
            self.search_now()

    # -- one state for filters and query ---------------------------------------------------------
    def choose(self, dimension: str, value: str | None) -> None:
        """A filter chosen in a list or the navigator: narrows the list (or the results) at once."""
        text = self.state.choose(dimension, value)
        self._put_text(text)
        self.refresh()
        self.searchCommitted.emit()

    def clear_filters(self) -> None:
        """Every document (or every result of the search): no kind, language, date, speaker or organisation."""
        self._put_text(self.state.clear())
        self.refresh()
        self.searchCommitted.emit()

    def restore(self, chosen, query: str) -> None:
        """Put back filters and query kept earlier (history, language switch) and show them."""
        self.state.blockSignals(True)
        self.state.restore(chosen, query)
        self.state.blockSignals(False)
        self._put_text(query)
        self.refresh()
        self._sync_combos_to_state()
        self.filtersChanged.emit()

    def _put_text(self, text: str) -> None:
        if self.box.text() != text:
            self.box.blockSignals(True)
            self.box.setText(text)
            self.box.blockSignals(False)

    def _state_changed(self) -> None:
        self._sync_combos_to_state()
        self.filtersChanged.emit()

    def refresh(self) -> None:
        """Show what the state says: the results of the query, or the items the filters keep."""
        if self.state.query.strip():
            self.search_now()
        else:
            self.show_browse()

    # -- browse ------------------------------------------------------------------------------
    def browse_items(self) -> list:
        """Items to list without a query: the documents (or the photos, when the kind says so) the
        filters keep."""
        if self.kit is None:
            return []
        spec = self.state.effective()
        keep = spec.filters().keep
        photos = "photo" in spec.kinds
        return [i for i in self.kit.items if keep(i) and (photos or not i.is_photo)]

    def show_browse(self, _legacy=None) -> None:
        """List the kit's items the filters keep (no query)."""
        self.results, self.terms = None, None
        self._unfilled = False
        self._runner.cancel("search")
        if self.kit is None:
            self.list.clear()
            self._show_empty(self.tr("<h3>No kit is open</h3><p>Use <b>File › Open kit…</b> (Ctrl+O) "
                                     "or drop a kit file or folder on this window.</p>"))
            self.status.clear()
            return
        spec = self.state.effective()
        photos = "photo" in spec.kinds
        base = [i for i in self.kit.items if (photos or not i.is_photo)]
        self._fill_combos(facet_counts(base, within=spec.filters()))
        items = self.browse_items()
        items.sort(key=lambda i: (day_order(i.date), KINDS.index(i.kind) if i.kind in KINDS else 99,
                                  (i.title or i.path).lower()))
        if items and all(i.is_photo for i in items):
            self.gallery.set_photos(self.kit, items)
            self.refresh_marks()
            self.stack.setCurrentWidget(self.gallery)
            self._set_status(self.tr("%n photo(s)", "", len(items)))
            return
        self.list.clear()
        self.list.flat = True
        self.list.setUpdatesEnabled(False)
        rows = []
        for it in items:  # rows make their text when shown; added at once, not one insertion each
            rows.append(DocRow(it, 0, self.tr("%n page(s)", "", it.pages) if it.pages > 1 else "",
                               self.new_items.__contains__, self))
        self.list.addTopLevelItems(rows)
        self.list.setUpdatesEnabled(True)
        self._set_status(self.tr("%n document(s)", "", len(items)))
        if items:
            self.stack.setCurrentWidget(self.list)
        else:
            self._show_empty(self.tr("<h3>Nothing here</h3><p>No document matches these filters.</p>"))

    def _set_status(self, count: str, extra: str = "") -> None:
        """'12 documents · Speaker: Amara Diallo — show all' (what narrows the list, and a way out)."""
        spec = self.state.effective()
        parts = [html.escape(count) + extra]
        for who in spec.speakers:
            parts.append(html.escape(self.tr("Speaker: {0}").format(who)))
        if spec.organisations:  # one organisation, under each of the names its documents give it
            parts.append(html.escape(self.tr("Organisation: {0}").format(" / ".join(spec.organisations))))
        text = " · ".join(parts)
        if spec:
            text += " — <a href='clear-filters'>" + html.escape(self.tr("show all")) + "</a>"
        self.status.setText(text)

    # -- filters -----------------------------------------------------------------------------
    def filters(self):
        """The filters in force (a core :class:`~presskit.search.facets.Filters`)."""
        return self.state.effective().filters()

    def _fill_combos(self, facets: dict[str, dict[str, int]]) -> None:
        specs = (
            (self.kind_combo, self.tr("All kinds"), facets.get("kind", {}),
             lambda k: kind_label(k), lambda k: KINDS.index(k) if k in KINDS else 99),
            (self.lang_combo, self.tr("All languages"), facets.get("language", {}),
             lambda c: language_label(c), lambda c: c),
            (self.date_combo, self.tr("All dates"), facets.get("date", {}),  # "No date" after the days
             lambda d: date_label(d, self._day_fmt), lambda d: (d == UNDATED, d)),
        )
        for combo, all_label, counts, label, order in specs:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for v in sorted(counts, key=order):
                combo.addItem(f"{label(v)} ({counts[v]})", v)
            combo.blockSignals(False)
        self._sync_combos_to_state()

    def _sync_combos_to_state(self) -> None:
        """Each list shows the value in force (chosen here, in the navigator, or by a query word)."""
        spec = self.state.effective()
        labels = {self.kind_combo: kind_label, self.lang_combo: language_label,
                  self.date_combo: lambda d: date_label(d, self._day_fmt)}
        for combo, values in ((self.kind_combo, spec.kinds), (self.lang_combo, spec.languages),
                              (self.date_combo, (spec.date,) if spec.date else ())):
            v = values[0] if len(values) == 1 else None
            combo.blockSignals(True)
            i = combo.findData(v) if v is not None else 0
            if i < 0:  # in force but in no document here: none of them, or no such value at all
                combo.addItem(self._absent_label(combo, labels[combo], v), v)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
            combo.blockSignals(False)
            combo.updateGeometry()

    def _absent_label(self, combo, label, value: str) -> str:
        """A value no document here has: "Photo (0)" for a kind there is, but ``kind:foo`` is no kind at all
        and showed "Foo (0)" as if it were one; it shows as typed, said to be none."""
        if combo is self.kind_combo and value not in KINDS:
            return self.tr("“{0}” (no such kind)").format(value)
        if combo is self.lang_combo and value not in LANGUAGES and value not in LANGUAGE_NAMES:
            return self.tr("“{0}” (no such language)").format(value)
        return f"{label(value)} (0)"

    def set_filters(self, kind: str | None = None, language: str | None = None, date: str | None = None) -> None:
        """Choose the three lists' values at once (None: any)."""
        self.state.blockSignals(True)
        for dim, v in (("kind", kind), ("language", language), ("date", date)):
            self._put_text(self.state.choose(dim, v))
        self.state.blockSignals(False)
        self._state_changed()
        self.refresh()

    # -- what is new -------------------------------------------------------------------------
    def _new_items_changed(self, _ids) -> None:
        """Redraw the "New" badges (items new or changed since the kit was last opened)."""
        if self.kit is None:
            return
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if isinstance(row, DocRow):
                row.forget()
        self.gallery.refresh_labels()
        self.list.doItemsLayout()

    # -- list --------------------------------------------------------------------------------
    def _on_current(self, it, _prev) -> None:
        if it is not None:
            self.currentItemChanged.emit(it.data(0, ROLE)[0])

    def _open(self, it) -> None:
        if it is None:
            return
        iid, page = it.data(0, ROLE)
        self.openRequested.emit(iid, page, self.terms)

    def open_result(self, row: int, child: int | None = None) -> None:
        """Open result ``row`` (or its page hit ``child``) as a click would."""
        top = self.list.topLevelItem(row)
        it = top.child(child) if child is not None else top
        self.list.setCurrentItem(it)
        self._open(it)

    def current_item_id(self) -> str | None:
        if self.stack.currentWidget() is self.gallery:
            return self.gallery.current_item_id()
        it = self.list.currentItem()
        return it.data(0, ROLE)[0] if it else None

    def selected_item_ids(self) -> list[str]:
        if self.stack.currentWidget() is self.gallery:
            return self.gallery.selected_ids()
        seen: list[str] = []
        for it in self.list.selectedItems():
            iid = it.data(0, ROLE)[0]
            if iid not in seen:
                seen.append(iid)
        return seen

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
