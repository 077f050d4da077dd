"""A document and its translation side by side, scrolled together page by page.

Journalists check a quotation against the other language this way. :class:`Pair` is two reading views
in a splitter, each under a caption naming its language and title; the languages stand in the kit's
order (English | French), whichever of the two was opened. Scrolling one PDF to a page brings the other
to the same page (text documents keep the same share of their length), and each shows its own hits of
the search. View › Side by side with the translation (Ctrl+T) turns it on and off.
"""

from __future__ import annotations

from ..model import Item
from ..titles import display_title
from .labels import language_label
from .qt import QLabel, QSplitter, Qt, QVBoxLayout, QWidget
from .plainui import display_text
from .theme import css


def _pane(view: QWidget) -> tuple[QWidget, QLabel]:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    caption = QLabel()
    caption.setObjectName("pairCaption")
    caption.setWordWrap(True)
    caption.setTextFormat(Qt.TextFormat.PlainText)
    caption.setStyleSheet(css("#pairCaption { background: @PANEL; color: @TEXT_SOFT; padding: 4px 10px;"
                              " border-bottom: 1px solid @LINE_HEADER; font-weight: 600; }"))
    caption.hide()
    lay.addWidget(caption)
    lay.addWidget(view, 1)
    return box, caption


class Pair(QSplitter):
    """The main view and a second one for the translation (hidden unless side by side)."""

    def __init__(self, main: QWidget, other: QWidget, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.main, self.other = main, other
        self.main_box, self.main_caption = _pane(main)
        self.other_box, self.other_caption = _pane(other)
        self.addWidget(self.main_box)
        self.addWidget(self.other_box)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(3)
        self.setStyleSheet(css("QSplitter::handle { background: @LINE; }"))
        self.other_box.hide()
        self._syncing = False

    def show_pair(self, item: Item, other: Item | None, order: list[str]) -> None:
        """Both panes, languages in ``order`` (the kit's), each captioned; ``other`` None: one pane."""
        if other is None:
            self.single()
            return
        self.main_caption.setText(self._caption(item))
        self.other_caption.setText(self._caption(other))
        rank = {code: n for n, code in enumerate(order)}
        left_is_other = rank.get(other.language or "", 99) < rank.get(item.language or "", 99) or (
            rank.get(other.language or "", 99) == rank.get(item.language or "", 99)
            and (other.language or "") < (item.language or ""))
        self.insertWidget(0, self.other_box if left_is_other else self.main_box)
        for w in (self.main_caption, self.other_caption, self.other_box):
            w.show()
        half = max(1, self.width() // 2)
        self.setSizes([half, half])

    def single(self) -> None:
        self.other_box.hide()
        self.main_caption.hide()

    def paired(self) -> bool:
        return self.other_box.isVisible() or not self.other_box.isHidden()

    @staticmethod
    def _caption(it: Item) -> str:
        return f"{language_label(it.language)} — {display_text(display_title(it), 200)}"

    # -- scrolling together --------------------------------------------------------------------------
    def follow_pages(self, a, b) -> None:
        """Two PDF views: a page reached in one is reached in the other."""
        a.pageChanged.connect(lambda p: self._follow(b, p))
        b.pageChanged.connect(lambda p: self._follow(a, p))

    def _follow(self, view, page: int) -> None:
        if self._syncing or self.other_box.isHidden() or not view.page_count:
            return
        if view.current_page != page and page <= view.page_count:
            self._syncing = True
            try:
                view.go_to_page(page)
            finally:
                self._syncing = False

    def follow_fraction(self, a, b) -> None:
        """Two text views: the same share of each document is in view."""
        a.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_frac(a, b))
        b.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_frac(b, a))

    def _follow_frac(self, src, dst) -> None:
        if self._syncing or self.other_box.isHidden():
            return
        s, d = src.verticalScrollBar(), dst.verticalScrollBar()
        if s.maximum() and d.maximum():
            self._syncing = True
            try:
                d.setValue(round(s.value() / s.maximum() * d.maximum()))
            finally:
                self._syncing = False
