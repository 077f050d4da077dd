#!/usr/bin/env python3
"""Render the application icon (presskit/ui/resources/presskit.svg) to PNGs of every usual size, and to
the Windows and macOS icon files PyInstaller puts into the executable.

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

* ``presskit/ui/resources/presskit-<size>.png`` (16 to 512 px): the window icon at run time and, on
  Linux, the launcher's (``packaging/linux/install.sh``).
* ``packaging/icons/presskit.ico`` (16 to 256 px) and ``packaging/icons/presskit.icns`` (32 to 1024 px,
  as Pillow writes it): used only when building on Windows / macOS (``build.spec``), so they stay out
  of the app's own resources.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RES = ROOT / "presskit" / "ui" / "resources"
ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # the sizes Pillow's ICNS writer stores


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    renderer = QSvgRenderer(str(RES / "presskit.svg"))

    def render(s: int) -> QImage:
        img = QImage(s, s, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        return img

    def to_pillow(img: QImage) -> Image.Image:
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")
        return Image.open(io.BytesIO(bytes(buf.data()))).convert("RGBA")

    rendered: dict[int, Image.Image] = {}
    for s in sorted(set(SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        img = render(s)
        rendered[s] = to_pillow(img)
        if s in SIZES:
            out = RES / f"presskit-{s}.png"
            img.save(str(out))
            print("wrote", out)

    # each size drawn from the SVG at that size, not scaled down from the largest
    ICONS.mkdir(parents=True, exist_ok=True)
    ico = ICONS / "presskit.ico"
    rendered[max(ICO_SIZES)].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                                  append_images=[rendered[s] for s in ICO_SIZES])
    print("wrote", ico)
    icns = ICONS / "presskit.icns"
    rendered[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[rendered[s] for s in ICNS_SIZES])
    print("wrote", icns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
