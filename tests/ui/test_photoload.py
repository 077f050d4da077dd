"""presskit.ui.photoload and the photo pane: a large photo is decoded at the size it is shown, its
actual size only when asked for, and one over the viewer's limit says so in a sentence."""

from __future__ import annotations

import json
import subprocess
import sys
import types

import pytest
from PIL import Image

from presskit.errors import TooBigError
from presskit.ui import photoload
from presskit.ui.photoload import load_photo
from presskit.ui.photoview import PhotoView


def _photo(tmp_path, name, size, **save):
    path = tmp_path / name
    im = Image.new("RGB", size, (40, 90, 160))
    im.paste((220, 30, 30), (0, 0, size[0] // 2, size[1] // 2))  # top left red: shows the orientation
    im.save(path, **save)
    return str(path)


def _show(qtbot, path, size=(800, 600)):
    view = PhotoView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    kit = types.SimpleNamespace(path_of=lambda item: path)
    item = types.SimpleNamespace(id="p", caption="A wide photo", title="", path=path, credit="Jo Smith",
                                 copyright="")
    with qtbot.waitSignal(view.imageShown, timeout=20000):
        view.show_photo(kit, item)
    return view


def test_a_large_photo_is_decoded_at_the_size_shown_and_at_its_own_size_at_100_percent(qtbot, tmp_path):
    """A 5,000-pixel-wide photo was decoded 4,096 wide to fill an 800-pixel pane, and "100 %" then
    showed those 4,096 pixels, not the photo's 5,000."""
    path = _photo(tmp_path, "wide.jpg", (5000, 1000), quality=80)
    view = _show(qtbot, path)
    assert view.area.image.width() <= 2048  # about the pane's size, not the photo's
    assert view.area.photo_size == (5000, 1000)
    with qtbot.waitSignal(view.imageShown, timeout=20000):
        view.actual_btn.click()
    pm = view.area.label.pixmap()
    assert (pm.width(), pm.height()) == (5000, 1000)
    view.fit()  # back to the window: from the small decode, the large one kept for the next 100 %
    assert view.area.label.pixmap().width() <= 800


def test_a_photo_turned_by_its_exif_is_shown_upright_at_any_size(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to show
    path = _photo(tmp_path, "turned.jpg", (3000, 2000), quality=90, exif=exif.tobytes())
    small, whole = load_photo(path, 600), load_photo(path)
    assert small.size == whole.size == (2000, 3000)
    assert (small.image.width(), small.image.height()) == (400, 600)
    assert (whole.image.width(), whole.image.height()) == (2000, 3000)
    # the red quarter was top left; turned clockwise it is top right
    assert small.image.pixelColor(390, 10).red() > 180 and small.image.pixelColor(10, 10).red() < 100


def test_a_photo_over_the_limit_says_so_in_the_pane(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(photoload, "MAX_SHOWN_PIXELS", 1_000_000)
    path = _photo(tmp_path, "huge.png", (1200, 1000))
    with pytest.raises(TooBigError, match=r"huge.png is 1200 x 1000 pixels .* more than the 1 megapixels"):
        load_photo(path, 600)
    view = PhotoView()
    qtbot.addWidget(view)
    kit = types.SimpleNamespace(path_of=lambda item: path)
    item = types.SimpleNamespace(id="p", caption="", title="huge", path=path, credit="", copyright="")
    view.show_photo(kit, item)
    qtbot.waitUntil(lambda: "more than the 1 megapixels" in view.area.label.text(), timeout=10000)
    assert view.area.label.text().startswith("This photo cannot be shown: huge.png is 1200 x 1000 pixels")


# the peak resident size of this process's memory (VmHWM: ru_maxrss starts at the parent's peak after exec)
_PEAK = """
import json, re, sys
from presskit.ui.qt import QImage
from presskit.ui.photoload import load_image
def peak():
    with open("/proc/self/status") as f:
        return int(re.search(r"VmHWM:\\s*(\\d+) kB", f.read()).group(1)) * 1024
before = peak()
img = load_image(sys.argv[1], 1024)
after = peak()
print(json.dumps([before, after, img.width(), img.height()]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/status: Linux")
def test_a_large_png_is_never_held_whole_while_it_is_reduced(tmp_path):
    """A PNG cannot be decoded at a reduced scale: it was decoded whole (and, before that, turned: a
    second whole copy) and then reduced. It is read and reduced a band of rows at a time now."""
    path = _photo(tmp_path, "large.png", (6000, 4000), compress_level=1)
    whole = 6000 * 4000 * 4  # Pillow holds RGB in 4 bytes a pixel: 96 MB
    out = subprocess.run([sys.executable, "-c", _PEAK, path], capture_output=True, text=True, timeout=120,
                         check=True)
    before, after, w, h = json.loads(out.stdout)
    assert (w, h) == (1024, 683)
    assert after - before < 0.4 * whole, (before, after)  # it was 2.4 times, then 1.1 (decoded whole once)


def test_a_large_picture_at_100_percent_is_painted_from_the_photo_not_copied(qtbot, tmp_path):
    """At 100 % a large photo was copied whole into a picture in the screen's format (432 MB more for
    108 megapixels): it is painted straight from the decoded photo, the part on screen only."""
    from presskit.ui.photoview import DIRECT_PIXELS
    from presskit.ui.qt import QRect

    path = _photo(tmp_path, "large.jpg", (5000, 4000), quality=80)
    assert 5000 * 4000 > DIRECT_PIXELS
    view = _show(qtbot, path)
    with qtbot.waitSignal(view.imageShown, timeout=20000):
        view.actual_btn.click()
    label = view.area.label
    assert label.pixmap().isNull() and label.picture.width() == 5000
    assert (label.width(), label.height()) == (5000, 4000)
    corner = label.grab(QRect(0, 0, 100, 100)).toImage()  # the red quarter, painted
    assert corner.pixelColor(50, 50).red() > 180 and corner.pixelColor(50, 50).blue() < 100
    view.fit()  # back to a picture of the pane's size
    assert not label.pixmap().isNull() and label.picture is None


def _noise(tmp_path, name, mode, orientation=1, size=(53, 37), **save):
    """A photo of random pixels (every pixel counts when compared) with an EXIF orientation."""
    import random

    im = Image.frombytes("RGB", size, random.Random(orientation).randbytes(size[0] * size[1] * 3)).convert(mode)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"{orientation}-{name}"
    im.save(path, exif=exif.tobytes(), **save)
    return str(path)


def _rgba(q) -> bytes:
    from presskit.ui.qt import QImage

    q = q.convertToFormat(QImage.Format.Format_RGBA8888)  # 4 bytes a pixel: rows without padding
    return bytes(q.constBits())[:q.width() * q.height() * 4]


@pytest.mark.parametrize("name,mode", [("p.jpg", "RGB"), ("p.png", "RGB"), ("p.png", "RGBA"), ("p.png", "L")])
def test_a_photo_at_its_own_size_is_pixel_for_pixel_what_pillow_decodes_upright(tmp_path, name, mode):
    """The actual-size photo is decoded straight into the QImage and turned by Qt: every pixel and
    every EXIF orientation must come out as Pillow's own decode turned by ImageOps.exif_transpose."""
    from PIL import ImageOps

    from presskit.ui.qt import QImage

    for orientation in range(1, 9):
        path = _noise(tmp_path, name, mode, orientation, **({"quality": 95} if name.endswith("jpg") else {}))
        photo = load_photo(path)
        with Image.open(path) as im:
            ref = ImageOps.exif_transpose(im).convert("RGBA")
        assert photo.size == ref.size == (photo.image.width(), photo.image.height())
        assert not photo.reduced
        assert _rgba(photo.image) == ref.tobytes(), orientation
        assert photo.image.format() != QImage.Format.Format_RGB888  # decoded in place, not copied into one


@pytest.mark.parametrize("name", ["big.jpg", "big.png"])
def test_the_photo_at_100_percent_is_never_held_by_pillow_as_well(tmp_path, monkeypatch, name):
    """A 108-megapixel photo at 100 % held 839 MB at its peak: Pillow's decoded picture (4 bytes a
    pixel) and a copy of it in the QImage. Pillow now decodes into the QImage's memory: it makes no
    picture of the photo's size of its own."""
    from PIL import Image as PilImage

    path = _photo(tmp_path, name, (2400, 1600), **({"quality": 80} if name.endswith("jpg") else {}))
    made = []
    real = PilImage.core.new
    monkeypatch.setattr(PilImage.core, "new", lambda mode, size, *a: (made.append(tuple(size)), real(mode, size, *a))[1])
    photo = load_photo(path)
    assert (photo.image.width(), photo.image.height()) == photo.size == (2400, 1600)
    assert (2400, 1600) not in made
    assert photo.image.pixelColor(10, 10).red() > 180 and photo.image.pixelColor(2390, 1590).blue() > 120
    small = load_photo(path, 600)  # a JPEG at a reduced scale goes through Pillow's own image (made
    assert (small.image.width(), small.image.height()) == (600, 400)  # is seen); a PNG band by band
    assert made or name.endswith(".png")


_PEAK_WHOLE = _PEAK.replace("load_image(sys.argv[1], 1024)", "load_image(sys.argv[1])")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/status: Linux")
def test_a_large_photo_at_its_own_size_is_held_once(tmp_path):
    """Decoded whole, a 24-megapixel JPEG was held twice (Pillow's 96 MB and the QImage's 72 MB)."""
    path = _photo(tmp_path, "whole.jpg", (6000, 4000), quality=80)
    whole = 6000 * 4000 * 4
    out = subprocess.run([sys.executable, "-c", _PEAK_WHOLE, path], capture_output=True, text=True, timeout=120,
                         check=True)
    before, after, w, h = json.loads(out.stdout)
    assert (w, h) == (6000, 4000)
    assert after - before < 1.3 * whole, (before, after)  # it was 1.8 times


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L"])
def test_a_large_png_read_in_bands_is_the_photo_pillow_reduces_turned_upright(tmp_path, mode):
    """Read a band at a time, the reduced PNG is the same picture: no seam between bands, the EXIF
    orientation (in an eXIf chunk) applied, every row there."""
    from PIL import ImageChops, ImageDraw, ImageStat

    from presskit.ui.pngbands import reduce_png

    im = Image.new(mode, (3000, 2001), {"L": 0, "RGB": (0, 0, 0), "RGBA": (0, 0, 0, 255)}[mode])
    draw = ImageDraw.Draw(im)
    for x in range(0, 3000, 40):  # diagonals: every PNG row filter is used, and a seam would show
        draw.line((x, 0, 3000 - x, 2000), fill=(x * 7) % 256 if mode == "L" else ((x * 7) % 256, 90, 160, 255))
    im.paste(255 if mode == "L" else (220, 30, 30, 255), (0, 0, 1500, 1000))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = str(tmp_path / "banded.png")
    im.save(path, compress_level=1, exif=exif.tobytes())
    assert reduce_png(path, 600) is not None  # read in bands, not decoded as before
    shown = load_photo(path, 600)
    assert shown.size == (2001, 3000)
    assert (shown.image.width(), shown.image.height()) == (400, 600)
    ref = Image.open(path).convert("RGB").transpose(Image.Transpose.ROTATE_270)
    ref.thumbnail((600, 600))
    got = Image.frombytes("RGB", (400, 600), _rgb_bytes(shown.image))
    diff = ImageChops.difference(ref, got).convert("L")
    assert ImageStat.Stat(diff).mean[0] < 6  # the same picture (resampling differs a little)
    assert got.getpixel((390, 10))[0] > 180 and got.getpixel((10, 10))[0] < 100  # the red quarter: top right


def _rgb_bytes(q):
    from presskit.ui.qt import QImage

    q = q.convertToFormat(QImage.Format.Format_RGB888)
    row = q.width() * 3
    data = bytes(q.constBits())
    return b"".join(data[y * q.bytesPerLine():y * q.bytesPerLine() + row] for y in range(q.height()))
