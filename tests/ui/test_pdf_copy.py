"""Copy from a PDF gives plain text (issue 11, item 6): ligatures expanded, a word hyphenated at a line
end joined, soft hyphens dropped, a paragraph's lines joined; in the plain-text and HTML formats."""

from __future__ import annotations

import pymupdf
import pytest

from presskit.ui.pagewords import plain_html, plain_text
from presskit.ui.qt import QApplication, Qt

pytestmark = pytest.mark.gui

PARAGRAPHS = ("<p>The first official verification office will find fifty effects of disarma-<br>ment and "
              "nu\u00adclear offices.</p><p>Second paragraph here.</p>")
EXPECTED = ("The first official verification office will find fifty effects of disarmament and nuclear offices."
            "\n\nSecond paragraph here.")


def _words(*lines: tuple[int, int, str]) -> list[tuple]:
    out = []
    for block, line, text in lines:
        for k, w in enumerate(text.split()):
            out.append((0, 0, 1, 1, w, block, line, k))
    return out


def test_plain_text_of_words_expands_ligatures_joins_hyphens_and_lines():
    words = _words((0, 0, "La véri\ufb01cation des chi\ufb00res"), (0, 1, "du désarme-"), (0, 2, "ment nu\u00adcléaire."),
                   (1, 0, "Suite."))
    text = plain_text(words, list(range(len(words))))
    assert text == "La vérification des chiffres du désarmement nucléaire.\n\nSuite."
    assert plain_html(text) == "<p>La vérification des chiffres du désarmement nucléaire.</p><p>Suite.</p>"
    assert plain_html("<script>x</script>") == "<p>&lt;script&gt;x&lt;/script&gt;</p>"


def test_ctrl_c_in_a_pdf_copies_clean_text_and_html(qtbot, win, tmp_path):
    from presskit.build import build_kit

    src = tmp_path / "src"
    src.mkdir()
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(pymupdf.Rect(50, 50, 400, 300), PARAGRAPHS, css="body{font-family: serif; font-size: 12pt}")
    doc.save(src / "Statement_Ligatures_EN.pdf")
    words = [w[4] for w in pymupdf.open(src / "Statement_Ligatures_EN.pdf")[0].get_text("words")]
    assert any("\ufb01" in w or "\ufb03" in w for w in words)  # the PDF itself holds ligatures
    build_kit(src, tmp_path / "kit")
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(tmp_path / "kit")
    item = win.kit.items[0]
    pdf = win.reader.pdf
    with qtbot.waitSignal(pdf.documentLoaded, timeout=10000):
        win.open_item(item.id, 1)
    qtbot.waitUntil(lambda: pdf.words_of(1) is not None, timeout=10000)
    pdf.select_words(1, 0, len(pdf.words_of(1)) - 1)
    pdf.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(pdf, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    md = QApplication.clipboard().mimeData()
    assert md.text() == EXPECTED
    assert md.html() == "".join(f"<p>{p}</p>" for p in EXPECTED.split("\n\n"))
    assert win.reader.selected_text() == EXPECTED  # what "Copy with citation" cites, too
