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
def test_a_large_png_is_held_whole_only_once_while_it_is_reduced(tmp_path):
    """A PNG cannot be decoded at a reduced scale: it is decoded once and reduced in place. It was
    also turned (a second whole copy, even upright) before it was reduced."""
    path = _photo(tmp_path, "large.png", (6000, 4000), compress_level=1)
    whole = 6000 * 4000 * 4  # Pillow holds RGB in 4 bytes a pixel: 96 MB
    out = subprocess.run([sys.executable, "-c", _PEAK, path], capture_output=True, text=True, timeout=120,
                         check=True)
    before, after, w, h = json.loads(out.stdout)
    assert (w, h) == (1024, 683)
    assert after - before < 1.75 * whole, (before, after)  # it was 2.4 times


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
