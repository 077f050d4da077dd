"""Layouts and controls that reflow instead of cutting text: a flow layout, and a combo box as wide as
the value it shows.

:class:`FlowLayout` puts its widgets in a row while they fit and starts a new row when they do not
(Qt's "flow layout" example, with height-for-width so the parent grows a row taller), each row
stretched to the full width. :class:`FitComboBox` is never narrower than its current text: with both,
a filter row at 1024 pixels in French wraps to two rows rather than reading "Tout t…".
"""

from __future__ import annotations

from .qt import QComboBox, QLayout, QPoint, QRect, QSize, QSizePolicy, QStyle, QStyleOptionComboBox, Qt


_EXPANDING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to new rows; each full row is stretched to the width."""

    def __init__(self, parent=None, spacing: int = 6, justify: bool = True):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.justify = justify
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ----------------------------------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int):  # noqa: N802
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int):  # noqa: N802
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row, as wide as every widget side by side."""
        visible = [it for it in self._items if not it.isEmpty()]
        w = sum(it.sizeHint().width() for it in visible) + self._spacing * max(0, len(visible) - 1)
        h = max((it.sizeHint().height() for it in visible), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest widget (each on a row of its own)."""
        size = QSize()
        for it in self._items:
            if not it.isEmpty():
                size = size.expandedTo(it.minimumSize().expandedTo(it.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- layout ------------------------------------------------------------------------------------
    def _rows(self, width: int) -> list[list]:
        rows: list[list] = [[]]
        used = 0
        for it in self._items:
            if it.isEmpty():
                continue
            w = it.sizeHint().width()
            if rows[-1] and used + self._spacing + w > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(it)
        return [r for r in rows if r]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            h = max(it.sizeHint().height() for it in row)
            widths = [it.sizeHint().width() for it in row]
            spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
            stretchy = [i for i, it in enumerate(row) if self.justify and it.widget() is not None
                        and it.widget().sizePolicy().horizontalPolicy() in _EXPANDING]
            if spare > 0 and stretchy:
                share, rest = divmod(spare, len(stretchy))
                for n, i in enumerate(stretchy):
                    widths[i] += share + (1 if n < rest else 0)
            x = area.x()
            if apply:
                for it, w in zip(row, widths):
                    it.setGeometry(QRect(QPoint(x, y + (h - it.sizeHint().height()) // 2),
                                         QSize(w, it.sizeHint().height())))
                    x += w + self._spacing
            y += h + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if self._items else 0


class FitComboBox(QComboBox):
    """A combo box whose size follows the value shown: never "All kind…" while its text is longer."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def text_width_needed(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.currentText())

    def sizeHint(self) -> QSize:  # noqa: N802
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        content = QSize(self.text_width_needed() + 4, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, content, self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()
