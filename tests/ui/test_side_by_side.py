"""A document and its translation side by side: English | French, scrolled together page by page,
each with its own hits; Ctrl+T turns it on and off."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QApplication, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def kit_win(qtbot, win, built_kit):
    win.resize(1360, 840)
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    return win


def statement(w, lang):
    return next(it for it in w.kit.items if it.media == "pdf" and it.language == lang and w.kit.translations(it))


def test_ctrl_t_shows_the_translation_beside_scrolled_together_with_its_own_hits(qtbot, kit_win):
    w = kit_win
    with qtbot.waitSignal(w.list_pane.searchFinished, timeout=10000):
        w.list_pane.set_query("nuclear OR nucleaire")
    fr = statement(w, "fr")
    row = next(i for i in range(w.list_pane.list.topLevelItemCount())
               if w.list_pane.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0] == fr.id)
    w.list_pane.open_result(row)
    r = w.reader
    qtbot.waitUntil(lambda: r.pdf.page_count == fr.pages, timeout=10000)
    w.focus_document()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert r.side_by_side_on() and w.side_by_side_action.isChecked()
    en = r.other
    assert en is not None and en.language == "en" and en.group == fr.group
    pair = r.pdf_pair
    assert pair.widget(0) is pair.other_box  # English | French, whichever was opened
    assert pair.other_caption.text().startswith("English") and pair.main_caption.text().startswith("French")
    qtbot.waitUntil(lambda: r.pdf2.page_count == en.pages, timeout=10000)
    qtbot.waitUntil(lambda: len(r.pdf.hits) > 0 and len(r.pdf2.hits) > 0, timeout=10000)
    assert {p for p, _ in r.pdf2.hits} != set() and r.pdf2.hits != r.pdf.hits

    r.pdf.go_to_page(3)  # one scrolls, the other follows page by page
    qtbot.waitUntil(lambda: r.pdf2.current_page == 3, timeout=5000)
    r.pdf2.go_to_page(2)
    qtbot.waitUntil(lambda: r.pdf.current_page == 2, timeout=5000)

    w.side_by_side_action.trigger()
    assert not r.side_by_side_on() and pair.other_box.isHidden()


def test_side_by_side_needs_a_translation(qtbot, kit_win):
    w = kit_win
    alone = next(it for it in w.kit.items if not it.is_photo and not w.kit.translations(it))
    w.open_item(alone.id)
    w.side_by_side_action.trigger()
    assert not w.reader.side_by_side_on() and not w.side_by_side_action.isChecked()
    assert not w.reader.side_btn.isVisible()


def test_side_by_side_stays_on_from_document_to_document_and_in_history(qtbot, kit_win):
    w = kit_win
    en = statement(w, "en")
    w.open_item(en.id)
    w.reader.set_side_by_side(True)
    w.open_item(next(it for it in w.kit.items if it.media == "markdown").id)
    w.back_action.trigger()
    assert w.reader.item.id == en.id and w.reader.side_by_side_on()
    assert w.reader.other is not None and w.reader.other.language == "fr"
