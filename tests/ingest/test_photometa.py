"""presskit.ingest.photometa: the one XMP reader (no XML parser) and writer, EXIF text, JPEG segments."""

from __future__ import annotations

import io

from PIL import Image

from presskit.ingest.photometa import (
    exif_text, jpeg_segments, jpeg_with_metadata, read_photo_metadata, xmp_value, xmp_with,
)

PACKET = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description photoshop:Credit="Ana &amp; Lima">'
          '<dc:description><rdf:Alt><rdf:li xml:lang="fr">Fr</rdf:li><rdf:li xml:lang="x-default">Default</rdf:li>'
          '</rdf:Alt></dc:description><dc:creator><rdf:Seq><rdf:li>A</rdf:li><rdf:li>B</rdf:li></rdf:Seq>'
          '</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')


def test_the_reader_takes_sloppy_packets_and_never_expands_entities():
    assert xmp_value(PACKET, "dc:description") == "Default"
    assert xmp_value(PACKET, "photoshop:Credit") == "Ana & Lima"
    assert xmp_value(PACKET, "dc:creator") == "A; B"
    evil = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><dc:description>&e;</dc:description>'
    assert "root" not in xmp_value(evil, "dc:description")


def test_writer_and_reader_agree_and_other_properties_stay():
    want = {"caption": "Délégués", "credit": "Zoë Martin", "copyright": "© 2026 X"}
    packet = xmp_with(want, '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
                            '02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
                            '<dc:title>Kept</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>').decode()
    assert xmp_value(packet, "dc:title") == "Kept"
    assert [xmp_value(packet, t) for t in ("dc:description", "photoshop:Credit", "dc:rights")] == list(want.values())


def test_jpeg_metadata_is_replaced_without_touching_the_image():
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(buf, "JPEG")
    data = buf.getvalue()
    im = Image.open(io.BytesIO(data))
    exif = im.getexif()
    exif[0x013B] = "Zoë".encode()
    new = jpeg_with_metadata(data, exif.tobytes(), xmp_with({"caption": "", "credit": "Zoë", "copyright": ""}))
    assert jpeg_segments(new)[-1] == jpeg_segments(data)[-1]
    meta = read_photo_metadata(new)
    assert meta["exif"]["credit"] == meta["xmp"]["credit"] == "Zoë"
    assert exif_text("ZoÃ«") == "Zoë" and exif_text(b"plain\x00") == "plain" and exif_text(3) == ""
