"""Photo metadata: the one XMP reader and writer, and the EXIF and IPTC fields presskit uses.

Reading (extraction, and export's check of what a photo already carries):

* XMP is read with regular expressions, never an XML parser (:func:`xmp_value`): no entity is ever
  expanded, nothing external is fetched, and sloppy packets (prefixes never declared, as some tools
  write them) still give their values. ``rdf:Alt`` gives its ``x-default`` entry (else the first);
  ``rdf:Seq`` and ``rdf:Bag`` give all entries joined by "; ".
* EXIF text fields written as UTF-8 (exiftool, presskit) are decoded as such (:func:`exif_text`).

Writing (export): :func:`xmp_with` sets caption (``dc:description``), credit (``photoshop:Credit``)
and copyright (``dc:rights``) in a packet, keeping the other properties of an existing one when it
parses; :func:`exif_with` sets ImageDescription, Artist and Copyright; :func:`jpeg_with_metadata`
swaps a JPEG's EXIF and XMP segments without re-encoding its image data.
"""

from __future__ import annotations

import html
import io
import os
import re
import xml.etree.ElementTree as ET
from typing import Any

# EXIF tags (IFD0) presskit reads and writes for credits
EXIF_DESCRIPTION, EXIF_ARTIST, EXIF_COPYRIGHT = 0x010E, 0x013B, 0x8298
#: the fields presskit writes, and the EXIF tag of each
CREDIT_TAGS = ((EXIF_DESCRIPTION, "caption"), (EXIF_ARTIST, "credit"), (EXIF_COPYRIGHT, "copyright"))
#: the XMP property of each field presskit writes
XMP_PROPERTIES = {"caption": "dc:description", "credit": "photoshop:Credit", "copyright": "dc:rights"}

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
MAX_XMP_CHARS = 1_000_000


# --- reading ----------------------------------------------------------------------------------------

def decode_meta_bytes(b: bytes) -> str:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("latin-1")


def exif_text(v: Any) -> str:
    """An EXIF text value as text. Pillow decodes ASCII-typed fields as Latin-1; exiftool and presskit
    write UTF-8 there, so Latin-1 that is really UTF-8 is decoded again."""
    if isinstance(v, bytes):
        return decode_meta_bytes(v).rstrip("\x00")
    if isinstance(v, str):
        try:
            return v.encode("latin-1").decode("utf-8").rstrip("\x00")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return v.rstrip("\x00")
    return ""


def user_comment(v: Any) -> str:
    """EXIF UserComment (an 8-byte character-code header, then text)."""
    if isinstance(v, str):
        return v
    if not isinstance(v, bytes) or len(v) < 8:
        return ""
    head, body = v[:8], v[8:]
    if head.startswith(b"UNICODE"):
        try:
            enc = "utf-16-be" if body[:1] == b"\x00" else "utf-16-le"
            return body.decode(enc, errors="replace")
        except Exception:
            return ""
    if head.startswith(b"ASCII") or head == b"\x00" * 8:
        return decode_meta_bytes(body)
    return ""  # JIS and unknown: skip


def xp_text(v: Any) -> str:
    """Windows XP tags (XPTitle, XPComment, XPAuthor): UTF-16 bytes."""
    if isinstance(v, (tuple, list)):
        try:
            v = bytes(v)
        except (TypeError, ValueError):
            return ""
    if isinstance(v, bytes):
        return v.decode("utf-16-le", errors="replace").split("\x00")[0]
    return str(v) if v else ""


def xmp_packet_of(img) -> str:
    """The XMP packet of an open Pillow image ("" when it has none), at most 1 M characters."""
    raw = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
    if raw is None:
        try:
            raw = img.tag_v2.get(700)  # TIFF XMP tag
        except AttributeError:
            raw = None
    if raw is None:
        return ""
    if isinstance(raw, (tuple, list)):
        raw = bytes(raw) if all(isinstance(x, int) for x in raw) else (raw[0] if raw else b"")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return raw[:MAX_XMP_CHARS] if isinstance(raw, str) else ""


