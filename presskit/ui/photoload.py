"""Decoding photos for the screen, off the GUI thread (no widgets).

A photo is decoded at the size it is shown, never larger: a JPEG at a reduced scale straight from its
compressed data (Pillow's ``draft``, libjpeg's 1/2, 1/4, 1/8 scales), any other format decoded once and
reduced in place before anything else is made of it; a large PNG is read and reduced a band of rows at
a time (:mod:`.pngbands`), never held whole. A 108-megapixel PNG took 4 s and 1.1 GB to fill a
1024 x 700 window when it was decoded whole, turned (a second whole copy) and then scaled. The photo at
its actual size is decoded only when someone asks for it (100 %, or zooming past the shown size), and
then straight into the QImage's own memory: Pillow keeps an RGB picture as four bytes a pixel (red,
green, blue, a spare byte), which is the layout of ``QImage.Format_RGBX8888``, so the decoder is handed
the QImage's pixels as its image. A 108-megapixel photo at 100 % held 839 MB at its peak when it was
decoded into Pillow's memory (432 MB) and then copied into an RGB888 QImage (324 MB); it holds one
picture now (see docs/benchmarks.md). A photo the viewer must turn (EXIF orientation) is turned by Qt
from that picture into another, the first then freed.

A photo over :data:`MAX_SHOWN_PIXELS` is not decoded at all: it says so in a sentence. A kit's build
holds photos to the same limit, so only a hand-made kit meets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import TooBigError
from .qt import QImage

#: the most pixels the viewer decodes: the limit a build holds a kit's photos to
#: (``presskit.ingest.photo.MAX_IMAGE_PIXELS``, not imported: the viewer starts without the readers)
MAX_SHOWN_PIXELS = 150_000_000
#: rows copied into the QImage at a time: a whole photo is never held twice as bytes
_BAND_BYTES = 8 << 20
#: EXIF orientations that swap width and height (rotated a quarter turn)
_QUARTER_TURNS = (5, 6, 7, 8)
#: Pillow modes whose pixels are laid out in memory as a QImage format is: decoded into the QImage
_SAME_LAYOUT = {"RGB": QImage.Format.Format_RGBX8888, "RGBA": QImage.Format.Format_RGBA8888,
                "L": QImage.Format.Format_Grayscale8}
#: formats whose one tile Pillow decodes into the image it is given, untouched afterwards (a TIFF
#: may turn itself or read strips of another size: it is decoded as before)
_DECODED_IN_PLACE = ("JPEG", "MPO", "PNG")
#: how to turn a photo upright for each EXIF orientation: (m11, m12, m21, m22) of a QTransform,
#: as Pillow's ``ImageOps.exif_transpose`` turns it (2: mirrored, 3: upside down, 6: turned a
#: quarter clockwise to be upright, 5 and 7: both, 8: a quarter anticlockwise)
_UPRIGHT = {2: (-1, 0, 0, 1), 3: (-1, 0, 0, -1), 4: (1, 0, 0, -1), 5: (0, 1, 1, 0),
            6: (0, 1, -1, 0), 7: (0, -1, -1, 0), 8: (0, -1, 1, 0)}


@dataclass
class Photo:
    """A decoded photo: ``image`` at most ``max_side`` a side, ``size`` the photo's own (upright)."""

    image: QImage
    size: tuple[int, int]

    @property
    def reduced(self) -> bool:
        return self.image.width() < self.size[0] or self.image.height() < self.size[1]


def too_big_message(name: str, w: int, h: int) -> str:
    return (f"{name} is {w} x {h} pixels ({w * h / 1e6:.0f} megapixels), more than the "
            f"{MAX_SHOWN_PIXELS // 1_000_000} megapixels presskit shows. Export it and open it in an "
            "image program.")


def _open_checked(path: str):
    from pathlib import Path

    from PIL import Image

    from ..ingest.photometa import open_image  # no decompression-bomb warning for a 100-megapixel photo

    name = Path(path).name
    try:
        im = open_image(path)
    except Image.DecompressionBombError:  # past Pillow's own hard limit: the size is all we know
        raise TooBigError(f"{name} has more than the {MAX_SHOWN_PIXELS // 1_000_000} megapixels "
                          "presskit shows. Export it and open it in an image program.") from None
    w, h = im.size
    if w * h > MAX_SHOWN_PIXELS:
        im.close()
        raise TooBigError(too_big_message(name, w, h))
    return im


