"""A large PNG reduced for the screen band by band, never decoded whole (no Qt here).

Pillow decodes a PNG whole before it can shrink it: a 108-megapixel PNG held 432 MB of pixels for a
first paint of 1024 x 700. Here the PNG's compressed rows are read a band at a time (a few MB), each
band is handed to Pillow's PNG row decoder on its own (its rows still filtered: the row above the band,
already decoded, goes first so the filters that look up read the right bytes), reduced by a whole
factor (each pixel the mean of a factor x factor block, so the bands meet without a seam) and pasted
into the small picture. Only 8-bit, non-interlaced grey, RGB and RGBA PNGs are read this way; any
other (a palette, 16 bits, interlaced, a damaged file) returns None and is decoded as before.
"""

from __future__ import annotations

import struct
import zlib

#: bytes of decoded rows a band holds at most
_BAND_BYTES = 2 << 20
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG colour type -> (Pillow mode, bytes a pixel) for the 8-bit types read band by band
_TYPES = {0: ("L", 1), 2: ("RGB", 3), 6: ("RGBA", 4)}


def _chunks(f):
    """(type, data) of each chunk after the signature; IDAT data is read as it comes."""
    while True:
        head = f.read(8)
        if len(head) < 8:
            return
        n, kind = struct.unpack(">I4s", head)
        yield kind, f.read(n)
        f.read(4)  # CRC: zlib and Pillow catch damaged pixel data; a bad file falls back anyway
        if kind == b"IEND":
            return


def _stored(data: bytes) -> bytes:
    """``data`` as a zlib stream of stored (uncompressed) blocks: what ``zlib.compress(data, 0)``
    makes, without its time spent looking for nothing to compress."""
    view = memoryview(data)
    parts = [b"\x78\x01"]
    for i in range(0, max(len(data), 1), 65535):  # at least one block, the last
        block = view[i:i + 65535]
        parts.append(struct.pack("<BHH", i + 65535 >= len(data), len(block), 0xFFFF ^ len(block)))
        parts.append(block)
    parts.append(struct.pack(">I", zlib.adler32(data)))
    return b"".join(parts)


def reduce_png(path: str, max_side: int):
    """``path`` reduced to at most ``max_side`` a side as a Pillow image, with its EXIF orientation
    (or None), or None when this PNG is not one read band by band."""
    from PIL import Image

    with open(path, "rb") as f:
        if f.read(8) != _SIGNATURE:
            return None
        chunks = _chunks(f)
        kind, ihdr = next(chunks, (b"", b""))
        if kind != b"IHDR" or len(ihdr) != 13:
            return None
        w, h, depth, ctype, _comp, _filt, interlace = struct.unpack(">IIBBBBB", ihdr)
        if depth != 8 or interlace or ctype not in _TYPES or max(w, h) <= max_side:
            return None
        mode, bpp = _TYPES[ctype]
        row = 1 + w * bpp
        factor = max(1, max(w, h) // max_side)
        band = factor * max(1, _BAND_BYTES // (row * factor))
        out = Image.new(mode, (-(-w // factor), -(-h // factor)))
        orientation = None
        z = zlib.decompressobj()
        pending = bytearray()
        above = None  # the decoded row above the next band
        y = 0
        try:
            for kind, data in chunks:
                if kind == b"eXIf":
                    exif = Image.Exif()
                    exif.load(data)
                    orientation = exif.get(0x0112)
                if kind != b"IDAT":
                    continue
                while data:
                    pending += z.decompress(data, row * band)
                    data = z.unconsumed_tail
                    while len(pending) >= row * band and y < h:
                        above = _band(out, pending[:row * band], above, y, w, band, ctype, mode, factor)
                        del pending[:row * band]
                        y += band
            pending += z.flush()
            while y < h and len(pending) >= row:
                n = min(band, h - y, len(pending) // row)
                above = _band(out, pending[:row * n], above, y, w, n, ctype, mode, factor)
                del pending[:row * n]
                y += n
        except (zlib.error, OSError, ValueError, SyntaxError):
            return None
        if y < h:
            return None
    scale = max_side / max(w, h)  # the photo's own proportions, not those of the rounded reduction
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return (out if out.size == size else out.resize(size, Image.Resampling.BICUBIC)), orientation


def _band(out, rows: bytes, above: bytes | None, y: int, w: int, n: int, ctype: int, mode: str,
          factor: int) -> bytes:
    """Decode ``n`` filtered rows starting at row ``y`` into ``out`` (reduced); the last row decoded."""
    from PIL import Image

    extra = 1 if above is not None else 0
    data = b"\x00" + above + rows if extra else rows
    # Pillow's "zip" decoder undoes the PNG row filters: the band's rows go to it as they were
    im = Image.frombytes(mode, (w, n + extra), _stored(data), "zip", mode)
    last = im.crop((0, extra + n - 1, w, extra + n)).tobytes()
    out.paste(im.reduce(factor, box=(0, extra, w, extra + n)), (0, y // factor))
    return last
