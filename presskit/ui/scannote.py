"""The note over a scanned page: its text was recognised by OCR (check it before quoting), or it
could not be recognised at all (nothing on it can be found by search)."""

from __future__ import annotations

from ..model import Item
from .qt import QLabel, Qt
from .theme import css


class ScanNote(QLabel):
    """A one-line note under the reader's header, shown only on scanned pages."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(css("#scanNote { background: @FIND_BAR; color: @CAUTION; "
                               "border: 1px solid @FIND_BAR_LINE; border-radius: 4px; padding: 4px 8px; }"))
        self.setAccessibleName(self.tr("About this page"))
        self.hide()

    def show_for(self, item: Item | None, page: int | None) -> None:
        """Show the note that fits ``page`` (1-based) of ``item``, or hide it."""
        text = ""
        if item is not None and page:
            if item.is_ocr_page(page):
                text = self.tr("Text recognised from a scan — check against the page before quoting")
            elif page in item.unread_pages:
                text = self.tr("Scanned page whose text could not be recognised: search does not find its words")
        self.setText(text)
        self.setVisible(bool(text))

