"""The list's rows: documents with their matching pages as wrapped HTML, and the search syntax help.

:class:`ResultsList` shows documents (top level) and their page hits (children), each row's HTML
(``HTML_ROLE``) painted wrapped to the view's width by :class:`HtmlDelegate`. The HTML is made here
from the core's values, escaped: titles, kinds and dates (:func:`doc_html`), and search snippets whose
only markup is the core's ``<b>`` around matched words.
"""

from __future__ import annotations

import html

from ..model import Item
from ..titles import display_title
from .labels import item_date_label, kind_label, language_label
from .qt import (
    QAbstractItemView, QAbstractTextDocumentLayout, QDialog, QDialogButtonBox, QFrame, QPalette, QSize, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QTextBrowser, QTextDocument, QTimer, QTreeWidget, QTreeWidgetItem, Qt,
    QVBoxLayout, translate,
)
from .theme import css

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
        # row heights by (html, width): a large kit lists thousands of rows, laid out again at each
        # width the list takes while the window settles; a height is a number, a document is not
        self._heights: dict[tuple[str, int], int] = {}
        self._measure = QTextDocument()
        self._measure.setDocumentMargin(0)

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
        return QSize(w, self._height(text, w) + 2 * self.PAD_V)

    def _height(self, text: str, width: int) -> int:
        key = (text, width)
        h = self._heights.get(key)
        if h is None:
            d = self._docs.get(key)
            if d is None:  # measured with one reused document (painting keeps its own, for the rows shown)
                d = self._measure
                d.setDefaultFont(self.view.font())
                d.setHtml(text)
                d.setTextWidth(width)
            if len(self._heights) > 100_000:
                self._heights.clear()
            h = self._heights[key] = int(d.size().height())
        return h


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
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            css("QTreeWidget::item { border-bottom: 1px solid @LINE_LIGHT; }"
                "QTreeWidget::item:selected { background: @SELECTED; color: black; }"
                "QTreeWidget::item:hover:!selected { background: @HOVER_ROW; }"))

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():
            # rows wrap to the width: lay them out again, once for all the widths the list takes
            # while the window settles (a large kit lists thousands of rows)
            self._relayout.start()


def doc_html(item: Item, extra: str = "", new: bool = False) -> str:
    meta = [kind_label(item.kind)]
    if item.date:
        meta.append(item_date_label(item))
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


def row_id(row: QTreeWidgetItem) -> str:
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