def xmp_value(xmp: str, tag: str) -> str:
    """The value of property ``tag`` (``"dc:description"``) in an XMP packet, "" when absent."""
    if not xmp:
        return ""
    q = re.escape(tag)
    m = re.search(rf"<{q}\b[^>]*?(?:/>|>(.*?)</{q}\s*>)", xmp, re.DOTALL)
    if m and m.group(1) is not None:
        inner = m.group(1)
        lis = re.findall(r"<rdf:li\b([^>]*)>(.*?)</rdf:li\s*>", inner, re.DOTALL)
        if lis:
            default = [t for a, t in lis if "x-default" in a]
            vals = default or [lis[0][1]]
            if "rdf:Seq" in inner or "rdf:Bag" in inner:
                vals = [t for _, t in lis]
            return html.unescape("; ".join(re.sub(r"<[^>]+>", "", v).strip() for v in vals if v.strip()))
        return html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
    m = re.search(rf"\s{q}\s*=\s*\"([^\"]*)\"", xmp) or re.search(rf"\s{q}\s*=\s*'([^']*)'", xmp)
    if m:
        return html.unescape(m.group(1)).strip()
    return ""


def iptc_of(img) -> dict[tuple[int, int], str]:
    """IPTC-IIM fields of an open Pillow image as text, by (record, dataset)."""
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:
        return {}
    out = {}
    for k, v in info.items():
        if isinstance(v, list):
            v = b"; ".join(x for x in v if isinstance(x, bytes))
        if isinstance(v, bytes):
            out[k] = decode_meta_bytes(v)
    return out


def open_image(fp):
    """``Image.open`` without Pillow's decompression-bomb warning, which reached the terminal when a
    100-megapixel camera photo was exported: a kit's photos were held to presskit's own limit when it
    was built (:data:`presskit.ingest.photo.MAX_IMAGE_PIXELS`), and past Pillow's hard limit (some
    179 megapixels) it still raises ``DecompressionBombError``."""
    import warnings

    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(fp)


def read_photo_metadata(src: str | os.PathLike | bytes) -> dict[str, dict[str, str]]:
    """Caption, credit and copyright stored in a photo, as ``{"exif": {...}, "xmp": {...}}``.

    Each inner dict has keys ``caption``, ``credit``, ``copyright`` (empty when absent).
    """
    fp = io.BytesIO(src) if isinstance(src, bytes) else src
    with open_image(fp) as im:
        exif = im.getexif()
        xmp = xmp_packet_of(im)
    return {
        "exif": {key: exif_text(exif.get(tag)).strip() for tag, key in CREDIT_TAGS},
        "xmp": {key: xmp_value(xmp, prop) for key, prop in XMP_PROPERTIES.items()},
    }


# --- writing ----------------------------------------------------------------------------------------

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _existing_root(existing: bytes | str | None):
    """The parsed ``x:xmpmeta`` of an existing packet, or None (absent, unparsable, or with a DTD:
    entities are never expanded)."""
    if not existing:
        return None
    raw = existing if isinstance(existing, bytes) else existing.encode("utf-8")
    if _DTD.search(raw):
        return None
    m = re.search(rb"<x:xmpmeta.*</x:xmpmeta>", raw, re.S)
    try:
        root = ET.fromstring(m.group(0)) if m else None
    except ET.ParseError:
        return None
    if root is not None and root.find(f"{{{NS['rdf']}}}RDF") is None:
        return None
    return root


