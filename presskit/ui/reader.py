"""The reading pane: a header (title, details, translations, web links), document controls, a find
bar, and one view per kind of item (PDF, text, photo) or the kit's About page.

Signals:
    itemShown(str): item id now shown.
    linkActivated(str): a web address was clicked (the window copies it, never opens it).
    translationRequested(str, int): open this translation at this page.
    hitsChanged(int, int): current hit and number of hits in the document shown.
    firstPagePainted(): the first page of a PDF is on screen.
"""

from __future__ import annotations

import html

from ..kit.format import Kit
from ..model import Item
from ..titles import display_title
from .kitinfo import about_html
from .labels import date_label, kind_label, language_label, language_short
from .pdfview import FIT_PAGE, FIT_WIDTH, PdfView
from .photoview import PhotoView
from .qt import (
    QButtonGroup, QFont, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QSpinBox, QStackedWidget, QTimer, QToolButton, Qt, QVBoxLayout, QWidget, Signal,
)
from .textview import SafeBrowser, TextView
from .theme import css

BTN_STYLE = css("QToolButton { padding: 3px 8px; border: 1px solid transparent; border-radius: 4px; }"
                "QToolButton:hover { background: @HOVER; border-color: @LINE_TOOL; }"
                "QToolButton:checked { background: @SELECTED; border-color: @SELECTED_LINE; font-weight: 600; }")


def _tool(text: str, tip: str, parent=None, checkable: bool = False) -> QToolButton:
    b = QToolButton(parent)
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setCheckable(checkable)
    b.setAutoRaise(True)
    b.setStyleSheet(BTN_STYLE)
    return b


