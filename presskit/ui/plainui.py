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
* :func:`display_text` — one line of kit text for a list row or a title (bounded, on one line).
"""

from __future__ import annotations

import html

from ..plaintext import plain, plain_block
from .qt import QLabel, QMessageBox, Qt, QtGui


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
