"""Items new since the kit was last opened carry a "New" badge in the list pane and the gallery."""

from __future__ import annotations

import pytest

from presskit.ui.qt import Qt


HTML_ROLE = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def win(qtbot, settings):
    from presskit.ui.app import Viewer, make_application

    make_application([])
    w = Viewer(settings).window
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait(3000)


def rows(w):
    tree = w.list_pane.list
    return {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]: tree.topLevelItem(i).data(0, HTML_ROLE)
            for i in range(tree.topLevelItemCount())}


def test_new_items_are_badged(qtbot, win, built_kit):
    from presskit import state
    from presskit.kit.open import open_kit

    # last time, this kit had neither the summary nor the photo without a credit
    earlier = open_kit(built_kit)
    fresh = {it.id for it in earlier.items if it.path.endswith("summary_en.md") or it.path.endswith("nocredit.jpg")}
    assert len(fresh) == 2
    earlier.items = [it for it in earlier.items if it.id not in fresh]
    state.mark_seen(earlier)

    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    assert win.new_items.ids == fresh
    win.navigator.select({"all": True})
    shown = rows(win)
    doc_id = next(i for i in fresh if i in shown)
    assert "&nbsp;New&nbsp;" in shown[doc_id]
    assert all("&nbsp;New&nbsp;" not in html for i, html in shown.items() if i != doc_id)

    # search results too
    with qtbot.waitSignal(win.list_pane.searchFinished, timeout=10000):
        win.list_pane.set_query("disarmament")
    shown = rows(win)
    assert doc_id in shown and "&nbsp;New&nbsp;" in shown[doc_id]
    assert sum("&nbsp;New&nbsp;" in h for h in shown.values()) == 1

    # and the photo in the gallery
    win.list_pane.set_query("")
    win.navigator.select({"photos": True})
    g = win.list_pane.gallery
    labels = {g.item(i).data(Qt.ItemDataRole.UserRole): g.item(i).text() for i in range(g.count())}
    photo_id = next(i for i in fresh if i in labels)
    assert labels[photo_id].startswith("New · ")
    assert all(not t.startswith("New") for i, t in labels.items() if i != photo_id)

    # the next time the kit is opened nothing is new any more
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    win.navigator.select({"all": True})
    assert win.new_items.ids == set()
    assert not any("&nbsp;New&nbsp;" in h for h in rows(win).values())
