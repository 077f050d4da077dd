"""Showing what a kit says in Qt widgets as plain text, never as markup.

Qt renders a label's or a message box's text as rich text when it *looks* like HTML (``AutoText``),
and tooltips always so: a kit's title ``<img src="file:///...">`` would load a local file, and a
publisher name with ``<b>``/``<br>`` could fake a layout. Kit text reaches the viewer already plain
and bounded (:mod:`presskit.plaintext`, applied when the manifest is read); these helpers make sure
Qt does not interpret it either:

* :func:`plain_label` — a label whose text format is ``Qt.PlainText``;
* :func:`plain_tip` — a tooltip made from plain text (escaped, so markup shows as typed);
* :func:`plain_box` — a message box whose text and informative text are plain;
* :func:`esc` — kit text for rich text that presskit itself builds (HTML-escaped, bounded);
* :func:`display_text` — one line of kit text for a list row or a title (bounded, on one line);
* :class:`LinesLabel` — plain kit text on at most a few lines, the last ended with "…" (all of it in the tooltip).
"""

from __future__ import annotations

import html

from ..plaintext import plain, plain_block
from .qt import QFontMetrics, QLabel, QMessageBox, QRect, Qt, QtCore, QtGui


def plain_label(label: QLabel, text: str = "", limit: int = 1000) -> QLabel:
    """Make ``label`` plain-text only and, if given, show ``text`` (bounded) in it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        label.setText(plain(text, limit))
    return label


def plain_tip(text: str, limit: int = 2000) -> str:
    """A tooltip string that shows ``text`` exactly as written (tooltips are rich text otherwise)."""
    if not text:
        return ""
    return QtGui.Qt.convertFromPlainText(plain_block(text, limit), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_box(box: QMessageBox) -> QMessageBox:
    """Make a message box's text and informative text plain (they may hold a title, a path, a name)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for child in box.findChildren(QLabel):
        if child.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            child.setTextFormat(Qt.TextFormat.PlainText)
    return box


def esc(text: str, limit: int = 1000) -> str:
    """Kit text inside rich text presskit builds: plain, bounded, HTML-escaped."""
    return html.escape(plain(text, limit))


def display_text(value: object, limit: int = 300) -> str:
    """One line of display-safe kit text (at most ``limit`` characters; 0: no bound)."""
    return plain(value, limit)


class LinesLabel(QLabel):
    """Plain kit text wrapped on at most ``lines`` lines, the last one ended with "…" when the text is longer;
    the whole text is its tooltip. A conference's title in the window's top bar ("Shoreweed Coalition at the
    First Meeting of the Parties to the … Agreement — press kit") wrapped on five lines at 1024 pixels and took
    the height of two list rows from every pane below it."""

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self._lines = max(1, lines)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, limit: int = 300) -> None:
        self._full = display_text(text, limit)
        self.setToolTip(plain_tip(text, limit))
        self._fit()

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._fit()

    def changeEvent(self, e) -> None:  # noqa: N802
        super().changeEvent(e)
        if e.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._fit()

    def _fits(self, fm: QFontMetrics, width: int, text: str) -> bool:
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRect(0, 0, width, 100000), flags, text).height() <= self._lines * fm.lineSpacing()

    def _fit(self) -> None:
        self.ensurePolished()
        width = self.contentsRect().width()
        fm = QFontMetrics(self.font())
        text = self._full
        if width > 0 and text and not self._fits(fm, width, text):
            words = text.split()
            lo, hi = 0, len(words) - 1  # the most words that fit with "…" after them
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self._fits(fm, width, " ".join(words[:mid]).rstrip(" ,;:—–-") + "\u2026"):
                    lo = mid
                else:
                    hi = mid - 1
            text = (" ".join(words[:lo]).rstrip(" ,;:—–-") + "\u2026" if lo
                    else fm.elidedText(text, Qt.TextElideMode.ElideRight, width))
        if text != self.text():
            self.setText(text)
