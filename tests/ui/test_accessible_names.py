"""Every widget the keyboard can reach has a name a screen reader announces, with a PDF and a photo
open (QAccessible, the interface screen readers use)."""

from __future__ import annotations

import pytest

from presskit.ui.qt import Qt, QWidget

pytestmark = pytest.mark.gui


def _unnamed(root) -> list[str]:
    from PySide6.QtGui import QAccessible  # the test reads what a screen reader is given

    out = []
    for wd in [root, *root.findChildren(QWidget)]:
        if not wd.isVisible() or wd.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(wd)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(wd).__name__} {wd.objectName()!r} in {type(wd.parentWidget()).__name__}")
    return out


def test_focusable_widgets_have_accessible_names_on_a_pdf_and_a_photo(qtbot, win, built_kit):
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    assert _unnamed(win) == []
    pdf = next(i for i in win.kit.items if i.media == "pdf")
    with qtbot.waitSignal(win.reader.pdf.documentLoaded, timeout=10000):
        win.open_item(pdf.id, 1)
    assert _unnamed(win) == []
    photo = next(i for i in win.kit.items if i.kind == "photo")
    win.open_item(photo.id, 1)
    qtbot.waitUntil(lambda: win.reader.photo.isVisible(), timeout=10000)
    assert _unnamed(win) == []
    area = win.reader.photo.area
    assert area.accessibleName().startswith("Photo: ") and len(area.accessibleName()) > len("Photo: ")
