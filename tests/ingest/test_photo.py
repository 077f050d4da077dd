"""presskit.ingest.photo and photometa: caption, credit, copyright and date from every source,
orientation, thumbnails, hostile images."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from presskit.errors import CorruptError, TooBigError
from presskit.ingest.extract import THUMB_SIZE, extract


def png_bytes(size=(40, 30), color=(200, 30, 30), mode="RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, "PNG")
    return buf.getvalue()


# --- photos -----------------------------------------------------------------------------------------


def save_jpeg(path: Path, *, size=(64, 48), mode="RGB", exif=None, xmp: bytes | None = None, **kw) -> Path:
    im = Image.new(mode, size, (10, 120, 200) if mode == "RGB" else 0)
    params = {}
    if exif is not None:
        params["exif"] = exif
    if xmp is not None:
        params["xmp"] = xmp
    im.save(path, "JPEG", **params, **kw)
    return path


def add_iptc(jpeg: bytes, records: dict[tuple[int, int], str]) -> bytes:
    """Insert an APP13 Photoshop/IPTC segment after SOI."""
    iptc = b""
    for (rec, ds), val in records.items():
        data = val.encode("utf-8")
        iptc += bytes([0x1C, rec, ds]) + struct.pack(">H", len(data)) + data
    if len(iptc) % 2:
        iptc += b"\x00"
    block = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    payload = b"Photoshop 3.0\x00" + block
    seg = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + seg + jpeg[2:]


def test_photo_exif_caption_credit_copyright_date(tmp_path):
    ex = Image.Exif()
    ex[0x010E] = "Delegates arrive for the opening session"
    ex[0x013B] = "Jean Dupont"
    ex[0x8298] = "(c) UN 2026"  # Pillow writes EXIF ASCII tags as ASCII
    ex[0x010F] = "Canon"
    ex.get_ifd(0x8769)[0x9003] = "2026:11:16 09:30:00"
    r = extract(save_jpeg(tmp_path / "a.jpg", exif=ex))
    assert r.media == "image" and r.status == "ok"
    assert r.meta["caption"] == "Delegates arrive for the opening session"
    assert r.pages == ["Delegates arrive for the opening session"]
    assert r.meta["credit"] == "Jean Dupont"
    assert r.meta["copyright"] == "(c) UN 2026"
    assert r.meta["date"] == "2026-11-16"
    assert (r.meta["width"], r.meta["height"]) == (64, 48)
    assert r.thumbnail[:3] == b"\xff\xd8\xff"


def test_photo_camera_junk_is_not_a_caption(tmp_path):
    for junk in ("OLYMPUS DIGITAL CAMERA         ", "SONY DSC", "          ", "\x00\x00\x00\x00",
                 "KONICA MINOLTA DIGITAL CAMERA"):
        ex = Image.Exif()
        ex[0x010E] = junk
        ex[0x010F] = "OLYMPUS IMAGING CORP."
        r = extract(save_jpeg(tmp_path / "j.jpg", exif=ex))
        assert "caption" not in r.meta, junk
        assert r.pages == [""]


def test_photo_windows_xp_tags(tmp_path):
    ex = Image.Exif()
    ex[0x9C9B] = "Titre".encode("utf-16-le") + b"\x00\x00"
    ex[0x9C9C] = "Légende en français".encode("utf-16-le") + b"\x00\x00"
    ex[0x9C9D] = "Zoë Photographer".encode("utf-16-le") + b"\x00\x00"
    r = extract(save_jpeg(tmp_path / "xp.jpg", exif=ex))
    assert r.meta["caption"] == "Légende en français"
    assert r.meta["title"] == "Titre"
    assert r.meta["credit"] == "Zoë Photographer"


XMP = b"""<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="UN Photo/Marie Curie">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">The Chair opens the conference &amp; speaks</rdf:li>
</rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>Marie Curie</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">CC BY 4.0</rdf:li></rdf:Alt></dc:rights>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"""


def test_photo_xmp(tmp_path):
    ex = Image.Exif()
    ex[0x010E] = "exif caption loses to XMP"
    r = extract(save_jpeg(tmp_path / "x.jpg", exif=ex, xmp=XMP))
    assert r.meta["caption"] == "The Chair opens the conference & speaks"
    assert r.meta["credit"] == "UN Photo/Marie Curie"
    assert r.meta["copyright"] == "CC BY 4.0"


