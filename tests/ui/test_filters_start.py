"""One source of truth for filters (navigator, filter lists, query words), and the start page."""

from __future__ import annotations

import pytest

from presskit.ui.qt import QApplication, QLabel, Qt

pytestmark = pytest.mark.gui

ROLE = Qt.ItemDataRole.UserRole


@pytest.fixture
def kit_win(qtbot, win, built_kit):
    win.resize(1360, 840)
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        win.open_kit(built_kit)
    return win


def listed(w) -> list[str]:
    lp = w.list_pane
    if lp.stack.currentWidget() is lp.gallery:
        return [lp.gallery.item(i).data(ROLE) for i in range(lp.gallery.count())]
    return [lp.list.topLevelItem(i).data(0, ROLE)[0] for i in range(lp.list.topLevelItemCount())]


def nav_current(w) -> dict:
    return w.navigator.currentItem().data(0, ROLE)


def search(qtbot, w, text):
    with qtbot.waitSignal(w.list_pane.searchFinished, timeout=10000):
        w.list_pane.set_query(text)


# --- filters ---------------------------------------------------------------------------------------

def test_navigator_choice_shows_in_the_filter_list(qtbot, kit_win):
    w = kit_win
    w.navigator.select({"kind": "statement"})
    assert w.list_pane.kind_combo.currentData() == "statement"
    assert all(w.kit.get(i).kind == "statement" for i in listed(w)) and listed(w)
    w.list_pane.kind_combo.setCurrentIndex(w.list_pane.kind_combo.findData(None))
    w.list_pane.kind_combo.activated.emit(w.list_pane.kind_combo.currentIndex())
    assert nav_current(w) == {"all": True}


def test_query_words_show_in_the_lists_and_the_navigator(qtbot, kit_win):
    w = kit_win
    search(qtbot, w, "lang:fr desarmement")
    assert w.list_pane.lang_combo.currentData() == "fr"
    assert nav_current(w) == {"language": "fr"}
    assert all(w.kit.get(i).language == "fr" for i in listed(w)) and listed(w)
    search(qtbot, w, "kind:statement disarmament")
    assert w.list_pane.kind_combo.currentData() == "statement" and w.list_pane.lang_combo.currentData() is None
    assert nav_current(w) == {"kind": "statement"}
    search(qtbot, w, "type:communique")  # French label, no accent: the same kind as press-release
    assert w.list_pane.kind_combo.currentData() == "press-release"


def test_choosing_a_list_value_replaces_the_query_word(qtbot, kit_win):
    w = kit_win
    search(qtbot, w, "lang:fr disarmament")
    lp = w.list_pane
    with qtbot.waitSignal(lp.searchFinished, timeout=10000):
        lp.choose("language", "en")
    assert lp.box.text() == "disarmament"  # lang:fr went away, the list says English
    assert lp.lang_combo.currentData() == "en"
    assert listed(w) and all(w.kit.get(i).language == "en" for i in listed(w))


def test_a_category_chosen_while_searching_narrows_the_results(qtbot, kit_win):
    w = kit_win
    search(qtbot, w, "disarmament")
    everything = listed(w)
    kinds = {w.kit.get(i).kind for i in everything}
    assert len(kinds) > 1
    with qtbot.waitSignal(w.list_pane.searchFinished, timeout=10000):
        w.navigator.select({"kind": "statement"})
    assert w.list_pane.box.text() == "disarmament"  # the search stays
    narrowed = listed(w)
    assert narrowed and set(narrowed) < set(everything)
    assert all(w.kit.get(i).kind == "statement" for i in narrowed)
    with qtbot.waitSignal(w.list_pane.searchFinished, timeout=10000):
        w.navigator.select({"all": True})
    assert listed(w) == everything and w.list_pane.kind_combo.currentData() is None


def test_navigator_leaves_about_when_results_show(qtbot, kit_win):
    w = kit_win
    assert nav_current(w) == {"about": True}
    search(qtbot, w, "disarmament")
    assert nav_current(w) == {"all": True}


def test_speaker_filter_from_the_navigator_and_the_query(qtbot, kit_win):
    w = kit_win
    speakers = sorted({s for it in w.kit.items for s in it.speakers})
    if not speakers:
        pytest.skip("the test kit names no speaker")
    who = speakers[0]
    w.navigator.select({"speaker": who})
    assert all(who in w.kit.get(i).speakers for i in listed(w)) and listed(w)
    assert who in w.list_pane.status.text()
    w.list_pane.clear_filters()
    search(qtbot, w, f"speaker:{who.split()[-1].lower()}")
    assert nav_current(w) == {"speaker": who}


def test_the_core_decides_what_filters_keep():
    from presskit.model import Item
    from presskit.search.facets import Filters
    from presskit.search.query import field_filters, without_fields

    it = Item(id="x", path="x.pdf", sha256="", bytes=1, kind="statement", language="fr", date="2026-11-17",
              speakers=["Amara Diallo"], organisation="ICAN")
    assert Filters.of(["statement"], ["fr"], "2026-11-17", "2026-11-17", ["Amara Diallo"], ["ICAN"]).keep(it)
    assert not Filters.of(speakers=["Lena Vogt"]).keep(it)
    assert field_filters("kind:communiqué lang:french treaty") == {"kind": ["press-release"], "language": ["fr"]}
    assert field_filters("treaty OR kind:statement") == {}
    assert without_fields("kind:statement lang:fr treaty", {"language"}) == "kind:statement treaty"


