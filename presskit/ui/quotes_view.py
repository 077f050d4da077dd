"""The Quotes view: every quotation of the kit as a card a journalist can scan, full width.

Each card shows the words (in their language's quotation marks), then *speaker · role · organisation*
(or "speaker not stated in the text"), then *document · date · page · language*. Above the cards:
a search that matches the quotations' own words (speaker and role are chosen with the filters, not
typed), and filters by speaker, organisation (each organisation once, in the interface language),
language and day. Below them, on demand (Space, or "Check who said it"), how the speaker is known and
the sentence that names them, so the journalist can check it before copying.

Keys: ↑/↓ move, Enter opens the page with the quotation highlighted, Space shows the sentence that
names the speaker, Ctrl+Shift+C (the window's Edit › Copy with citation, never a second shortcut)
copies it with its citation, / goes to the search box, Esc goes back to the documents.

Everything the kit supplies is drawn as plain text (``QPainter.drawText``, ``Qt.PlainText`` labels).

Signals:
    openRequested(str, int, object): open item at page with these highlight sequences.
    citeRequested(object): copy this :class:`~presskit.model.Quote` with its citation.
    backRequested(): go back to the documents.
"""

from __future__ import annotations

import re

from ..citation import quote_marks
from ..model import Quote
from ..quotes.entities import Organisations
from ..quotes.listing import (
    QuoteFilter, day_choices, language_choices, organisation_choices, select, speaker_choices,
)
from ..textutil import tokenize
from . import i18n
from .labels import date_label, day_format, day_label, language_label
from .qt import (
    QAbstractItemView, QComboBox, QFont, QFontMetrics, QFrame, QHBoxLayout, QKeySequence, QLabel, QLineEdit,
    QListView, QMenu, QPainter, QPen, QPushButton, QRect, QSize, QStyle, QStyledItemDelegate, Qt, QtCore,
    QTimer, QToolButton, QVBoxLayout, QWidget, Signal,
)
from .theme import css, color, LINE, MUTED, SELECTED, SELECTED_LINE, SURFACE, TEXT, NO_CREDIT

QUOTE_ROLE = Qt.ItemDataRole.UserRole + 1
#: a card shows at most this many characters of a quotation (the panel below shows all of it)
CARD_CHARS = 420
#: Cards measured per pass of the event loop: a view of thousands of quotations (4,911 in a
#: 100,000-page kit, about 0.6 ms a card) shows its first cards at once and measures the rest in
#: passes of some 30 ms, instead of measuring every card before it draws any (3 s).
LAYOUT_BATCH = 50
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(s: str | None) -> str:
    """Kit text made safe to draw: control and bidirectional characters neutralised."""
    return _CONTROL.sub("\ufffd", s or "")


def quote_terms(q: Quote, max_words: int = 40) -> list[list[str]]:
    """The quote as one highlight sequence of folded words (long quotes: their first words)."""
    words = [w for w, _s, _e in tokenize(q.text)]
    return [words[:max_words]] if words else []


