"""The Windows and macOS icon files build.spec embeds (packaging/icons) hold every size and match the PNGs."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"
RES = ROOT / "presskit" / "ui" / "resources"


def test_ico_holds_16_to_256_drawn_at_each_size():
    ico = Image.open(ICONS / "presskit.ico")
    assert ico.format == "ICO"
    assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    for s in (16, 32, 256):
        ico.size = (s, s)
        ico.load()
        png = Image.open(RES / f"presskit-{s}.png").convert("RGBA")
        assert ImageChops.difference(ico.convert("RGBA"), png).getbbox() is None, "run tools/make_icons.py"


def test_icns_is_readable_up_to_1024():
    icns = Image.open(ICONS / "presskit.icns")
    assert icns.format == "ICNS"
    assert icns.size == (1024, 1024)
    assert {(32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 1), (512, 512, 2)} <= set(icns.info["sizes"])

