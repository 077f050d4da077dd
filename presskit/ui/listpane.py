"""The middle pane: the search box with filters, and the list of documents, results or photos.

Search as you type: each keystroke restarts a short timer (``search_debounce_ms``); when it fires,
the query runs on the one-thread search pool with that thread's own Searcher. A newer query
supersedes an older one (TaskRunner key "search"), so late results are dropped, never shown.

Signals:
    openRequested(str, int, object): item id, 1-based page (0: where the reader left it), and the
        folded word sequences to highlight (None when browsing).
    searchFinished(object): a ``SearchResults`` was shown (tests, benchmarks).
    currentItemChanged(str): the item under the list's cursor (for ``MainWindow.current_item``).
    markToggled(str, bool): the user ticked (True) or unticked a document's or photo's checkbox.

Marking: once :meth:`enable_marking` is given a "is this item marked?" function (the selection feature,
:mod:`.journalism`, does it), every document row and photo carries a checkbox (mouse or Space);
:meth:`refresh_marks` brings the boxes in line with the selection after it changed elsewhere.
"""

from __future__ import annotations

import html
import time

from ..errors import SearchIndexError
from ..kit.format import Kit
from ..model import KINDS, Item
from ..titles import display_title
from ..search.facets import Filters, facet_counts
from .labels import date_label, kind_label, language_label
from .navigator import item_matches
from .newitems import NewItems
from .photoview import PhotoGallery
from .qt import (
    QAbstractItemView, QAbstractTextDocumentLayout, QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPalette, QSize, QStackedWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
    QTextBrowser, QTextDocument, QTimer, QToolButton, QTreeWidget, QTreeWidgetItem, Qt, QVBoxLayout, QWidget,
    Signal, translate,
)
from .tasks import TaskRunner
from .theme import css
from .workers import search_pool, thread_searcher

ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's extra meta text, to redraw it with a "New" badge
NEW_BADGE = css('<span style="background-color:@NEW; color:@SURFACE; font-size:8pt; font-weight:700">'
                '&nbsp;{0}&nbsp;</span>&nbsp; ')
HIT_STYLE = css('<b style="background-color:@HIT">')
PAGE_LABEL = css('<span style="color:@PAGE_NUMBER; font-weight:600">') + "{0}</span>&nbsp;&nbsp;"
SNIPPET = css('<span style="color:@TEXT_SNIPPET">') + "{0}</span>"


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML (HTML_ROLE), wrapped to the view's width."""

    PAD_V = 6
    PAD_H = 6

    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self.view = view
        self._docs: dict[tuple[str, int], QTextDocument] = {}

    def _doc(self, text: str, width: int) -> QTextDocument:
        key = (text, width)
        d = self._docs.get(key)
        if d is None:
            if len(self._docs) > 600:
                self._docs.clear()
            d = QTextDocument()
            d.setDefaultFont(self.view.font())
            d.setDocumentMargin(0)
            d.setHtml(text)
            d.setTextWidth(width)
            self._docs[key] = d
        return d

    def _width(self, index) -> int:
        depth = 0
        p = index.parent()
        while p.isValid():
            depth += 1
            p = p.parent()
        return max(120, self.view.viewport().width() - self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0)) - 2 * self.PAD_H - 4)

    def paint(self, painter, option, index) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        indent = self._check_width(opt, style)
        d = self._doc(text, opt.rect.width() - 2 * self.PAD_H - indent)
        painter.save()
        painter.translate(opt.rect.left() + self.PAD_H + indent, opt.rect.top() + self.PAD_V)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.Text))
        d.documentLayout().draw(painter, ctx)
        painter.restore()

    def _check_width(self, opt: QStyleOptionViewItem, style) -> int:
        """Room taken by the row's checkbox (0 when the row has none)."""
        if not (opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator):
            return 0
        r = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget)
        return max(0, r.right() - opt.rect.left() + 1 - self.PAD_H + 6)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        w = self._width(index)
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            w = max(120, w - self._check_width(opt, self.view.style()))
        d = self._doc(text, w)
        return QSize(w, int(d.size().height()) + 2 * self.PAD_V)


