"""Photos (JPEG, PNG, TIFF, WebP, GIF, BMP), read with Pillow: caption, credit, copyright, date, size,
and a JPEG thumbnail (long side <= :data:`THUMB_SIZE` px) with the EXIF orientation applied.

Where a photo's words come from, first found wins: a sidecar file (``NAME.ext.json`` / ``NAME.json``,
else a ``NAME.ext.txt`` caption), then an XMP sidecar (``NAME.ext.xmp`` / ``NAME.xmp``), then the
photo's own XMP, then IPTC, then EXIF (also Windows XP tags and the UserComment). Camera junk ("OLYMPUS DIGITAL CAMERA", "DSC_0193") is never taken for a caption; a
credit written inside a caption ("… Photo: Ana Lima") is moved to the credit. Metadata fields are
read by :mod:`presskit.ingest.photometa`.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import Any

from ..errors import CorruptError, TooBigError
from ..safeload import DataError, Limits as JsonLimits, load_json
from ..textutil import normalise_text
from .formats import extension, sidecar_paths
from .photometa import (
    EXIF_ARTIST, EXIF_COPYRIGHT, EXIF_DESCRIPTION, MAX_XMP_CHARS, decode_meta_bytes, exif_text, iptc_of,
    user_comment, xmp_packet_of, xmp_value, xp_text,
)
from .record import Extracted, Limits
from .text import decode_text

#: A photo's JSON sidecar: a few text fields.
SIDECAR_LIMITS = JsonLimits(max_bytes=1_000_000, max_depth=8, max_string=20_000, max_values=10_000)

#: Photos larger than this many pixels are refused (a "decompression bomb" can claim billions). Kept under
#: Pillow's own hard limit (2 x Image.MAX_IMAGE_PIXELS, ~179 MP) so the message is always ours.
MAX_IMAGE_PIXELS = 150_000_000
#: Long side of thumbnails, in pixels.
THUMB_SIZE = 320

_JUNK_RE = re.compile(
    r"^(?:(?:[a-z]+\s+)?digital\s+camera|.*\bdigital\s+camera\b.*|sony\s+dsc|olympus\s+digital\s+camera|"
    r"default|untitled(?:\s+image)?|image|picture|photo|description|copyright|none|null|n/?a|"
    r"file\s+written\s+by\s+adobe\s+photoshop.*|created\s+with\s+.*|(?:\(c\)|©)?\s*by\s+\S+\s+user|"
    r"lead\s+technologies.*|minolta\s+dsc|exif_jpeg_\d+|ascii|unicode|"
    r"(?:img|dsc|dscn|dscf|p|pict|sam|imag)[_-]?\d+(?:\.\w+)?|"
    r"[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",  # hashes, UUIDs
    re.IGNORECASE,
)


def _clean_meta_text(v: Any, camera: tuple[str, ...] = ()) -> str:
    """A metadata string, or "" when it is missing or camera junk."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        v = v[0] if v else ""
    if isinstance(v, bytes):
        v = decode_meta_bytes(v)
    s = str(v).replace("\x00", " ")
    s = re.sub(r"[\x01-\x08\x0b-\x1f\x7f]", "", s)
    s = re.sub(r"[ \t]+", " ", s).strip()
    if not s or not any(c.isalnum() for c in s):
        return ""
    if _JUNK_RE.match(s):
        return ""
    low = s.lower()
    for c in camera:
        if c and (low == c or low in c or (len(c) > 3 and c in low and len(low) < len(c) + 16)):
            return ""
    return s


