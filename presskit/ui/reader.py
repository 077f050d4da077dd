"""The reading pane: a header (title, details, translations, web links), document controls, a find
bar, and one view per kind of item (PDF, text, photo) or the kit's About page; a PDF or text document
can be read side by side with its translation (:mod:`.sidebyside`).

The header wraps rather than cuts: the title and the details wrap, and the controls (zoom, page,
hits, find, links) are groups that flow to a second row when the pane is narrow; it is built in
:mod:`.readerheader`, mixed into :class:`ReaderPane`.

Signals:
    itemShown(str): item id now shown.
    linkActivated(str): a web address was clicked (the window copies it, never opens it).
    translationRequested(str, int): open this translation at this page.
    hitsChanged(int, int): current hit and number of hits in the document shown.
    firstPagePainted(): the first page of a PDF is on screen.
    pageJumped(int): the reader jumped to a page on purpose (page box, Home/End, a hit elsewhere).
    sideBySideChanged(bool): side by side with the translation turned on or off.
"""

from __future__ import annotations

import html

from ..errors import PresskitError
from ..kit.format import Kit
from ..model import OFFICE_MEDIA, Item
from ..titles import display_title
from .findbar import FindBar
from .kitinfo import about_html
from .labels import item_date_label, kind_label, language_label
from .pdfview import FIT_PAGE, FIT_WIDTH, PdfView
from .photoview import PhotoView
from .protected import ProtectedFiles
from .qt import QFrame, QInputDialog, QLabel, QStackedWidget, QTimer, Qt, QVBoxLayout, QWidget, Signal
from .readerheader import ReaderHeader
from .sidebyside import Pair
from .textview import SafeBrowser, TextView
from .theme import css
from .workers import ocr_words_of


