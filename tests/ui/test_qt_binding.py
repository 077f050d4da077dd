"""The Qt binding must keep reference counts straight: a long session must not abort.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a method returning
nothing (setText, processEvents, ...): after a few thousand calls Python aborts with
"none_dealloc". pyproject.toml excludes it; this test catches any binding that does it again.
"""

from __future__ import annotations

import sys


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    from presskit.ui.qt import QApplication, QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -100
