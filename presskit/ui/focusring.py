"""A visible ring around the pane that has the keyboard.

The panes (navigator, list, document, photo, About page) draw no frame of their own, and Qt's style
marks their focus only on a current row, if at all: after F6 to the document, nothing on the screen
said where the keys would go. :class:`FocusRing` is one overlay, moved over whichever registered pane
holds the focus (the pane or any widget inside it) and hidden when none does. It draws on top of the
pane, takes no mouse events and no focus, and changes no layout.
"""

from __future__ import annotations

from typing import Callable, Iterable

from . import theme
from .qt import QApplication, QColor, QEvent, QPainter, QPen, Qt, QWidget


class FocusRing(QWidget):
    """A 2-pixel frame in the theme's focus colour over the focused pane; ``panes()`` lists them."""

    WIDTH = 2

    def __init__(self, panes: Callable[[], Iterable[QWidget | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self._panes = panes
        self.pane: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        pane = None
        if new is not None:
            pane = next((p for p in self._panes() if p is not None and p.isVisible()
                         and (p is new or p.isAncestorOf(new))), None)
        if pane is not self.pane:
            if self.pane is not None:
                self.pane.removeEventFilter(self)
            self.pane = pane
            if pane is not None:
                pane.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        if self.pane is None:
            self.hide()
            return
        if self.parent() is not self.pane:
            self.setParent(self.pane)
        self.setGeometry(self.pane.rect())
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, obj, e) -> bool:  # noqa: N802
        if obj is self.pane and e.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            if e.type() != QEvent.Type.ChildAdded or e.child() is not self:
                self._place()
        elif obj is self.pane and e.type() == QEvent.Type.Hide:
            self.hide()
        return False

    def paintEvent(self, _e) -> None:  # noqa: N802
        p = QPainter(self)
        p.setPen(QPen(QColor(theme.FOCUS), self.WIDTH))
        half = self.WIDTH / 2
        p.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
