"""The reading pane's header: the title, the details, and the document controls (zoom, page, hits,
find, web links, the translations and side by side) in groups that flow onto a second row rather
than be cut when the pane is narrow. A mixin of :class:`~presskit.ui.reader.ReaderPane`, which wires
the controls to its views.
"""

from __future__ import annotations

from ..kit.format import Kit
from ..model import Item
from .findbar import tool as _tool
from .flow import FlowLayout
from .labels import language_label, language_short
from .plainui import plain_label
from .qt import (
    QButtonGroup, QFont, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QSpinBox, QToolButton, Qt, QVBoxLayout, QWidget,
)
from .scannote import ScanNote
from .theme import css


def _group(*widgets) -> QWidget:
    """Widgets that stay together on one row of the controls."""
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    for x in widgets:
        lay.addWidget(x)
    return w


class ReaderHeader:
    """The header half of :class:`~presskit.ui.reader.ReaderPane`."""

    def _build_header(self) -> None:
        self.header = QFrame()
        self.header.setObjectName("readerHeader")
        self.header.setStyleSheet(
            css("#readerHeader { background: @SURFACE; border-bottom: 1px solid @LINE_HEADER; }"))
        hl = QVBoxLayout(self.header)
        hl.setContentsMargins(18, 10, 18, 6)
        hl.setSpacing(4)
        top = QHBoxLayout()
        self.title = plain_label(QLabel())  # a kit's or a document's title, never markup
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title.setFont(f)
        top.addWidget(self.title, 1)
        hl.addLayout(top)
        self.meta = plain_label(QLabel())
        self.meta.setObjectName("readerMeta")
        self.meta.setStyleSheet(css("color: @MUTED;"))
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        hl.addWidget(self.meta)
        self.scan_note = ScanNote()
        hl.addWidget(self.scan_note)

        # document controls, in groups that flow onto a second row when narrow
        self.controls = QWidget()
        cl = FlowLayout(self.controls, spacing=10, justify=False)
        cl.setContentsMargins(0, 4, 0, 0)
        self.zoom_out_btn = _tool("−", self.tr("Zoom out (Ctrl+Minus)"))
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("600 %") + 8)
        self.zoom_in_btn = _tool("+", self.tr("Zoom in (Ctrl+Plus)"))
        self.fit_width_btn = _tool(self.tr("Fit width"), self.tr("Fit the page width to the window"), checkable=True)
        self.fit_page_btn = _tool(self.tr("Fit page"), self.tr("Show whole pages"), checkable=True)
        self.zoom_group = _group(self.zoom_out_btn, self.zoom_label, self.zoom_in_btn, self.fit_width_btn,
                                 self.fit_page_btn)
        self.page_label = QLabel(self.tr("Page"))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        inner = self.page_box.findChild(QLineEdit)  # the box's own text field takes the focus
        if inner is not None:
            inner.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_total = QLabel()
        self.page_total.setContentsMargins(4, 0, 0, 0)
        self.page_group = _group(self.page_label, self.page_box, self.page_total)
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitCount")
        self.hits_label.setStyleSheet(css("color: @PAGE_NUMBER; font-weight: 600;"))
        self.prev_hit_btn = _tool("◀", self.tr("Previous hit (Shift+F3)"))
        self.next_hit_btn = _tool("▶", self.tr("Next hit (F3)"))
        self.hits_group = _group(self.hits_label, self.prev_hit_btn, self.next_hit_btn)
        self.find_btn = _tool(self.tr("Find…"), self.tr("Find in this document (Ctrl+F)"))
        self.side_btn = _tool(self.tr("Side by side"), self.tr("The translation beside this document (Ctrl+T)"),
                              checkable=True)
        self.links_btn = _tool(self.tr("Web links"), self.tr("Web addresses in this document"))
        self.links_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools_group = _group(self.find_btn, self.links_btn)
        self.trans_group = _group(self.side_btn)  # EN | FR buttons go in front of "Side by side"
        self.trans_box = self.trans_group.layout()
        for w in (self.trans_group, self.zoom_group, self.page_group, self.hits_group, self.tools_group):
            cl.addWidget(w)
        self.header.layout().addWidget(self.controls)

    # -- translations and links --------------------------------------------------------------
    def _clear_translations(self) -> None:
        while self.trans_box.count() > 1:  # the last one is "Side by side"
            w = self.trans_box.takeAt(0).widget()
            if w:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.trans_group.hide()
        self.links_btn.hide()

    def _set_translations(self, kit: Kit, item: Item) -> None:
        self._clear_translations()
        others = kit.translations(item)
        if not others:
            return
        self.trans_group.show()
        group = QButtonGroup(self)
        for it in sorted([item] + others, key=lambda i: i.language or ""):
            b = _tool(language_short(it.language), self.tr("Read in {0}").format(language_label(it.language)),
                      checkable=True)
            b.setObjectName(f"translation-{it.language}")
            b.setChecked(it.id == item.id)
            group.addButton(b)
            if it.id != item.id:
                b.clicked.connect(lambda _c=False, iid=it.id: self.translationRequested.emit(iid, self.current_page()))
            self.trans_box.insertWidget(self.trans_box.count() - 1, b)

    def translation_buttons(self) -> list[QToolButton]:
        return [self.trans_box.itemAt(i).widget() for i in range(self.trans_box.count() - 1)]

    def _set_links(self, item: Item) -> None:
        if not item.links:
            self.links_btn.hide()
            return
        m = QMenu(self.links_btn)
        for url in item.links[:40]:
            m.addAction(url, lambda u=url: self.linkActivated.emit(u))
        self.links_btn.setMenu(m)
        self.links_btn.setText(self.tr("Web links ({0})").format(len(item.links)))
        self.links_btn.show()
