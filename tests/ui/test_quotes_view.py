"""The Quotes view (issue 11, item 5), driven with the keyboard as a journalist would: cards, filters,
search on the quotations' own words, Enter to the highlighted page, Ctrl+Shift+C with its citation, the
sentence that names the speaker on demand; no shortcut is ambiguous; kit text stays plain."""

from __future__ import annotations

import pytest

from presskit.locations import sample_kit_path
from presskit.ui.qt import QApplication, QKeySequence, QShortcut, Qt

pytestmark = pytest.mark.gui


def _clipboard() -> tuple[str, str]:
    md = QApplication.clipboard().mimeData()
    return md.text(), md.html()


@pytest.fixture
def quotes(qtbot, win):
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        win.open_kit(sample_kit_path())
    tools = win.journalist
    view = tools.quotes
    qtbot.waitUntil(lambda: len(view.all_quotes) > 50 and view.model.rowCount() > 50, timeout=20000)
    tools.show_quotes()
    qtbot.waitUntil(lambda: view.isVisible())
    return tools, view


def _shown(view):
    return [view.model.quotes[i] for i in range(view.model.rowCount())]


def test_with_no_kit_open_the_view_says_how_to_open_one(qtbot, win):
    """Kit › Quotations before any kit was open showed an empty view with no word at all."""
    tools = win.journalist
    tools.show_quotes()
    qtbot.waitUntil(lambda: tools.quotes.isVisible())
    assert "Open a kit" in tools.quotes.status.text() and "Ctrl+O" in tools.quotes.status.text()


def test_the_view_is_full_window_and_esc_goes_back(qtbot, win, quotes):
    tools, view = quotes
    assert view.width() > win.width() * 0.9  # not a side list
    assert not win.list_pane.isVisible()
    assert view.list.hasFocus() and view.list.currentIndex().isValid()
    qtbot.keyClick(view.list, Qt.Key.Key_Escape)
    assert not view.isVisible() and win.list_pane.isVisible()
    win.menu("kit")  # Kit › Quotations brings it back
    qtbot.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.isVisible()


def test_the_window_title_names_the_quotes_view_not_the_last_document(qtbot, win, quotes):
    tools, view = quotes
    kit = win.kit.info.title
    assert win.windowTitle() == f"Quotations — {kit} — presskit"
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # to the quotation's page: the document's title again
    qtbot.waitUntil(lambda: win.reader.item is not None and not view.isVisible())
    assert win.windowTitle().startswith(win.reader.item.title[:20]) and "Quotations" not in win.windowTitle()


def test_a_card_shows_words_then_who_then_where(quotes):
    _tools, view = quotes
    delegate = view.list.itemDelegate()
    q = next(q for q in _shown(view) if q.speaker == "Amara Diallo" and q.role and q.language == "en"
             and q.document_id.startswith("press-releases"))
    words, who, rest, where = delegate.blocks(q)
    assert words.startswith("“") and words.endswith("”")
    assert who == "Amara Diallo" and rest == " · Director · Lantern Coalition for Arms Control"
    assert "p. 1" in where and "16 Nov 2026" in where and where.endswith("English")
    nobody = next(q for q in _shown(view) if not q.speaker and q.attribution == "unnamed")
    assert delegate.blocks(nobody)[1:3] == ("", "Speaker not stated in the text")
    fr = next(q for q in _shown(view) if q.language == "fr" and q.speaker)
    assert delegate.blocks(fr)[0].startswith("«\u00a0")


def test_filters_by_speaker_organisation_language_and_day(qtbot, quotes):
    _tools, view = quotes
    orgs = [view.org_combo.itemText(i) for i in range(view.org_combo.count())]
    # one entry per organisation, whatever the language its quotations name it in
    assert sum("Lantern Coalition" in o or "Coalition Lanterne" in o for o in orgs) == 1
    view.org_combo.setCurrentIndex(next(i for i, o in enumerate(orgs) if "Halden" in o))
    shown = _shown(view)
    assert shown and {q.organisation for q in shown} <= {"Halden Institute for Security Research",
                                                        "Institut Halden de recherche sur la sécurité"}
    assert len({q.language for q in shown}) == 2  # the French and the English names are one filter
    view.org_combo.setCurrentIndex(0)
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("fr"))
    assert {q.language for q in _shown(view)} == {"fr"}
    view.lang_combo.setCurrentIndex(0)
    view.speaker_combo.setCurrentIndex(view.speaker_combo.findData("Lena Vogt"))
    view.day_combo.setCurrentIndex(view.day_combo.findData("2026-11-18"))
    shown = _shown(view)
    assert shown and all(q.speaker == "Lena Vogt" and q.date == "2026-11-18" for q in shown)
    assert "of" in view.status.text()


