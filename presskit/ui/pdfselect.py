"""Selecting text in the PDF view with the mouse, copying it clean, and the right-click menu. A
mixin of :class:`~presskit.ui.pdfview.PdfView`: the selection is a run of words of one page
(``_sel``: page, first word, last word), the words those of :mod:`.pagewords`.
"""

from __future__ import annotations

from typing import Callable

from .pagewords import plain_html, plain_text
from .qt import QAbstractScrollArea, QApplication, QKeySequence, QMenu, QMimeData, QPointF, Qt


class PdfSelection:
    """The selection half of :class:`~presskit.ui.pdfview.PdfView`."""

    # -- selection ---------------------------------------------------------------------------
    def _hit_test(self, pos: QPointF) -> tuple[int, float, float] | None:
        for i in self._visible_pages():
            r = self._page_rect(i)
            if r.adjusted(0, -self.GAP / 2, 0, self.GAP / 2).contains(pos):
                return i, (pos.x() - r.x()) / self.zoom, (pos.y() - r.y()) / self.zoom
        return None

    @staticmethod
    def _nearest_word(words: list[tuple], x: float, y: float) -> int | None:
        best, best_d = None, None
        for k, w in enumerate(words):
            dx = 0 if w[0] <= x <= w[2] else min(abs(x - w[0]), abs(x - w[2]))
            dy = 0 if w[1] <= y <= w[3] else min(abs(y - w[1]), abs(y - w[3]))
            d = dy * 4 + dx
            if best_d is None or d < best_d:
                best, best_d = k, d
        return best

    def _sel_indices(self) -> list[int]:
        if not self._sel:
            return []
        _i, a, b = self._sel
        return list(range(min(a, b), max(a, b) + 1))

    def mousePressEvent(self, e) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton:
            self.setFocus()
            hit = self._hit_test(e.position())
            self._sel = None
            if hit and hit[0] in self._words:
                k = self._nearest_word(self._words[hit[0]], hit[1], hit[2])
                if k is not None:
                    self._sel = (hit[0], k, k)
                    self._sel_started = False
            self._press = e.position()
            self.viewport().update()
            self.selectionChanged.emit()
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e) -> None:  # noqa: N802
        if self._sel and e.buttons() & Qt.MouseButton.LeftButton:
            i = self._sel[0]
            r = self._page_rect(i)
            x, y = (e.position().x() - r.x()) / self.zoom, (e.position().y() - r.y()) / self.zoom
            k = self._nearest_word(self._words[i], x, y)
            if k is not None:
                self._sel = (i, self._sel[1], k)
                self._sel_started = True
                self.viewport().update()
                self.selectionChanged.emit()

    def mouseReleaseEvent(self, e) -> None:  # noqa: N802
        if self._sel and not getattr(self, "_sel_started", False):
            self._sel = None  # a plain click selects nothing
            self.viewport().update()
            self.selectionChanged.emit()
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e) -> None:  # noqa: N802
        hit = self._hit_test(e.position())
        if hit and hit[0] in self._words:
            k = self._nearest_word(self._words[hit[0]], hit[1], hit[2])
            if k is not None:
                self._sel = (hit[0], k, k)
                self._sel_started = True
                self.viewport().update()
                self.selectionChanged.emit()

    def select_words(self, page: int, first: int, last: int) -> None:
        """Select words ``first..last`` of ``page`` (1-based); words must be loaded (tests, quotes)."""
        self._sel = (page - 1, first, last)
        self.viewport().update()
        self.selectionChanged.emit()

    def words_of(self, page: int) -> list[tuple] | None:
        return self._words.get(page - 1)

    def selected_text(self) -> str:
        """The selection as plain text: ligatures expanded, soft hyphens and line-end hyphenation gone,
        the lines of a paragraph joined (see :func:`~presskit.ui.pagewords.plain_text`)."""
        if not self._sel or self._sel[0] not in self._words:
            return ""
        return plain_text(self._words[self._sel[0]], self._sel_indices())

    def selection_page(self) -> int | None:
        return self._sel[0] + 1 if self._sel else None

    def copy_selection(self) -> bool:
        """Copy the selection as plain text and as HTML (the same clean text, escaped)."""
        t = self.selected_text()
        if t:
            mime = QMimeData()
            mime.setText(t)
            mime.setHtml(plain_html(t))
            QApplication.clipboard().setMimeData(mime)
        return bool(t)

    def add_context_menu_provider(self, fn: Callable[[QMenu, QAbstractScrollArea], None]) -> None:
        """Let other features add entries to the right-click menu (e.g. copy with citation)."""
        self._context_providers.append(fn)

    def contextMenuEvent(self, e) -> None:  # noqa: N802
        m = QMenu(self)
        a = m.addAction(self.tr("Copy"), self.copy_selection)
        a.setShortcut(QKeySequence.StandardKey.Copy)
        a.setEnabled(bool(self.selected_text()))
        for fn in self._context_providers:
            fn(m, self)
        m.exec(e.globalPos())
