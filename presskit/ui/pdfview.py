"""Continuous-scroll PDF view: lazy rendering off the GUI thread, zoom, selection, find, hit stepping.

Hits and find are in :mod:`.pdfhits`, selecting and copying text in :mod:`.pdfselect`: both are
mixed into :class:`PdfView`.

Signals:
    documentLoaded(int): page count, once the page sizes are known.
    loadFailed(str): the file could not be opened.
    passwordRequired(bool): the PDF needs a password (True: the one given was wrong); call
        :meth:`unlock` with it.
    pageChanged(int): 1-based page at the top of the view.
    zoomChanged(float): current zoom factor (1.0 = 100 %, 72 dpi points to logical pixels).
    hitsChanged(int, int): current hit (0-based, -1 for none) and number of hits.
    firstPagePainted(): the first rendered page image reached the screen after a load.
    selectionChanged(): selected text changed (``selected_text()``).
    jumped(int): the reader jumped to this page on purpose (Home, End, a hit on another page), as
        opposed to scrolling to it; the window's history records jumps.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from typing import Callable

from .pagewords import line_rects
from .pdfhits import PdfHits
from .pdfselect import PdfSelection
from .pdfwork import DocInfo, doc_info, page_words, pdf_pool, render_page
from .pdfwork import unlock as unlock_pdf
from .qt import (
    QAbstractScrollArea, QEvent, QImage, QKeySequence, QMenu, QPainter, QPen, QPointF, QRectF, Qt, QTimer, Signal,
)
from . import theme
from .tasks import TaskRunner

FIT_WIDTH, FIT_PAGE, CUSTOM = "fit-width", "fit-page", "custom"
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0



class PdfView(PdfHits, PdfSelection, QAbstractScrollArea):
    documentLoaded = Signal(int)
    loadFailed = Signal(str)
    passwordRequired = Signal(bool)
    pageChanged = Signal(int)
    zoomChanged = Signal(float)
    hitsChanged = Signal(int, int)
    firstPagePainted = Signal()
    selectionChanged = Signal()
    jumped = Signal(int)

    GAP = 14
    MARGIN = 18
    CACHE_PAGES = 24

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("PDF document"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(self.Shape.NoFrame)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setMouseTracking(False)
        self._render = TaskRunner(self, pool=pdf_pool())
        self._work = TaskRunner(self, pool=pdf_pool())
        self._gen = 0
        self._context_providers: list[Callable[[QMenu, "PdfView"], None]] = []
        self._reset()
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.verticalScrollBar().setSingleStep(40)
        self._layout_timer = QTimer(self, singleShot=True, interval=0)
        self._layout_timer.timeout.connect(self._relayout)

    # -- state -------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.path: str | None = None
        self.sizes: list[tuple[float, float]] = []
        self.mode = FIT_WIDTH
        self.zoom = 1.0
        self._tops: list[float] = []
        self._cache: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self._pending: set[tuple[int, float]] = set()
        self._words: dict[int, list[tuple]] = {}
        self._words_pending: set[int] = set()
        self._ocr_words: dict[int, list[tuple]] = {}  # 0-based page -> OCR word boxes (scanned pages)
        self._hits: list[tuple[int, list[tuple]]] = []
        self._current_hit = -1
        self._hit_query: tuple | None = None
        self._sel: tuple[int, int, int] | None = None  # page, anchor word, end word
        self._after_words = None  # (generation, page, fn): a keyboard selection waiting for words
        self._page = 0
        self._pending_goto: tuple[int, float] | None = None
        self._pending_highlight: tuple | None = None
        self._painted_first = False
        self.needs_password = False

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    @property
    def current_page(self) -> int:
        """1-based page at the top of the view."""
        if not self._tops and self._pending_goto:
            return self._pending_goto[0]
        return self._page + 1

    # -- loading -----------------------------------------------------------------------------
    def load(self, path: str, page: int = 1, frac: float = 0.0) -> None:
        """Open ``path`` (asynchronously) and show ``page`` (1-based) when the sizes are known."""
        self._gen += 1
        gen = self._gen
        self._render.cancel_all()
        self._work.cancel_all()
        mode, zoom = self.mode, self.zoom
        self._reset()
        self.mode, self.zoom = mode, zoom
        self.path = str(path)
        self._pending_goto = (max(1, page), frac)
        self.viewport().update()

        def done(info: DocInfo) -> None:
            if gen == self._gen:
                self._info_ready(info)

        p = self.path
        self._work.run(lambda ctx: doc_info(p), on_result=done, on_error=self._failed_handler(gen), key="info")

    def _failed_handler(self, gen: int):
        def failed(err: BaseException, _tb: str) -> None:
            if gen == self._gen:
                self.loadFailed.emit(self.tr("This PDF cannot be opened: {0}").format(err))
        return failed

    def _info_ready(self, info: DocInfo) -> None:
        if info.needs_password:
            self.needs_password = True
            self.passwordRequired.emit(False)
            return
        self.needs_password = False
        self.sizes = info.sizes
        self._relayout()
        goto = self._pending_goto or (1, 0.0)
        self._pending_goto = None
        self.go_to_page(goto[0], goto[1])
        self.documentLoaded.emit(self.page_count)
        self._page = -1
        self._on_scrolled()
        pending, self._pending_highlight = self._pending_highlight, None
        if pending:
            self.set_highlight(*pending)

    def unlock(self, password: str) -> None:
        """Try ``password`` on the PDF being loaded (in the PDF threads, each with its own Document).
        Right: the document loads as usual; wrong: ``passwordRequired(True)``."""
        if not self.path or not self.needs_password:
            return
        gen, p = self._gen, self.path

        def done(info: DocInfo | None) -> None:
            if gen != self._gen:
                return
            if info is None:
                self.passwordRequired.emit(True)
            else:
                self._info_ready(info)

        self._work.run(lambda ctx: unlock_pdf(p, password), on_result=done, on_error=self._failed_handler(gen),
                       key="info")

    def clear(self) -> None:
        self._gen += 1
        self._render.cancel_all()
        self._work.cancel_all()
        self._reset()
        self._relayout()

    # -- geometry ----------------------------------------------------------------------------
    def _max_w(self) -> float:
        return max((w for w, _ in self.sizes), default=612.0)

    def _fit_zoom(self) -> float:
        vw = max(50, self.viewport().width() - 2 * self.MARGIN)
        if self.mode == FIT_WIDTH:
            return vw / self._max_w()
        if self.mode == FIT_PAGE and self.sizes:
            w, h = self.sizes[max(0, self._page)] if self._page < len(self.sizes) else self.sizes[0]
            vh = max(50, self.viewport().height() - 2 * self.GAP)
            return min(vw / w, vh / h)
        return self.zoom

    def _relayout(self, anchor: tuple[int, float] | None = None) -> None:
        if anchor is None and self._tops:
            anchor = self._anchor()
        if self.mode != CUSTOM:
            z = round(min(MAX_ZOOM, max(MIN_ZOOM, self._fit_zoom())), 3)
            if z != self.zoom:
                self.zoom = z
                self.zoomChanged.emit(z)
        tops, y = [], float(self.MARGIN)
        for _w, h in self.sizes:
            tops.append(y)
            y += h * self.zoom + self.GAP
        self._tops = tops
        total_h = y - self.GAP + self.MARGIN if tops else 0
        total_w = self._max_w() * self.zoom + 2 * self.MARGIN if tops else 0
        vs, hs = self.verticalScrollBar(), self.horizontalScrollBar()
        vs.setRange(0, max(0, int(total_h - self.viewport().height())))
        vs.setPageStep(self.viewport().height())
        hs.setRange(0, max(0, int(total_w - self.viewport().width())))
        hs.setPageStep(self.viewport().width())
        if anchor is not None and tops:
            self._scroll_to_anchor(anchor)
        self.viewport().update()

    def _anchor(self) -> tuple[int, float]:
        """(page index, fraction of its height) at the top of the viewport (gap above a page excluded)."""
        y = self.verticalScrollBar().value() + self.GAP / 2 + 1
        i = max(0, bisect.bisect_right(self._tops, y) - 1)
        if i >= len(self.sizes):
            return (0, 0.0)
        h = self.sizes[i][1] * self.zoom
        return (i, max(0.0, min(1.0, (y - self._tops[i]) / h if h else 0.0)))

    def _scroll_to_anchor(self, anchor: tuple[int, float]) -> None:
        i, frac = anchor
        if 0 <= i < len(self._tops):
            self.verticalScrollBar().setValue(int(self._tops[i] - self.GAP / 2 + frac * self.sizes[i][1] * self.zoom))

    def _page_rect(self, i: int) -> QRectF:
        w, h = self.sizes[i]
        pw, ph = w * self.zoom, h * self.zoom
        vw = self.viewport().width()
        mw = self._max_w() * self.zoom
        if mw + 2 * self.MARGIN <= vw:
            x = (vw - pw) / 2
        else:
            x = self.MARGIN + (mw - pw) / 2
        return QRectF(x - self.horizontalScrollBar().value(),
                      self._tops[i] - self.verticalScrollBar().value(), pw, ph)

    def _visible_pages(self) -> range:
        if not self._tops:
            return range(0)
        y0 = self.verticalScrollBar().value()
        y1 = y0 + self.viewport().height()
        a = max(0, bisect.bisect_right(self._tops, y0) - 1)
        b = bisect.bisect_right(self._tops, y1)
        return range(a, min(b, len(self._tops)))

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        self._relayout()

    # -- navigation --------------------------------------------------------------------------
    def go_to_page(self, page: int, frac: float = 0.0) -> None:
        """Scroll so that ``page`` (1-based) is at the top."""
        if not self._tops:
            self._pending_goto = (page, frac)
            return
        i = max(0, min(len(self._tops) - 1, page - 1))
        y = self._tops[i] - self.GAP / 2 + frac * self.sizes[i][1] * self.zoom
        self.verticalScrollBar().setValue(int(y))
        self._on_scrolled()

    def position(self) -> tuple[int, float]:
        """(1-based page, fraction) at the top of the view, for 'remember where I was'."""
        if not self._tops:
            return (self._pending_goto or (1, 0.0))
        i, f = self._anchor()
        return (i + 1, round(f, 3))

    def _on_scrolled(self, _v: int = 0) -> None:
        if self._tops:
            y = self.verticalScrollBar().value() + self.viewport().height() * 0.25
            i = max(0, min(len(self._tops) - 1, bisect.bisect_right(self._tops, y) - 1))
            if i != self._page:
                self._page = i
                self.pageChanged.emit(i + 1)
        self.viewport().update()

    # -- zoom --------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._relayout()

    def set_zoom(self, zoom: float, focus: QPointF | None = None) -> None:
        zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 3)
        if not self._tops:
            self.mode, self.zoom = CUSTOM, zoom
            self.zoomChanged.emit(zoom)
            return
        fy = focus.y() if focus is not None else self.viewport().height() / 2
        y = self.verticalScrollBar().value() + fy
        i = max(0, min(len(self._tops) - 1, bisect.bisect_right(self._tops, y) - 1))
        frac = (y - self._tops[i]) / (self.sizes[i][1] * self.zoom)
        self.mode = CUSTOM
        self.zoom = zoom
        self._relayout(anchor=(i, 0.0))
        self.verticalScrollBar().setValue(int(self._tops[i] + frac * self.sizes[i][1] * zoom - fy))
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.2)

    def wheelEvent(self, e) -> None:  # noqa: N802
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = e.angleDelta().y()
            if dy:
                self.set_zoom(self.zoom * (1.2 if dy > 0 else 1 / 1.2), e.position())
            e.accept()
            return
        super().wheelEvent(e)

    # -- rendering ---------------------------------------------------------------------------
    def _scale(self) -> float:
        return round(self.zoom * self.devicePixelRatioF(), 3)

    def _request(self, i: int) -> None:
        scale = self._scale()
        have = self._cache.get(i)
        if (have and have[0] == scale) or (i, scale) in self._pending or not self.path:
            return
        self._pending.add((i, scale))
        gen, path = self._gen, self.path

        def done(img: QImage, i=i, scale=scale) -> None:
            self._pending.discard((i, scale))
            if gen != self._gen:
                return
            img.setDevicePixelRatio(self.devicePixelRatioF())
            self._cache[i] = (scale, img)
            self._cache.move_to_end(i)
            vis = set(self._visible_pages())
            while len(self._cache) > self.CACHE_PAGES:
                for k in self._cache:
                    if k not in vis:
                        del self._cache[k]
                        break
                else:
                    break
            self.viewport().update()

        def failed(_e, _tb, i=i, scale=scale) -> None:
            self._pending.discard((i, scale))

        self._render.run(lambda ctx: render_page(path, i, scale), on_result=done, on_error=failed,
                         on_cancelled=lambda i=i, scale=scale: self._pending.discard((i, scale)))

    def _request_words(self, i: int) -> None:
        if i in self._words or i in self._words_pending or not self.path:
            return
        self._words_pending.add(i)
        gen, path = self._gen, self.path

        def done(words, i=i) -> None:
            self._words_pending.discard(i)
            if gen == self._gen:
                self._words[i] = words
                self._words_arrived(i)

        ocr = self._ocr_words
        self._work.run(lambda ctx: page_words(path, i, ocr), on_result=done,
                       on_error=lambda *_a, i=i: self._words_pending.discard(i),
                       on_cancelled=lambda i=i: self._words_pending.discard(i))

    def paintEvent(self, e) -> None:  # noqa: N802
        p = QPainter(self.viewport())
        p.fillRect(self.viewport().rect(), theme.color(theme.PAGE_BACKGROUND))
        if not self._tops:
            p.end()
            return
        vis = self._visible_pages()
        painted_image = False
        for i in vis:
            r = self._page_rect(i)
            p.fillRect(r.adjusted(1, 2, 2, 3), theme.PDF_PAGE_SHADOW)
            p.fillRect(r, Qt.GlobalColor.white)
            have = self._cache.get(i)
            if have:
                p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, have[0] != self._scale())
                p.drawImage(r, have[1])
                painted_image = True
            if not have or have[0] != self._scale():
                self._request(i)
            self._request_words(i)
            self._paint_overlays(p, i, r)
        for i in (vis.start - 1, vis.stop):  # prefetch neighbours
            if 0 <= i < len(self._tops):
                self._request(i)
        p.end()
        if painted_image and not self._painted_first:
            self._painted_first = True
            self.firstPagePainted.emit()

    def _to_view(self, r: QRectF, rect: tuple) -> QRectF:
        z = self.zoom
        return QRectF(r.x() + rect[0] * z, r.y() + rect[1] * z, (rect[2] - rect[0]) * z, (rect[3] - rect[1]) * z)

    def _paint_overlays(self, p: QPainter, i: int, r: QRectF) -> None:
        if self._hits:
            lo = bisect.bisect_left(self._hits, i, key=lambda h: h[0])
            k = lo
            while k < len(self._hits) and self._hits[k][0] == i:
                color = theme.PDF_CURRENT_HIT if k == self._current_hit else theme.PDF_HIT
                for rect in self._hits[k][1]:
                    p.fillRect(self._to_view(r, rect).adjusted(-1, -1, 1, 1), color)
                if k == self._current_hit:
                    p.setPen(QPen(theme.PDF_CURRENT_HIT_LINE, 1.5))
                    for rect in self._hits[k][1]:
                        p.drawRect(self._to_view(r, rect).adjusted(-2, -2, 2, 2))
                k += 1
        if self._sel and self._sel[0] == i and i in self._words:
            words = self._words[i]
            for rect in line_rects(words, self._sel_indices()):
                p.fillRect(self._to_view(r, rect), theme.PDF_SELECTION)

    def keyPressEvent(self, e) -> None:  # noqa: N802
        if e.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if self.selection_key(e):
            return
        vs = self.verticalScrollBar()
        shift = bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if e.key() == Qt.Key.Key_PageDown or (e.key() == Qt.Key.Key_Space and not shift):
            vs.setValue(vs.value() + int(self.viewport().height() * 0.9))
        elif e.key() == Qt.Key.Key_PageUp or (e.key() == Qt.Key.Key_Space and shift):
            vs.setValue(vs.value() - int(self.viewport().height() * 0.9))
        elif e.key() == Qt.Key.Key_Home and self.page_count:
            self.go_to_page(1)
            self.jumped.emit(1)
        elif e.key() == Qt.Key.Key_End and self.page_count:
            self.go_to_page(self.page_count)
            self.jumped.emit(self.page_count)
        else:
            super().keyPressEvent(e)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.DevicePixelRatioChange:
            self._cache.clear()
            self.viewport().update()
        return super().event(e)
