"""The Quotes view: every quotation of the kit as a card a journalist can scan, full width.

Each card shows the words (in their language's quotation marks), then *speaker · role · organisation*
(or "speaker not stated in the text"), then *document · date · page · language*. Above the cards:
a search that matches the quotations' own words (speaker and role are chosen with the filters, not
typed), and filters by speaker, organisation (each organisation once, in the interface language),
language and day. Below them, on demand (Space, or "Check who said it"), how the speaker is known and
the sentence that names them, so the journalist can check it before copying.

Keys: ↑/↓ move, Enter opens the page with the quotation highlighted, Space shows the sentence that
names the speaker, Ctrl+Shift+C (the window's Edit › Copy with citation, never a second shortcut)
copies it with its citation, / goes to the search box, Esc goes back to the documents. In the search
box, Enter searches at once and Down goes to the cards (Enter then moves there too, once the
quotations found are shown); Esc clears the box, and in an empty box goes back to the documents.

The cards themselves (model, delegate, list) are in :mod:`presskit.ui.quotecards`.

Everything the kit supplies is drawn as plain text (``QPainter.drawText``, ``Qt.PlainText`` labels).

Signals:
    openRequested(str, int, object): open item at page with these highlight sequences.
    citeRequested(object): copy this :class:`~presskit.model.Quote` with its citation.
    backRequested(): go back to the documents.
"""

from __future__ import annotations

from ..model import Quote
from ..quotes.entities import Organisations
from ..quotes.listing import (
    QuoteFilter, day_choices, language_choices, organisation_choices, select, speaker_choices,
)
from . import i18n
from .labels import date_label, day_format, day_label, language_label
from .listsearch import SearchBox
from .qt import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QKeySequence, QLabel, QListView, QMenu, QPushButton, Qt,
    QTimer, QToolButton, QVBoxLayout, QWidget, Signal,
)
from .quotecards import (  # noqa: F401  (LAYOUT_BATCH and CardDelegate: the bench and tests reach them here)
    CARD_CHARS, LAYOUT_BATCH, QUOTE_ROLE, CardDelegate, QuoteList, QuoteModel, plain, quote_terms,
)
from .theme import css


