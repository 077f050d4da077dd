"""Selecting text in the PDF view with the mouse or the keyboard, copying it clean, and the
right-click menu. A mixin of :class:`~presskit.ui.pdfview.PdfView`: the selection is a run of words
of one page (``_sel``: page, first word, last word), the words those of :mod:`.pagewords`.

Keys, with the page focused (a person who cannot use a mouse selects this way): Ctrl+A selects the
text of the page at the top of the view; Ctrl+Shift+A selects the sentence of the current search hit
(after a search or F3); Shift+Right / Shift+Left move the end of the selection by one word. Ctrl+C
copies, the window's Ctrl+Shift+C copies with a citation.
"""

from __future__ import annotations

from typing import Callable

from .pagewords import plain_html, plain_text, sentence_around, words_in_rects
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

    # -- keyboard selection ----------------------------------------------------------------
    def _with_words(self, i: int, fn: Callable[[list[tuple]], None]) -> None:
        """Run ``fn(words of page i)`` now, or when the page's words arrive from the worker."""
        if i in self._words:
            fn(self._words[i])
            return
        self._after_words = (self._gen, i, fn)
        self._request_words(i)

    def _words_arrived(self, i: int) -> None:
        pending = getattr(self, "_after_words", None)
        if pending and pending[0] == self._gen and pending[1] == i:
            self._after_words = None
            pending[2](self._words[i])

    def _select(self, i: int, first: int, last: int) -> None:
        self._sel = (i, first, last)
        self._sel_started = True
        self.viewport().update()
        self.selectionChanged.emit()

    def select_page_text(self) -> None:
        """Select every word of the page at the top of the view (Ctrl+A)."""
        if not self.page_count:
            return
        i = self.current_page - 1
        self._with_words(i, lambda words: words and self._select(i, 0, len(words) - 1))

    def select_hit_sentence(self) -> bool:
        """Select the sentence that holds the current search hit (Ctrl+Shift+A); False with no hit."""
        if not (0 <= self._current_hit < len(self._hits)):
            return False
        i, rects = self._hits[self._current_hit]

        def pick(words: list[tuple]) -> None:
            inside = words_in_rects(words, rects)
            if inside:
                self._select(i, *sentence_around(words, inside[0], inside[-1]))
        self._with_words(i, pick)
        return True

    def _extend_selection(self, step: int) -> None:
        if not self._sel or self._sel[0] not in self._words:
            return
        i, a, b = self._sel
        self._select(i, a, min(max(b + step, 0), len(self._words[i]) - 1))

    def selection_key(self, e) -> bool:
        """Handle a selection key of the focused view; True when ``e`` was one."""
        mods = e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                                | Qt.KeyboardModifier.AltModifier)
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if e.key() == Qt.Key.Key_A and mods == ctrl:
            self.select_page_text()
        elif e.key() == Qt.Key.Key_A and mods == ctrl | shift:
            self.select_hit_sentence()
        elif e.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left) and mods == shift:
            self._extend_selection(1 if e.key() == Qt.Key.Key_Right else -1)
        else:
            return False
        return True

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
        a = m.addAction(self.tr("Select the page's text"), self.select_page_text)
        a.setShortcut(QKeySequence("Ctrl+A"))
        a = m.addAction(self.tr("Select the sentence of the hit"), self.select_hit_sentence)
        a.setShortcut(QKeySequence("Ctrl+Shift+A"))
        a.setEnabled(0 <= self._current_hit < len(self._hits))
        for fn in self._context_providers:
            fn(m, self)
        m.exec(e.globalPos())
