"""Search hits in the PDF view: highlighting the matches of a query or a find, stepping through
them, and the word boxes of scanned pages (from the index) they are found in. A mixin of
:class:`~presskit.ui.pdfview.PdfView`, whose state (``_hits``, ``_current_hit``, ``_words``, the
page geometry) it reads and writes; the hits are found off the GUI thread (:func:`.pdfwork.find_hits`).
"""

from __future__ import annotations

from typing import Sequence

from ..textmatch import query_sequences
from .pdfwork import find_hits


class PdfHits:
    """The hits half of :class:`~presskit.ui.pdfview.PdfView`."""

    # -- hits --------------------------------------------------------------------------------
    def set_highlight(self, sequences: Sequence[Sequence[str]], prefix_last: bool = False,
                      start_page: int | None = None) -> None:
        """Highlight every match of the folded word ``sequences``; select the first hit at or after
        ``start_page`` (1-based) when given."""
        seqs = [list(s) for s in sequences if s]
        self._hit_query = (tuple(map(tuple, seqs)), prefix_last)
        if seqs and self.path and not self.sizes:  # still loading: highlight once the pages are laid out
            self._pending_highlight = (seqs, prefix_last, start_page)
            return
        if not seqs or not self.path:
            self._hits, self._current_hit = [], -1
            self._work.cancel("hits")
            self.hitsChanged.emit(-1, 0)
            self.viewport().update()
            return
        gen, path = self._gen, self.path

        def done(hits) -> None:
            if gen != self._gen:
                return
            self._hits = hits
            self._current_hit = -1
            if hits:
                if start_page is not None:
                    k = next((n for n, h in enumerate(hits) if h[0] >= start_page - 1), 0)
                    self._current_hit = k
                    self._ensure_hit_visible(only_if_hidden=True)
                else:
                    self._current_hit = 0
                    self._ensure_hit_visible(only_if_hidden=True)
            self.hitsChanged.emit(self._current_hit, len(hits))
            self.viewport().update()

        ocr = self._ocr_words
        self._work.run(lambda ctx: find_hits(path, seqs, prefix_last, ctx.cancelled, ocr_words=ocr),
                       on_result=done, key="hits")

    def set_ocr_words(self, words: dict[int, list[tuple]]) -> None:
        """Word boxes of the scanned pages of the loaded document (0-based page -> words), from the
        index: hits and selections on those pages are drawn from them. Call after :meth:`load`."""
        self._ocr_words = dict(words)
        for i in self._ocr_words:
            self._words.pop(i, None)
        if self._hit_query and self._hit_query[0] and not self._pending_highlight:
            self.set_highlight([list(s) for s in self._hit_query[0]], self._hit_query[1])
        self.viewport().update()

    def find(self, text: str) -> None:
        """Find-in-document: accent- and case-insensitive; the last word may be a prefix."""
        self.set_highlight(query_sequences(text), prefix_last=True, start_page=self.current_page)

    @property
    def hits(self) -> list[tuple[int, list[tuple]]]:
        return self._hits

    @property
    def current_hit(self) -> int:
        return self._current_hit

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, d: int) -> None:
        if not self._hits:
            return
        before = self.current_page
        self._current_hit = (self._current_hit + d) % len(self._hits) if self._current_hit >= 0 else 0
        self._ensure_hit_visible()
        if self.current_page != before:
            self.jumped.emit(self.current_page)
        self.hitsChanged.emit(self._current_hit, len(self._hits))
        self.viewport().update()

    def _ensure_hit_visible(self, only_if_hidden: bool = False) -> None:
        if not (0 <= self._current_hit < len(self._hits)) or not self._tops:
            return
        i, rects = self._hits[self._current_hit]
        top = min(r[1] for r in rects) * self.zoom + self._tops[i]
        bottom = max(r[3] for r in rects) * self.zoom + self._tops[i]
        y0 = self.verticalScrollBar().value()
        vh = self.viewport().height()
        if only_if_hidden and top >= y0 + 20 and bottom <= y0 + vh - 20:
            return
        self.verticalScrollBar().setValue(int((top + bottom) / 2 - vh / 3))
        self._on_scrolled()