def xmp_with(want: dict[str, str], existing: bytes | str | None = None) -> bytes:
    """An XMP packet with ``want`` (caption, credit, copyright) set; other properties of ``existing``
    are kept when it parses."""
    for prefix, uri in NS.items():
        if prefix != "xml":
            ET.register_namespace(prefix, uri)
    for prefix, uri in (("xmp", "http://ns.adobe.com/xap/1.0/"), ("exif", "http://ns.adobe.com/exif/1.0/"),
                        ("tiff", "http://ns.adobe.com/tiff/1.0/"), ("xmpMM", "http://ns.adobe.com/xap/1.0/mm/"),
                        ("Iptc4xmpCore", "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"),
                        ("xmpRights", "http://ns.adobe.com/xap/1.0/rights/")):
        ET.register_namespace(prefix, uri)
    rdf, dc, ps, xml_ns = NS["rdf"], NS["dc"], NS["photoshop"], NS["xml"]
    root = _existing_root(existing)
    if root is None:
        root = ET.Element(f"{{{NS['x']}}}xmpmeta")
        ET.SubElement(root, f"{{{rdf}}}RDF")
    rdf_el = root.find(f"{{{rdf}}}RDF")
    # remove our properties wherever they are, then add them to one new Description
    for desc in rdf_el.findall(f"{{{rdf}}}Description"):
        for tag in (f"{{{dc}}}description", f"{{{dc}}}rights", f"{{{ps}}}Credit"):
            desc.attrib.pop(tag, None)
            for el in desc.findall(tag):
                desc.remove(el)
    desc = ET.SubElement(rdf_el, f"{{{rdf}}}Description", {f"{{{rdf}}}about": ""})
    for key, tag in (("caption", f"{{{dc}}}description"), ("copyright", f"{{{dc}}}rights")):
        if want[key]:
            alt = ET.SubElement(ET.SubElement(desc, tag), f"{{{rdf}}}Alt")
            ET.SubElement(alt, f"{{{rdf}}}li", {f"{{{xml_ns}}}lang": "x-default"}).text = want[key]
    if want["credit"]:
        ET.SubElement(desc, f"{{{ps}}}Credit").text = want["credit"]
    body = ET.tostring(root, encoding="unicode")
    packet = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body + '\n<?xpacket end="w"?>')
    return packet.encode("utf-8")


def set_exif_credits(exif, want: dict[str, str]):
    """Set ImageDescription, Artist and Copyright of a Pillow ``Exif`` (UTF-8 in ASCII fields, as
    exiftool writes them); returns it."""
    for tag, key in CREDIT_TAGS:
        if want[key]:
            exif[tag] = want[key].encode("utf-8")
    return exif


def exif_with(im, want: dict[str, str]) -> bytes:
    """The EXIF block of image ``im`` with the credit fields of ``want`` set."""
    return set_exif_credits(im.getexif(), want).tobytes()


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]] | None:
    """Split a JPEG into (marker, whole segment) up to SOS; the last entry holds SOS and the rest."""
    if data[:2] != b"\xff\xd8":
        return None
    out: list[tuple[int, bytes]] = [(0xD8, data[:2])]
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data, kept as is
            out.append((marker, data[i:]))
            return out
        length = int.from_bytes(data[i + 2:i + 4], "big")
        out.append((marker, data[i:i + 2 + length]))
        i += 2 + length
    return None


def jpeg_with_metadata(data: bytes, exif: bytes, xmp: bytes) -> bytes | None:
    """The same JPEG with its EXIF and XMP segments replaced; the image data is not re-encoded."""
    segs = jpeg_segments(data)
    if segs is None or len(exif) + 2 > 0xFFFF or len(XMP_HEADER) + len(xmp) + 2 > 0xFFFF:
        return None
    kept = [(m, s) for m, s in segs
            if not (m == 0xE1 and (s[4:10] == b"Exif\x00\x00" or s[4:4 + len(XMP_HEADER)] == XMP_HEADER))]
    # after SOI and a JFIF APP0 if there is one
    at = 1 + (1 if len(kept) > 1 and kept[1][0] == 0xE0 else 0)
    exif_seg = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    payload = XMP_HEADER + xmp
    xmp_seg = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    parts = [s for _, s in kept[:at]] + [exif_seg, xmp_seg] + [s for _, s in kept[at:]]
    return b"".join(parts)