class QuoteModel(QtCore.QAbstractListModel):
    """The quotations the view shows, in order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.quotes: list[Quote] = []

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.beginResetModel()
        self.quotes = list(quotes)
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.quotes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.quotes):
            return None
        q = self.quotes[index.row()]
        if role == QUOTE_ROLE:
            return q
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain(q.text)
        return None


class CardDelegate(QStyledItemDelegate):
    """Draws a quotation as a card of three blocks; every text is plain text."""

    PAD, GAP, MARGIN = 12, 6, 6

    def __init__(self, view: "QuotesView"):
        super().__init__(view)
        self.view = view
        #: (quotation, width, font) -> its blocks' heights: measured once, drawn many times
        self._measured: dict[tuple[int, int, str], tuple[int, int, int]] = {}

    # the three blocks ------------------------------------------------------------------------
    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont, QFont]:
        words = QFont(base)
        words.setPointSizeF(base.pointSizeF() * 1.18)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        italic = QFont(base)
        italic.setItalic(True)
        return words, bold, small, italic

    def blocks(self, q: Quote) -> tuple[str, str, str, str]:
        """(words, speaker, the rest of the who line, the where line) as they are drawn."""
        o, c = quote_marks(q.language)
        text = plain(q.text).rstrip(",")  # “…,” said X: the comma belongs to the sentence, not the words
        if len(text) > CARD_CHARS:
            text = text[:CARD_CHARS].rsplit(" ", 1)[0] + " …"
        who, rest = self.view.who_parts(q)
        return f"{o}{text}{c}", who, rest, self.view.where_line(q)

    def text_width(self, width: int, base: QFont) -> int:
        """Where a card's lines wrap: the card's width, but never more than about 120 characters of the
        quotation's font, so a line stays readable on a wide screen."""
        words_f = self._fonts(base)[0]
        return max(80, min(width - 2 * (self.PAD + self.MARGIN), QFontMetrics(words_f).averageCharWidth() * 120))

    def forget(self) -> None:
        """Forget the cards' heights (other quotations are shown)."""
        self._measured.clear()

    def _heights(self, q: Quote, width: int, base: QFont) -> tuple[int, int, int]:
        key = (id(q), width, base.key())
        got = self._measured.get(key)
        if got is None:
            if len(self._measured) > 50_000:
                self._measured.clear()
            got = self._measured[key] = self._measure(q, width, base)
        return got

    def _measure(self, q: Quote, width: int, base: QFont) -> tuple[int, int, int]:
        words_f, bold, small, _italic = self._fonts(base)
        inner = self.text_width(width, base)
        words, who, rest, where = self.blocks(q)
        flags = int(Qt.TextFlag.TextWordWrap)
        h1 = QFontMetrics(words_f).boundingRect(QRect(0, 0, inner, 100000), flags, words).height()
        h2 = QFontMetrics(bold).boundingRect(QRect(0, 0, inner, 100000), flags, f"{who}{rest}").height()
        h3 = QFontMetrics(small).boundingRect(QRect(0, 0, inner, 100000), flags, where).height()
        return h1, h2, h3

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        q = index.data(QUOTE_ROLE)
        width = self.view.list.viewport().width()
        h1, h2, h3 = self._heights(q, width, option.font)
        return QSize(width, h1 + h2 + h3 + 2 * self.GAP + 2 * self.PAD + 2 * self.MARGIN)

    def paint(self, painter: QPainter, option, index) -> None:
        q: Quote = index.data(QUOTE_ROLE)
        painter.save()
        r = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color(SELECTED_LINE if selected else LINE), 2 if selected else 1))
        painter.setBrush(color(SELECTED if selected else SURFACE))
        painter.drawRoundedRect(r, 6, 6)
        words_f, bold, small, italic = self._fonts(option.font)
        h1, h2, h3 = self._heights(q, option.rect.width(), option.font)
        words, who, rest, where = self.blocks(q)
        x, y, w = r.x() + self.PAD, r.y() + self.PAD, self.text_width(option.rect.width(), option.font)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.setPen(color(TEXT))
        painter.setFont(words_f)
        painter.drawText(QRect(x, y, w, h1), flags, words)
        y += h1 + self.GAP
        if who:
            painter.setFont(bold)
            bw = QFontMetrics(bold).horizontalAdvance(who)
            painter.drawText(QRect(x, y, w, h2), flags, who)
            painter.setFont(option.font)
            painter.drawText(QRect(x + bw, y, max(10, w - bw), h2), flags, rest)
        else:
            painter.setFont(italic)
            painter.setPen(color(NO_CREDIT))
            painter.drawText(QRect(x, y, w, h2), flags, rest)
        y += h2 + self.GAP
        painter.setFont(small)
        painter.setPen(color(MUTED))
        painter.drawText(QRect(x, y, w, h3), flags, where)
        painter.restore()


class QuoteList(QListView):
    """The cards; Enter opens, Space shows who said it, / goes to the search box, Esc goes back."""

    openPressed = Signal()
    checkPressed = Signal()
    searchPressed = Signal()
    backPressed = Signal()

    _OWN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Slash, Qt.Key.Key_Escape)

    def event(self, e) -> bool:
        # these keys are the cards' own here, even where the window binds them (/ searches documents)
        if e.type() == QtCore.QEvent.Type.ShortcutOverride and e.key() in self._OWN_KEYS \
                and not e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e) -> None:  # noqa: N802
        key = e.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openPressed.emit()
        elif key == Qt.Key.Key_Space:
            self.checkPressed.emit()
        elif key == Qt.Key.Key_Slash:
            self.searchPressed.emit()
        elif key == Qt.Key.Key_Escape:
            self.backPressed.emit()
        else:
            if key == Qt.Key.Key_End:
                self.finish_layout()  # the last card must have its place before the cursor goes there
            super().keyPressEvent(e)

    def finish_layout(self) -> None:
        """Measure and place the cards still waiting for a pass of the layout (End pressed at once)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if rows and not self.rectForIndex(model.index(rows - 1, 0)).isValid():
            self.setLayoutMode(QListView.LayoutMode.SinglePass)
            self.doItemsLayout()
            self.setLayoutMode(QListView.LayoutMode.Batched)

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self.scheduleDelayedItemsLayout()  # cards are as tall as their words at this width


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
        self.box = QLineEdit()
        self.box.setObjectName("quoteSearch")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search the words of the quotations"))
        self.box.setAccessibleName(self.tr("Search the words of the quotations"))
        self.box.textEdited.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._search_now)
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
        self.status.setText(self.tr("Quotations appear when the kit is ready to search.") if kit else "")

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
        self.timer.stop()
        self.run_search()

    def run_search(self) -> None:
        """Match the search box against the quotations' own words (in the background)."""
        kit, query = self.kit, self.box.text().strip()
        if kit is None or not self.available:
            return
        if not query:
            self.matching = None
            self.show_filtered()
            return

        def work(ctx):
            from ..search import Searcher

            with Searcher(kit) as s:
                return s.quotes(query, limit=100000, speaker_fields=False)

        def done(found):
            if kit is self.kit and query == self.box.text().strip():
                self.matching = {id(q) for q in self._same(found)}
                self.show_filtered()

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

    def toggle_evidence(self) -> None:
        self.check_btn.setChecked(not self.check_btn.isChecked())

    def _set_evidence_shown(self, on: bool) -> None:
        self.evidence_shown = on
        self._show_details()

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
