"""A change of the rules that decide which pages are recognised reaches kits built before it.

A kit built under older rules (here: a scan had to cover a quarter of its page) left a scan copied
reduced on the glass unread. Rebuilt under the current rules, that file, and only that file, is read
again and its words are found; a rebuild with nothing changed reads nothing again.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from presskit.build import build_kit, builder, indexing
from presskit.ingest import ocr, pdf
from presskit.kit.open import open_kit
from presskit.search import Searcher
from pressfolder import make_scanned_pdf, make_text_pdf

SCANNED = "The delegation of Norway thanks the lighthouse keepers for their patience."


@pytest.fixture(scope="module")
def engine():
    e = ocr.find_engine(["en"])
    if isinstance(e, ocr.OcrUnavailable):
        pytest.skip(f"Tesseract is not installed here: {e.message}")
    return e


def _source(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    make_text_pdf(src / "statement.pdf", [["A statement on verification, with a text layer."]])
    scan = make_scanned_pdf(tmp / "scan.pdf", [[SCANNED]], dpi=300)
    with pymupdf.open(scan) as d:
        image = d.extract_image(d[0].get_images()[0][0])["image"]
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)  # the page reduced to a fifth of the sheet
    page.insert_image(pymupdf.Rect(30, 30, 30 + 595 * 0.2 ** 0.5, 30 + 842 * 0.2 ** 0.5), stream=image,
                      keep_proportion=False)
    doc.save(src / "reduced-copy.pdf")
    return src


def _older_rules(monkeypatch, revision: int | None) -> None:
    """Build as presskit did under ``revision`` (None: before the revision was recorded at all)."""
    monkeypatch.setattr(ocr, "_MIN_IMAGE_COVER", 0.25)
    for module in (pdf, indexing, builder):
        monkeypatch.setattr(module, "RULES_REVISION", revision)


def _found(kit_dir: Path, query: str) -> list[str]:
    with Searcher(open_kit(kit_dir)) as s:
        return [d.item.path for d in s.search(query).results]


@pytest.mark.parametrize("old", [1, None])
def test_a_scan_older_rules_missed_is_recognised_on_rebuild(engine, tmp_path, monkeypatch, old):
    src = _source(tmp_path)
    out = tmp_path / "kit"
    _older_rules(monkeypatch, old)
    first = build_kit(src, out, workers=0)
    assert first.extracted == 2
    assert _found(out, "lighthouse") == []  # the older rules did not send the reduced copy
    monkeypatch.undo()

    again = build_kit(src, out, workers=0)
    assert again.extracted == 1  # the reduced copy only: the text PDF's pages all have text
    assert _found(out, "lighthouse") == ["reduced-copy.pdf"]

    same = build_kit(src, out, workers=0)
    assert same.extracted == 0  # the same rules: nothing is read again
    assert _found(out, "lighthouse") == ["reduced-copy.pdf"]


def test_a_file_whose_blank_page_was_declined_is_not_read_again(tmp_path, monkeypatch):
    """Only pages that show something are recorded as declined: a blank page does not make a
    rule change read its file again (no recognition needed to see it)."""
    src = tmp_path / "src"
    src.mkdir()
    make_text_pdf(src / "statement.pdf", [["A statement on verification, with a text layer."], [""]])
    out = tmp_path / "kit"
    monkeypatch.setattr(ocr, "find_engine", lambda *a, **k: ocr.NO_OCR)
    monkeypatch.setattr(builder, "find_engine", lambda *a, **k: ocr.NO_OCR)
    for module in (pdf, indexing, builder):
        monkeypatch.setattr(module, "RULES_REVISION", 1)
    build_kit(src, out, workers=0)
    for module in (pdf, indexing, builder):
        monkeypatch.setattr(module, "RULES_REVISION", 2)
    assert build_kit(src, out, workers=0).extracted == 0
