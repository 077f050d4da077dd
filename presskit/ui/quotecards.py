"""The cards of the Quotes view: the model of the quotations shown, the delegate that draws each as a
card of three plain-text blocks (words; speaker · role · organisation; document · date · page · language),
and the list that owns the cards' keys (Enter opens, Space shows who said it, / searches, Esc goes back).

The card's text comes from :class:`~presskit.ui.quotes_view.QuotesView` (``who_parts``, ``where_line``), so
the card and the panel below it say the same thing.
"""

from __future__ import annotations

import re

from ..citation import quote_marks
from ..model import Quote
from ..textutil import tokenize
from .qt import (
    QFont, QFontMetrics, QListView, QPainter, QPen, QRect, QSize, QStyle, QStyledItemDelegate, Qt, QtCore,
    Signal,
)
from .theme import color, LINE, MUTED, SELECTED, SELECTED_LINE, SURFACE, TEXT, NO_CREDIT

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

    def __init__(self, view):
        """``view``: the :class:`~presskit.ui.quotes_view.QuotesView` whose words the cards draw."""
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
    """The cards; Enter opens, Space shows who said it, / goes to the search box, Esc goes back.

    Any other letter, digit or sign typed on the cards starts a new search with it: the journalist who starts
    typing words is searching them, and no key she types is lost.
    """

    openPressed = Signal()
    checkPressed = Signal()
    searchPressed = Signal()
    backPressed = Signal()
    typedText = Signal(str)

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
        elif self._starts_a_search(e):
            self.typedText.emit(e.text())
        else:
            if key == Qt.Key.Key_End:
                self.finish_layout()  # the last card must have its place before the cursor goes there
            super().keyPressEvent(e)

    @staticmethod
    def _starts_a_search(e) -> bool:
        text = e.text()
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        return bool(text) and text.isprintable() and not text.isspace() and not e.modifiers() & chord

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