class ResultsList(QTreeWidget):
    """Documents (top level) with their matching pages (children)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Documents and search results"))
        self.setItemDelegate(HtmlDelegate(self))
        self.setIndentation(16)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            css("QTreeWidget::item { border-bottom: 1px solid @LINE_LIGHT; }"
                "QTreeWidget::item:selected { background: @SELECTED; color: black; }"
                "QTreeWidget::item:hover:!selected { background: @HOVER_ROW; }"))

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():
            self.doItemsLayout()


def doc_html(item: Item, extra: str = "", new: bool = False) -> str:
    meta = [kind_label(item.kind)]
    if item.date:
        meta.append(date_label(item.date))
    if item.language:
        meta.append(language_label(item.language))
    if item.speakers:
        meta.append(", ".join(item.speakers[:2]))
    if extra:
        meta.append(extra)
    if item.status == "no-text":
        meta.append(translate("ListPane", "scanned: no searchable text"))
    title = html.escape(display_title(item))
    if new:  # new or changed since this kit was last opened (presskit.ui.trustbadge)
        title = NEW_BADGE.format(html.escape(translate("ListPane", "New"))) + title
    return (css('<div style="font-size:11pt; font-weight:600; color:@TEXT">') + f"{title}</div>"
            + css('<div style="color:@MUTED; margin-top:2px">') + html.escape(" · ".join(m for m in meta if m))
            + "</div>")


def _row_id(row: QTreeWidgetItem) -> str:
    data = row.data(0, ROLE)
    return data[0] if data else ""


class SyntaxHelp(QDialog):
    """Query syntax, one click from the search box."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to search"))
        lay = QVBoxLayout(self)
        b = QTextBrowser()
        b.setOpenLinks(False)
        b.setHtml(self.tr(
            "<h3>Searching the kit</h3>"
            "<p>Accents, capitals and word endings do not matter: <code>desarmement</code> finds "
            "<i>désarmement</i>, <code>treaties</code> finds <i>treaty</i>.</p>"
            "<table cellpadding='4'>"
            "<tr><td><code>nuclear ban</code></td><td>both words, anywhere in a page</td></tr>"
            "<tr><td><code>\"nuclear ban\"</code></td><td>the exact phrase (also « … » and “ … ”)</td></tr>"
            "<tr><td><code>ban OR treaty</code></td><td>either word</td></tr>"
            "<tr><td><code>treaty -draft</code></td><td>without the word <i>draft</i></td></tr>"
            "<tr><td><code>disarm*</code></td><td>words starting with <i>disarm</i></td></tr>"
            "<tr><td><code>kind:statement</code></td><td>only statements (also press-release, newsletter, …)</td></tr>"
            "<tr><td><code>lang:fr</code></td><td>only documents in French</td></tr>"
            "<tr><td><code>speaker:diallo</code></td><td>documents by or quoting a speaker</td></tr>"
            "<tr><td><code>title:agenda</code></td><td>a word in the title</td></tr>"
            "</table>"
            "<p>Use the Kind, Language and Date lists under the search box to narrow results. "
            "Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.</p>"))
        lay.addWidget(b)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.resize(560, 460)