class ReaderPane(ReaderHeader, ProtectedFiles, QWidget):
    itemShown = Signal(str)
    linkActivated = Signal(str)
    translationRequested = Signal(str, int)
    hitsChanged = Signal(int, int)
    firstPagePainted = Signal()
    pageJumped = Signal(int)
    sideBySideChanged = Signal(bool)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.kit: Kit | None = None
        self.item: Item | None = None
        self.other: Item | None = None  # the translation shown beside it
        self._side_by_side = False
        self._hits = (-1, 0)
        self._terms = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self._build_header()
        lay.addWidget(self.header)
        self.find_bar = FindBar(self)
        lay.addWidget(self.find_bar)
        self._build_views()
        lay.addWidget(self.stack, 1)
        self._wire()
        self.set_empty()

    def _build_views(self) -> None:
        self.stack = QStackedWidget()
        self.about = SafeBrowser()
        self.about.setAccessibleName(self.tr("About this kit"))
        self.about.document().setDocumentMargin(28)
        self.about.setFrameShape(QFrame.Shape.NoFrame)
        self.about.anchorClicked.connect(self._about_link)
        self.pdf = PdfView()
        self.pdf2 = PdfView()
        self.pdf2.setAccessibleName(self.tr("The translation, as a PDF"))
        self.text = TextView()
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text2 = TextView()
        self.text2.setFrameShape(QFrame.Shape.NoFrame)
        self.text2.setAccessibleName(self.tr("The translation"))
        self.pdf_pair = Pair(self.pdf, self.pdf2)
        self.pdf_pair.follow_pages(self.pdf, self.pdf2)
        self.text_pair = Pair(self.text, self.text2)
        self.text_pair.follow_fraction(self.text, self.text2)
        self.photo = PhotoView()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(40)
        self.message.setObjectName("readerMessage")
        self.message.linkActivated.connect(self._message_link)
        self.password_dialog: QInputDialog | None = None
        for w in (self.about, self.pdf_pair, self.text_pair, self.photo, self.message):
            w.setMinimumHeight(60)
            self.stack.addWidget(w)

    def _wire(self) -> None:
        self.zoom_in_btn.clicked.connect(self.zoom_in)
        self.zoom_out_btn.clicked.connect(self.zoom_out)
        self.fit_width_btn.clicked.connect(self.fit_width)
        self.fit_page_btn.clicked.connect(self.fit_page)
        self.page_box.valueChanged.connect(self._page_entered)
        self.prev_hit_btn.clicked.connect(self.previous_hit)
        self.next_hit_btn.clicked.connect(self.next_hit)
        self.find_btn.clicked.connect(self.open_find)
        self.side_btn.clicked.connect(lambda on: self.set_side_by_side(on))
        self.pdf.pageChanged.connect(self._page_changed)
        self.pdf.jumped.connect(self.pageJumped)
        self.pdf.zoomChanged.connect(self._zoom_changed)
        self.pdf.documentLoaded.connect(self._pdf_loaded)
        self.pdf.loadFailed.connect(self._show_message)
        self.pdf.passwordRequired.connect(self._password_required)
        self.pdf.hitsChanged.connect(self._on_hits)
        self.pdf.firstPagePainted.connect(self.firstPagePainted)
        self.text.hitsChanged.connect(self._on_hits)
        self.pdf2.hitsChanged.connect(lambda c, t: self._on_hits(c, t) if self.pdf2.hasFocus() else None)
        for v in (self.text, self.text2):
            v.linkActivated.connect(self.linkActivated)
        self.text.itemLinkActivated.connect(self._open_kit_link)

    # -- what is shown -----------------------------------------------------------------------
    def _view(self):
        """The view find, hits and zoom act on: the translation's when it has the focus."""
        w = self.stack.currentWidget()
        if w is self.pdf_pair:
            return self.pdf2 if self.pdf2.hasFocus() and self._side_by_side else self.pdf
        if w is self.text_pair:
            return self.text2 if self.text2.hasFocus() and self._side_by_side else self.text
        return None

    def current_view(self) -> QWidget:
        """The widget showing the item (the About page, a PDF, a text, a photo or a message)."""
        w = self.stack.currentWidget()
        return {self.pdf_pair: self.pdf, self.text_pair: self.text}.get(w, w)

    def focus_view(self) -> None:
        """Give the keyboard to the document, so Page Up/Down and Space scroll it."""
        self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def terms(self):
        """The word sequences highlighted (from the search that opened the item), or None."""
        return self._terms

    def set_empty(self) -> None:
        self._save_position()
        self.item = None
        self.title.setText(self.tr("No kit open"))
        self.meta.setText(self.tr("Open a kit with File › Open kit… (Ctrl+O)."))
        self._clear_translations()
        self.controls.hide()
        self.scan_note.show_for(None, None)
        self.message.setText("")
        self.stack.setCurrentWidget(self.message)

    def show_about(self, kit: Kit) -> None:
        self._save_position()
        self.kit, self.item, self._terms = kit, None, None
        self.pdf.clear()
        self.pdf2.clear()
        self.title.setText(kit.info.title)
        self.meta.setText(self.tr("About this kit"))
        self._clear_translations()
        self.controls.hide()
        self.scan_note.show_for(None, None)
        self.find_bar.hide()
        self.about.root = kit.root
        self.about.base = kit.root
        self.about.setHtml(about_html(kit))
        self.stack.setCurrentWidget(self.about)
        self.itemShown.emit("")

    def _meta_text(self, item: Item) -> str:
        meta = [kind_label(item.kind)]
        if item.date:
            meta.append(item_date_label(item, "dddd d MMMM yyyy"))
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
        elif item.ocr_pages:
            meta.append(self.tr("%n scanned", "pages whose text was recognised by OCR", len(item.ocr_pages)))
        return " · ".join(meta)

    def show_item(self, kit: Kit, item: Item, page: int = 0, terms=None, frac: float = 0.0) -> None:
        """Show ``item``; at ``page`` (1-based; 0 = where the reader left it) with ``terms`` highlighted."""
        same = self.item is not None and self.item.id == item.id and self.kit is kit
        if not same:
            self._save_position()
            self._close_password_dialog()
        self.kit, self.item = kit, item
        self._terms = terms
        self.title.setText(display_title(item))
        self.meta.setText(self._meta_text(item))
        self._set_translations(kit, item)
        self._set_links(item)
        self._on_hits(-1, 0)
        path = kit.path_of(item)
        if not path.exists():
            self._show_message(self.tr("The file {0} is missing from the kit.").format(item.path))
            self.itemShown.emit(item.id)
            return
        if page <= 0 and self.settings.get("restore_position"):
            pos = self.settings.position(str(kit.root.resolve()), item.id)
            if pos:
                page, frac = pos
        if item.media == "pdf":
            self._show_pdf(item, str(path), page, frac, terms, same)
        elif item.is_photo:
            self.controls.hide()
            self.scan_note.show_for(None, None)
            self.stack.setCurrentWidget(self.photo)
            self.photo.show_photo(kit, item)
        elif not self._show_text(item, path, page, frac, terms, same):
            return
        self._show_other(page)
        if self.find_bar.isVisible() and self.find_bar.edit.text() and not terms:
            self.find(self.find_bar.edit.text())
        self.itemShown.emit(item.id)

    def _show_pdf(self, item: Item, path: str, page: int, frac: float, terms, same: bool) -> None:
        self.controls.show()
        self._show_pdf_controls(True)
        self.stack.setCurrentWidget(self.pdf_pair)
        if same and self.pdf.page_count:
            self.pdf.go_to_page(max(1, page), frac)
        else:
            self.pdf.load(path, max(1, page), frac)
            self.pdf.set_ocr_words(ocr_words_of(self.kit, item))
        self.scan_note.show_for(item, max(1, page))
        if terms:
            self.pdf.set_highlight(terms, start_page=max(1, page))
        elif not same:
            self.pdf.set_highlight([])

    def _show_text(self, item: Item, path, page: int, frac: float, terms, same: bool) -> bool:
        self.controls.show()
        self._show_pdf_controls(False)
        self.stack.setCurrentWidget(self.text_pair)
        self.scan_note.show_for(None, None)
        if not same:
            try:
                self.text.load_file(path, item.media, self.kit.root)
            except OSError as e:
                self._show_message(self.tr("This file cannot be read: {0}").format(e.strerror))
                self.itemShown.emit(item.id)
                return False
            except PresskitError as e:  # a damaged Word/OpenDocument file
                self._show_message(e.message)
                self.itemShown.emit(item.id)
                return False
            if frac:
                QTimer.singleShot(0, lambda: self.text.go_to_fraction(frac))
        if page > 1 and item.media == OFFICE_MEDIA:  # a hit's section
            QTimer.singleShot(0, lambda: self.text.go_to_section(page))
        if terms:
            self.text.set_highlight(terms)
        else:
            self.text.clear_highlight()
        return True

    # -- side by side with the translation ----------------------------------------------------------
    def translation_of(self, item: Item | None) -> Item | None:
        """The translation to show beside ``item``: the first in another language, of the same kind of file."""
        if item is None or self.kit is None or item.is_photo:
            return None
        others = [o for o in self.kit.translations(item) if o.language != item.language
                  and (o.media == "pdf") == (item.media == "pdf") and self.kit.path_of(o).exists()]
        return others[0] if others else None

    def side_by_side_on(self) -> bool:
        return self._side_by_side

    def toggle_side_by_side(self) -> bool:
        return self.set_side_by_side(not self._side_by_side)

    def set_side_by_side(self, on: bool) -> bool:
        """Show (or stop showing) the translation beside the document; False when there is none."""
        other = self.translation_of(self.item) if on else None
        self._side_by_side = bool(on and other is not None)
        self._show_other(self.current_page() or 1)
        self.side_btn.setChecked(self._side_by_side)
        self.sideBySideChanged.emit(self._side_by_side)
        return self._side_by_side or not on

    def _show_other(self, page: int) -> None:
        """Load the translation into the second pane (or hide it), at the same page, with its hits."""
        item = self.item
        other = self.translation_of(item) if self._side_by_side else None
        self.side_btn.setVisible(self.translation_of(item) is not None)
        self.side_btn.setChecked(other is not None)
        pair = self.pdf_pair if item is not None and item.media == "pdf" else self.text_pair
        for p in (self.pdf_pair, self.text_pair):
            if p is not pair or other is None:
                p.single()
        if other is None:
            self.other = None
            return
        order = list(self.kit.info.languages) or sorted({item.language or "", other.language or ""})
        pair.show_pair(item, other, order)
        terms = self._terms or []
        if self.other is None or self.other.id != other.id:
            if pair is self.pdf_pair:
                self.pdf2.load(str(self.kit.path_of(other)), max(1, page))
                self.pdf2.set_ocr_words(ocr_words_of(self.kit, other))
            else:
                self.text2.load_file(self.kit.path_of(other), other.media, self.kit.root)
        elif pair is self.pdf_pair:
            self.pdf2.go_to_page(max(1, page))
        self.other = other
        if pair is self.pdf_pair:
            self.pdf2.set_highlight(terms, start_page=max(1, page))
        elif terms:
            self.text2.set_highlight(terms)
        else:
            self.text2.clear_highlight()

    def _show_message(self, text: str, link: tuple[str, str] | None = None) -> None:
        """A sentence in place of the document; ``link`` = (href, label) adds one action under it."""
        self.controls.hide()
        self.scan_note.show_for(None, None)
        body = css("<p style='font-size:12pt; color:@MUTED'>") + html.escape(text) + "</p>"
        if link:
            body += f"<p style='font-size:12pt'><a href='{html.escape(link[0], quote=True)}'>{html.escape(link[1])}</a></p>"
        self.message.setText(body)
        self.stack.setCurrentWidget(self.message)

    def _message_link(self, href: str) -> None:
        if href == "password":
            self.ask_password()

    def _show_pdf_controls(self, pdf: bool) -> None:
        for w in (self.fit_width_btn, self.fit_page_btn, self.zoom_label, self.page_group):
            w.setVisible(pdf)

    def close_document(self) -> None:
        if self.kit is not None:
            self.show_about(self.kit)
        else:
            self.set_empty()

    # -- links inside the kit ------------------------------------------------------------------
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
        return self.pdf.current_page if self.stack.currentWidget() is self.pdf_pair else 0

    def position(self) -> tuple[int, float]:
        """(page, fraction) of the item shown: the PDF page at the top, or how far down a text is."""
        w = self.stack.currentWidget()
        if w is self.pdf_pair:
            return self.pdf.position()
        if w is self.text_pair:
            return self.text.position()
        return (0, 0.0)

    def _save_position(self) -> None:
        if self.kit is None or self.item is None:
            return
        w = self.stack.currentWidget()
        if w is self.pdf_pair and self.pdf.page_count:
            page, frac = self.pdf.position()
        elif w is self.text_pair:
            page, frac = self.text.position()
        else:
            return
        self.settings.set_position(str(self.kit.root.resolve()), self.item.id, page, frac)

    def save_position(self) -> None:
        self._save_position()

    # -- zoom and pages ----------------------------------------------------------------------
    def _zoomable(self) -> list:
        w = self.stack.currentWidget()
        if w is self.photo:
            return [self.photo]
        if w is self.pdf_pair:
            return [self.pdf] + ([self.pdf2] if self._side_by_side else [])
        if w is self.text_pair:
            return [self.text] + ([self.text2] if self._side_by_side else [])
        return []

    def zoom_in(self) -> None:
        for v in self._zoomable():
            v.zoom_in()
        self._sync_fit()

    def zoom_out(self) -> None:
        for v in self._zoomable():
            v.zoom_out()
        self._sync_fit()

    def fit_width(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.fit()
        for v in (self.pdf, self.pdf2):
            v.set_mode(FIT_WIDTH)
        self._sync_fit()

    def fit_page(self) -> None:
        if self.stack.currentWidget() is self.photo:
            self.photo.fit()
        for v in (self.pdf, self.pdf2):
            v.set_mode(FIT_PAGE)
        self._sync_fit()

    def _sync_fit(self) -> None:
        self.fit_width_btn.setChecked(self.pdf.mode == FIT_WIDTH)
        self.fit_page_btn.setChecked(self.pdf.mode == FIT_PAGE)

    def _zoom_changed(self, z: float) -> None:
        self.zoom_label.setText(f"{round(z * 100)} %")
        self._sync_fit()

    def _pdf_loaded(self, n: int) -> None:
        if self.item is not None and self.item.media == "pdf" and self.stack.currentWidget() is not self.pdf_pair:
            self.controls.show()  # unlocked by its password: the message gives way to the pages
            self.stack.setCurrentWidget(self.pdf_pair)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, n))
        self.page_box.setValue(self.pdf.current_page)
        self.page_box.blockSignals(False)
        digits = self.page_box.fontMetrics().horizontalAdvance("8" * len(str(n)))
        self.page_box.setFixedWidth(digits + 22)
        self.page_total.setText(self.tr("of {0}").format(n))
        self._zoom_changed(self.pdf.zoom)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        if self.item is not None and self.item.media == "pdf":
            self.scan_note.show_for(self.item, page)

    def _page_entered(self, page: int) -> None:
        self.pdf.go_to_page(page)
        self.pageJumped.emit(page)

    def go_to_page(self, page: int) -> None:
        if self.stack.currentWidget() is self.pdf_pair:
            self.pdf.go_to_page(page)
            self.pageJumped.emit(page)

    # -- find and hits -----------------------------------------------------------------------
    def open_find(self) -> None:
        if self._view() is not None:
            self.find_bar.open_bar()

    def find(self, text: str) -> None:
        """Find in the document shown (and in its translation when side by side)."""
        views = [self._view()] if self._view() is not None else []
        if self._side_by_side and views:
            views = self._zoomable()
        for v in views:
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
        self.hits_group.setVisible(total > 0)
        self.hitsChanged.emit(current, total)

    def selected_text(self) -> str:
        v = self._view()
        return v.selected_text() if v is not None else ""
