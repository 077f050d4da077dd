"""Selecting a PDF page's text without a mouse: Ctrl+A takes the page at the top of the view,
Ctrl+Shift+A the sentence of the current search hit, Shift+Left/Right move the selection's end by a
word; Ctrl+C and Ctrl+Shift+C copy what was selected."""

from __future__ import annotations

import pymupdf
import pytest

from presskit.ui.pagewords import sentence_around
from presskit.ui.qt import QApplication, Qt

pytestmark = pytest.mark.gui

PAGE1 = ("Opening words of the first page. The coalition urges every state to publish its ammunition "
         "stockpiles now. A closing line follows.")
PAGE2 = "Second page words only."
SENTENCE = "The coalition urges every state to publish its ammunition stockpiles now."
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    from presskit.build import build_kit

    base = tmp_path_factory.mktemp("kbsel")
    (base / "src").mkdir()
    doc = pymupdf.open()
    for text in (PAGE1, PAGE2):
        doc.new_page().insert_htmlbox(pymupdf.Rect(50, 50, 400, 400), f"<p>{text}</p>",
                                      css="body{font-family: sans-serif; font-size: 11pt}")
    doc.save(base / "src" / "Statement_Keyboard_16.11.26_EN.pdf")
    build_kit(base / "src", base / "kit")
    return base / "kit"


def _open(qtbot, win, kit):
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(kit)
    pdf = win.reader.pdf
    with qtbot.waitSignal(pdf.documentLoaded, timeout=10000):
        win.open_item(win.kit.items[0].id, 1)
    pdf.setFocus()
    return pdf


def test_ctrl_a_selects_the_page_and_ctrl_c_copies_it(qtbot, win, kit):
    pdf = _open(qtbot, win, kit)
    qtbot.keyClick(pdf, Qt.Key.Key_A, CTRL)
    qtbot.waitUntil(lambda: pdf.selected_text() == PAGE1, timeout=10000)
    QApplication.clipboard().clear()
    qtbot.keyClick(pdf, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == PAGE1
    qtbot.keyClick(pdf, Qt.Key.Key_Left, SHIFT)
    assert pdf.selected_text() == PAGE1.rsplit(" ", 1)[0]
    qtbot.keyClick(pdf, Qt.Key.Key_Right, SHIFT)
    assert pdf.selected_text() == PAGE1
    pdf.go_to_page(2)
    qtbot.waitUntil(lambda: pdf.current_page == 2, timeout=5000)
    qtbot.keyClick(pdf, Qt.Key.Key_A, CTRL)
    qtbot.waitUntil(lambda: pdf.selected_text() == PAGE2, timeout=10000)
    assert pdf.selection_page() == 2


def test_ctrl_shift_a_selects_the_hits_sentence_for_a_citation(qtbot, win, kit):
    pdf = _open(qtbot, win, kit)
    with qtbot.waitSignal(pdf.hitsChanged, timeout=10000):
        pdf.set_highlight([["stockpiles"]])
    assert pdf.current_hit == 0
    qtbot.keyClick(pdf, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: pdf.selected_text() == SENTENCE, timeout=10000)
    QApplication.clipboard().clear()
    qtbot.keyClick(pdf, Qt.Key.Key_C, CTRL | SHIFT)
    cited = QApplication.clipboard().text()
    assert SENTENCE in cited and "p. 1" in cited


def test_sentence_stays_in_its_paragraph_and_keeps_closing_quotes():
    words = [(0, 0, 1, 1, w, b, 0, k) for k, (w, b) in enumerate(
        [("Heading", 0), ("Said:", 1), ("\u201cNo", 1), ("delay.\u201d", 1), ("Then", 1), ("more", 1)])]
    assert sentence_around(words, 2, 2) == (1, 3)
    assert sentence_around(words, 4, 4) == (4, 5)
    assert sentence_around(words, 0, 0) == (0, 0)


def test_in_a_text_document_the_keyboard_selects_from_the_hit_and_its_sentence(qtbot, tmp_path):
    from presskit.textmatch import query_sequences
    from presskit.ui.textview import TextView

    note = tmp_path / "note.md"
    note.write_text(f"# Note\n\n{PAGE1}\n\nAnother paragraph.\n", encoding="utf-8")
    view = TextView()
    qtbot.addWidget(view)
    view.load_file(note, "markdown", tmp_path)
    view.show()
    view.setFocus()
    with qtbot.waitSignal(view.hitsChanged, timeout=2000):
        view.set_highlight(query_sequences("stockpiles"))
    for _ in range(len("stockpiles")):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert view.selected_text() == "stockpiles"  # Shift+Right from the hit, as after F3
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL | SHIFT)
    assert view.selected_text() == SENTENCE