def test_search_matches_the_words_not_the_speaker(qtbot, quotes):
    _tools, view = quotes
    view.box.setFocus()
    qtbot.keyClicks(view.box, "Diallo")  # a speaker's name: found only through the filter
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.matching is not None, timeout=10000)
    assert all("diallo" in q.text.lower() for q in _shown(view))
    view.box.clear()
    qtbot.keyClicks(view.box, "depot")
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.matching is not None and view.model.rowCount() > 0, timeout=10000)
    assert all("depot" in q.text.lower() or "dépôt" in q.text.lower() for q in _shown(view))


def test_enter_opens_the_page_with_the_quote_highlighted(qtbot, win, quotes):
    tools, view = quotes
    view.speaker_combo.setCurrentIndex(view.speaker_combo.findData("Kwame Asante-Boateng"))
    q = view.current_quote()
    item = win.kit.get(q.document_id)
    view.list.setFocus()
    with qtbot.waitSignal(win.itemOpened, timeout=10000):
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert not view.isVisible() and win.reader.item.id == q.document_id
    if item.media == "pdf":
        qtbot.waitUntil(lambda: win.reader.pdf.current_page == q.page and bool(win.reader.pdf.hits), timeout=10000)


def test_ctrl_shift_c_copies_the_quote_with_its_citation_as_text_and_html(qtbot, win, quotes):
    tools, view = quotes
    win.settings.set("citation_style", "news")
    view.speaker_combo.setCurrentIndex(view.speaker_combo.findData("Hélène Marchetti"))
    view.list.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(view.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, html = _clipboard()
    q = view.current_quote()
    assert "said Hélène Marchetti" in text and q.title in text
    assert "said Hélène Marchetti" in html and "<span lang=" in html


def test_a_quote_with_no_stated_speaker_keeps_that_state_when_copied(qtbot, win, quotes):
    tools, view = quotes
    win.settings.set("citation_style", "news")
    row = next(i for i, q in enumerate(_shown(view)) if q.attribution == "document")
    view.list.setCurrentIndex(view.model.index(row, 0))
    view.list.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(view.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, html = _clipboard()
    assert "speaker not stated in the text" in text and "speaker not stated in the text" in html


def test_space_shows_the_sentence_that_names_the_speaker(qtbot, quotes):
    _tools, view = quotes
    view.speaker_combo.setCurrentIndex(view.speaker_combo.findData("Farid Rahimi"))
    view.list.setFocus()
    assert not view.evidence.isVisible()
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert view.evidence.isVisible()
    q = view.current_quote()
    assert "Farid Rahimi" in view.evidence.text() and "named in the sentence" in view.how_label.text()
    assert view.evidence.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(view.list, Qt.Key.Key_Down)  # it stays open for the next card
    assert view.evidence.isVisible() and q is not view.current_quote() or view.model.rowCount() == 1
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert not view.evidence.isVisible()


def test_slash_goes_to_the_search_box(qtbot, quotes):
    _tools, view = quotes
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Slash)
    assert view.box.hasFocus()


def test_down_in_the_search_box_goes_to_the_cards(qtbot, quotes):
    _tools, view = quotes
    view.box.setFocus()
    qtbot.waitUntil(view.box.hasFocus)
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.list.hasFocus() and view.current_quote() is not None
    qtbot.keyClick(view.list, Qt.Key.Key_Down)  # and the next Down moves on the cards
    assert view.list.currentIndex().row() == 1


def test_enter_in_the_search_box_shows_the_quotations_found_and_goes_to_them(qtbot, quotes):
    _tools, view = quotes
    view.box.setFocus()
    qtbot.waitUntil(view.box.hasFocus)
    qtbot.keyClicks(view.box, "depot")
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    qtbot.waitUntil(view.list.hasFocus)
    found = _shown(view)
    assert found and all("depot" in q.text.lower() or "dépôt" in q.text.lower() for q in found)
    assert view.current_quote() is found[0]


def test_a_search_with_nothing_found_keeps_the_keys_in_the_box(qtbot, quotes):
    _tools, view = quotes
    view.box.setFocus()
    qtbot.waitUntil(view.box.hasFocus)
    qtbot.keyClicks(view.box, "zzqxw")
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    qtbot.keyClick(view.box, Qt.Key.Key_Down)
    assert view.box.hasFocus()  # the journalist corrects the words where she typed them


def test_esc_in_the_search_box_clears_it_then_goes_back(qtbot, win, quotes):
    tools, view = quotes
    view.box.setFocus()
    qtbot.waitUntil(view.box.hasFocus)
    qtbot.keyClicks(view.box, "depot")
    qtbot.keyClick(view.box, Qt.Key.Key_Escape)
    assert view.box.text() == "" and tools.pages.currentWidget() is view
    qtbot.keyClick(view.box, Qt.Key.Key_Escape)
    assert tools.pages.currentWidget() is not view


def test_no_shortcut_is_ambiguous(win, quotes):
    """Every key sequence of the window's actions and shortcuts, once per context: Qt fires neither of
    two shortcuts that share a key in overlapping contexts."""
    owners: dict[str, list[str]] = {}
    for a in win.findChildren(type(win.journalist.cite_action)):
        if a.parent() is None or not a.isEnabled() and not a.shortcuts():
            continue
        for seq in a.shortcuts():
            owners.setdefault(seq.toString(), []).append(f"action {a.text()!r}")
    for sc in win.findChildren(QShortcut):
        if sc.isEnabled():
            owners.setdefault(sc.key().toString(), []).append(f"shortcut on {type(sc.parent()).__name__}")
    dup = {k: v for k, v in owners.items() if len(v) > 1}
    assert not dup, dup
    assert owners[QKeySequence("Ctrl+Shift+C").toString()] == [f"action {win.journalist.cite_action.text()!r}"]


def test_kit_text_is_drawn_as_plain_text(qtbot, quotes):
    from presskit.model import Quote

    _tools, view = quotes
    q = Quote("<b>bold</b> and \u202eevil\u202c words here", speaker="<i>Someone</i>", attribution="named",
              confidence=0.9, document_id="x", evidence="<a href='x'>link</a>")
    words, who, rest, _where = view.list.itemDelegate().blocks(q)
    assert "<b>bold</b>" in words and "\u202e" not in words and who == "<i>Someone</i>"
    view.model.set_quotes([q])
    view.list.setCurrentIndex(view.model.index(0, 0))
    view.toggle_evidence()
    assert view.evidence.text() == "<a href='x'>link</a>"


def test_a_speaker_read_from_a_pronoun_is_marked_on_its_card(quotes):
    """"…," she said resolved to a person is right less often than a name in the sentence: the card says
    how the name was found, so the journalist checks the sentence (Space) before copying."""
    from presskit.model import Quote

    _tools, view = quotes
    blocks = view.list.itemDelegate().blocks
    by_pronoun = Quote("We will not sign this text", speaker="Ana Ruiz", role="Director", attribution="pronoun",
                       confidence=0.85, document_id="x", language="en")
    named = Quote("We will not sign this text", speaker="Ana Ruiz", role="Director", attribution="named",
                  confidence=0.95, document_id="x", language="en")
    assert blocks(by_pronoun)[2] == " · Director (read from a pronoun; check the sentence)"
    assert blocks(named)[2] == " · Director"
    pronouns = [q for q in _shown(view) if q.attribution == "pronoun"]
    assert pronouns and all("pronoun" in blocks(q)[2] for q in pronouns)


def test_a_pronoun_left_unstated_says_so_on_its_card_and_in_its_details(quotes):
    """A pronoun for someone an earlier paragraph names leaves the speaker empty (docs/quotes.md, "Checked on
    `dittybag`, `pouch`, `tote` and `scrip`"): the card says the speaker is not stated and why, so the journalist
    presses Space to read the sentence; the details do not claim the pronoun gave the speaker."""
    from presskit.model import Quote

    _tools, view = quotes
    blocks = view.list.itemDelegate().blocks
    left = Quote("We will not sign this text", speaker="", attribution="pronoun", confidence=0.65, document_id="x",
                 language="en")
    unattributed = Quote("We will not sign this text", speaker="", attribution="none", document_id="x", language="en")
    assert blocks(left)[2] == "Speaker not stated in the text (a pronoun for someone named earlier; check the sentence)"
    assert blocks(unattributed)[2] == "Speaker not stated in the text"
    assert view.how_text(left) == ("How the speaker is known: a pronoun for someone an earlier paragraph names, "
                                   "not given as the speaker (confidence 65 %)")


def test_the_navigator_shows_each_organisation_once(qtbot, win):
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        win.open_kit(sample_kit_path())
    nav = win.navigator
    group = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
                 if nav.topLevelItem(i).text(0) == "Organisations")
    leaves = [group.child(k) for k in range(group.childCount())]
    assert [x.text(0).rsplit("  (", 1)[0] for x in leaves] == [
        "Halden Institute for Security Research", "Lantern Coalition for Arms Control", "Survivors' Voices Network"]
    lantern = leaves[1].data(0, Qt.ItemDataRole.UserRole)
    assert "Coalition Lanterne pour la maîtrise des armements" in lantern["organisation"]
    docs = [it for it in win.kit.items if not it.is_photo]
    from presskit.ui.navigator import item_matches

    shown = [it for it in docs if item_matches(it, lantern)]
    assert {it.language for it in shown} == {"en", "fr"} and len(shown) == int(leaves[1].text(0).split("(")[-1][:-1])