class FindBar(QFrame):
    """Find in the document shown: accent-insensitive, as you type."""

    def __init__(self, reader: "ReaderPane"):
        super().__init__(reader)
        self.reader = reader
        self.setObjectName("findBar")
        self.setStyleSheet(css("#findBar { background: @FIND_BAR; border-bottom: 1px solid @FIND_BAR_LINE; }"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 10, 4)
        lay.addWidget(QLabel(self.tr("Find:")))
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.edit.setClearButtonEnabled(True)
        lay.addWidget(self.edit, 1)
        self.prev_btn = _tool(self.tr("Previous"), self.tr("Previous match (Shift+F3)"))
        self.next_btn = _tool(self.tr("Next"), self.tr("Next match (F3)"))
        self.close_btn = _tool(self.tr("Close"), self.tr("Close the find bar (Esc)"))
        lay.addWidget(self.prev_btn)
        lay.addWidget(self.next_btn)
        lay.addWidget(self.close_btn)
        self.timer = QTimer(self, singleShot=True, interval=120)
        self.edit.textEdited.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(lambda: reader.find(self.edit.text()))
        self.edit.returnPressed.connect(self._enter)
        self.prev_btn.clicked.connect(reader.previous_hit)
        self.next_btn.clicked.connect(reader.next_hit)
        self.close_btn.clicked.connect(self.close_bar)
        self.hide()

    def _enter(self) -> None:
        from .qt import QApplication

        if self.timer.isActive():
            self.timer.stop()
            self.reader.find(self.edit.text())
        elif QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.reader.previous_hit()
        else:
            self.reader.next_hit()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.reader.setFocus()

    def keyPressEvent(self, e) -> None:  # noqa: N802
        if e.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(e)


class ReaderPane(QWidget):
    itemShown = Signal(str)
    linkActivated = Signal(str)
    translationRequested = Signal(str, int)
    hitsChanged = Signal(int, int)
    firstPagePainted = Signal()

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.kit: Kit | None = None
        self.item: Item | None = None
        self._hits = (-1, 0)
        self._terms = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)

        # header
        self.header = QFrame()
        self.header.setObjectName("readerHeader")
        self.header.setStyleSheet(
            css("#readerHeader { background: @SURFACE; border-bottom: 1px solid @LINE_HEADER; }"))
        hl = QVBoxLayout(self.header)
        hl.setContentsMargins(18, 12, 18, 8)
        hl.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        top.addWidget(self.title, 1)
        self.trans_box = QHBoxLayout()
        self.trans_box.setSpacing(2)
        top.addLayout(self.trans_box)
        hl.addLayout(top)
        self.meta = QLabel()
        self.meta.setStyleSheet(css("color: @MUTED;"))
        self.meta.setWordWrap(True)
        hl.addWidget(self.meta)

        # document controls
        self.controls = QWidget()
        cl = QHBoxLayout(self.controls)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.setSpacing(2)
        self.zoom_out_btn = _tool("−", self.tr("Zoom out (Ctrl+Minus)"))
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setMinimumWidth(46)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_btn = _tool("+", self.tr("Zoom in (Ctrl+Plus)"))
        self.fit_width_btn = _tool(self.tr("Fit width"), self.tr("Fit the page width to the window"), checkable=True)
        self.fit_page_btn = _tool(self.tr("Fit page"), self.tr("Show whole pages"), checkable=True)
        for w in (self.zoom_out_btn, self.zoom_label, self.zoom_in_btn, self.fit_width_btn, self.fit_page_btn):
            cl.addWidget(w)
        cl.addSpacing(14)
        self.page_label = QLabel(self.tr("Page"))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_box.setMinimumWidth(48)
        self.page_total = QLabel()
        for w in (self.page_label, self.page_box, self.page_total):
            cl.addWidget(w)
        cl.addStretch(1)
        self.hits_label = QLabel()
        self.hits_label.setContentsMargins(12, 0, 6, 0)
        self.hits_label.setStyleSheet(css("color: @PAGE_NUMBER; font-weight: 600;"))
        self.prev_hit_btn = _tool("◀", self.tr("Previous hit (Shift+F3)"))
        self.next_hit_btn = _tool("▶", self.tr("Next hit (F3)"))
        self.find_btn = _tool(self.tr("Find…"), self.tr("Find in this document (Ctrl+F)"))
        self.links_btn = _tool(self.tr("Web links"), self.tr("Web addresses in this document"))
        self.links_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for w in (self.hits_label, self.prev_hit_btn, self.next_hit_btn, self.find_btn, self.links_btn):
            cl.addWidget(w)
        hl.addWidget(self.controls)
        lay.addWidget(self.header)

        self.find_bar = FindBar(self)
        lay.addWidget(self.find_bar)

        self.stack = QStackedWidget()
        self.about = SafeBrowser()
        self.about.setAccessibleName(self.tr("About this kit"))
        self.about.document().setDocumentMargin(28)
        self.about.setFrameShape(QFrame.Shape.NoFrame)
        self.about.anchorClicked.connect(self._about_link)
        self.pdf = PdfView()
        self.text = TextView()
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.photo = PhotoView()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(40)
        self.message.setObjectName("readerMessage")
        self.message.linkActivated.connect(self._message_link)
        self.password_dialog: QInputDialog | None = None
        for w in (self.about, self.pdf, self.text, self.photo, self.message):
            self.stack.addWidget(w)
        lay.addWidget(self.stack, 1)

        # wiring
        self.zoom_in_btn.clicked.connect(self.zoom_in)
        self.zoom_out_btn.clicked.connect(self.zoom_out)
        self.fit_width_btn.clicked.connect(self.fit_width)
        self.fit_page_btn.clicked.connect(self.fit_page)
        self.page_box.valueChanged.connect(self._page_entered)
        self.prev_hit_btn.clicked.connect(self.previous_hit)
        self.next_hit_btn.clicked.connect(self.next_hit)
        self.find_btn.clicked.connect(self.open_find)
        self.pdf.pageChanged.connect(self._page_changed)
        self.pdf.zoomChanged.connect(self._zoom_changed)
        self.pdf.documentLoaded.connect(self._pdf_loaded)
        self.pdf.loadFailed.connect(self._show_message)
        self.pdf.passwordRequired.connect(self._password_required)
        self.pdf.hitsChanged.connect(self._on_hits)
        self.pdf.firstPagePainted.connect(self.firstPagePainted)
        self.text.hitsChanged.connect(self._on_hits)
        self.text.linkActivated.connect(self.linkActivated)
        self.text.itemLinkActivated.connect(self._open_kit_link)
        self.set_empty()

    # -- what is shown -----------------------------------------------------------------------
    def _view(self):
        w = self.stack.currentWidget()
        return w if w in (self.pdf, self.text) else None

    def set_empty(self) -> None:
        self._save_position()
        self.item = None
        self.title.setText(self.tr("No kit open"))
        self.meta.setText(self.tr("Open a kit with File › Open kit… (Ctrl+O)."))
        self._clear_translations()
        self.controls.hide()
        self.message.setText("")
        self.stack.setCurrentWidget(self.message)

    def show_about(self, kit: Kit) -> None:
        self._save_position()
        self.kit, self.item = kit, None
        self.pdf.clear()
        self.title.setText(kit.info.title)
        self.meta.setText(self.tr("About this kit"))
        self._clear_translations()
        self.controls.hide()
        self.find_bar.hide()
        self.about.root = kit.root
        self.about.base = kit.root
        self.about.setHtml(about_html(kit))
        self.stack.setCurrentWidget(self.about)
        self.itemShown.emit("")

    def show_item(self, kit: Kit, item: Item, page: int = 0, terms=None) -> None:
        """Show ``item``; at ``page`` (1-based; 0 = where the reader left it) with ``terms`` highlighted."""
        same = self.item is not None and self.item.id == item.id and self.kit is kit
        if not same:
            self._save_position()
            self._close_password_dialog()
        self.kit, self.item = kit, item
        self._terms = terms
        self.title.setText(display_title(item))
        meta = [kind_label(item.kind)]
        if item.date:
            meta.append(date_label(item.date, "dddd d MMMM yyyy"))
        if item.language:
            meta.append(language_label(item.language))
        if item.speakers:
            meta.append(", ".join(item.speakers))
        if item.organisation:
            meta.append(item.organisation)
        if item.pages > 1:
            meta.append(self.tr("%n page(s)", "", item.pages))
        if item.status == "no-text":
            meta.append(self.tr("scanned: no searchable text"))
        self.meta.setText(" · ".join(meta))
        self._set_translations(kit, item)
        self._set_links(item)
        self._on_hits(-1, 0)
        path = kit.path_of(item)
        if not path.exists():
            self._show_message(self.tr("The file {0} is missing from the kit.").format(item.path))
            self.itemShown.emit(item.id)
            return
        frac = 0.0
        if page <= 0 and self.settings.get("restore_position"):
            pos = self.settings.position(str(kit.root.resolve()), item.id)
            if pos:
                page, frac = pos
        if item.media == "pdf":
            self.controls.show()
            self._show_pdf_controls(True)
            self.stack.setCurrentWidget(self.pdf)
            if same and self.pdf.page_count:
                self.pdf.go_to_page(max(1, page), frac)
            else:
                self.pdf.load(str(path), max(1, page), frac)
            if terms:
                self.pdf.set_highlight(terms, start_page=max(1, page))
            elif not same:
                self.pdf.set_highlight([])
        elif item.is_photo:
            self.controls.hide()
            self.stack.setCurrentWidget(self.photo)
            self.photo.show_photo(kit, item)
        else:
            self.controls.show()
            self._show_pdf_controls(False)
            self.stack.setCurrentWidget(self.text)
            if not same:
                try:
                    self.text.load_file(path, item.media, kit.root)
                except OSError as e:
                    self._show_message(self.tr("This file cannot be read: {0}").format(e.strerror))
                    self.itemShown.emit(item.id)
                    return
                if frac:
                    QTimer.singleShot(0, lambda: self.text.go_to_fraction(frac))
            if terms:
                self.text.set_highlight(terms)
            else:
                self.text.clear_highlight()
        if self.find_bar.isVisible() and self.find_bar.edit.text() and not terms:
            self.find(self.find_bar.edit.text())
        self.itemShown.emit(item.id)

    def _show_message(self, text: str, link: tuple[str, str] | None = None) -> None:
        """A sentence in place of the document; ``link`` = (href, label) adds one action under it."""
        self.controls.hide()
        body = css("<p style='font-size:12pt; color:@MUTED'>") + html.escape(text) + "</p>"
        if link:
            body += f"<p style='font-size:12pt'><a href='{html.escape(link[0], quote=True)}'>{html.escape(link[1])}</a></p>"
        self.message.setText(body)
        self.stack.setCurrentWidget(self.message)

    def _message_link(self, href: str) -> None:
        if href == "password":
            self.ask_password()

    # -- password-protected PDFs -------------------------------------------------------------
    def _password_required(self, wrong: bool) -> None:
        name = self.title.text() or self.tr("This PDF")
        if wrong:
            self._show_message(self.tr("That password is not right, so “{0}” stays closed.").format(name),
                               ("password", self.tr("Try another password…")))
        else:
            self._show_message(self.tr("“{0}” is protected by a password.").format(name),
                               ("password", self.tr("Enter the password…")))
        self.ask_password(wrong)

    def ask_password(self, wrong: bool = False) -> QInputDialog | None:
        """Ask for the PDF's password (window-modal, typed characters hidden); the PDF threads try it."""
        if not self.pdf.needs_password:
            return None
        self._close_password_dialog()
        name = self.title.text() or self.tr("This PDF")
        dlg = QInputDialog(self)
        dlg.setObjectName("pdfPasswordDialog")
        dlg.setWindowTitle(self.tr("Password needed"))
        label = self.tr("“{0}” is protected by a password. Enter it to read the document:").format(name)
        if wrong:
            label = self.tr("That password is not right. Try again, or ask the kit's publisher for it.") + "\n\n" + label
        dlg.setLabelText(label)
        dlg.setInputMode(QInputDialog.InputMode.TextInput)
        dlg.setTextEchoMode(QLineEdit.EchoMode.Password)
        dlg.setOkButtonText(self.tr("Open"))
        dlg.setCancelButtonText(self.tr("Cancel"))
        gen = self.pdf._gen
        dlg.textValueSelected.connect(lambda pw: self.pdf.unlock(pw) if self.pdf._gen == gen else None)
        dlg.open()
        self.password_dialog = dlg
        return dlg

    def _close_password_dialog(self) -> None:
        dlg, self.password_dialog = self.password_dialog, None
        if dlg is not None:
            dlg.blockSignals(True)
            dlg.close()
            dlg.deleteLater()

    # -- files left out of the kit -------------------------------------------------------------
    def _about_link(self, url) -> None:
        href = url.toString()
        if href.startswith("skipped:"):
            self.open_skipped(href[len("skipped:"):])
        else:
            self.linkActivated.emit(href)

    def open_skipped(self, n: str | int) -> bool:
        """Open a PDF the builder left out (e.g. password-protected) that is still in the kit folder."""
        kit = self.kit
        try:
            entry = kit.skipped[int(n)]
            rel = str(entry.get("path", ""))
            root = kit.root.resolve()
            path = (root / rel).resolve()
            ok = root.is_dir() and path.is_relative_to(root) and path.is_file() and path.suffix.lower() == ".pdf"
        except (AttributeError, IndexError, ValueError, TypeError, OSError):
            ok = False
        if not ok:
            return False
        item = Item(id=f"skipped:{rel}", path=path.relative_to(root).as_posix(), sha256="", bytes=0,
                    kind="other", media="pdf", title=path.name)
        self.show_item(kit, item)
        return True

    def _show_pdf_controls(self, pdf: bool) -> None:
        for w in (self.fit_width_btn, self.fit_page_btn, self.page_label, self.page_box, self.page_total):
            w.setVisible(pdf)
        self.zoom_label.setVisible(pdf)

    def close_document(self) -> None:
        if self.kit is not None:
            self.show_about(self.kit)
        else:
            self.set_empty()

    # -- translations and links --------------------------------------------------------------
    def _clear_translations(self) -> None:
        while self.trans_box.count():
            w = self.trans_box.takeAt(0).widget()
            if w:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.links_btn.hide()

    def _set_translations(self, kit: Kit, item: Item) -> None:
        self._clear_translations()
        others = kit.translations(item)
        if not others:
            return
        group = QButtonGroup(self)
        for it in sorted([item] + others, key=lambda i: i.language or ""):
            b = _tool(language_short(it.language), self.tr("Read in {0}").format(language_label(it.language)),
                      checkable=True)
            b.setObjectName(f"translation-{it.language}")
            b.setChecked(it.id == item.id)
            group.addButton(b)
            if it.id != item.id:
                b.clicked.connect(lambda _c=False, iid=it.id: self.translationRequested.emit(iid, self.current_page()))
            self.trans_box.addWidget(b)

    def translation_buttons(self) -> list[QToolButton]:
        return [self.trans_box.itemAt(i).widget() for i in range(self.trans_box.count())]

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

    def _open_kit_link(self, rel: str) -> None:
        if self.kit is None or self.item is None:
            return
        target = (self.kit.path_of(self.item).parent / rel).resolve()
        for it in self.kit.items:
            if self.kit.path_of(it).resolve() == target:
                self.translationRequested.emit(it.id, 0)
                return

    # -- position ----------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pdf.current_page if self.stack.currentWidget() is self.pdf else 0

    def _save_position(self) -> None:
        if self.kit is None or self.item is None:
            return
        w = self.stack.currentWidget()
        if w is self.pdf and self.pdf.page_count:
            page, frac = self.pdf.position()
        elif w is self.text:
            page, frac = self.text.position()
        else:
            return
        self.settings.set_position(str(self.kit.root.resolve()), self.item.id, page, frac)

    def save_position(self) -> None:
        self._save_position()

    # -- zoom and pages ----------------------------------------------------------------------
    def zoom_in(self) -> None:
        w = self.stack.currentWidget()
        if w is self.photo:
            self.photo.zoom_in()
        elif w in (self.pdf, self.text):
            w.zoom_in()
        self._sync_fit()

    def zoom_out(self) -> None:
        w = self.stack.currentWidget()
        if w is self.photo:
            self.photo.zoom_out()
        elif w in (self.pdf, self.text):
            w.zoom_out()
        self._sync_fit()

    def fit_width(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.fit()
        self.pdf.set_mode(FIT_WIDTH)
        self._sync_fit()

    def fit_page(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.fit()
        self.pdf.set_mode(FIT_PAGE)
        self._sync_fit()

    def _sync_fit(self) -> None:
        self.fit_width_btn.setChecked(self.pdf.mode == FIT_WIDTH)
        self.fit_page_btn.setChecked(self.pdf.mode == FIT_PAGE)

    def _zoom_changed(self, z: float) -> None:
        self.zoom_label.setText(f"{round(z * 100)} %")
        self._sync_fit()

    def _pdf_loaded(self, n: int) -> None:
        if self.item is not None and self.item.media == "pdf" and self.stack.currentWidget() is not self.pdf:
            self.controls.show()  # unlocked by its password: the message gives way to the pages
            self.stack.setCurrentWidget(self.pdf)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, n))
        self.page_box.setValue(self.pdf.current_page)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of {0}").format(n))
        self._zoom_changed(self.pdf.zoom)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)

    def _page_entered(self, page: int) -> None:
        self.pdf.go_to_page(page)

    def go_to_page(self, page: int) -> None:
        if self.stack.currentWidget() is self.pdf:
            self.pdf.go_to_page(page)

    # -- find and hits -----------------------------------------------------------------------
    def open_find(self) -> None:
        if self._view() is not None:
            self.find_bar.open_bar()

    def find(self, text: str) -> None:
        v = self._view()
        if v is not None:
            if text.strip():
                v.find(text)
            elif self._terms:
                v.set_highlight(self._terms)
            else:
                v.set_highlight([])

    def next_hit(self) -> None:
        v = self._view()
        if v is not None:
            v.next_hit()

    def previous_hit(self) -> None:
        v = self._view()
        if v is not None:
            v.previous_hit()

    def _on_hits(self, current: int, total: int) -> None:
        self._hits = (current, total)
        if total:
            self.hits_label.setText(self.tr("Hit {0} of {1}").format(current + 1, total))
        else:
            self.hits_label.setText("")
        for w in (self.prev_hit_btn, self.next_hit_btn):
            w.setVisible(total > 0)
        self.hitsChanged.emit(current, total)

    def selected_text(self) -> str:
        v = self._view()
        return v.selected_text() if v is not None else ""
