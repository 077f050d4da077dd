"""The library panel: kits listed with their publisher and trust, one search across them, alerts."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from presskit.library.catalog import Library
from presskit.ui.qt import Qt
from tests.library.kits import build_kit, make_library_sources


@pytest.fixture(scope="module")
def three_kits(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("library-ui")
    return {n: build_kit(src, root / f"kit-{n}") for n, src in make_library_sources(root).items()}


@pytest.fixture
def panel(qtbot, three_kits, tmp_path):
    from presskit.ui import i18n
    from presskit.ui.library import LibraryPanel

    i18n.install("en")  # English plural forms, as the viewer has them
    lib = Library()
    kits = {n: Path(shutil.copytree(k, tmp_path / k.name)) for n, k in three_kits.items()}
    for k in kits.values():
        lib.add(k)
    p = LibraryPanel()
    qtbot.addWidget(p)
    p.kits = kits
    p.resize(900, 600)
    p.show()
    qtbot.waitUntil(lambda: p.kit_list.count() == 3, timeout=20000)
    yield p
    p.worker.shutdown()


def _rows(w) -> list[str]:
    return [w.item(i).text() for i in range(w.count())]


def test_kits_are_listed_with_publisher_dates_size_and_trust(panel, qtbot):
    rows = _rows(panel.kit_list)
    # a date range and a size are never broken across lines (no-break spaces inside them)
    assert any("Red Lantern Society" in r and "2026-11-16\u00a0–\u00a02026-11-20" in r and "FR,\u00a0EN" in r
               and re.search(r"\d\u00a0KB$", r.splitlines()[1]) and "Unsigned" in r for r in rows)
    assert "3 kits in your library" in panel.status.text()


def test_two_kits_of_one_title_say_on_their_rows_what_sets_them_apart(panel, qtbot, tmp_path):
    """The same kit on a USB stick and on the disk: each row says where it is; other rows say nothing
    more; the kit filter tells the two apart too. In French as in English."""
    from presskit.ui import i18n

    stick = Path(shutil.copytree(panel.kits["coalition"], tmp_path / "KINGSTON" / "kit-coalition"))
    Library().add(stick)
    panel.reload(refresh=False)
    qtbot.waitUntil(lambda: panel.kit_list.count() == 4, timeout=20000)
    firsts = [r.splitlines()[0] for r in _rows(panel.kit_list)]
    twins = [f for f in firsts if f.startswith("Coalition for Safer Streets: Review Conference kit")]
    assert len(twins) == 2 and twins[0] != twins[1]
    # a fact of the bracket is one unbreakable phrase: a narrow window wraps the row between facts
    assert any("(folder\u00a0KINGSTON/kit-coalition)" in f for f in twins)
    assert any(f"(folder\u00a0{panel.kits['coalition'].parent.name}/kit-coalition)" in f for f in twins)
    others = [f for f in firsts if f not in twins]
    assert len(others) == 2 and not any("(" in f for f in others)  # a unique title shows no extra text
    names = [panel.kit_filter.itemText(i) for i in range(1, panel.kit_filter.count())]
    assert len(set(names)) == 4 and "Red Lantern Society" in names
    try:
        i18n.install("fr")
        panel.reload(refresh=False)
        firsts = [r.splitlines()[0] for r in _rows(panel.kit_list)]
        assert any("(répertoire\u00a0KINGSTON/kit-coalition)" in f for f in firsts)
        # sizes in French units: "439 Ko", never "KB" under a French interface
        seconds = [r.splitlines()[1] for r in _rows(panel.kit_list)]
        assert all(re.search(r"\d\u00a0(Ko|Mo)$", s) for s in seconds) and "KB" not in "".join(seconds)
    finally:
        i18n.install("en")


def test_typing_searches_every_kit_and_each_result_names_its_kit(panel, qtbot):
    with qtbot.waitSignal(panel.hitChosen, timeout=20000) as opened:
        qtbot.keyClicks(panel.query, "clearance")
        qtbot.waitUntil(lambda: panel.result_list.isVisible() and panel.result_list.count() == 5, timeout=20000)
        rows = _rows(panel.result_list)
        assert {r.splitlines()[1].split(" · ")[0] for r in rows} == {"Coalition for Safer Streets",
                                                                     "Red Lantern Society"}
        assert all(r.splitlines()[1].endswith("Unsigned") for r in rows)
        assert "<b>" not in "".join(rows)  # plain text only
        assert panel.kit_filter.count() == 3  # all kits, and the two that match
        panel.result_list.setFocus()
        panel.result_list.setCurrentRow(0)
        qtbot.keyClick(panel.result_list, Qt.Key.Key_Return)
    path, item_id, page, terms = opened.args
    assert Path(path).name.startswith("kit-") and item_id and page == 1 and terms


def test_the_kits_are_opened_once_not_for_every_search(panel, qtbot, monkeypatch):
    """The library thread keeps its kits open between searches: a reader typing one search after
    another waits for the search, not for every kit to be opened again (with ten kits of 10,000
    pages, opening them is more than a second). Qt's pool threads lose threading.local values
    between tasks, which had every search reopen them."""
    from presskit.library import search as library_search

    # the panel's first refresh opens the searcher on the library thread, after the rows are listed:
    # wait for a first search so it is open before counting (under load it was not, now and then)
    panel.query.setText("civilians")
    panel.search_now()
    qtbot.waitUntil(lambda: panel.results is not None and panel.results.query == "civilians", timeout=20000)
    opened = []
    real = library_search.LibrarySearcher.__init__
    monkeypatch.setattr(library_search.LibrarySearcher, "__init__",
                        lambda self, *a, **k: (opened.append(1), real(self, *a, **k))[1])
    for word in ("clearance", "transparency", "stockpiles"):
        panel.query.setText(word)
        panel.search_now()
        qtbot.waitUntil(lambda w=word: panel.results is not None and panel.results.query == w, timeout=20000)
        assert panel.results.total > 0
    assert opened == []  # the searcher already open served all three


def test_the_library_thread_opens_a_kit_again_when_its_index_is_written_again(three_kits, tmp_path):
    """Same library, one kit's index written again in the same folder (a rebuild in the user cache):
    the thread's kept searcher must not go on reading the segments it opened before."""
    from presskit.index.integrity import STAMP_NAME
    from presskit.ui.librarywork import _searcher, close_library_searcher

    lib = Library()
    for k in three_kits.values():
        lib.add(Path(shutil.copytree(k, tmp_path / k.name)))
    try:
        first = _searcher(1)
        assert _searcher(1) is first  # kept from one search to the next
        found = first.search("clearance").total
        stamp = first.kits[0][1].index_dir / STAMP_NAME
        data = stamp.read_bytes()
        stamp.unlink()
        stamp.write_bytes(data)  # what a rebuild does: a new stamp file in place of the old
        second = _searcher(1)
        assert second is not first and not first.kits  # the old one closed
        assert second.search("clearance").total == found > 0
        assert _searcher(1) is second
    finally:
        close_library_searcher()