def test_lines_of_a_card_stay_readable_on_a_wide_screen(quotes):
    _tools, view = quotes
    delegate = view.list.itemDelegate()
    font = view.list.font()
    narrow, wide = delegate.text_width(900, font), delegate.text_width(3000, font)
    assert narrow == 900 - 2 * (delegate.PAD + delegate.MARGIN)  # a narrow card wraps at its own width
    assert 600 < wide < 2000 and delegate.text_width(4000, font) == wide  # a wide one at about 120 characters


def test_opening_the_view_on_many_quotations_measures_only_the_first_cards(qtbot, win, quotes, monkeypatch):
    """A kit of 100,000 pages has some 5,000 quotations: the view is drawn once its first cards are
    measured, and measures the others in passes after (it used to measure every card, several
    times, before drawing any: 6 s). Once all are measured, the cards are laid out one under the
    other, each as tall as its words."""
    import dataclasses

    from presskit.ui import quotes_view
    from presskit.ui.qt import QtCore

    tools, view = quotes
    qtbot.keyClick(view.list, Qt.Key.Key_Escape)
    assert not view.isVisible()
    base = _shown(view)
    many = [dataclasses.replace(base[n % len(base)], page=n + 1) for n in range(3000)]
    measured = []
    measure = quotes_view.CardDelegate._measure
    monkeypatch.setattr(quotes_view.CardDelegate, "_measure",
                        lambda self, q, width, font: measured.append(id(q)) or measure(self, q, width, font))
    painted = []

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, obj, e):  # noqa: N802
            if e.type() == QtCore.QEvent.Type.Paint and not painted:
                painted.append(len(set(measured)))
            return False

    spy = FirstPaint()
    view.list.viewport().installEventFilter(spy)
    view._all_loaded(view.kit, many, view.orgs)
    assert view.model.rowCount() == len(many)
    tools.show_quotes()
    qtbot.waitUntil(lambda: bool(painted), timeout=20000)
    assert painted[0] <= 4 * quotes_view.LAYOUT_BATCH  # the first cards, not 3,000
    qtbot.waitUntil(lambda: len(set(measured)) == len(many), timeout=120000)  # the rest, in passes
    lst, delegate = view.list, view.list.itemDelegate()
    width = lst.viewport().width()
    rects = [lst.rectForIndex(view.model.index(n, 0)) for n in range(len(many))]
    assert all(0 <= b.top() - a.bottom() <= 2 * lst.spacing() + 1 for a, b in zip(rects, rects[1:]))  # one under the other
    for n in (0, 1500, max(range(len(many)), key=lambda n: len(many[n].text)), len(many) - 1):
        h1, h2, h3 = delegate._heights(many[n], width, lst.font())
        assert rects[n].height() == h1 + h2 + h3 + 2 * delegate.GAP + 2 * delegate.PAD + 2 * delegate.MARGIN


