"""Photos leaving a kit carry their caption, credit and copyright in their own metadata.

A photo whose metadata already says all that is copied byte for byte; otherwise a copy is written
with the metadata added (EXIF ImageDescription/Artist/Copyright and XMP dc:description/
photoshop:Credit/dc:rights, see :mod:`presskit.ingest.photometa`; JPEG: the image data is kept as it
is, only the metadata segments change). ``burn_credit`` also draws the credit in a white strip under
the image.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from ..ingest.photometa import (
    CREDIT_TAGS, exif_with, jpeg_with_metadata, open_image, read_photo_metadata, set_exif_credits, xmp_packet_of,
    xmp_with,
)
from ..model import Item
from .common import short


class PhotoError(Exception):
    """A photo cannot be read, or its format cannot hold the metadata."""


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _wanted(it: Item) -> dict[str, str]:
    return {"caption": _norm(it.caption), "credit": _norm(it.credit), "copyright": _norm(it.copyright)}


def _has_metadata(meta: dict[str, dict[str, str]], want: dict[str, str]) -> bool:
    for key, value in want.items():
        if value and value not in (_norm(meta["exif"][key]), _norm(meta["xmp"][key])):
            return False
    return True


def _credit_line(it: Item) -> str:
    line = _norm(it.credit)
    cr = _norm(it.copyright)
    if cr and cr.lower() not in line.lower():
        line = f"{line} · {cr}" if line else cr
    return line


def _burn(im, text: str):
    """The image (orientation applied) with a white strip under it holding ``text``."""
    from PIL import Image, ImageDraw, ImageFont, ImageOps

    im = ImageOps.exif_transpose(im)
    if im.mode not in ("RGB", "L"):
        bg = Image.new("RGB", im.size, "white")
        rgba = im.convert("RGBA")
        bg.paste(rgba, mask=rgba.getchannel("A"))
        im = bg
    im = im.convert("RGB")
    w, h = im.size
    size = max(10, round(min(w, h * 1.5) * 0.022))
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size=size)
    pad = max(4, size // 2)
    lines = _wrap_to_width(text, font, w - 2 * pad)
    line_h = round(size * 1.3)
    strip = pad * 2 + line_h * len(lines)
    canvas = Image.new("RGB", (w, h + strip), "white")
    canvas.paste(im, (0, 0))
    draw = ImageDraw.Draw(canvas)
    y = h + pad
    for line in lines:
        draw.text((pad, y), line, fill=(40, 40, 40), font=font)
        y += line_h
    return canvas


def _wrap_to_width(text: str, font, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = f"{cur} {w}".strip()
        if cur and font.getlength(cand) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines[:4] or [""]


_PIL_FORMAT_EXT = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp"}
# TIFF tags copied when a TIFF is rewritten: DocumentName, Make, Model, PageName, Software, DateTime, HostComputer
_TIFF_KEEP_TAGS = (269, 271, 272, 285, 305, 306, 316)


def _rewrite_loses_data(im) -> str:
    """Why re-saving ``im`` with Pillow would lose image data ('' when it would not)."""
    if im.format == "TIFF":
        bits = im.tag_v2.get(258, (8,))
        bits = bits if isinstance(bits, tuple) else (bits,)
        if any(b > 8 for b in bits) or im.mode in ("I;16", "I;16B", "I", "F"):
            return "a high bit-depth TIFF would lose precision if rewritten"
        if im.info.get("compression") in ("jpeg", "tiff_jpeg"):
            return "a JPEG-compressed TIFF would be re-compressed if rewritten"
        if getattr(im, "n_frames", 1) > 1:
            return "a multi-page TIFF would lose pages if rewritten"
    if im.format == "PNG" and getattr(im, "n_frames", 1) > 1:
        return "an animated PNG would lose frames if rewritten"
    return ""


def photo_with_metadata(src: str | os.PathLike, item: Item, *, burn_credit: bool = False
                        ) -> tuple[bytes | None, str | None, str]:
    """The bytes to export for photo ``item`` read from ``src``.

    Returns ``(data, ext, note)``: ``data`` is None when the original already carries the caption,
    credit and copyright (copy it unchanged); ``ext`` is a new extension when the format had to change
    (e.g. a GIF with a burnt-in credit becomes PNG), else None; ``note`` says what was done.

    Raises:
        PhotoError: the image cannot be read or its format cannot hold the metadata.
    """
    from PIL import Image, UnidentifiedImageError

    want = _wanted(item)
    path = Path(src)
    try:
        with open_image(path) as im:
            im.load()
            fmt = im.format or ""
            meta = read_photo_metadata(path)
            line = _credit_line(item)
            burn = burn_credit and bool(line)
            if not burn and (not any(want.values()) or _has_metadata(meta, want)):
                return None, None, ""
            if fmt not in _PIL_FORMAT_EXT and not burn:
                raise PhotoError(f"the {fmt or 'image'} format cannot hold caption and credit metadata")
            lossy = _rewrite_loses_data(im) if fmt != "JPEG" and not burn else ""
            if lossy:
                raise PhotoError(f"its metadata was not changed because {lossy}")
            xmp = xmp_with(want, xmp_packet_of(im))
            if burn:
                out_im = _burn(im, line)
                exif = set_exif_credits(im.getexif(), want)
                exif[0x0112] = 1  # orientation is applied now
                out_fmt = fmt if fmt in _PIL_FORMAT_EXT else "PNG"
                buf = io.BytesIO()
                _save_with_metadata(out_im, buf, out_fmt, exif.tobytes(), xmp, im.info, want)
                ext = _PIL_FORMAT_EXT[out_fmt] if out_fmt != fmt else None
                return buf.getvalue(), ext, "credit line drawn under the image"
            if fmt == "JPEG":
                data = path.read_bytes()
                new = jpeg_with_metadata(data, exif_with(im, want), xmp)
                if new is not None:
                    return new, None, "caption and credit added to the metadata"
            buf = io.BytesIO()
            _save_with_metadata(im, buf, fmt, exif_with(im, want), xmp, im.info, want)
            return buf.getvalue(), None, "caption and credit added to the metadata"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise PhotoError(f"the image could not be read ({short(e)})") from None


def _save_with_metadata(im, fp, fmt: str, exif: bytes, xmp: bytes, info: dict, want: dict[str, str]) -> None:
    kw: dict = {}
    if info.get("icc_profile"):
        kw["icc_profile"] = info["icc_profile"]
    if info.get("dpi"):
        kw["dpi"] = info["dpi"]
    if fmt == "JPEG":
        im = im if im.mode in ("RGB", "L", "CMYK") else im.convert("RGB")
        im.save(fp, "JPEG", quality=95, exif=exif, xmp=xmp, subsampling=0)
    elif fmt == "PNG":
        from PIL import PngImagePlugin

        pi = PngImagePlugin.PngInfo()
        for k, v in (info or {}).items():
            if isinstance(v, str) and k not in ("XML:com.adobe.xmp", "Description", "Author", "Copyright"):
                pi.add_itxt(k, v)
        pi.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
        for k, key in (("Description", "caption"), ("Author", "credit"), ("Copyright", "copyright")):
            if want[key]:
                pi.add_itxt(k, want[key])
        im.save(fp, "PNG", exif=exif, pnginfo=pi, **kw)
    elif fmt == "WEBP":
        im.save(fp, "WEBP", exif=exif, xmp=xmp, quality=95, **({"icc_profile": kw["icc_profile"]} if "icc_profile" in kw else {}))
    elif fmt == "TIFF":
        from PIL import TiffImagePlugin

        ifd = TiffImagePlugin.ImageFileDirectory_v2()
        old = getattr(im, "tag_v2", None) or {}
        for tag in _TIFF_KEEP_TAGS:  # descriptive tags of the original
            if tag in old:
                ifd[tag] = old[tag]
        for tag, key in CREDIT_TAGS:
            if want[key]:
                ifd[tag] = want[key].encode("utf-8")
        ifd[700] = xmp
        comp = info.get("compression")
        im.save(fp, "TIFF", tiffinfo=ifd, **({"compression": comp} if comp and comp != "raw" else {}), **kw)
    else:  # pragma: no cover - callers check
        raise PhotoError(f"cannot write {fmt}")
