"""presskit.ui.listpane: search as you type, keyboard to the results, filters counted by the core."""

from __future__ import annotations

from presskit.ui.qt import Qt


def open_kit(qtbot, w, path):
    with qtbot.waitSignal(w.kitOpened, timeout=10000):
        w.open_kit(path)


def test_enter_opens_the_top_hit_and_down_takes_the_keyboard_to_the_results(qtbot, win, built_kit):
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "treaty")
    with qtbot.waitSignal(pane.searchFinished, timeout=10000) as got:
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    first = got.args[0].results[0].item.id
    qtbot.waitUntil(lambda: win.reader.item is not None, timeout=10000)
    assert win.reader.item.id == first  # the top hit, never a row of the list shown before
    assert pane.box.hasFocus()  # the query can be refined at once
    qtbot.keyClick(pane.box, Qt.Key.Key_Down)
    assert pane.list.hasFocus() and pane.current_item_id() == first


def test_the_filter_lists_count_what_the_list_holds(qtbot, win, built_kit):
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    labels = [pane.lang_combo.itemText(i) for i in range(pane.lang_combo.count())]
    assert labels[0] == "All languages" and any(t.endswith("(1)") for t in labels[1:])
    french = pane.lang_combo.findData("fr")
    pane.lang_combo.setCurrentIndex(french)
    shown = [pane.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
             for i in range(pane.list.topLevelItemCount())]
    assert shown and all(win.kit.item(i).language == "fr" for i in shown)


def test_snippets_beyond_the_first_screen_arrive_after_the_results(qtbot, win, built_kit, monkeypatch):
    """The list shows as soon as the first pages' snippets are cut; the others follow, off the GUI thread."""
    import presskit.ui.listsearch as listsearch
    from presskit.ui.resultslist import HTML_ROLE

    monkeypatch.setattr(listsearch, "FIRST_SNIPPETS", 1)
    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    with qtbot.waitSignal(pane.searchFinished, timeout=10000) as got:
        pane.set_query("treaty")
        pane.search_now()
    res = got.args[0]
    rows = [(pane.list.topLevelItem(i).child(j), d.pages[j]) for i, d in enumerate(res.results)
            for j in range(pane.list.topLevelItem(i).childCount())]
    assert len(rows) >= 2  # the first page's snippet was cut before the list showed, the others after
    qtbot.waitUntil(lambda: all(p.snippet for _r, p in rows), timeout=10000)
    qtbot.waitUntil(lambda: all("<b" in p.snippet and p.snippet.split("<b>")[0] in r.data(0, HTML_ROLE)
                                for r, p in rows), timeout=10000)


def test_a_one_letter_prefix_or_only_punctuation_says_why_nothing_is_found(qtbot, win, built_kit):
    """``e*`` and ``...!!!`` found nothing and showed tips about spelling: say what to change, in French too."""
    from presskit.ui import i18n

    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    for text, advice in (("e*", "Add a letter: too many words match e*."),
                         ("...!!!", "Nothing to search for: add a word that is not an operator or punctuation.")):
        pane.box.clear()
        pane.box.setFocus()
        with qtbot.waitSignal(pane.searchFinished, timeout=10000):
            qtbot.keyClicks(pane.box, text)
        assert pane.stack.currentWidget() is pane.empty
        assert advice in pane.empty.text() and "spelling" not in pane.empty.text()
    i18n.install("fr")
    try:
        with qtbot.waitSignal(pane.searchFinished, timeout=10000):
            pane.set_query("e*")
        assert "Ajoutez une lettre : trop de mots correspondent à e*." in pane.empty.text()
    finally:
        i18n.install("en")


def test_a_kind_or_language_no_one_knows_is_named_in_the_empty_list(qtbot, win, built_kit):
    """``kind:foo treaty`` showed "No documents match" and tips about spelling: the journalist could not
    tell that 'foo' is no kind. The empty list names it and the kinds there are, in French too."""
    from presskit.ui import i18n

    open_kit(qtbot, win, built_kit)
    pane = win.list_pane
    pane.box.setFocus()
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        qtbot.keyClicks(pane.box, "kind:foo treaty")
    text = pane.empty.text()
    assert pane.stack.currentWidget() is pane.empty
    assert "“foo” is not a kind of document. Kinds: Press release, Statement" in text
    assert "spelling" not in text
    # the kind list shows the word as typed, said to be no kind (it showed "Foo (0)", a kind with no document)
    assert pane.kind_combo.currentText() == "“foo” (no such kind)"
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        pane.set_query("lang:xx treaty")
    assert "“xx” is not a language presskit knows. Languages: English, French" in pane.empty.text()
    assert pane.lang_combo.currentText() == "“xx” (no such language)"
    assert pane.kind_combo.currentData() is None
    with qtbot.waitSignal(pane.searchFinished, timeout=10000):
        pane.set_query("kind:photo lang:es treaty")  # kinds and languages there are, in no document here: none
    assert pane.kind_combo.currentText() == "Photo (0)" and pane.lang_combo.currentText() == "Spanish (0)"
    i18n.install("fr")
    try:
        with qtbot.waitSignal(pane.searchFinished, timeout=10000):
            pane.set_query("kind:foo traité")
        assert "« foo » n’est pas un type de document. Types : Communiqué de presse, Déclaration" in pane.empty.text()
        assert pane.kind_combo.currentText() == "« foo » (type inconnu)"
        with qtbot.waitSignal(pane.searchFinished, timeout=10000):
            pane.set_query("kind:s traité")
        assert "« s » peut désigner plusieurs types (" in pane.empty.text()
    finally:
        i18n.install("en")


def test_with_photos_chosen_each_day_counts_its_photos(qtbot, win):
    """With Photos chosen, the date list counted every item of a day: "Sat 14 Nov (1)" for a press release, and
    choosing it showed "Nothing here". Each day now counts what choosing it lists, the other filters kept."""
    import re

    from presskit.locations import sample_kit_path

    open_kit(qtbot, win, sample_kit_path())
    pane = win.list_pane
    win.navigator.select({"photos": True})
    qtbot.waitUntil(lambda: pane.kind_combo.currentData() == "photo")
    days = {pane.date_combo.itemData(i): int(re.search(r"\((\d+)\)$", pane.date_combo.itemText(i)).group(1))
            for i in range(1, pane.date_combo.count())}
    photos = [i for i in win.kit.items if i.is_photo]
    assert days and sum(days.values()) == sum(1 for p in photos if p.date)
    for day, n in days.items():
        assert n == sum(1 for p in photos if p.date == day)
        pane.date_combo.setCurrentIndex(pane.date_combo.findData(day))
        qtbot.waitUntil(lambda: len(pane.browse_items()) == n)
    every_day = {i.date for i in win.kit.items if i.date}
    assert every_day - set(days)  # a day with documents and no photo is not offered beside Photos
