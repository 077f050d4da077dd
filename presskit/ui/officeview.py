"""Word and OpenDocument files in the text view, with their structure.

The file is read by :func:`presskit.ingest.office.read_office` (the same reader the build uses, so
"page 3" of a search hit is section 3 here too) and drawn with Qt's text cursor: headings, list
items with their markers, tables, one separator per page or section. Every piece of text goes in as
plain text with a format; nothing in the file is ever read as HTML or rich text.
"""

from __future__ import annotations

from typing import Sequence

from ..ingest.office import Block
from . import theme
from .qt import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument, QtGui, translate

#: Heading sizes relative to the body text, by level.
_HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.05, 6: 1.0}
_INDENT = 22  # pixels per list level


def section_label(kind: str, n: int) -> str:
    """'Page 2' for documents cut at their own page breaks, else 'Section 2'."""
    if kind == "page":
        return translate("OfficeView", "Page {0}").format(n)
    return translate("OfficeView", "Section {0}").format(n)


def render_office(doc: QTextDocument, sections: Sequence[Sequence[Block]], *, section_kind: str = "section",
                  base_size: float = 11.0) -> list[int]:
    """Fill ``doc`` with ``sections``; returns the character position where each section starts."""
    doc.clear()
    cur = QTextCursor(doc)
    starts: list[int] = []
    first_block = True
    for n, blocks in enumerate(sections, start=1):
        if n > 1:
            _separator(cur, section_label(section_kind, n), base_size)
        starts.append(cur.position() if n > 1 or not first_block else 0)
        for b in blocks:
            if not first_block:
                cur.insertBlock()
            first_block = False
            if b.kind == "table":
                _table(cur, b, base_size)
            else:
                _text_block(cur, b, base_size)
    return starts


def _char(size: float, bold: bool = False, grey: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setFontPointSize(size)
    f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if grey:
        f.setForeground(QColor(theme.MUTED))
    return f


def _text_block(cur: QTextCursor, b: Block, base: float) -> None:
    bf = QtGui.QTextBlockFormat()
    if b.kind == "heading":
        level = max(1, min(6, b.level or 1))
        bf.setHeadingLevel(level)
        bf.setTopMargin(base * (1.2 if level <= 2 else 0.8))
        bf.setBottomMargin(base * 0.5)
        cur.setBlockFormat(bf)
        cur.insertText(b.text, _char(base * _HEADING_SCALE[level], bold=True))
        return
    if b.kind == "item":
        indent = _INDENT * (b.level + 1)
        bf.setLeftMargin(indent)
        bf.setTextIndent(-_INDENT * 0.9)
        bf.setBottomMargin(base * 0.2)
        cur.setBlockFormat(bf)
        cur.insertText((b.marker + "\u00a0" if b.marker else "") + b.text, _char(base))
        return
    bf.setBottomMargin(base * 0.7)
    cur.setBlockFormat(bf)
    cur.insertText(b.text, _char(base))


def _table(cur: QTextCursor, b: Block, base: float) -> None:
    cols = max((len(r) for r in b.rows), default=0)
    if not b.rows or not cols:
        return
    tf = QtGui.QTextTableFormat()
    tf.setBorder(1)
    tf.setBorderBrush(QColor(theme.LINE_INPUT))
    tf.setBorderStyle(QtGui.QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    tf.setBorderCollapse(True)
    tf.setCellPadding(4)
    tf.setCellSpacing(0)
    tf.setBottomMargin(base * 0.7)
    tf.setWidth(QtGui.QTextLength(QtGui.QTextLength.Type.PercentageLength, 100))
    table = cur.insertTable(len(b.rows), cols, tf)
    for r, row in enumerate(b.rows):
        for c in range(cols):
            cell = table.cellAt(r, c).firstCursorPosition()
            cell.insertText(row[c] if c < len(row) else "", _char(base, bold=(r == 0 and len(b.rows) > 1)))
    cur.movePosition(QTextCursor.MoveOperation.End)


def _separator(cur: QTextCursor, label: str, base: float) -> None:
    cur.insertBlock()
    bf = QtGui.QTextBlockFormat()
    bf.setTopMargin(base * 1.5)
    bf.setBottomMargin(base * 0.8)
    bf.setAlignment(QtGui.Qt.AlignmentFlag.AlignCenter)
    bf.setProperty(QtGui.QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                   QtGui.QTextLength(QtGui.QTextLength.Type.PercentageLength, 100))
    cur.setBlockFormat(bf)
    cur.insertText(label, _char(base * 0.85, grey=True))
