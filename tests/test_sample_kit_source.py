"""Checks of the bundled sample kit source folder (``assets/sample-kit``) and its generator.

The folder is produced by ``tools/make_sample_kit.py``; ``tests/data/sample_quotes.json`` lists every
quotation in it (ground truth for the quote extractor).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pymupdf as fitz
from PIL import Image, ImageOps, IptcImagePlugin

REPO = Path(__file__).resolve().parent.parent
KIT = REPO / "assets" / "sample-kit"
QUOTES = REPO / "tests" / "data" / "sample_quotes.json"
GENERATOR = REPO / "tools" / "make_sample_kit.py"

PHOTO_EXT = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}
DOC_EXT = {".pdf", ".html", ".md", ".txt"}

PAIRS = [  # (English, French) translations
    ("press-releases/PR_Opening_16.11.26_EN.pdf", "press-releases/PR_Opening_16.11.26_French.pdf"),
    ("press-releases/PR_Survivors_18.11.26_EN.pdf", "press-releases/CP_Survivants_18-11-2026_FR.pdf"),
    ("press-releases/PR_Closing_20.11.26_EN.pdf", "press-releases/PR_Closing_20.11.26_FR.pdf"),
    ("statements/Statement by Dr Amara Diallo (EN) 16-11-2026.pdf",
     "statements/Statement by Dr Amara Diallo (FR) 16-11-2026.pdf"),
    ("statements/statement_KAsante-Boateng_survivors_17nov_en.pdf",
     "statements/declaration_KAsante-Boateng_survivants_17nov_fr.pdf"),
    ("statements/Statement by Prof Lena Vogt - verification - 19.11.2026 EN.pdf",
     "statements/Statement by Prof Lena Vogt - verification - 19.11.2026 FR.pdf"),
    ("newsletters/Daily Newsletter Day 2 - 17 November.pdf", "newsletters/Bulletin quotidien 2 - 17 novembre 2026.pdf"),
    ("fact-sheets/fact-sheet_ammunition-transparency_EN.html", "fact-sheets/fiche-info_transparence-munitions_FR.html"),
]


def norm(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    """Page texts, ligatures expanded, whitespace (including no-break spaces) normalised."""
    with fitz.open(path) as doc:
        return [norm(p.get_text("text", flags=fitz.TEXT_MEDIABOX_CLIP)) for p in doc]


def items(kit: Path) -> list[Path]:
    return sorted(p for p in kit.rglob("*") if p.is_file() and p.suffix.lower() in DOC_EXT | PHOTO_EXT)


def fix_exif_text(value) -> str:
    """EXIF ASCII fields hold UTF-8 bytes here (as exiftool writes them); Pillow decodes them as Latin-1."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def xmp_text(img: Image.Image) -> str:
    raw = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp") or b""
    return raw.decode("utf-8") if isinstance(raw, bytes) else raw


