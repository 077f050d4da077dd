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
    QAbstractItemView, QAbstractTextDocumentLayout, QDialog, QDialogButtonBox, QFrame, QModelIndex, QPalette, QRegion,
    QSize, QStyle,
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

    flat = False  # documents only, no page rows under them (see _scroll_near)

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
        # per row, not per pixel: a view scrolling by pixels measures every row to size its scroll
        # bar (thousands of wrapped rows in a large kit); by rows it measures only those it shows
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            css("QTreeWidget::item { border-bottom: 1px solid @LINE_LIGHT; }"
                "QTreeWidget::item:selected { background: @SELECTED; color: black; }"
                "QTreeWidget::item:hover:!selected { background: @HOVER_ROW; }"))

    def _scroll_near(self, index) -> None:
        """Qt finds a row's place by measuring every row between the top one shown and it: a jump to
        the end of thousands of documents (End, Ctrl+End) measured them all. In a flat list a row's
        number is its scroll position: scroll to near it first, and only the rows shown are measured."""
        if self.flat and index.isValid() and not index.parent().isValid():
            bar = self.verticalScrollBar()
            row = index.row()
            if row > bar.value() + 100 or row < bar.value():
                bar.setValue(max(0, row - 50))

    def moveCursor(self, action, modifiers):  # noqa: N802
        index = super().moveCursor(action, modifiers)
        self._scroll_near(index)
        return index

    def currentChanged(self, current, previous) -> None:  # noqa: N802
        # likewise for the row that stops being current when End jumps: scrolling by rows, the top
        # row shown is the first one seen, so a row above it, or far below, is not on screen
        if self.flat and previous.isValid() and not previous.parent().isValid():
            top = self.verticalScrollBar().value()
            if not top <= previous.row() <= top + 200:
                self.viewport().update()
                previous = QModelIndex()
        super().currentChanged(current, previous)

    def visualRegionForSelection(self, selection):  # noqa: N802
        # Qt would place each row whose selection changed, measuring every row between it and the
        # top one shown (the row left when End jumps to the last of thousands): repaint what is shown
        if self.flat:
            return QRegion(self.viewport().rect())
        return super().visualRegionForSelection(selection)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        self._scroll_near(index)
        super().scrollTo(index, hint)

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


class DocRow(QTreeWidgetItem):
    """A document's row, whose HTML, screen-reader text and checkbox are made when a view asks.

    A large kit lists thousands of documents and the list shows a few dozen: the others' text is
    never made. ``is_new(item_id)`` says whether to badge it "New"; :meth:`forget` drops the text
    made (the badges changed). ``marks`` (the list pane's marking, :mod:`.listmarks`) says whether the
    row has a checkbox and whether it is ticked, straight from the selection, so a change of the
    selection needs no pass over thousands of rows; a box ticked by the reader goes to ``marks`` too.
    """

    def __init__(self, item: Item, page: int = 0, extra: str = "", is_new=None, marks=None,
                 accessible_date: bool = True):
        super().__init__(QTreeWidgetItem.ItemType.UserType)
        self.item, self.page, self.extra = item, page, extra
        self._is_new = is_new
        self._marks = marks
        self._accessible_date = accessible_date
        self._html: str | None = None

    def forget(self) -> None:
        self._html = None

    def data(self, column: int, role: int):
        if role == HTML_ROLE:
            if self._html is None:
                self._html = doc_html(self.item, self.extra, bool(self._is_new and self._is_new(self.item.id)))
            return self._html
        if role == ROLE:
            return (self.item.id, self.page)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._marks.mark_state(self.item.id) if self._marks is not None else None
        if role == EXTRA_ROLE:
            return self.extra
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [self.item.title, kind_label(self.item.kind)]
            if self._accessible_date:
                parts.append(item_date_label(self.item))
            return ", ".join(parts)
        return super().data(column, role)

    def setData(self, column: int, role: int, value) -> None:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole:  # the reader ticked or unticked the box
            if self._marks is not None:
                self._marks.mark_changed(self.item.id, Qt.CheckState(value))
            return
        super().setData(column, role, value)


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
            "<tr><td><code>l'examen</code></td><td>the word itself: also <i>d’examen</i>, <i>examen</i></td></tr>"
            "<tr><td><code>ammunitoin</code></td><td>a misspelt word still finds <i>ammunition</i> (not a word "
            "in capitals, such as <code>ONU</code>: an acronym is searched as typed)</td></tr>"
            "</table>"
            "<p>Use the Kind, Language and Date lists under the search box to narrow results. "
            "Open a result to land on its page with every hit highlighted; F3 and Shift+F3 step through them.</p>"))
        lay.addWidget(b)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.resize(560, 460)