class ListPane(QWidget):
    openRequested = Signal(str, int, object)
    searchFinished = Signal(object)
    currentItemChanged = Signal(str)
    photoRequested = Signal(str)
    markToggled = Signal(str, bool)

    def __init__(self, settings, new_items: NewItems | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.new_items = new_items if new_items is not None else NewItems(self)
        self.new_items.changed.connect(self._new_items_changed)
        self.kit: Kit | None = None
        self.results = None
        self.terms: list[list[str]] | None = None
        self._browse_filter: dict = {"all": True}
        self._runner = TaskRunner(self, pool=search_pool())
        self._search_started = 0.0
        self.last_search_ms: float | None = None
        self.search_available = True
        self._is_marked = None  # set by enable_marking: item id -> bool
        self._syncing_marks = False
        self._toggled_now: str | None = None
        self._go_to_results = False  # Enter was pressed in the box: focus the results when they arrive

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 0)
        lay.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search the kit (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search the kit"))
        self.box.setMinimumHeight(32)
        self.box.setStyleSheet(css("QLineEdit#searchBox { border: 1px solid @LINE_INPUT; border-radius: 6px;"
                                   " padding: 2px 8px; font-size: 11pt; }"
                                   " QLineEdit#searchBox:focus { border: 2px solid @FOCUS; }"))
        self.help_btn = QToolButton()
        self.help_btn.setText("?")
        self.help_btn.setToolTip(self.tr("How to search: phrases, OR, -word, prefix*, kind:, lang:"))
        self.help_btn.setAccessibleName(self.tr("Search syntax help"))
        self.help_btn.setMinimumSize(32, 32)
        self.help_btn.clicked.connect(self.show_help)
        row.addWidget(self.box, 1)
        row.addWidget(self.help_btn)
        lay.addLayout(row)

        frow = QHBoxLayout()
        frow.setSpacing(6)
        self.kind_combo = QComboBox()
        self.lang_combo = QComboBox()
        self.date_combo = QComboBox()
        for c, name in ((self.kind_combo, self.tr("Filter by kind")), (self.lang_combo, self.tr("Filter by language")),
                        (self.date_combo, self.tr("Filter by date"))):
            c.setAccessibleName(name)
            c.setToolTip(name)
            # the three share the row equally: none is cut to "All language" while another has room to spare
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(6)
            c.currentIndexChanged.connect(self._filters_changed)
            frow.addWidget(c, 1)
        lay.addLayout(frow)

        self.status = QLabel()
        self.status.setObjectName("resultStatus")
        self.status.setStyleSheet(css("color: @MUTED;"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._on_status_link)
        lay.addWidget(self.status)

        self.stack = QStackedWidget()
        self.list = ResultsList()
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda it, _c: self._open(it))
        self.list.itemClicked.connect(lambda it, _c: self._clicked(_row_id(it)) and self._open(it))
        self.list.itemChanged.connect(self._row_changed)
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
        self.timer.setInterval(int(settings.get("search_debounce_ms")))
        self.timer.timeout.connect(self.search_now)
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._return_pressed)
        self.setTabOrder(self.box, self.help_btn)
        self.setTabOrder(self.help_btn, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.date_combo)
        self.setTabOrder(self.date_combo, self.list)

    # -- kit ---------------------------------------------------------------------------------
    def set_kit(self, kit: Kit | None) -> None:
        self._runner.cancel("search")
        self.kit = kit
        self.results = None
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self._browse_filter = {"all": True}
        self._fill_combos(facet_counts(kit.items if kit else []))
        self.show_browse({"all": True})

    def set_search_available(self, ok: bool, why: str = "") -> None:
        self.search_available = ok
        self.box.setPlaceholderText(self.tr("Search the kit (Ctrl+K)") if ok else why)
        if ok and self.box.text().strip():
            self.search_now()

    # -- browse ------------------------------------------------------------------------------
    def show_browse(self, flt: dict) -> None:
        """List the kit's items for a navigator filter (clears the query)."""
        self._browse_filter = flt
        if self.box.text():
            self.box.blockSignals(True)
            self.box.clear()
            self.box.blockSignals(False)
        self.results, self.terms = None, None
        self._runner.cancel("search")
        if self.kit is None:
            self.list.clear()
            self._show_empty(self.tr("<h3>No kit is open</h3><p>Use <b>File › Open kit…</b> (Ctrl+O) "
                                     "or drop a kit file or folder on this window.</p>"))
            self.status.clear()
            return
        items = [i for i in self.kit.items if item_matches(i, flt)]
        self._fill_combos(facet_counts(items))
        keep = self.filters().keep
        items = [i for i in items if keep(i)]
        items.sort(key=lambda i: (i.date or "9999", KINDS.index(i.kind) if i.kind in KINDS else 99,
                                  (i.title or i.path).lower()))
        if flt.get("photos") or (items and all(i.is_photo for i in items)):
            self.gallery.set_photos(self.kit, items)
            self.refresh_marks()
            self.stack.setCurrentWidget(self.gallery)
            self.status.setText(self.tr("%n photo(s)", "", len(items)))
            return
        self.list.clear()
        for it in items:
            extra = self.tr("%n page(s)", "", it.pages) if it.pages > 1 else ""
            w = QTreeWidgetItem(self.list)
            w.setData(0, ROLE, (it.id, 0))
            w.setData(0, EXTRA_ROLE, extra)
            w.setData(0, HTML_ROLE, doc_html(it, extra, it.id in self.new_items))
            w.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{it.title}, {kind_label(it.kind)}, {date_label(it.date)}")
            self._set_checkable(w, it.id)
        self.status.setText(self.tr("%n document(s)", "", len(items)))
        if items:
            self.stack.setCurrentWidget(self.list)
        else:
            self._show_empty(self.tr("<h3>Nothing here</h3><p>No document matches these filters.</p>"))

    # -- filters -----------------------------------------------------------------------------
    def filters(self) -> Filters:
        """What the Kind, Language and Date lists keep (a date is one day)."""
        kind, lang, date = (c.currentData() for c in (self.kind_combo, self.lang_combo, self.date_combo))
        return Filters.of([kind] if kind else None, [lang] if lang else None, date, date)

    def _fill_combos(self, facets: dict[str, dict[str, int]]) -> None:
        specs = (
            (self.kind_combo, self.tr("All kinds"), facets.get("kind", {}),
             lambda k: kind_label(k), lambda k: KINDS.index(k) if k in KINDS else 99),
            (self.lang_combo, self.tr("All languages"), facets.get("language", {}),
             lambda c: language_label(c), lambda c: c),
            (self.date_combo, self.tr("All dates"), facets.get("date", {}),
             lambda d: date_label(d, "ddd d MMM"), lambda d: d),
        )
        for combo, all_label, counts, label, order in specs:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for v in sorted(counts, key=order):
                combo.addItem(f"{label(v)} ({counts[v]})", v)
            if keep is not None:
                i = combo.findData(keep)
                if i < 0:
                    combo.addItem(f"{label(keep)} (0)", keep)
                    i = combo.count() - 1
                combo.setCurrentIndex(i)
            combo.blockSignals(False)

    def set_filters(self, kind: str | None = None, language: str | None = None, date: str | None = None) -> None:
        for combo, v in ((self.kind_combo, kind), (self.lang_combo, language), (self.date_combo, date)):
            combo.blockSignals(True)
            i = combo.findData(v) if v is not None else 0
            if i < 0:
                combo.addItem(str(v), v)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_a) -> None:
        if self.box.text().strip():
            self.search_now()
        else:
            self.show_browse(self._browse_filter)

    # -- search ------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search at once (no debounce)."""
        self.box.setText(text)
        self.search_now()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._runner.cancel("search")
            self.show_browse(self._browse_filter)

    def _return_pressed(self) -> None:
        """Enter in the search box: search now and take the keyboard to the results, the first one
        current as soon as they arrive (never a row of the previous list), so Enter again opens it."""
        self.timer.stop()
        self._go_to_results = True
        self.search_now()

    def search_now(self) -> None:
        self.timer.stop()
        q = self.box.text().strip()
        if not q or self.kit is None:
            return
        if not self.search_available:
            self._show_empty(self.tr("<h3>Search is not ready</h3><p>The kit's search index is being built; "
                                     "results will appear when it is done. You can browse meanwhile.</p>"))
            return
        kit = self.kit
        flt = self.filters()
        self._search_started = time.perf_counter()
        if self.status.text() == "" or not self.results:
            self.status.setText(self.tr("Searching…"))

        def work(ctx):
            s = thread_searcher(kit)
            ctx.check()
            return s.search(q, kinds=flt.kinds, languages=flt.languages, date_from=flt.date_from,
                            date_to=flt.date_to, limit=60)

        self._runner.run(work, on_result=self._show_results, on_error=self._search_failed, key="search")

    def _search_failed(self, err: BaseException, tb: str) -> None:
        if isinstance(err, SearchIndexError):
            self._show_empty("<h3>" + self.tr("Search is not available") + "</h3><p>" + html.escape(err.message) + "</p>")
        else:
            self._show_empty("<h3>" + self.tr("That search did not work") + "</h3><p>"
                             + html.escape(str(err)) + "</p>")
        self.status.clear()

    def _show_results(self, res) -> None:
        self.last_search_ms = (time.perf_counter() - self._search_started) * 1000
        self.results = res
        self.terms = res.terms
        self._fill_combos(res.facets or facet_counts([]))
        self.list.clear()
        for d in res.results:
            it = d.item
            extra = self.tr("%n page(s) match", "", d.matched_pages) if d.matched_pages > 1 else ""
            top = QTreeWidgetItem(self.list)
            first = d.pages[0].page if d.pages else 1
            top.setData(0, ROLE, (it.id, first if not it.is_photo else 0))
            top.setData(0, EXTRA_ROLE, extra)
            top.setData(0, HTML_ROLE, doc_html(it, extra, it.id in self.new_items))
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{it.title}, {kind_label(it.kind)}")
            self._set_checkable(top, it.id)
            if it.is_photo:
                continue
            for p in d.pages:
                c = QTreeWidgetItem(top)
                c.setData(0, ROLE, (it.id, p.page))
                page = self.tr("p. {0}").format(p.page) if it.media == "pdf" else ""
                label = PAGE_LABEL.format(page) if page else ""
                c.setData(0, HTML_ROLE, label + SNIPPET.format(p.snippet.replace("<b>", HIT_STYLE)))
                c.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Page {0}").format(p.page))
            top.setExpanded(True)
        q = html.escape(res.query)
        sugg = ""
        if res.suggestion:
            sugg = " — " + self.tr("did you mean <a href='suggest:{0}'>{1}</a>?").format(
                html.escape(res.suggestion, quote=True), html.escape(res.suggestion))
        if res.results and self._go_to_results:
            self.list.setFocus()
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._go_to_results = False
        if res.results:
            self.status.setText(self.tr("%n document(s)", "", res.total) + sugg)
            self.stack.setCurrentWidget(self.list)
        else:
            filters = bool(self.filters())
            tips = [self.tr("Check the spelling, or use fewer words."),
                    self.tr("Accents and word endings do not matter: <i>desarmement</i> finds <i>désarmement</i>.")]
            if filters:
                tips.insert(0, self.tr("<a href='clear-filters'>Clear the filters</a> — they may hide results."))
            body = "<h3>" + self.tr("No documents match “{0}”").format(q) + "</h3>"
            if res.suggestion:
                body += "<p style='font-size:12pt'>" + self.tr("Did you mean <a href='suggest:{0}'>{1}</a>?").format(
                    html.escape(res.suggestion, quote=True), html.escape(res.suggestion)) + "</p>"
            body += "<ul>" + "".join(f"<li>{t}</li>" for t in tips) + "</ul>"
            body += "<p><a href='help'>" + self.tr("How to search") + "</a></p>"
            self._show_empty(body)
            self.status.setText(self.tr("No results") + sugg)
        self.searchFinished.emit(res)

    def _show_empty(self, body: str) -> None:
        self.empty.setText(css("<div style='color:@TEXT_EMPTY'>") + body + "</div>")
        self.stack.setCurrentWidget(self.empty)

    def _on_status_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.set_query(link[len("suggest:"):])
        elif link == "clear-filters":
            self.set_filters(None, None, None)
        elif link == "help":
            self.show_help()

    def show_help(self) -> None:
        if not hasattr(self, "_help"):
            self._help = SyntaxHelp(self.window())
        self._help.show()
        self._help.raise_()

    # -- what is new -------------------------------------------------------------------------
    def _new_items_changed(self, _ids) -> None:
        """Redraw the "New" badges (items new or changed since the kit was last opened)."""
        if self.kit is None:
            return
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            it = self.kit.get(_row_id(row))
            if it is not None:
                row.setData(0, HTML_ROLE, doc_html(it, row.data(0, EXTRA_ROLE) or "", it.id in self.new_items))
        self.gallery.refresh_labels()
        self.list.doItemsLayout()

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
        if row.parent() is None:  # documents carry the boxes, their page hits do not
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
