"""The viewer on scanned pages and Word/OpenDocument files: the note on pages whose text was recognised
from a scan, hit boxes drawn from the OCR word boxes, and office files shown with their structure."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pressfolder import make_press_folder  # noqa: E402

SCAN = "scans/Statement_Main_Committee_II_17.11.11.pdf"
NOTE = "Text recognised from a scan — check against the page before quoting"


@pytest.fixture(scope="module")
def press_kit(tmp_path_factory):
    from presskit.build import build_kit
    from presskit.ingest import ocr

    if isinstance(ocr.find_engine(["en", "fr"]), ocr.OcrUnavailable):
        pytest.skip("Tesseract is not installed here")
    base = tmp_path_factory.mktemp("presskit-ui")
    build_kit(make_press_folder(base / "src"), base / "kit")
    return base / "kit"


@pytest.fixture
def reader(qtbot, settings):
    from presskit.ui.reader import ReaderPane

    r = ReaderPane(settings)
    r.resize(1000, 760)
    qtbot.addWidget(r)
    r.show()
    return r


def _item(kit, path):
    return next(it for it in kit.items if it.path == path)


def test_ocr_page_is_marked_and_its_hit_gets_a_box_from_the_ocr_words(qtbot, reader, press_kit):
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    kit = open_kit(press_kit)
    with Searcher(kit) as s:
        terms = s.highlight_terms('"humanitarian standard"')
    reader.show_item(kit, _item(kit, SCAN), page=2, terms=terms)
    assert reader.scan_note.isVisible() and reader.scan_note.text() == NOTE
    assert "· 2 scanned" in reader.meta.text()
    qtbot.waitUntil(lambda: bool(reader.pdf.hits), timeout=15000)
    page, rects = reader.pdf.hits[0]
    assert page == 1 and reader.hits_label.text() == "Hit 1 of 1"
    x0, y0, x1, y1 = rects[0]
    assert 40 < x0 < x1 < 560 and 40 < y0 < y1 < 800  # where the words stand on the scanned page
    with qtbot.waitSignal(reader.pdf.pageChanged, timeout=5000):
        reader.go_to_page(1)
    assert reader.scan_note.isVisible()  # page 1 is a scan too


def test_note_is_hidden_on_text_pages_photos_and_the_about_page(qtbot, reader, press_kit):
    from presskit.kit.open import open_kit

    kit = open_kit(press_kit)
    reader.show_item(kit, _item(kit, SCAN), page=1)
    assert reader.scan_note.isVisible()
    reader.show_item(kit, _item(kit, "web/PR-14.11.11.pdf"))
    assert not reader.scan_note.isVisible()
    reader.show_item(kit, next(it for it in kit.items if it.is_photo))
    assert not reader.scan_note.isVisible()
    reader.show_item(kit, _item(kit, SCAN), page=1)
    reader.show_about(kit)
    assert not reader.scan_note.isVisible()


def test_word_file_is_shown_with_headings_lists_tables_and_sections(qtbot, reader, press_kit):
    from presskit.kit.open import open_kit

    kit = open_kit(press_kit)
    reader.show_item(kit, _item(kit, "drafts/PR_Draft_Action_Plan_16.11.11.docx"), page=2)
    assert reader.stack.currentWidget() is reader.text_pair and reader.text.isVisible()
    doc = reader.text.document()
    text = doc.toPlainText()
    assert "• annual reports on national budgets for survivors" in text
    assert "Commitment\nDeadline\nFirst report\n2012" in text  # a real table, cell by cell
    first = doc.findBlockByNumber(0)
    assert first.text() == "Coalition welcomes the action plan on victim assistance"
    assert first.blockFormat().headingLevel() == 1
    assert len(reader.text._sections) == 2
    qtbot.waitUntil(lambda: reader.text.textCursor().position() == reader.text._sections[1], timeout=3000)
    reader.find("focal point")
    assert reader.text.hits and reader.hits_label.text() == "Hit 1 of 1"


def test_opendocument_file_and_a_damaged_one(qtbot, reader, press_kit, tmp_path):
    from presskit.kit.open import open_kit

    kit = open_kit(press_kit)
    reader.show_item(kit, _item(kit, "drafts/Analyse_declaration_finale_FR.odt"))
    text = reader.text.document().toPlainText()
    assert "1. les droits des survivants sont réaffirmés ;" in text and "Section 2" in text
    copy = tmp_path / "kit"
    shutil.copytree(press_kit, copy)
    (copy / "drafts/Analyse_declaration_finale_FR.odt").write_bytes(b"PK\x03\x04 broken")
    kit2 = open_kit(copy)
    reader.show_item(kit2, _item(kit2, "drafts/Analyse_declaration_finale_FR.odt"))
    assert reader.stack.currentWidget() is reader.message
    assert "damaged" in reader.message.text()
