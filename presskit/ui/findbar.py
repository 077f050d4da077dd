"""The reading pane's small tool buttons, and its find bar (find in the document shown, as you type)."""

from __future__ import annotations

from .keys import give_way_to_shortcuts
from .qt import QFrame, QHBoxLayout, QLabel, QLineEdit, QTimer, QToolButton, Qt
from .theme import css

BTN_STYLE = css("QToolButton { padding: 3px 8px; border: 1px solid transparent; border-radius: 4px; }"
                "QToolButton:hover { background: @HOVER; border-color: @LINE_TOOL; }"
                "QToolButton:checked { background: @SELECTED; border-color: @SELECTED_LINE; font-weight: 600; }")


def tool(text: str, tip: str, parent=None, checkable: bool = False) -> QToolButton:
    """A flat tool button with its text, a tooltip that says what it does, and that as accessible name."""
    b = QToolButton(parent)
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setCheckable(checkable)
    b.setAutoRaise(True)
    b.setStyleSheet(BTN_STYLE)
    return b


class FindBar(QFrame):
    """Find in the document shown: accent-insensitive, as you type; Enter / Shift+Enter step, Esc closes."""

    def __init__(self, reader):
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
        give_way_to_shortcuts(self.edit)
        lay.addWidget(self.edit, 1)
        self.prev_btn = tool(self.tr("Previous"), self.tr("Previous match (Shift+F3)"))
        self.next_btn = tool(self.tr("Next"), self.tr("Next match (F3)"))
        self.close_btn = tool(self.tr("Close"), self.tr("Close the find bar (Esc)"))
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
        self.reader.focus_view()

    def keyPressEvent(self, e) -> None:  # noqa: N802
        if e.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(e)