def test_a_library_thread_never_inherits_the_searcher_a_thread_that_ended_left(three_kits, tmp_path, qtbot,
                                                                               monkeypatch):
    """Thread state is kept per system thread id, and the system gives a new thread the id of one
    that ended (ids wrap at 32,768): a new library worker whose thread gets that id must search its
    own library, not the one the ended thread left open at the same generation (every viewer
    window's library thread keeps its searcher until the window goes). Here every thread has one
    id, as after such a wrap."""
    from presskit.ui import threadstate
    from presskit.ui.librarywork import LibraryWorker

    monkeypatch.setattr(threadstate.threading, "get_native_id", lambda: 4242)

    def kits_of(worker) -> list:
        out: list = []
        worker.run(lambda ctx, s: sorted(e.path for e, _k, _s in s.kits), out.append,
                   lambda e, _tb: out.append(e), "list")
        qtbot.waitUntil(lambda: bool(out), timeout=20000)
        return out[0]

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-1"))
    lib = Library()
    for k in three_kits.values():
        lib.add(Path(shutil.copytree(k, tmp_path / "one" / k.name)))
    first = LibraryWorker()
    assert len(kits_of(first)) == 3
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-2"))
    entry, _new = Library().add(Path(shutil.copytree(three_kits["society"], tmp_path / "two" / "kit")))
    second = LibraryWorker()  # the first one's searcher is left open, as a closed window leaves it
    try:
        assert kits_of(second) == [entry.path]
    finally:
        second.shutdown()
        first.shutdown()


def test_saving_a_search_then_adding_a_kit_shows_what_is_new(panel, qtbot, three_kits, tmp_path):
    lib = Library()
    society = next(e for e in lib.kits if e.organisation == "Red Lantern Society")
    lib.remove(society.id)
    panel.worker.changed()
    panel.reload()
    qtbot.waitUntil(lambda: panel.kit_list.count() == 2, timeout=20000)
    panel.save_search_as("Civilians", "civilians OR civils")
    qtbot.waitUntil(lambda: panel.alert_list.count() == 1, timeout=20000)
    assert panel.alert_list.item(0).text().startswith("0 new for Civilians")
    panel.add_paths([str(panel.kits["society"])])
    # both of the Society's documents (civilians, civils) and its one quotation about civilians
    qtbot.waitUntil(lambda: panel.kit_list.count() == 3 and panel.alert_list.count() == 1
                    and panel.alert_list.item(0).text().startswith("3 new for Civilians"), timeout=30000)
    text = panel.alert_list.item(0).text()
    assert "Explosive weapons in populated areas (Red Lantern Society)" in text
    assert "La Société ouvre sa présence à la conférence (Red Lantern Society)" in text
    panel.alert_list.setCurrentRow(0)
    panel._alert_activated(panel.alert_list.item(0))
    qtbot.waitUntil(lambda: panel.alert_list.item(0).text().startswith("0 new"), timeout=20000)
    assert panel.query.text() == "civilians OR civils"