def load_photo(path: str, max_side: int | None = None) -> Photo:
    """Decode ``path`` upright (EXIF orientation applied), at most ``max_side`` pixels a side
    (``None``: its actual size). Raises :class:`TooBigError` over :data:`MAX_SHOWN_PIXELS`."""
    from PIL import ImageOps

    with _open_checked(path) as im:
        w, h = im.size
        if not max_side or max(w, h) <= max_side:
            whole = decode_into_qimage(im)
            if whole is not None:
                q, orientation = whole
                return Photo(upright_qimage(q, orientation), (h, w) if orientation in _QUARTER_TURNS else (w, h))
        if max_side and im.format == "PNG":
            from .pngbands import reduce_png

            banded = reduce_png(path, max_side)  # read a band at a time, never whole
            if banded is not None:
                small, orientation = banded
                q = upright_qimage(pil_to_qimage(small), orientation)
                return Photo(q, (h, w) if orientation in _QUARTER_TURNS else (w, h))
        orientation = im.getexif().get(0x0112)  # a PNG is decoded to find it (its EXIF may follow the pixels)
        if max_side and max(w, h) > max_side:
            im.draft("RGB", (max_side, max_side))  # JPEG: decoded at a reduced scale, never whole
            im.thumbnail((max_side, max_side))  # other formats: decoded once, reduced in place
        # turned after the reduction, and only when it must be (exif_transpose copies even an upright photo)
        upright = ImageOps.exif_transpose(im) if orientation in range(2, 9) else im
        return Photo(pil_to_qimage(upright), (h, w) if orientation in _QUARTER_TURNS else (w, h))


def decode_into_qimage(im) -> tuple[QImage, int | None] | None:
    """Decode the not yet loaded Pillow image ``im`` straight into a new QImage (one picture in memory,
    not Pillow's and then a copy): (that QImage, the photo's EXIF orientation), or None when its mode
    or its format do not allow it (the caller then decodes as before). Pillow decodes into the image memory it finds already there: here the
    QImage's, lent through ``Image.core.map_buffer`` (as ``Image.frombuffer`` lends a buffer)."""
    from PIL import Image

    fmt = _SAME_LAYOUT.get(im.mode)
    if (fmt is None or im.format not in _DECODED_IN_PLACE or getattr(im, "_im", None) is not None
            or len(getattr(im, "tile", ())) != 1):
        return None
    w, h = im.size
    q = QImage(w, h, fmt)
    if q.isNull():
        raise MemoryError(f"no memory for a {w} x {h} image")
    try:
        target = Image.core.map_buffer(q.bits(), (w, h), "raw", 0, (im.mode, q.bytesPerLine(), 1))
    except (AttributeError, TypeError, ValueError):  # a Pillow without it: decoded as before
        return None
    im.im = target
    im.load()
    # a format that maps its file instead (raw pixels) or changes mode while loading put its own
    # image in place of the one lent: that one holds the pixels (the caller goes on with it)
    if im.im is not target or im.mode not in _SAME_LAYOUT:
        return None
    orientation = im.getexif().get(0x0112)  # read once decoded: a PNG's EXIF may follow its pixels
    im.im = None  # Pillow lets go of the QImage's memory: the QImage alone holds the photo
    return q, orientation


def upright_qimage(q: QImage, orientation) -> QImage:
    """``q`` turned upright for its EXIF ``orientation`` (itself when it is upright already); a
    turned photo is made as a second picture, and the first is freed once the caller drops it."""
    from .qt import QTransform

    m = _UPRIGHT.get(orientation)
    if m is None:
        return q
    return q.transformed(QTransform(m[0], m[1], m[2], m[3], 0, 0))


def load_image(path: str, max_side: int | None = None) -> QImage:
    """Read an image with Pillow (EXIF orientation applied), optionally scaled down to ``max_side``."""
    return load_photo(path, max_side).image


def pil_to_qimage(im) -> QImage:
    """A QImage of a Pillow image, filled band by band (no second whole copy of a large photo)."""
    if im.mode != "RGB":
        im = im.convert("RGB")
    w, h = im.size
    q = QImage(w, h, QImage.Format.Format_RGB888)
    if q.isNull():
        raise MemoryError(f"no memory for a {w} x {h} image")
    stride, row = q.bytesPerLine(), w * 3
    buf = q.bits()
    band = max(1, _BAND_BYTES // max(1, row))
    for y in range(0, h, band):
        n = min(band, h - y)
        data = im.crop((0, y, w, y + n)).tobytes("raw", "RGB")
        if stride == row:
            buf[y * stride:y * stride + n * row] = data
        else:
            for i in range(n):
                buf[(y + i) * stride:(y + i) * stride + row] = data[i * row:(i + 1) * row]
    return q