# Credit written inside a caption: "… Photo credit: X", "Photo : X", "Crédit photo : X", "© X", "(c) X".
_CREDIT_IN_CAPTION = re.compile(
    r"(?:^|[\s(\[|–—-])(?:"
    r"(?:photo(?:graph)?\s*(?:credit)?|credit\s*photo|cr[ée]dit(?:s)?\s*(?:photo)?|foto|"
    r"photographer|photographe)\s*:\s*"
    r"|©\s*|\(c\)\s+|copyright\s+(?:©\s*)?"
    r")(?P<who>[^\n)\]|]{2,120}?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)


def _credit_from_caption(caption: str) -> tuple[str, str]:
    """(credit found in the caption or "", caption without that credit phrase)."""
    m = _CREDIT_IN_CAPTION.search(caption)
    if not m:
        return "", caption
    who = m.group("who").strip().rstrip(".;,").strip()
    if not who or not any(c.isalpha() for c in who):
        return "", caption
    rest = caption[: m.start()].rstrip(" \t([|–—-,;")
    return who, rest


def _clean_copyright_holder(s: str) -> str:
    s = re.sub(r"^\s*(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*", "", s, flags=re.IGNORECASE)
    s = re.sub(r"^\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,.]?\s*", "", s)
    s = re.sub(r"\s*\((?:this file is in the public domain\.?|all rights reserved\.?)\)\s*$", "", s, flags=re.I)
    s = re.sub(r"[,.]?\s*all rights reserved\.?$", "", s, flags=re.IGNORECASE)
    return s.strip(" .,")


def _sidecars(path: Path) -> tuple[dict[str, str], str, list[str]]:
    """What the sidecars next to ``path`` say (:func:`presskit.ingest.formats.sidecar_paths`).

    Returns (values from a JSON sidecar, else the caption of a TXT one; the XMP packet of an XMP
    sidecar, ""; the names of the sidecars read). A broken or oversized sidecar is ignored.
    """
    values: dict[str, str] = {}
    packet = ""
    names: list[str] = []
    for cand in sidecar_paths(path):
        ext = extension(cand)
        try:
            size = cand.stat().st_size
            data = cand.read_bytes() if size <= (1_000_000 if ext != "txt" else 100_000) else None
        except OSError:
            continue
        if data is None:
            continue
        text = decode_text(data)[0]
        if ext == "json" and not values:
            try:
                obj = load_json(text, cand.name, SIDECAR_LIMITS)
            except DataError:
                continue
            if isinstance(obj, dict):
                values = {k: str(obj[k]).strip() for k in ("caption", "credit", "copyright", "title", "date")
                          if isinstance(obj.get(k), (str, int, float)) and str(obj[k]).strip()}
                names.append(cand.name)
        elif ext == "txt" and not values:
            caption = normalise_text(text).strip()
            if caption:
                values = {"caption": caption}
                names.append(cand.name)
        elif ext == "xmp" and not packet:
            packet = text[:MAX_XMP_CHARS]
            names.append(cand.name)
    return values, packet, names


def _exif_date(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    m = re.match(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})", v)
    if not m:
        return None
    import datetime as _dt

    try:
        y = int(m.group(1))
        if y < 1900:
            return None
        return _dt.date(y, int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _to_rgb(im):
    """Any Pillow mode -> RGB for a JPEG thumbnail (alpha flattened on white, 16-bit scaled)."""
    from PIL import Image

    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        im = im.convert("I")
        lo, hi = im.getextrema()
        scale = 255.0 / hi if hi and hi > 255 else 1.0
        return im.point(lambda x: x * scale).convert("L").convert("RGB")
    if mode == "F":
        lo, hi = im.getextrema()
        scale = 255.0 / hi if hi and hi > 255 else 1.0
        return im.point(lambda x: x * scale).convert("L").convert("RGB")
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return im.convert("RGB")


def extract_image(path: Path, limits: Limits) -> Extracted:
    from PIL import Image, ImageOps, UnidentifiedImageError

    name = path.name
    warn: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit applies below
        try:
            img = Image.open(path)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise TooBigError(
                f"{name} claims to be a gigantic image (a 'decompression bomb'); it was not opened.", str(e)
            ) from e
        except UnidentifiedImageError as e:
            raise CorruptError(f"{name} is not a readable image; replace it.", str(e)) from e
        except (OSError, SyntaxError, ValueError) as e:
            raise CorruptError(f"{name} is a damaged image and cannot be opened; replace it.", str(e)) from e
        with img:
            w, h = img.size
            if w * h > MAX_IMAGE_PIXELS or w <= 0 or h <= 0:
                raise TooBigError(
                    f"{name} is {w}x{h} pixels, more than the {MAX_IMAGE_PIXELS // 1_000_000} megapixel "
                    "limit; it was not opened (a 'decompression bomb'?).", f"{w}x{h}"
                )
            try:
                exif = img.getexif()
            except Exception as e:
                exif = {}
                warn.append(f"the EXIF data of {name} is damaged and was ignored ({e}).")
            try:
                orientation = int(exif.get(0x0112, 1) or 1)
            except (TypeError, ValueError):
                orientation = 1
            if orientation in (5, 6, 7, 8):
                w, h = h, w
            meta = _photo_meta(path, img, exif, warn)
            meta["width"], meta["height"] = w, h
            try:
                if img.format == "JPEG":
                    img.draft("RGB", (THUMB_SIZE * 2, THUMB_SIZE * 2))
                img.load()
                th = img
                if getattr(img, "n_frames", 1) > 1:
                    img.seek(0)
                th = _to_rgb(th)
                th.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.LANCZOS)
                if orientation != 1:
                    th.getexif()[0x0112] = orientation
                    th = ImageOps.exif_transpose(th)
                buf = io.BytesIO()
                th.save(buf, "JPEG", quality=82, optimize=True)
                thumb = buf.getvalue()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
                raise TooBigError(f"{name} decodes to a gigantic image; it was not opened.", str(e)) from e
            except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as e:
                raise CorruptError(
                    f"{name} is damaged (truncated or unreadable image data); replace it.", str(e)
                ) from e
    if warn:
        meta["warnings"] = warn + meta.get("warnings", [])
    caption = meta.get("caption", "")
    return Extracted("image", [caption], meta, "ok", thumb)


class _Sources:
    """Where a photo's words may come from, best first: a JSON/TXT sidecar, an XMP sidecar, the
    photo's own XMP, IPTC, EXIF (also Windows XP tags and the UserComment). Camera junk is dropped."""

    def __init__(self, path: Path, img, exif):
        self.exif = exif
        try:
            self.camera = tuple(str(exif.get(t, "")).replace("\x00", "").strip().lower() for t in (0x010F, 0x0110))
        except Exception:
            self.camera = ()
        try:
            self.ifd = exif.get_ifd(0x8769) if hasattr(exif, "get_ifd") else {}
        except Exception:
            self.ifd = {}
        self.side, side_xmp, self.sidecars = _sidecars(path)
        self.packets = [p for p in (side_xmp, xmp_packet_of(img)) if p]
        self.iptc = iptc_of(img)

    def clean(self, v: Any) -> str:
        return _clean_meta_text(v, self.camera)

    def ex(self, tag: int) -> Any:
        try:
            return self.exif.get(tag)
        except Exception:
            return None

    def xmp(self, tag: str) -> str:
        return next((v for v in (self.clean(xmp_value(p, tag)) for p in self.packets) if v), "")

    def xmp_raw(self, tag: str) -> str:
        return next((v for v in (xmp_value(p, tag) for p in self.packets) if v), "")

    def caption(self) -> str:
        c, iptc = self.clean, self.iptc
        return (self.side.get("caption") or self.xmp("dc:description") or c(iptc.get((2, 120)))
                or c(exif_text(self.ex(EXIF_DESCRIPTION))) or c(xp_text(self.ex(0x9C9C)))
                or c(user_comment(self.ifd.get(0x9286))))

    def title(self) -> str:
        c, iptc = self.clean, self.iptc
        return (self.side.get("title") or self.xmp("dc:title") or self.xmp("photoshop:Headline")
                or c(iptc.get((2, 5))) or c(iptc.get((2, 105))) or c(xp_text(self.ex(0x9C9B))))

    def credit(self) -> str:
        c, iptc = self.clean, self.iptc
        return (self.side.get("credit") or self.xmp("photoshop:Credit") or self.xmp("dc:creator")
                or c(iptc.get((2, 110))) or c(iptc.get((2, 80))) or c(exif_text(self.ex(EXIF_ARTIST)))
                or c(xp_text(self.ex(0x9C9D))))

    def copyright(self) -> str:
        return (self.side.get("copyright") or self.xmp("dc:rights") or self.clean(self.iptc.get((2, 116)))
                or self.clean(exif_text(self.ex(EXIF_COPYRIGHT))))

    def date(self) -> str | None:
        side = self.side.get("date", "")
        date = (side if re.fullmatch(r"\d{4}-\d\d-\d\d", side) else None) or _exif_date(self.ifd.get(0x9003)) \
            or _exif_date(self.ifd.get(0x9004)) or _exif_date(self.xmp_raw("photoshop:DateCreated")) \
            or _exif_date(self.xmp_raw("xmp:CreateDate"))
        d = self.iptc.get((2, 55), "")
        if not date and re.fullmatch(r"\d{8}", d):
            date = _exif_date(f"{d[:4]}:{d[4:6]}:{d[6:]}")
        return date


def _photo_meta(path: Path, img, exif, warn: list[str]) -> dict[str, Any]:
    """Caption, credit, copyright, title and date of a photo (:class:`_Sources` says from where)."""
    src = _Sources(path, img, exif)
    caption, title, credit, copyright_ = src.caption(), src.title(), src.credit(), src.copyright()
    meta: dict[str, Any] = {}
    if caption:
        caption = normalise_text(caption).strip()
        found, rest = _credit_from_caption(caption)
        if found:
            meta["caption_credit"] = found
            credit = credit or found
            caption = rest  # the credit is shown apart: do not repeat it in the caption
    if not credit and copyright_:
        credit = _clean_copyright_holder(copyright_)
    for key, value in (("caption", caption), ("title", title), ("credit", credit), ("copyright", copyright_),
                       ("date", src.date())):
        if value:
            meta[key] = value
    if src.sidecars:
        meta["sidecar"] = src.sidecars[0]
        meta["sidecars"] = src.sidecars
    meta["links"] = []
    return meta