def test_photo_xmp_with_entities_is_not_expanded(tmp_path):
    evil = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:description>&e;</dc:description></x:xmpmeta>')
    r = extract(save_jpeg(tmp_path / "e.jpg", xmp=evil))
    assert "root:" not in r.meta.get("caption", "")


def test_photo_iptc(tmp_path):
    jpg = save_jpeg(tmp_path / "i0.jpg").read_bytes()
    p = tmp_path / "i.jpg"
    p.write_bytes(add_iptc(jpg, {(2, 120): "Conférence de presse", (2, 110): "Agence X",
                                 (2, 80): "Paul Martin", (2, 116): "© Agence X"}))
    r = extract(p)
    assert r.meta["caption"] == "Conférence de presse"
    assert r.meta["credit"] == "Agence X"
    assert r.meta["copyright"] == "© Agence X"


def test_photo_iptc_byline_when_no_credit(tmp_path):
    jpg = save_jpeg(tmp_path / "i0.jpg").read_bytes()
    p = tmp_path / "i.jpg"
    p.write_bytes(add_iptc(jpg, {(2, 80): "Paul Martin"}))
    assert extract(p).meta["credit"] == "Paul Martin"


def test_photo_sidecar_wins(tmp_path):
    ex = Image.Exif()
    ex[0x010E] = "embedded caption"
    ex[0x013B] = "embedded artist"
    p = save_jpeg(tmp_path / "s.jpg", exif=ex)
    (tmp_path / "s.jpg.json").write_text(json.dumps({"caption": "Sidecar caption", "credit": "Sidecar Credit",
                                                     "copyright": "© Org"}), "utf-8")
    r = extract(p)
    assert (r.meta["caption"], r.meta["credit"], r.meta["copyright"]) == ("Sidecar caption", "Sidecar Credit", "© Org")
    assert r.meta["sidecar"] == "s.jpg.json"
    # NAME.json works too; a broken sidecar is ignored
    p2 = save_jpeg(tmp_path / "t.jpg", exif=ex)
    (tmp_path / "t.json").write_text('{"caption": "From t.json"}', "utf-8")
    assert extract(p2).meta["caption"] == "From t.json"
    p3 = save_jpeg(tmp_path / "u.jpg", exif=ex)
    (tmp_path / "u.jpg.json").write_text("{not json", "utf-8")
    assert extract(p3).meta["caption"] == "embedded caption"
    p4 = save_jpeg(tmp_path / "v.jpg")
    (tmp_path / "v.jpg.txt").write_text("Caption from a text file. Photo: Ana Lima", "utf-8")
    r4 = extract(p4)
    assert r4.meta["caption"] == "Caption from a text file." and r4.meta["credit"] == "Ana Lima"


@pytest.mark.parametrize(
    "caption,credit,rest",
    [
        ("Delegates at the opening. Photo credit: Jean Dupont/UN", "Jean Dupont/UN", "Delegates at the opening."),
        ("Delegates at the opening. Photo: Jean Dupont", "Jean Dupont", "Delegates at the opening."),
        ("Les délégués à l'ouverture. Photo : Jean Dupont", "Jean Dupont", "Les délégués à l'ouverture."),
        ("Les délégués. Crédit photo : ONU/Jean Dupont", "ONU/Jean Dupont", "Les délégués."),
        ("Delegates © Reuters", "Reuters", "Delegates"),
        ("Delegates (c) AFP 2026", "AFP 2026", "Delegates"),
        ("Delegates (Credit: Ana Lima)", "Ana Lima", "Delegates"),
        ("Photo: Ana Lima", "Ana Lima", ""),
    ],
)
def test_photo_credit_in_caption(tmp_path, caption, credit, rest):
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description><dc:description><rdf:Alt>'
           f'<rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>'
           '</rdf:Description></rdf:RDF></x:xmpmeta>').encode("utf-8")
    r = extract(save_jpeg(tmp_path / "c.jpg", xmp=xmp))
    assert r.meta["credit"] == credit
    assert r.meta.get("caption", "") == rest
    assert r.meta["caption_credit"] == credit