def test_end_goes_to_the_last_card_while_the_others_are_still_measured(qtbot, win, quotes):
    """A reader who presses End at once gets the last quotation on screen, not the last card
    measured so far."""
    import dataclasses

    tools, view = quotes
    qtbot.keyClick(view.list, Qt.Key.Key_Escape)
    base = _shown(view)
    many = [dataclasses.replace(base[n % len(base)], page=n + 1) for n in range(3000)]
    view._all_loaded(view.kit, many, view.orgs)
    tools.show_quotes()
    assert not view.list.rectForIndex(view.model.index(2999, 0)).isValid()  # not measured yet
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    assert view.list.currentIndex().row() == 2999
    assert view.list.viewport().rect().intersects(view.list.visualRect(view.list.currentIndex()))


def test_typing_words_on_the_cards_searches_them(qtbot, quotes):
    """Letters typed on the cards were lost (the list jumped to a card whose first letter matched): the
    journalist who starts typing a word is searching it, so the box takes that letter and the ones after."""
    _tools, view = quotes
    view.focus_cards()
    qtbot.waitUntil(view.list.hasFocus)
    every = view.model.rowCount()
    qtbot.keyClicks(view.list, "d")
    assert view.box.hasFocus() and view.box.text() == "d"
    qtbot.keyClicks(view.box, "epot")
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < every)
    assert view.box.text() == "depot"
    assert all("depot" in q.text.lower() or "dépôt" in q.text.lower() for q in _shown(view))
    # the cards' own keys keep their meaning, and a shortcut is no letter to search
    assert view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert view.check_btn.isChecked() and view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.list.hasFocus() and view.box.text() == "depot"
    # a new word typed on the cards is a new search, not added to the words before
    qtbot.keyClicks(view.list, "v")
    assert view.box.hasFocus() and view.box.text() == "v"
