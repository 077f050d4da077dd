"""The Quotes panel: every quotation of the kit, searchable, filterable by speaker and organisation.

Quotes come from ``Searcher.quotes()`` in a worker thread (one Searcher per task: Whoosh searchers are
not thread-safe). Activating a quote asks the window to open its document at the quote's page with
the quote highlighted (``openRequested(item_id, page, terms)``, ``terms`` being the quote's folded words
as one sequence, as ``Searcher.highlight_terms`` gives them). Ctrl+Shift+C or the context menu copies
the quote with its citation.

Signals:
    openRequested(str, int, object): open item at page with these highlight sequences.
    citeRequested(object): copy this :class:`~presskit.model.Quote` with a citation.
"""

from __future__ import annotations

import html

from ..citation import quote_marks
from ..model import Quote
from ..textutil import tokenize
from .qt import (
    QAbstractItemView, QComboBox, QHBoxLayout, QKeySequence, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMenu, QShortcut, Qt, QTimer, QVBoxLayout, QWidget, Signal,
)
from .theme import css

ROLE = Qt.ItemDataRole.UserRole


def quote_terms(q: Quote, max_words: int = 40) -> list[list[str]]:
    """The quote as one highlight sequence of folded words (long quotes: their first words)."""
    words = [w for w, _s, _e in tokenize(q.text)]
    return [words[:max_words]] if words else []


class QuotesPanel(QWidget):
    openRequested = Signal(str, int, object)
    citeRequested = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.kit = None
        self.quotes: list[Quote] = []  # what the list shows
        self.all_quotes: list[Quote] = []  # every quote of the kit (for the filters and citations)
        self.available = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.box = QLineEdit()
        self.box.setObjectName("quoteSearch")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search quotations"))
        self.box.setAccessibleName(self.tr("Search quotations"))
        lay.addWidget(self.box)
        row = QHBoxLayout()
        self.speaker_combo = QComboBox()
        self.speaker_combo.setAccessibleName(self.tr("Filter by speaker"))
        self.org_combo = QComboBox()
        self.org_combo.setAccessibleName(self.tr("Filter by organisation"))
        for c in (self.speaker_combo, self.org_combo):
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(8)
            c.currentIndexChanged.connect(self.refresh)
            row.addWidget(c, 1)
        lay.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("quoteStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(css("color: @MUTED;"))
        lay.addWidget(self.status)
        self.list = QListWidget()
        self.list.setObjectName("quoteList")
        self.list.setAccessibleName(self.tr("Quotations"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        lay.addWidget(self.list, 1)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self.refresh)
        sc = QShortcut(QKeySequence("Ctrl+Shift+C"), self.list)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(self.cite_current)
        self.set_kit(None)

    # -- kit -------------------------------------------------------------------------------------
    def set_kit(self, kit) -> None:
        self.kit = kit
        self.available = False
        self.all_quotes, self.quotes = [], []
        self.list.clear()
        self._fill_filters()
        self.status.setText(self.tr("Quotations appear when the kit is ready to search.") if kit else "")

    def set_available(self) -> None:
        """The index is fresh: load every quote once (filters), then show them."""
        kit = self.kit
        if kit is None:
            return
        self.available = True
        self.status.setText(self.tr("Loading quotations…"))

        def work(ctx):
            from ..search import Searcher

            with Searcher(kit) as s:
                return s.quotes("", limit=100000)

        self.runner.run(work, key="quotes-all", on_result=lambda qs: self._all_loaded(kit, qs),
                        on_error=lambda e, tb: self.status.setText(getattr(e, "message", str(e))))

    def _all_loaded(self, kit, quotes: list[Quote]) -> None:
        if kit is not self.kit:
            return
        self.all_quotes = quotes
        self._fill_filters()
        self._show(quotes if not self._filtering() else None)
        if self._filtering():
            self.refresh()

    def _fill_filters(self) -> None:
        speakers = sorted({q.speaker for q in self.all_quotes if q.speaker}, key=str.casefold)
        orgs = sorted({q.organisation for q in self.all_quotes if q.organisation}, key=str.casefold)
        for combo, values, every in ((self.speaker_combo, speakers, self.tr("All speakers")),
                                     (self.org_combo, orgs, self.tr("All organisations"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def _filtering(self) -> bool:
        return bool(self.box.text().strip() or self.speaker_combo.currentData() or self.org_combo.currentData())

    # -- searching -------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        """Run the current query and filters (in the background)."""
        kit = self.kit
        if kit is None or not self.available:
            return
        query = self.box.text().strip()
        speaker = self.speaker_combo.currentData()
        org = self.org_combo.currentData()
        if not query and not speaker and not org and self.all_quotes:
            self._show(self.all_quotes)
            return

        def work(ctx):
            from ..search import Searcher

            with Searcher(kit) as s:
                return s.quotes(query, speaker=speaker, organisation=org)

        self.runner.run(work, key="quotes", on_result=lambda qs: kit is self.kit and self._show(qs),
                        on_error=lambda e, tb: self.status.setText(getattr(e, "message", str(e))))

    def _show(self, quotes: list[Quote] | None) -> None:
        if quotes is None:
            return
        self.quotes = quotes
        self.list.clear()
        for q in quotes:
            who = ", ".join(x for x in (q.speaker, q.role, q.organisation) if x) or self.tr("unattributed")
            if q.inferred:
                who += " " + self.tr("(attributed to the document)")
            where = " · ".join(x for x in (q.title, q.date or "", self.tr("p. {0}").format(q.page) if q.page else "") if x)
            o, c = quote_marks(q.language)
            row = QListWidgetItem(f"{o}{q.text}{c}\n— {who}\n{where}")
            row.setData(ROLE, q)
            row.setToolTip(html.escape(q.text))
            self.list.addItem(row)
        n = len(quotes)
        self.status.setText(self.tr("%n quotation(s)", "", n) if n else self.tr("No quotation matches."))

    # -- actions ---------------------------------------------------------------------------------
    def current_quote(self) -> Quote | None:
        row = self.list.currentItem()
        return row.data(ROLE) if row is not None else None

    def _open(self, row: QListWidgetItem) -> None:
        q: Quote = row.data(ROLE)
        self.openRequested.emit(q.document_id, q.page or 1, quote_terms(q))

    def cite_current(self) -> None:
        q = self.current_quote()
        if q is not None:
            self.citeRequested.emit(q)

    def _menu(self, pos) -> None:
        row = self.list.itemAt(pos)
        if row is None:
            return
        self.list.setCurrentItem(row)
        m = QMenu(self)
        m.addAction(self.tr("Open at this quotation"), lambda: self._open(row))
        a = m.addAction(self.tr("Copy with citation"), self.cite_current)
        a.setShortcut(QKeySequence("Ctrl+Shift+C"))
        m.exec(self.list.viewport().mapToGlobal(pos))