def test_a_kit_that_went_missing_is_listed_as_not_found(panel, qtbot, tmp_path):
    shutil.move(str(panel.kits["delegation"]), tmp_path / "away")
    panel.reload()
    qtbot.waitUntil(lambda: "not found" in panel.status.text(), timeout=20000)
    assert any("Delegation of Belmora" in r and "not found" in r for r in _rows(panel.kit_list))
    assert panel.kit_list.count() == 3


def test_a_kit_opened_joins_the_library_shown_over_it_and_esc_goes_back(qtbot, win, built_kit):
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        win.open_kit(str(built_kit))
    panel = win.library_panel
    qtbot.waitUntil(lambda: panel.kit_list.count() == 1, timeout=20000)
    assert panel.kit_list.item(0).text().startswith("Test Summit Kit")
    win.library_action.trigger()  # File › Library, Ctrl+Shift+L
    assert win.central.currentWidget() is win.start_page and win.start_page.kit_list is panel
    qtbot.waitUntil(panel.query.hasFocus)
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert win.central.currentWidget() is win.main_area
    panel.worker.shutdown()



def test_a_kit_the_window_indexes_is_searched_by_the_library_once_indexed(win, qtbot, three_kits, tmp_path,
                                                                          monkeypatch):
    """A kit opened from a stick without a usable index joins the library at once, while the window
    indexes it: the library's searcher, opened then, left it out as not indexed, and the library
    answered every search with "No kit of your library can be searched" until the viewer restarted."""
    import threading

    import presskit.build as build

    kit = Path(shutil.copytree(next(iter(three_kits.values())), tmp_path / "stick-kit"))
    shutil.rmtree(kit / "index")
    go = threading.Event()
    real = build.index_kit

    def held_index_kit(*a, **k):
        go.wait(60)
        return real(*a, **k)

    monkeypatch.setattr(build, "index_kit", held_index_kit)
    win.open_kit(str(kit))
    panel = win.library_panel
    qtbot.waitUntil(lambda: len(panel.entries) == 1, timeout=20000)

    def search(word):
        panel.query.setText(word)
        panel.search_now()
        qtbot.waitUntil(lambda: panel.results is not None and panel.results.query == word, timeout=20000)
        return panel.results

    assert search("clearance").total == 0  # not indexed yet: left out
    with qtbot.waitSignal(win.indexReady, timeout=60000):
        go.set()
    qtbot.waitUntil(lambda: search("clearance").total > 0, timeout=20000)
    assert panel.result_list.count() == len(panel.results.results) > 0


def test_why_nothing_was_found_is_said_in_french_under_a_french_interface(panel, qtbot):
    """Under the French interface the library's empty list said "No kit of your library can be searched:
    add a kit, …" and "No documents match. Did you mean …?" in English: the core's sentences."""
    from presskit.library.search import LibraryResults
    from presskit.ui import i18n

    try:
        i18n.install("fr")
        empty = LibraryResults(query="clearance", reason="no-kits",
                               message="No kit of your library can be searched: add a kit, or plug in the stick it is on.")
        panel.show_results(empty)
        assert _rows(panel.result_list) == [
            "Aucun dossier de votre bibliothèque ne peut être consulté : ajoutez un dossier, ou branchez la clé "
            "qui le porte."]
        panel.show_results(LibraryResults(query="clearence", suggestion="clearance", reason="no-match",
                                          message="No documents match. Did you mean clearance?"))
        assert _rows(panel.result_list) == ["Aucun document ne correspond. Vouliez-vous dire clearance ?"]
        # an unknown kind is named in French with the kinds there are, not left in the core's English
        panel.show_results(LibraryResults(query="kind:foo clearance", reason="unknown-choice",
                                          message="No documents match. 'foo' is not a kind presskit knows. …"))
        row, = _rows(panel.result_list)
        assert row.startswith("« foo » n’est pas un type de document. Types : Communiqué de presse, Déclaration")
        assert "presskit knows" not in row
        typed = "That query could not be run; try simpler words."  # a sentence with no reason stays as it is
        panel.show_results(LibraryResults(query="a(b", message=typed))
        assert _rows(panel.result_list) == [typed]
    finally:
        i18n.install("en")