def test_photo_explicit_credit_beats_caption_credit(tmp_path):
    ex = Image.Exif()
    ex[0x010E] = "Delegates. Photo: Someone Else"
    ex[0x013B] = "Real Credit"
    r = extract(save_jpeg(tmp_path / "c.jpg", exif=ex))
    assert r.meta["credit"] == "Real Credit"


def test_photo_orientation_6(tmp_path):
    ex = Image.Exif()
    ex[0x0112] = 6
    im = Image.new("RGB", (80, 40), (255, 0, 0))
    im.paste((0, 0, 255), (0, 0, 40, 40))  # left half blue
    p = tmp_path / "o.jpg"
    im.save(p, "JPEG", exif=ex)
    r = extract(p)
    assert (r.meta["width"], r.meta["height"]) == (40, 80)
    with Image.open(io.BytesIO(r.thumbnail)) as th:
        assert th.size[0] < th.size[1]
        # orientation 6 = rotate 90° clockwise for display: the left (blue) half ends up on top
        top = th.getpixel((th.size[0] // 2, 5))
        assert top[2] > 150 and top[0] < 100


def test_photo_cmyk_16bit_palette_alpha(tmp_path):
    Image.new("CMYK", (50, 50), (0, 100, 100, 0)).save(tmp_path / "cmyk.jpg", "JPEG")
    Image.new("CMYK", (50, 50), (0, 100, 100, 0)).save(tmp_path / "cmyk.tif", "TIFF")
    Image.new("I;16", (50, 30), 40000).save(tmp_path / "deep.png", "PNG")
    Image.new("P", (20, 20), 3).save(tmp_path / "pal.png", "PNG")
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(tmp_path / "alpha.png", "PNG")
    Image.new("LA", (20, 20), (0, 128)).save(tmp_path / "la.png", "PNG")
    Image.new("RGB", (20, 20), (1, 2, 3)).save(tmp_path / "w.webp", "WEBP")
    Image.new("1", (20, 20), 1).save(tmp_path / "bw.tiff", "TIFF")
    for name in ("cmyk.jpg", "cmyk.tif", "deep.png", "pal.png", "alpha.png", "la.png", "w.webp", "bw.tiff"):
        r = extract(tmp_path / name)
        assert r.media == "image" and r.thumbnail, name
        with Image.open(io.BytesIO(r.thumbnail)) as th:
            assert th.mode == "RGB", name
    with Image.open(io.BytesIO(extract(tmp_path / "alpha.png").thumbnail)) as th:
        assert th.getpixel((5, 5))[0] > 240  # transparent -> white, not black
    with Image.open(io.BytesIO(extract(tmp_path / "deep.png").thumbnail)) as th:
        assert th.getpixel((5, 5))[0] > 100  # 16-bit values scaled, not clipped to white/black garbage


def test_photo_large_thumbnail_is_small(tmp_path):
    p = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 2000), (0, 80, 0)).save(p, "JPEG")
    r = extract(p)
    assert (r.meta["width"], r.meta["height"]) == (3000, 2000)
    with Image.open(io.BytesIO(r.thumbnail)) as th:
        assert max(th.size) == THUMB_SIZE


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def test_photo_decompression_bomb(tmp_path):
    p = tmp_path / "bomb.png"
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
                  + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + _png_chunk(b"IEND", b""))
    with pytest.raises(TooBigError) as ei:
        extract(p)
    assert "bomb.png" in str(ei.value)
    # just over our own limit but under Pillow's: still refused by us
    p2 = tmp_path / "bomb2.png"
    ihdr = struct.pack(">IIBBBBB", 13_000, 12_000, 8, 2, 0, 0, 0)
    p2.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IEND", b""))
    with pytest.raises(TooBigError, match="megapixel"):
        extract(p2)


def test_photo_truncated_is_corrupt(tmp_path):
    p = tmp_path / "t.jpg"
    Image.effect_noise((400, 300), 60).convert("RGB").save(p, "JPEG")
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptError, match="damaged"):
        extract(p)


def test_photo_garbage_with_image_extension(tmp_path):
    p = tmp_path / "g.jpg"
    p.write_bytes(b"this is not an image at all")
    with pytest.raises(CorruptError):
        extract(p)


def test_photo_png_named_jpg_works(tmp_path):
    p = tmp_path / "really_png.jpg"
    p.write_bytes(png_bytes())
    r = extract(p)
    assert r.media == "image" and r.meta["width"] == 40
