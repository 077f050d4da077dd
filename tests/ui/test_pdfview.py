from pathlib import Path

import pytest

from uihelpers import make_pdf
from presskit.ui.pdfview import CUSTOM, FIT_WIDTH, PdfView
from presskit.textmatch import query_sequences



@pytest.fixture
def view(qtbot):
    v = PdfView()
    v.resize(700, 600)
    qtbot.addWidget(v)
    v.show()
    return v


@pytest.fixture
def pdf(tmp_path) -> Path:
    return make_pdf(tmp_path / "d.pdf", [
        "First page. Nothing here.",
        "Second page: le désarmement nucléaire est urgent.",
        "Third page.\nDESARMEMENT NUCLEAIRE again, and désarmement alone.",
    ])


def test_loads_renders_and_goes_to_page(qtbot, view, pdf):
    with qtbot.waitSignal(view.documentLoaded, timeout=5000) as blocker:
        view.load(str(pdf), page=2)
    assert blocker.args == [3]
    assert view.current_page == 2
    qtbot.waitUntil(lambda: 1 in view._cache, timeout=5000)
    assert view._cache[1][1].width() > 100


def test_accent_insensitive_hits_and_stepping(qtbot, view, pdf):
    with qtbot.waitSignal(view.documentLoaded, timeout=5000):
        view.load(str(pdf))
    with qtbot.waitSignal(view.hitsChanged, timeout=5000) as blocker:
        view.set_highlight([["desarmement", "nucleaire"]], start_page=3)
    assert blocker.args == [1, 2]  # two phrase hits; the one on page 3 is current
    assert [h[0] for h in view.hits] == [1, 2]
    view.next_hit()
    assert view.current_hit == 0 and view.current_page == 2
    view.previous_hit()
    assert view.current_hit == 1


def test_find_prefix(qtbot, view, pdf):
    with qtbot.waitSignal(view.documentLoaded, timeout=5000):
        view.load(str(pdf))
    with qtbot.waitSignal(view.hitsChanged, timeout=5000) as blocker:
        view.find("desarm")
    assert blocker.args[1] == 3
    assert query_sequences("Désarmement  nucléaire") == [["desarmement", "nucleaire"]]


def test_zoom_and_fit(qtbot, view, pdf):
    with qtbot.waitSignal(view.documentLoaded, timeout=5000):
        view.load(str(pdf))
    assert view.mode == FIT_WIDTH
    z = view.zoom
    view.zoom_in()
    assert view.mode == CUSTOM and view.zoom > z
    view.set_mode(FIT_WIDTH)
    assert abs(view.zoom - z) < 0.01


def test_select_and_copy(qtbot, view, pdf):
    from presskit.ui.qt import QApplication

    with qtbot.waitSignal(view.documentLoaded, timeout=5000):
        view.load(str(pdf), page=2)
    qtbot.waitUntil(lambda: view.words_of(2) is not None, timeout=5000)
    words = view.words_of(2)
    view.select_words(2, 2, 4)
    assert view.selected_text() == " ".join(w[4] for w in words[2:5])
    assert view.copy_selection()
    assert QApplication.clipboard().text() == view.selected_text()