def xmp_field(xmp: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", xmp, re.S)
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else ""


def photo_metadata(path: Path) -> dict[str, str]:
    """Caption / credit / copyright from EXIF, XMP, IPTC, PNG text or a ``NAME.ext.json`` sidecar."""
    meta = {"caption": "", "credit": "", "copyright": ""}
    sidecar = Path(str(path) + ".json")
    if sidecar.exists():
        meta.update(json.loads(sidecar.read_text(encoding="utf-8")))
    with Image.open(path) as img:
        exif = img.getexif()
        xmp = xmp_text(img)
        iptc = IptcImagePlugin.getiptcinfo(img) if img.format == "JPEG" else None
        meta["caption"] = meta["caption"] or fix_exif_text(exif.get(0x010E, "")) or xmp_field(xmp, "dc:description")
        meta["credit"] = (meta["credit"] or fix_exif_text(exif.get(0x013B, "")) or xmp_field(xmp, "photoshop:Credit")
                          or (iptc or {}).get((2, 110), b"").decode("utf-8"))
        meta["copyright"] = meta["copyright"] or fix_exif_text(exif.get(0x8298, "")) or xmp_field(xmp, "dc:rights")
    return meta


def test_kit_exists_and_has_enough_items():
    assert (KIT / "kit.toml").is_file()
    all_items = items(KIT)
    photos = [p for p in all_items if p.suffix.lower() in PHOTO_EXT]
    assert len(all_items) >= 25
    assert len(photos) >= 8
    kinds = {p.suffix.lower() for p in all_items}
    assert {".pdf", ".html", ".md", ".txt", ".jpg", ".png", ".webp"} <= kinds


def test_kit_toml_schema():
    data = tomllib.loads((KIT / "kit.toml").read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["start"] == date(2026, 11, 16) and data["end"] == date(2026, 11, 20)
    assert data["languages"] == ["en", "fr"]
    for key in ("title", "organisation", "event", "venue", "description", "publisher"):
        assert data[key].strip()
    assert len(data["contacts"]) >= 2 and all(c["email"].endswith("@example.org") for c in data["contacts"])
    assert any(link["url"] == "https://example.org/petition" for link in data["links"])
    for path, override in data["items"].items():
        assert (KIT / path).is_file(), path
        if "kind" in override:
            assert override["kind"] in {"press-release", "statement", "newsletter", "analysis", "summary",
                                        "fact-sheet", "briefing", "media-contacts", "photo", "other"}


def test_translation_pairs_exist():
    for en, fr in PAIRS:
        assert (KIT / en).is_file(), en
        assert (KIT / fr).is_file(), fr


def test_photos_carry_caption_and_credit():
    photos = [p for p in items(KIT) if p.suffix.lower() in PHOTO_EXT]
    credit_in_caption = re.compile(r"(Photo credit:|Photo\s*:|©)\s*\S")
    for path in photos:
        meta = photo_metadata(path)
        assert meta["caption"], path
        assert meta["credit"] or credit_in_caption.search(meta["caption"]), path
    captions = {p.name: photo_metadata(p)["caption"] for p in photos}
    assert any("Photo credit: Jane Roe" in c for c in captions.values())
    assert any("Photo : Marie Dupont" in c for c in captions.values())
    assert any("© Tomasz Nowak" in c for c in captions.values())


def test_photo_iptc_orientation_and_sidecar():
    jpegs = [p for p in items(KIT) if p.suffix.lower() in (".jpg", ".jpeg")]
    with_iptc = 0
    for path in jpegs:
        with Image.open(path) as img:
            iptc = IptcImagePlugin.getiptcinfo(img)
            if iptc:
                with_iptc += 1
                assert iptc[(2, 120)].decode("utf-8") and iptc[(2, 110)] and iptc[(2, 116)] and iptc[(2, 80)]
    assert with_iptc >= 2
    with Image.open(KIT / "photos/DSC_0193.JPG") as img:
        assert img.getexif().get(0x0112) == 6
        assert img.width > img.height  # stored sideways
        upright = ImageOps.exif_transpose(img)
        assert upright.height > upright.width
    side = json.loads((KIT / "photos/banner_closing_20nov.jpg.json").read_text(encoding="utf-8"))
    assert set(side) == {"caption", "credit", "copyright"}
    with Image.open(KIT / "photos/corridor_delegates_19-11-2026.png") as img:
        assert "Jane Roe" in xmp_text(img)
    for path in items(KIT):
        if path.suffix.lower() in PHOTO_EXT:
            assert path.stat().st_size <= 250_000, path


def test_pdfs_open_with_metadata_and_expected_text():
    pdfs = sorted(KIT.rglob("*.pdf"))
    assert len(pdfs) >= 15
    for path in pdfs:
        with fitz.open(path) as doc:
            assert doc.page_count >= 1
            md = doc.metadata
            assert md["title"] and md["author"] and md["creationDate"].startswith("D:2026")
    for en, fr in PAIRS[:3]:
        assert "ENDS" in " ".join(pdf_pages(KIT / en))
        assert "FIN" in " ".join(pdf_pages(KIT / fr))
    closing_fr = pdf_pages(KIT / "press-releases/PR_Closing_20.11.26_FR.pdf")
    assert "Sans vérification, la sécurité promise aux populations restera une déclaration d’été" in closing_fr[0]
    assert "La coopération et les négociations doivent maintenant aboutir" in closing_fr[0]
    opening_fr = pdf_pages(KIT / "press-releases/PR_Opening_16.11.26_French.pdf")
    assert "Chaque caisse de munitions non comptabilisée est une future scène de crime" in opening_fr[0]
    opening_en = pdf_pages(KIT / "press-releases/PR_Opening_16.11.26_EN.pdf")
    assert "Every unaccounted crate of ammunition is a future crime scene" in opening_en[0]
    # A multi-page newsletter whose page numbers matter.
    assert len(pdf_pages(KIT / "newsletters/Daily Newsletter Day 3 - 18 November.pdf")) >= 3


def _document_text(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdf_pages(path)
    return [norm(path.read_text(encoding="utf-8"))]


def test_quote_list_matches_documents():
    quotes = json.loads(QUOTES.read_text(encoding="utf-8"))
    assert len(quotes) >= 80
    for q in quotes:
        assert set(q) >= {"file", "page", "text", "speaker", "organisation"}
        pages = _document_text(KIT / q["file"])
        assert 1 <= q["page"] <= len(pages), q
        text = norm(q["text"])
        if "page_end" in q:  # a quotation that runs over a page break
            assert q["page_end"] == q["page"] + 1
            assert text.split()[0] in pages[q["page"] - 1], q
            assert text[-25:] in pages[q["page_end"] - 1], q
        else:
            assert text[:40] in pages[q["page"] - 1], q
    assert any("page_end" in q for q in quotes if q["file"].endswith(".pdf"))
    assert any(q.get("inferred") for q in quotes)
    assert any(not q["speaker"] and not q["organisation"] and not q.get("scare") for q in quotes)
    assert any(q.get("scare") for q in quotes)
    assert any("‘" in q["text"] or "“" in q["text"] for q in quotes)  # nested quotations
    assert any(q["language"] == "fr" and q["speaker"] == "Amara Diallo" for q in quotes)


def test_quote_list_is_complete():
    """Every opening quotation mark in a document belongs to one listed quotation."""
    quotes = json.loads(QUOTES.read_text(encoding="utf-8"))
    per_file: dict[str, int] = {}
    for q in quotes:
        per_file[q["file"]] = per_file.get(q["file"], 0) + 1
    for path in items(KIT):
        if path.suffix.lower() not in DOC_EXT:
            continue
        text = " ".join(_document_text(path))
        if path.suffix == ".html":
            text = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", " ", text, flags=re.S))
        opening = text.count("“") + text.count("‘") + text.count("«") + text.count('"') // 2
        rel = path.relative_to(KIT).as_posix()
        assert opening == per_file.get(rel, 0), rel


def test_generator_reproduces_committed_kit(tmp_path):
    out = tmp_path / "kit"
    qpath = tmp_path / "quotes.json"
    subprocess.run([sys.executable, str(GENERATOR), str(out), "--quotes", str(qpath)], check=True,
                   capture_output=True, timeout=300)
    committed = {p.relative_to(KIT).as_posix() for p in KIT.rglob("*")
                 if p.is_file() and p.name != "manifest.json"}  # the builder's, not the generator's
    generated = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert committed == generated
    for rel in sorted(committed):
        a, b = KIT / rel, out / rel
        if a.suffix == ".pdf":
            assert pdf_pages(a) == pdf_pages(b), rel
        elif a.suffix.lower() in PHOTO_EXT:
            assert photo_metadata(a) == photo_metadata(b), rel
        else:
            assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8"), rel
    assert json.loads(qpath.read_text(encoding="utf-8")) == json.loads(QUOTES.read_text(encoding="utf-8"))
