"""Reading view for HTML, Markdown and plain-text documents, with find and accent-insensitive highlights.

HTML never loads anything from outside the kit: :meth:`SafeBrowser.loadResource` answers only for
files inside the kit folder, and links are never followed (a click emits ``linkActivated``).

Signals (TextView):
    hitsChanged(int, int): current hit (0-based, -1 for none) and number of hits.
    linkActivated(str): a link was clicked (the window copies web addresses, never opens them).
    itemLinkActivated(str): a link to another file of the kit was clicked (relative path).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Sequence

from ..ingest.office import read_office
from ..model import OFFICE_MEDIA
from ..textmatch import match_text, query_sequences
from .officeview import render_office
from .pagewords import SENTENCE_END
from .qt import (
    QFont, QTextBrowser, QTextCharFormat, QTextCursor, QTextDocument, QTextEdit, Qt, QUrl, Signal,
)
from .theme import CURRENT_HIT_TEXT, HIT_TEXT, color, css

MAX_TEXT_BYTES = 20 * 1024 * 1024

_MD = QTextDocument.MarkdownFeature
_MD_UNDERLINE = 0x4000  # md4c's MD_FLAG_UNDERLINE: "_word_" drawn underlined, like a link
#: GitHub Markdown (tables, autolinks, strikethrough) with ``_emphasis_`` in italics as CommonMark says,
#: not underlined; raw HTML in a Markdown file is shown as text, never interpreted.
MARKDOWN_FEATURES = _MD(_MD.MarkdownDialectGitHub.value & ~_MD_UNDERLINE | _MD.MarkdownNoHTML.value)


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads images only from inside ``root`` and follows no link."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.root: Path | None = None
        self.base: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked: list[str] = []

    def keyPressEvent(self, e) -> None:  # noqa: N802
        """Space and Shift+Space scroll by a screen, as Page Down and Page Up do (read-only view)."""
        if e.key() == Qt.Key.Key_Space and not (e.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            sb = self.verticalScrollBar()
            step = sb.pageStep()
            sb.setValue(sb.value() - step if e.modifiers() & Qt.KeyboardModifier.ShiftModifier else sb.value() + step)
            return
        super().keyPressEvent(e)

    def loadResource(self, rtype: int, url: QUrl):  # noqa: N802
        if url.scheme() not in ("", "file") or self.root is None or self.base is None:
            self.blocked.append(url.toString())
            return None
        rel = url.toLocalFile() if url.scheme() == "file" else url.path()
        try:
            p = (self.base / rel).resolve()
            p.relative_to(self.root.resolve())
        except (ValueError, OSError):
            self.blocked.append(url.toString())
            return None
        if not p.is_file() or p.stat().st_size > MAX_TEXT_BYTES:
            return None
        return p.read_bytes() if rtype != QTextDocument.ResourceType.StyleSheetResource else p.read_text(
            encoding="utf-8", errors="replace")


_SENTENCE_GAP = re.compile(SENTENCE_END + r"(?:\s+|$)")


class TextView(SafeBrowser):
    hitsChanged = Signal(int, int)
    linkActivated = Signal(str)
    itemLinkActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Document text"))
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDocumentMargin(28)
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10.5) * 1.08)
        self.document().setDefaultFont(f)
        self.document().setDefaultStyleSheet(
            css("body { line-height: 140%; } h1 { font-size: 20pt; } h2 { font-size: 15pt; } "
                "p { margin-bottom: 8px; } a { color: @LINK; }"))
        self._spans: list[tuple[int, int]] = []
        self._sections: list[int] = []  # where each section of a Word/OpenDocument file starts
        self._current = -1
        self._zoom = 0
        self.path: str | None = None
        # a caret and Shift+arrows, so the keyboard selects a passage to copy (or cite) as the mouse does
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def keyPressEvent(self, e) -> None:  # noqa: N802
        """Ctrl+Shift+A selects the sentence of the current search hit, as in a PDF."""
        mods = e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                                | Qt.KeyboardModifier.AltModifier)
        if e.key() == Qt.Key.Key_A and mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier:
            self.select_hit_sentence()
            return
        super().keyPressEvent(e)

    def select_hit_sentence(self) -> bool:
        """Select the sentence holding the current hit, within its paragraph; False with no hit."""
        if not (0 <= self._current < len(self._spans)):
            return False
        a, b = self._spans[self._current]
        block = self.document().findBlock(a)
        text, base = block.text(), block.position()
        start = 0
        for m in _SENTENCE_GAP.finditer(text, 0, a - base):
            start = m.end()
        m = _SENTENCE_GAP.search(text, b - base)
        end = m.start() + len(m.group(0).rstrip()) if m else len(text.rstrip())
        c = QTextCursor(self.document())
        c.setPosition(base + start)
        c.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        return True

    # -- loading -----------------------------------------------------------------------------
    def load_file(self, path: Path, media: str, kit_root: Path) -> None:
        self.root, self.base, self.path = Path(kit_root), Path(path).parent, str(path)
        self.blocked = []
        self.clear_highlight()
        self._sections = []
        if media == OFFICE_MEDIA:
            self._load_office(Path(path))
            return
        raw = Path(path).read_bytes()[:MAX_TEXT_BYTES]
        text = raw.decode("utf-8", errors="replace")
        if media == "html":
            self.setHtml(text)
        elif media == "markdown":
            self.document().setMarkdown(text, MARKDOWN_FEATURES)
        else:
            self.setHtml("<pre style='white-space: pre-wrap; font-family: sans-serif'>"
                         + html.escape(text) + "</pre>")
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _load_office(self, path: Path) -> None:
        """A Word or OpenDocument file, with its headings, lists and tables (never as HTML).

        Raises the reader's errors (:class:`presskit.errors.ExtractError`) for a damaged file."""
        doc = read_office(path)
        size = self.document().defaultFont().pointSizeF()
        self._sections = render_office(self.document(), doc.sections,
                                       section_kind=doc.meta.get("section_kind", "section"),
                                       base_size=size if size > 0 else 11.0)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def go_to_section(self, n: int) -> None:
        """Scroll to section ``n`` (1-based: the "page" of a search hit in a Word/OpenDocument file)."""
        if 1 <= n <= len(self._sections):
            c = QTextCursor(self.document())
            c.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(c)
            c.setPosition(self._sections[n - 1])
            self.setTextCursor(c)
            self.ensureCursorVisible()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "ftp", "tel") or url.isRelative() and url.host():
            self.linkActivated.emit(url.toString())
        elif url.scheme() in ("", "file") and url.path():
            self.itemLinkActivated.emit(url.path())
        elif url.toString().startswith("#"):
            self.scrollToAnchor(url.fragment())
        else:
            self.linkActivated.emit(url.toString())

    # -- position ----------------------------------------------------------------------------
    def position(self) -> tuple[int, float]:
        sb = self.verticalScrollBar()
        return (1, round(sb.value() / sb.maximum(), 3) if sb.maximum() else 0.0)

    def go_to_fraction(self, frac: float) -> None:
        sb = self.verticalScrollBar()
        sb.setValue(int(frac * sb.maximum()))

    # -- zoom --------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.zoomIn(1)
        self._zoom += 1

    def zoom_out(self) -> None:
        self.zoomOut(1)
        self._zoom -= 1

    # -- highlights --------------------------------------------------------------------------
    def set_highlight(self, sequences: Sequence[Sequence[str]], prefix_last: bool = False) -> None:
        text = self.document().toPlainText()
        self._spans = match_text(text, sequences, prefix_last) if sequences else []
        self._current = 0 if self._spans else -1
        self._paint()
        if self._spans:
            self._show_current()
        self.hitsChanged.emit(self._current, len(self._spans))

    def find(self, text: str) -> None:
        self.set_highlight(query_sequences(text), prefix_last=True)

    def clear_highlight(self) -> None:
        self._spans, self._current = [], -1
        self.setExtraSelections([])
        self.hitsChanged.emit(-1, 0)

    @property
    def hits(self) -> list[tuple[int, int]]:
        return self._spans

    @property
    def current_hit(self) -> int:
        return self._current

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, d: int) -> None:
        if not self._spans:
            return
        self._current = (self._current + d) % len(self._spans)
        self._paint()
        self._show_current()
        self.hitsChanged.emit(self._current, len(self._spans))

    def _paint(self) -> None:
        sels = []
        for k, (a, b) in enumerate(self._spans):
            s = QTextEdit.ExtraSelection()
            c = QTextCursor(self.document())
            c.setPosition(a)
            c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            s.cursor = c
            fmt = QTextCharFormat()
            fmt.setBackground(color(CURRENT_HIT_TEXT if k == self._current else HIT_TEXT))
            s.format = fmt
            sels.append(s)
        self.setExtraSelections(sels)

    def _show_current(self) -> None:
        """Bring the current hit into view, a third of the way down, with the lines before it to read it in.

        Scrolling only until the hit's end showed left it on the window's last line, the sentence that
        introduces a quotation out of sight; a hit already well inside the view does not move it."""
        a, b = self._spans[self._current]
        c = QTextCursor(self.document())
        c.setPosition(b)
        self.setTextCursor(c)
        self.ensureCursorVisible()
        end = self.cursorRect(c)
        c.setPosition(a)
        self.setTextCursor(c)
        start = self.cursorRect(c)
        view = self.viewport().height()
        margin = view // 8
        if view > 4 * start.height() and (start.top() < margin or end.bottom() > view - margin):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + start.top() - max(margin, (view - (end.bottom() - start.top())) // 3))

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")