class QuotesView(QWidget):
    openRequested = Signal(str, int, object)
    citeRequested = Signal(object)
    backRequested = Signal()

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotesView")
        self.runner = runner
        self.kit = None
        self.available = False
        self.all_quotes: list[Quote] = []
        self.matching: set[int] | None = None  # ids of the quotes whose words match the search
        self.orgs = Organisations()
        self.evidence_shown = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        lay.addLayout(self._build_header())
        lay.addLayout(self._build_filters())
        self.status = QLabel()
        self.status.setObjectName("quoteStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(css("color: @MUTED;"))
        lay.addWidget(self.status)
        self._build_list()
        lay.addWidget(self.list, 1)
        lay.addWidget(self._build_details())
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run_search)
        self.set_kit(None)

    # -- building ------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_btn = QToolButton()
        self.back_btn.setObjectName("quotesBack")
        self.back_btn.setText(self.tr("‹ Documents"))
        self.back_btn.setToolTip(self.tr("Back to the documents (Esc)"))
        self.back_btn.clicked.connect(self.backRequested.emit)
        title = self.heading = QLabel(self.tr("Quotations"))
        title.setObjectName("quotesTitle")
        title.setStyleSheet(css("font-size: 16pt; font-weight: 600; color: @TEXT;"))
        self.box = SearchBox()  # Down goes to the cards, Esc clears it, a second Esc goes back
        self.box.setObjectName("quoteSearch")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search the words of the quotations"))
        self.box.setAccessibleName(self.tr("Search the words of the quotations"))
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._search_now)
        self.box.downPressed.connect(self.cards_from_box)
        self.box.leaveRequested.connect(self.backRequested.emit)
        row.addWidget(self.back_btn)
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(self.box, 1)
        return row

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.speaker_combo = self._combo(self.tr("Filter by speaker"))
        self.org_combo = self._combo(self.tr("Filter by organisation"))
        self.lang_combo = self._combo(self.tr("Filter by language"))
        self.day_combo = self._combo(self.tr("Filter by day"))
        for combo in (self.lang_combo, self.day_combo):  # short values: as wide as they need
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, combo, stretch in ((self.tr("Speaker"), self.speaker_combo, 3),
                                      (self.tr("Organisation"), self.org_combo, 4),
                                      (self.tr("Language"), self.lang_combo, 0), (self.tr("Day"), self.day_combo, 0)):
            lab = QLabel(label)
            lab.setBuddy(combo)
            row.addWidget(lab)
            row.addWidget(combo, stretch)
        return row

    def _combo(self, name: str) -> QComboBox:
        c = QComboBox()
        c.setAccessibleName(name)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(6)
        c.currentIndexChanged.connect(lambda _i: self.show_filtered())
        return c

    def _build_list(self) -> None:
        self.model = QuoteModel(self)
        self.list = QuoteList()
        self.list.setObjectName("quoteCards")
        self.list.setAccessibleName(self.tr("Quotations"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)  # first cards at once, the rest measured after
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet(css("QListView#quoteCards { background: @PANEL; border: 1px solid @LINE; }"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(lambda _i: self.open_current())
        self.list.openPressed.connect(self.open_current)
        self.list.checkPressed.connect(self.toggle_evidence)
        self.list.searchPressed.connect(lambda: self.box.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.list.typedText.connect(self._search_typed)
        self.list.backPressed.connect(self.backRequested.emit)
        self.list.selectionModel().currentChanged.connect(lambda _a, _b: self._show_details())

    def _build_details(self) -> QFrame:
        self.details = QFrame()
        self.details.setObjectName("quoteDetails")
        self.details.setStyleSheet(css("QFrame#quoteDetails { background: @SURFACE; border: 1px solid @LINE; }"))
        lay = QVBoxLayout(self.details)
        lay.setContentsMargins(12, 8, 12, 8)
        row = QHBoxLayout()
        self.how_label = QLabel()
        self.how_label.setObjectName("quoteHow")
        self.how_label.setTextFormat(Qt.TextFormat.PlainText)
        self.how_label.setWordWrap(True)
        row.addWidget(self.how_label, 1)
        self.check_btn = QPushButton(self.tr("Check who said it (Space)"))
        self.check_btn.setObjectName("quoteCheck")
        self.check_btn.setCheckable(True)
        self.check_btn.toggled.connect(self._set_evidence_shown)
        self.open_btn = QPushButton(self.tr("Open at the page (Enter)"))
        self.open_btn.clicked.connect(self.open_current)
        self.cite_btn = QPushButton(self.tr("Copy with citation (Ctrl+Shift+C)"))
        self.cite_btn.clicked.connect(self.cite_current)
        for b in (self.check_btn, self.open_btn, self.cite_btn):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
        lay.addLayout(row)
        self.evidence = QLabel()
        self.evidence.setObjectName("quoteEvidence")
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setWordWrap(True)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setStyleSheet(css("color: @TEXT_SOFT; background: @FIND_BAR; padding: 6px;"))
        self.evidence.hide()
        lay.addWidget(self.evidence)
        return self.details

    # -- text of a card ------------------------------------------------------------------------
    def who_parts(self, q: Quote) -> tuple[str, str]:
        """(speaker in bold, the rest): "Amara Diallo", " · Director · Lantern Coalition"; with no
        speaker ("", "Speaker not stated in the text · Organisation")."""
        org = plain(self.orgs.in_language(q.organisation, q.language) if q.organisation else "")
        if q.speaker:
            rest = "".join(f" · {plain(x)}" for x in (q.role, org) if x)
            if q.attribution == "document":
                rest += " " + self.tr("(attributed to the document)")
            elif q.attribution == "pronoun":
                # the form that names a wrong person most often on text the finder was not tuned on
                # (docs/quotes.md): the card says so, and Space shows the sentence to check
                rest += " " + self.tr("(read from a pronoun; check the sentence)")
            return plain(q.speaker), rest
        if q.attribution == "organisation" and org:
            return org, " " + self.tr("(the organisation is the source)")
        note = self.tr("Speaker not stated in the text")
        if q.attribution == "pronoun":
            # a pronoun for someone an earlier paragraph names: left unstated (it named a wrong person in most of
            # what it gave on text the finder was not tuned on, docs/quotes.md), but Space shows the sentence
            note += " " + self.tr("(a pronoun for someone named earlier; check the sentence)")
        return "", note + (f" · {org}" if org else "")

    def where_line(self, q: Quote) -> str:
        item = self.kit.get(q.document_id) if self.kit is not None else None
        title = plain(item.title if item is not None and item.title else q.title)
        parts = [title, date_label(q.date) if q.date else ""]
        if item is not None and item.media == "pdf" and q.page:
            parts.append(self.tr("p. {0}").format(q.page))
        parts.append(language_label(q.language))
        return " · ".join(p for p in parts if p)

    def how_text(self, q: Quote) -> str:
        ways = {
            "named": self.tr("named in the sentence"),
            "pronoun": self.tr("a pronoun for the person the paragraph introduces"),
            "headline": self.tr("named in a heading"),
            "organisation": self.tr("an organisation is the source"),
            "unnamed": self.tr("the text does not name who spoke"),
            "document": self.tr("the text does not say; the document is the source"),
            "none": self.tr("who spoke cannot be told from the text"),
        }
        how = ways.get(q.attribution, ways["none"])
        if q.attribution == "pronoun" and not q.speaker:
            how = self.tr("a pronoun for someone an earlier paragraph names, not given as the speaker")
        return self.tr("How the speaker is known: {0} (confidence {1} %)").format(how, round(q.confidence * 100))

    # -- kit -----------------------------------------------------------------------------------
    def set_kit(self, kit) -> None:
        self.kit = kit
        self.available = False
        self.all_quotes, self.matching = [], None
        self.orgs = Organisations()
        self.model.set_quotes([])
        self.list.itemDelegate().forget()
        self._fill_filters()
        self._show_details()
        self.status.setText(self.tr("Quotations appear when the kit is ready to search.") if kit else
                            self.tr("Open a kit to see its quotations (File › Open kit…, Ctrl+O)."))

    def set_available(self) -> None:
        """The index is fresh: load every quote once (filters, entities), then show them."""
        kit = self.kit
        if kit is None:
            return
        self.available = True
        self.status.setText(self.tr("Loading quotations…"))

        def work(ctx):
            from ..search import Searcher

            with Searcher(kit) as s:
                quotes = s.quotes("", limit=100000)
            pairs = [(kit.get(q.document_id), q) for q in quotes]
            orgs = Organisations.of_kit(kit.info, kit.items, [(i, q) for i, q in pairs if i is not None])
            return quotes, orgs

        self.runner.run(work, key="quotes-all", on_result=lambda r: self._all_loaded(kit, *r),
                        on_error=lambda e, tb: self.status.setText(getattr(e, "message", str(e))))

    def _all_loaded(self, kit, quotes: list[Quote], orgs: Organisations) -> None:
        if kit is not self.kit:
            return
        self.all_quotes, self.orgs = quotes, orgs
        self.list.itemDelegate().forget()  # heights are kept by quotation: these are new ones
        self._fill_filters()
        self.show_filtered()
        if self.box.text().strip():
            self.run_search()

    def _fill_filters(self) -> None:
        lang = i18n.current() or "en"
        kit = self.kit
        qs = self.all_quotes
        days = day_choices(qs)
        fmt = day_format(d for d, _n in days)
        fill = (
            (self.speaker_combo, self.tr("All speakers"), [(s, plain(s), n) for s, n in speaker_choices(qs)]),
            (self.org_combo, self.tr("All organisations"),
             [(k, plain(label), n) for k, label, n in organisation_choices(qs, self.orgs, lang)]),
            (self.lang_combo, self.tr("All languages"), [(c, language_label(c), n) for c, n in language_choices(qs)]),
            (self.day_combo, self.tr("All days"),
             [(d, day_label(d, kit.info.start if kit else None, kit.info.end if kit else None, fmt), n)
              for d, n in days]),
        )
        for combo, every, values in fill:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for key, label, n in values:
                combo.addItem(f"{label} ({n})", key)
            i = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def current_filter(self) -> QuoteFilter:
        return QuoteFilter(self.speaker_combo.currentData(), self.org_combo.currentData(),
                           self.lang_combo.currentData(), self.day_combo.currentData())

    # -- searching and showing -----------------------------------------------------------------
    def _search_now(self) -> None:
        """Enter in the search box: search at once, then the cards take the keys (as Down does)."""
        self.timer.stop()
        self.run_search(then_cards=True)

    def run_search(self, then_cards: bool = False) -> None:
        """Match the search box against the quotations' own words (in the background)."""
        kit, query = self.kit, self.box.text().strip()
        if kit is None or not self.available:
            return
        if not query:
            self.matching = None
            self.show_filtered()
            if then_cards:
                self.cards_from_box()
            return

        def work(ctx):
            from ..search import Searcher

            with Searcher(kit) as s:
                return s.quotes(query, limit=100000, speaker_fields=False)

        def done(found):
            if kit is self.kit and query == self.box.text().strip():
                self.matching = {id(q) for q in self._same(found)}
                self.show_filtered()
                if then_cards and self.box.hasFocus():
                    self.cards_from_box()

        self.runner.run(work, key="quotes-search", on_result=done,
                        on_error=lambda e, tb: self.status.setText(getattr(e, "message", str(e))))

    def _same(self, found: list[Quote]) -> list[Quote]:
        """The loaded quotes that are the ones found (the search returns fresh objects)."""
        keys = {(q.document_id, q.page, q.text) for q in found}
        return [q for q in self.all_quotes if (q.document_id, q.page, q.text) in keys]

    def show_filtered(self) -> None:
        current = self.current_quote()
        shown = select(self.all_quotes, self.current_filter(), self.orgs)
        if self.matching is not None:
            shown = [q for q in shown if id(q) in self.matching]
        self.model.set_quotes(shown)
        n = len(shown)
        if not self.available:
            return
        total = sum(1 for q in self.all_quotes if q.kind != "text")
        if n:
            self.status.setText(self.tr("%n quotation(s)", "", n) + (
                "" if n == total else " " + self.tr("of {0}").format(total)))
        else:
            self.status.setText(self.tr("No quotation matches: change the words or the filters."))
        row = shown.index(current) if current in shown else 0
        if shown:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_details()

    def _show_details(self) -> None:
        q = self.current_quote()
        for b in (self.check_btn, self.open_btn, self.cite_btn):
            b.setEnabled(q is not None)
        if q is None:
            self.how_label.setText("")
            self.evidence.hide()
            return
        self.how_label.setText(self.how_text(q))
        ev = plain(q.evidence) or self.tr("No sentence of the text names who spoke.")
        self.evidence.setText(ev if len(q.text) <= CARD_CHARS else
                              ev + "\n\n" + self.tr("The whole quotation:") + " " + plain(q.text))
        self.evidence.setVisible(self.evidence_shown)

    # -- actions -------------------------------------------------------------------------------
    def current_quote(self) -> Quote | None:
        idx = self.list.currentIndex()
        return idx.data(QUOTE_ROLE) if idx.isValid() else None

    def open_current(self) -> None:
        q = self.current_quote()
        if q is not None:
            self.openRequested.emit(q.document_id, q.page or 1, quote_terms(q))

    def cite_current(self) -> None:
        q = self.current_quote()
        if q is not None:
            self.citeRequested.emit(q)

    def _search_typed(self, text: str) -> None:
        """A letter typed on the cards starts new words in the box, which takes the keys that follow.

        The words searched before are replaced, not added to (Ctrl+Z in the box brings them back): typing on
        the cards is a new search, as in a mail client's list; / goes to the box to change the words.
        """
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        self.box.insert(text)

    def toggle_evidence(self) -> None:
        self.check_btn.setChecked(not self.check_btn.isChecked())

    def _set_evidence_shown(self, on: bool) -> None:
        self.evidence_shown = on
        self._show_details()

    def cards_from_box(self) -> None:
        """Down or Enter in the search box: the cards take the keys; with no card shown the box keeps them."""
        if self.model.rowCount():
            self.focus_cards()

    def focus_cards(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _menu(self, pos) -> None:
        idx = self.list.indexAt(pos)
        if not idx.isValid():
            return
        self.list.setCurrentIndex(idx)
        m = QMenu(self)
        m.addAction(self.tr("Open at the page"), self.open_current)
        # the key is only shown: Edit › Copy with citation owns Ctrl+Shift+C (one shortcut, never two)
        m.addAction(self.tr("Copy with citation") + "\t" + QKeySequence("Ctrl+Shift+C").toString(
            QKeySequence.SequenceFormat.NativeText), self.cite_current)
        m.addAction(self.tr("Check who said it"), self.toggle_evidence)
        m.exec(self.list.viewport().mapToGlobal(pos))
