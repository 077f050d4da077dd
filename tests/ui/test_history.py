"""Back and Forward through documents, pages and searches; the window title names the document; a
language switch keeps the kit, document, page, search, filters, marks, navigator and history."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QApplication, QEvent, QMouseEvent, QPointF, Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def viewer(qtbot, settings, built_kit):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    qtbot.addWidget(v.window)
    v.window.resize(1360, 840)
    v.window.show()
    with qtbot.waitSignal(v.window.kitOpened, timeout=15000):
        v.window.open_kit(built_kit)
    yield v
    v.window.runner.wait(3000)


def pdf_items(w):
    return [it for it in w.kit.items if it.media == "pdf"]


def search(qtbot, w, text):
    with qtbot.waitSignal(w.list_pane.searchFinished, timeout=10000):
        w.list_pane.set_query(text)


def test_back_and_forward_through_documents(qtbot, viewer):
    w = viewer.window
    a, b = pdf_items(w)[:2]
    w.open_item(a.id)
    assert a.title in w.windowTitle() and w.kit.info.title in w.windowTitle()
    w.open_item(b.id)
    assert b.title in w.windowTitle()
    assert w.back_action.isEnabled() and not w.forward_action.isEnabled()
    w.back_action.trigger()
    assert w.reader.item.id == a.id and a.title in w.windowTitle()
    w.back_action.trigger()
    assert w.reader.item is None  # the About page the kit opened on
    assert w.windowTitle() == f"{w.kit.info.title} — presskit"
    assert not w.back_action.isEnabled()
    w.forward_action.trigger()
    w.forward_action.trigger()
    assert w.reader.item.id == b.id and not w.forward_action.isEnabled()


def test_back_returns_to_the_page_that_was_left(qtbot, viewer):
    w = viewer.window
    three = next(it for it in pdf_items(w) if it.pages >= 3)
    other = next(it for it in pdf_items(w) if it.id != three.id)
    w.open_item(three.id, 1)
    qtbot.waitUntil(lambda: w.reader.pdf.page_count == three.pages, timeout=10000)
    w.reader.page_box.setValue(3)  # a jump to page 3 is a step of its own
    qtbot.waitUntil(lambda: w.reader.current_page() == 3, timeout=5000)
    w.open_item(other.id)
    w.back_action.trigger()
    assert w.reader.item.id == three.id
    qtbot.waitUntil(lambda: w.reader.current_page() == 3, timeout=5000)
    w.back_action.trigger()
    qtbot.waitUntil(lambda: w.reader.current_page() == 1, timeout=5000)
    assert w.reader.item.id == three.id


def test_searches_are_steps_and_typing_is_one(qtbot, viewer):
    w = viewer.window
    start = w.history.index
    for partial in ("dis", "disarm", "disarmament"):  # refining a search: one step
        search(qtbot, w, partial)
    assert w.history.index == start + 1
    w.list_pane.open_result(0)
    opened = w.reader.item.id
    search(qtbot, w, "treaty")
    w.list_pane.open_result(0)
    w.back_action.trigger()  # the "treaty" results, before its document was opened
    assert w.list_pane.box.text() == "treaty" and w.reader.item.id == opened
    w.back_action.trigger()  # the document opened from "disarmament"
    assert w.list_pane.box.text() == "disarmament" and w.reader.item.id == opened
    assert w.list_pane.state.query == "disarmament"
    w.back_action.trigger()  # the "disarmament" results, About page beside them
    assert w.list_pane.box.text() == "disarmament" and w.reader.item is None


def test_mouse_back_and_forward_buttons(qtbot, viewer):
    w = viewer.window
    a, b = pdf_items(w)[:2]
    w.open_item(a.id)
    w.open_item(b.id)
    target = w.list_pane.list.viewport()
    for button, expected in ((Qt.MouseButton.BackButton, a.id), (Qt.MouseButton.ForwardButton, b.id)):
        ev = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(10, 10), QPointF(10, 10), button, button,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, ev)
        assert w.reader.item.id == expected


def test_toolbar_has_back_and_forward(viewer):
    w = viewer.window
    assert w.top_buttons["back"].defaultAction() is w.back_action
    assert w.top_buttons["forward"].defaultAction() is w.forward_action
    assert "Alt+Left" in [s.toString() for s in w.back_action.shortcuts()]
    assert "Alt+Right" in [s.toString() for s in w.forward_action.shortcuts()]


def test_language_switch_keeps_everything(qtbot, viewer):
    w = viewer.window
    doc = next(it for it in pdf_items(w) if it.pages >= 3)
    w.navigator.select({"language": doc.language})
    search(qtbot, w, "disarmament")
    w.open_item(doc.id, 3)
    qtbot.waitUntil(lambda: w.reader.current_page() == 3, timeout=10000)
    w.journalist.selection.add([doc.id])
    w.navigator.topLevelItem(w.navigator.topLevelItemCount() - 1).setExpanded(True)  # a closed group opened
    expanded = w.navigator.expanded_groups()
    steps = len(w.history.entries)
    kit = w.kit

    viewer.change_language("fr")
    fr = viewer.window
    assert fr is not w and fr.menus["file"].title() == "&Fichier"
    assert fr.kit is kit  # not opened again
    assert fr.reader.item.id == doc.id
    qtbot.waitUntil(lambda: fr.reader.current_page() == 3, timeout=10000)
    assert fr.list_pane.box.text() == "disarmament"
    assert fr.list_pane.state.effective().languages == (doc.language,)
    assert fr.list_pane.lang_combo.currentData() == doc.language
    assert fr.journalist.selection.ids() == [doc.id]
    assert fr.navigator.expanded_groups() == expanded
    assert fr.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole) == {"language": doc.language}
    assert len(fr.history.entries) == steps and fr.back_action.isEnabled()
    from presskit.ui import i18n

    i18n.install("en")
