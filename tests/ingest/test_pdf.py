"""presskit.ingest.pdf: text per page (ligatures, hyphenation), metadata, links, damaged and locked PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from presskit.errors import CorruptError, EncryptedError
from presskit.ingest.extract import extract
from presskit.ingest.record import Extracted


# --- PDF helpers ------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[str], *, metadata: dict | None = None, links: list[str] = (),
             ligature_font: bool = False, **save_kw) -> Path:
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        if ligature_font:
            # MuPDF's built-in CJK font has the U+FB01/U+FB02 ligature glyphs
            page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
            page.insert_text((72, 72), text, fontname="F0", fontsize=11)
        else:
            page.insert_text((72, 72), text, fontsize=11)
    for i, uri in enumerate(links):
        doc[0].insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 300 + 20 * i, 200, 315 + 20 * i),
                            "uri": uri})
    if metadata:
        doc.set_metadata(metadata)
    doc.save(path, **save_kw)
    doc.close()
    return path


def png_bytes(size=(40, 30), color=(200, 30, 30), mode="RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, "PNG")
    return buf.getvalue()


def test_pdf_text_ligatures_hyphenation_metadata(tmp_path):
    p = make_pdf(
        tmp_path / "pr.pdf",
        ["The \ufb01rm \ufb02ew to the disarma-\nment talks; Franco-\nGerman ties.", "Second page"],
        metadata={"title": "Opening", "author": "Press Office", "subject": "Day 1", "keywords": "opening, un",
                  "creationDate": "D:20261116093000+01'00'"},
        ligature_font=True,
    )
    r = extract(p)
    assert isinstance(r, Extracted) and r.media == "pdf" and r.status == "ok"
    assert len(r.pages) == 2
    assert "firm flew" in r.pages[0]
    assert "\ufb01" not in r.pages[0]
    assert "disarmament" in r.pages[0]
    assert "Franco-\nGerman" in r.pages[0]
    assert r.meta["title"] == "Opening" and r.meta["author"] == "Press Office"
    assert r.meta["subject"] == "Day 1" and r.meta["keywords"] == "opening, un"
    assert r.meta["date"] == "2026-11-16"
    assert r.thumbnail is None  # the viewer renders PDF pages itself


def test_pdf_links_from_annotations_and_text(tmp_path):
    p = make_pdf(tmp_path / "l.pdf", ["See https://example.org/report.pdf, and mailto:x@y.z."],
                 links=["https://example.org/annot", "http://example.com/a?b=1"])
    links = extract(p).meta["links"]
    assert "https://example.org/annot" in links and "http://example.com/a?b=1" in links
    assert "https://example.org/report.pdf" in links
    assert not any(x.startswith("mailto") for x in links)


def test_pdf_encrypted(tmp_path):
    p = make_pdf(tmp_path / "secret.pdf", ["secret"], encryption=pymupdf.PDF_ENCRYPT_AES_256,
                 user_pw="user", owner_pw="owner")
    with pytest.raises(EncryptedError) as ei:
        extract(p)
    assert "password-protected" in str(ei.value) and "secret.pdf" in str(ei.value)
    assert ei.value.reason == "encrypted"


def test_pdf_owner_password_only_is_readable(tmp_path):
    p = make_pdf(tmp_path / "owner.pdf", ["readable text"], encryption=pymupdf.PDF_ENCRYPT_AES_256,
                 owner_pw="owner", permissions=0)
    assert "readable text" in extract(p).pages[0]


def test_pdf_garbage_is_corrupt(tmp_path):
    p = tmp_path / "bad.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    with pytest.raises(CorruptError) as ei:
        extract(p)
    assert "bad.pdf" in str(ei.value)


def test_pdf_truncated_never_escapes(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [f"page {i} " * 50 for i in range(5)])
    data = good.read_bytes()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 30):
        p = tmp_path / f"cut{cut}.pdf"
        p.write_bytes(data[:cut])
        try:
            r = extract(p)
            assert r.media == "pdf"
        except CorruptError:
            pass


def test_pdf_image_only_is_no_text(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(pymupdf.Rect(50, 50, 300, 250), stream=png_bytes())
    doc.save(tmp_path / "scan.pdf")
    r = extract(tmp_path / "scan.pdf")
    assert r.status == "no-text"
    assert r.pages == [""]
    assert any("no text layer" in w for w in r.meta["warnings"])


def test_pdf_max_pages_truncates_with_warning(tmp_path):
    p = make_pdf(tmp_path / "long.pdf", ["one", "two", "three"])
    r = extract(p, max_pages=2)
    assert len(r.pages) == 2 and r.meta["truncated"] is True and r.meta["page_count"] == 3
    assert any("only the first 2" in w for w in r.meta["warnings"])


def test_a_reader_process_empties_mupdfs_cache_when_it_holds_too_much_without_changing_the_text(tmp_path, monkeypatch):
    from presskit.ingest import pdf as pdfmod

    path = tmp_path / "long.pdf"
    make_pdf(path, [f"Page {n} of the annual report on harbour safety." for n in range(7)])
    plain = extract(path)
    emptied = []
    real = pdfmod.mupdf().TOOLS.store_shrink
    monkeypatch.setattr(pdfmod.mupdf().TOOLS, "store_shrink", lambda pct: emptied.append(pct) or real(pct))
    monkeypatch.setattr(pdfmod, "_hold_under", 0)
    pdfmod.hold_less(max_mb=100_000)  # what each reader process does when it starts; far above it here
    assert extract(path).pages == plain.pages and emptied == []
    resident = iter([10**12, 1, 1, 1, 10**12, 1, 1, 1])  # past it before pages 2 and 5 (then read again)
    monkeypatch.setattr(pdfmod, "resident_bytes", lambda: next(resident))
    held_less = extract(path)
    assert emptied == [100, 100]
    assert held_less.pages == plain.pages and held_less.meta == plain.meta
    # after each file: the cache is emptied only when the process still holds more than 100 MB
    monkeypatch.setattr(pdfmod, "resident_bytes", lambda: 50 * 2**20)
    pdfmod.after_file()
    assert emptied == [100, 100]
    monkeypatch.setattr(pdfmod, "resident_bytes", lambda: 150 * 2**20)
    pdfmod.after_file()
    assert emptied == [100, 100, 100]


def test_a_reader_over_its_limit_once_the_cache_is_empty_does_not_empty_it_at_every_page(tmp_path, monkeypatch):
    from presskit.ingest import pdf as pdfmod

    path = tmp_path / "long.pdf"
    make_pdf(path, [f"Page {n} of the minutes." for n in range(8)])
    emptied = []
    real = pdfmod.mupdf().TOOLS.store_shrink
    monkeypatch.setattr(pdfmod.mupdf().TOOLS, "store_shrink", lambda pct: emptied.append(pct) or real(pct))
    monkeypatch.setattr(pdfmod, "_hold_under", 0)
    pdfmod.hold_less(max_mb=100)
    monkeypatch.setattr(pdfmod, "resident_bytes", lambda: 300 * 1024 * 1024)  # not cache: stays
    assert len(extract(path).pages) == 8
    assert emptied == [100]  # once, not before each of pages 2 to 8
