#!/usr/bin/env python3
"""Render the application icon (presskit/ui/resources/presskit.svg) to PNGs of every usual size.

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

RES = Path(__file__).resolve().parents[1] / "presskit" / "ui" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    renderer = QSvgRenderer(str(RES / "presskit.svg"))
    for s in SIZES:
        img = QImage(s, s, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        out = RES / f"presskit-{s}.png"
        img.save(str(out))
        print("wrote", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
