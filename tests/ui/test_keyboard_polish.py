"""What a keyboard-only pass of the viewer at 1024x700 in French found: a library button cut in half,
a damaged index reported in English under a French heading while the status bar said "search ready",
the publisher's line without the space French puts before a colon, two Tab stops on the start page
that showed nothing focused, and Enter doing nothing on a focused button."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit.ui import i18n


@pytest.fixture
def french():
    i18n.install("fr")
    yield
    i18n.install("en")


def test_library_buttons_are_never_cut_at_1024_pixels_in_french(qtbot, french, tmp_path):
    """'Ajouter les dossiers d'un répertoire ou d'une clé USB…' is wider than the start page's column
    beside the two other buttons: the row wraps instead of showing 'er les dossiers … clé U'."""
    from presskit.ui.library import LibraryPanel
    from presskit.ui.qt import QVBoxLayout, QWidget

    column = QWidget()  # the start page's column: at most 760 pixels, 712 in a 1024-pixel window
    column.setFixedWidth(712)
    p = LibraryPanel()
    QVBoxLayout(column).addWidget(p)
    qtbot.addWidget(column)
    assert p.scan_btn.text().startswith("Ajouter")
    column.show()
    qtbot.waitExposed(column)
    for b in (p.scan_btn, p.add_btn, p.remove_btn):
        qtbot.waitUntil(lambda b=b: b.width() >= b.sizeHint().width(), timeout=3000)
        assert b.mapTo(p, b.rect().topRight()).x() <= p.width(), b.text()
    p.worker.shutdown()


def test_a_damaged_index_says_so_in_the_readers_language_and_what_to_do(qtbot, french, settings, built_kit,
                                                                       monkeypatch):
    from presskit.errors import SearchIndexError
    from presskit.ui import listsearch
    from presskit.ui.app import Viewer, make_application

    make_application([])
    settings.set("language", "fr")
    w = Viewer(settings).window
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.kitOpened, timeout=20000):
        w.open_kit(str(built_kit))

    class Damaged:
        def search(self, *a, **k):
            raise SearchIndexError("The search index is damaged; it has to be rebuilt.")

    monkeypatch.setattr(listsearch, "thread_searcher", lambda kit: Damaged())
    with qtbot.waitSignal(w.list_pane.searchBroken, timeout=10000):
        w.list_pane.box.setFocus()
        qtbot.keyClicks(w.list_pane.box, "stockpiles")
    shown = w.list_pane.empty.text()
    assert "La recherche n’est pas disponible" in shown
    assert "endommagé" in shown and "Reconstruire l’index de recherche" in shown
    assert "has to be rebuilt" not in shown  # the core's English sentence
    assert w.index_label.text().endswith("index endommagé"), w.index_label.text()
    w.runner.wait(3000)


def test_the_publishers_line_is_one_french_sentence(french):
    from presskit.kit.open import open_kit
    from presskit.ui.kitinfo import about_html

    kit = open_kit(Path(__file__).resolve().parents[2] / "assets" / "sample-kit")
    html = about_html(kit)
    assert "Éditeur : Lantern Coalition" in html and "Éditeur:" not in html


def test_tab_on_the_start_page_never_stops_on_nothing_visible(qtbot, win, tmp_path):
    """With a kit that failed to open, Tab went through two stops that showed no focus (the page's
    scroll area and the one holding the path): every stop is now a control a reader can see."""
    from presskit.ui.qt import QApplication, QScrollArea

    bad = tmp_path / "broken kit"
    bad.mkdir()
    (bad / "manifest.json").write_text('{"format": "presskit", "items": [', encoding="utf-8")
    win.resize(1024, 700)
    win.open_kit(str(bad))
    qtbot.waitUntil(lambda: win.start_page.problem.isVisible(), timeout=5000)
    win.start_page.open_btn.setFocus()
    stops = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), "\t")
        stops.append(QApplication.focusWidget())
    assert not [s for s in stops if isinstance(s, QScrollArea)], [type(s).__name__ for s in stops]
    assert win.start_page.details_btn in stops and win.start_page.open_btn in stops


def test_enter_on_a_focused_button_of_the_window_clicks_it(qtbot, win):
    """Qt's buttons take only Space outside dialogs: Enter on "Open the sample kit" did nothing."""
    from presskit.ui.qt import Qt

    btn = win.start_page.sample_btn
    btn.setFocus()
    qtbot.waitUntil(btn.hasFocus, timeout=3000)
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        qtbot.keyClick(btn, Qt.Key.Key_Return)
    assert win.kit is not None



def test_the_save_search_dialog_is_wide_enough_for_its_title(qtbot, french):
    """Qt's getText dialog was so narrow that the window manager cut its title to "Enregistr…"."""
    from presskit.ui.library import LibraryPanel

    p = LibraryPanel()
    qtbot.addWidget(p)
    dlg = p.name_dialog("verification")
    assert dlg.windowTitle() == "Enregistrer la recherche" and dlg.textValue() == "verification"
    title_width = dlg.fontMetrics().horizontalAdvance(dlg.windowTitle() + " — presskit")
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.width() >= title_width + 120, (dlg.width(), title_width)
    dlg.reject()
    p.worker.shutdown()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_menu_has_two_entries_answering_to_the_same_letter(qtbot, settings, language):
    """Alt+O then P in French highlighted "Photos" without opening it: "À &propos" answered to P too,
    and Qt then only moves between the two. Every menu's underlined letters are now distinct."""
    import re

    from presskit.ui.app import Viewer, make_application

    make_application([])
    settings.set("language", language)
    w = Viewer(settings).window
    qtbot.addWidget(w)
    clashes = []

    def walk(menu, path):
        letters: dict[str, list[str]] = {}
        for a in menu.actions():
            m = re.search(r"&([^&])", a.text())
            if m:
                letters.setdefault(m.group(1).lower(), []).append(a.text())
            if a.menu() is not None and a.menu() is not menu:
                walk(a.menu(), f"{path} › {a.text()}")
        clashes.extend((path, v) for v in letters.values() if len(v) > 1)

    for a in w.menuBar().actions():
        if a.menu() is not None:
            walk(a.menu(), a.text())
    assert clashes == []
    i18n.install("en")