# --- the start page ----------------------------------------------------------------------------------

def test_start_page_without_a_kit(qtbot, win):
    assert win.central.currentWidget() is win.start_page
    sp = win.start_page
    assert sp.sample_btn.isVisible() and sp.open_btn.isVisible() and sp.drop.isVisible()
    assert not sp.problem.isVisible()
    assert not win.close_action.isEnabled() and not win.find_action.isEnabled()  # nothing to act on


def test_a_kit_that_cannot_be_opened_is_one_sentence_and_the_path_apart(qtbot, win, tmp_path):
    missing = tmp_path / "a folder with a rather long name" / "and a kit that is not there"
    with qtbot.waitSignal(win.errorShown, timeout=10000) as b:
        win.open_kit(missing)
    sp = win.start_page
    assert win.central.currentWidget() is sp and sp.problem.isVisible()
    sentence = sp.problem_text.text()
    assert sentence == b.args[0]
    assert "“and a kit that is not there”" in sentence and str(tmp_path) not in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")  # one sentence
    assert sp.problem_path.text() == str(missing) and not sp.problem_path.wordWrap()
    assert sp.problem_text.textFormat() == Qt.TextFormat.PlainText


def test_publisher_advice_stays_in_the_details(qtbot, win, built_kit, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(built_kit, broken)
    (broken / "manifest.json").write_text("{ not json", encoding="utf-8")
    with qtbot.waitSignal(win.errorShown, timeout=10000):
        win.open_kit(broken)
    sp = win.start_page
    assert "damaged" in sp.problem_text.text() and "presskit build" not in sp.problem_text.text()
    assert not sp.details.isVisible()
    sp.details_btn.click()
    assert sp.details.isVisible() and "presskit build" in sp.details.toPlainText()


def test_recent_kits_open_from_the_start_page_with_the_keyboard(qtbot, settings, built_kit):
    """The start page lists the library; on its first day, the kits opened recently that are still
    there join it, and open from it with the keyboard."""
    from presskit.ui.app import Viewer

    settings.add_recent_kit(str(built_kit), "Test Summit Kit")
    settings.add_recent_kit("/nowhere/gone.presskit", "A kit on a stick")
    w = Viewer(settings).window
    qtbot.addWidget(w)
    w.show()
    sp = w.start_page
    assert sp.kit_list is w.library_panel
    kits = w.library_panel.kit_list
    qtbot.waitUntil(lambda: kits.count() == 1, timeout=20000)
    assert kits.item(0).text().startswith("Test Summit Kit")
    kits.setFocus()
    kits.setCurrentRow(0)
    with qtbot.waitSignal(w.kitOpened, timeout=15000):
        qtbot.keyClick(kits, Qt.Key.Key_Return)
    assert w.central.currentWidget() is w.main_area
    w.library_panel.worker.shutdown()


def test_another_list_of_kits_can_take_the_place_of_the_recent_ones(qtbot, win, built_kit):
    from presskit.ui.startpage import KitEntry, KitList

    library = KitList()
    library.set_entries([KitEntry(str(built_kit), "From the library")])
    win.start_page.set_kit_list(library, heading="Library")
    assert win.start_page.list_heading.text() == "Library"
    with qtbot.waitSignal(win.kitOpened, timeout=15000):
        library.kitChosen.emit(str(built_kit))


def test_presskit_open_nonexistent_shows_the_start_page(qtbot, monkeypatch, tmp_path):
    """``presskit open /nonexistent``: the same path the command takes, up to the event loop."""
    from presskit.cli import main
    from presskit.ui import app as app_module

    seen = {}

    def fake_exec():
        w = app_module._last_viewer.window
        qtbot.waitUntil(lambda: w.start_page.problem.isVisible(), timeout=10000)
        seen["sentence"] = w.start_page.problem_text.text()
        seen["page"] = w.central.currentWidget() is w.start_page
        w.close()
        return 0

    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setenv("PRESSKIT_SETTINGS", str(tmp_path / "s.ini"))
    assert main(["open", str(tmp_path / "nonexistent")]) == 0
    assert seen["page"] and "“nonexistent”" in seen["sentence"]
    assert isinstance(QApplication.instance(), QApplication)


def test_start_page_labels_are_plain_text(win):
    for label in win.start_page.findChildren(QLabel):
        if label.objectName() in ("problemSentence", "problemPath"):
            assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_damaged_presskit_file_says_what_a_reader_can_do(qapp, tmp_path, lang):
    # "“broken.presskit” is damaged or is not a press kit, so it cannot be opened." left a reader
    # with nothing to do; a .presskit file is most often damaged by a copy cut short
    from presskit.errors import ArchiveError
    from presskit.ui import i18n
    from presskit.ui.startpage import describe_open_failure

    bad = tmp_path / "broken.presskit"
    bad.write_bytes(b"garbage")
    i18n.install(lang)
    try:
        sentence, details = describe_open_failure(str(bad), ArchiveError("not a zip file"))
    finally:
        i18n.install("en")
    advice = {"en": ("copy it again", "publisher"), "fr": ("copiez-le à nouveau", "éditeur")}[lang]
    assert all(a in sentence for a in advice), sentence
    assert "presskit pack" not in sentence and "presskit pack" in details
