"""A page made of a photo, a painting or a logo is not sent to Tesseract; a scan of paper is
(presskit/ingest/paper.py; the evaluation is in docs/ingest.md, "Photos and scans")."""

from __future__ import annotations

import pymupdf
import pytest

from presskit.ingest import ocr
from presskit.ingest.paper import MIN_PAPER_SHARE, looks_like_paper, paper_share
from presskit.ingest.pool import extract_many
from presskit.locations import sample_kit_path
from pressfolder import make_scanned_pdf

PHOTO = "photos/Diallo_podium_16-11-2026.jpg"  # a delegate at a podium, 1200 x 800


def _photo_page(doc: pymupdf.Document, fill: bool = True) -> pymupdf.Page:
    """A page that is the sample kit's photo (a report's full-page picture), or the photo placed on
    a white A4 page (``fill`` False: most of the page is the white margin around it)."""
    photo = sample_kit_path() / PHOTO
    page = doc.new_page(width=600, height=400) if fill else doc.new_page(width=595, height=842)
    page.insert_image(page.rect, filename=str(photo))
    return page


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    return make_scanned_pdf(tmp_path_factory.mktemp("paper") / "scan.pdf",
                            [["Statement on victim assistance, read at the plenary on 17 November."]], dpi=200)


def test_a_scan_is_paper_and_needs_ocr(scanned):
    with pymupdf.open(scanned) as d:
        assert paper_share(d[0]) >= MIN_PAPER_SHARE and looks_like_paper(d[0]) and ocr.needs_ocr(d[0])


def test_a_photo_is_not_paper_even_on_a_white_page():
    docs = [pymupdf.open(), pymupdf.open()]  # one page each: adding a page to a document unloads the others
    full, placed = _photo_page(docs[0]), _photo_page(docs[1], fill=False)
    assert paper_share(full) < 0.5 and paper_share(placed) < 0.5  # the white margins do not count
    assert not ocr.needs_ocr(full) and not ocr.needs_ocr(placed)


def test_a_photo_page_is_not_recognised_and_a_scan_page_is(scanned, tmp_path):
    engine = ocr.find_engine(["en"])
    if isinstance(engine, ocr.OcrUnavailable):
        pytest.skip(f"Tesseract is not installed here: {engine.message}")
    doc = pymupdf.open()
    doc.insert_pdf(pymupdf.open(scanned))
    _photo_page(doc)
    doc.save(tmp_path / "report.pdf")
    [(_path, ex)] = list(extract_many([tmp_path / "report.pdf"], workers=1, ocr=engine))
    assert ex.meta["ocr"]["pages"] == [1] and ex.meta["ocr"]["unread"] == []
    assert "victim assistance" in ex.pages[0] and ex.pages[1] == ""
