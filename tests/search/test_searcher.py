"""Build a small real kit and search it the way a journalist would."""

from __future__ import annotations

import json
import re

import pytest

from kitmaker import make_source
from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.search import Searcher


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    src = make_source(tmp_path_factory.mktemp("src"))
    build_kit(src, workers=1)
    return open_kit(src)


@pytest.fixture
def searcher(kit):
    with Searcher(kit) as s:
        yield s


def ids(res):
    return [d.item.id for d in res.results]


def test_kit_metadata_from_names_and_toml(kit):
    en = kit.item("press-releases-pr-opening-16-11-26-en")
    fr = kit.item("press-releases-pr-opening-16-11-26-french")
    assert (en.kind, en.language, en.date) == ("press-release", "en", "2026-11-16")
    assert (fr.kind, fr.language) == ("press-release", "fr")
    assert en.group and en.group == fr.group, "translations share a group"
    assert kit.translations(en) == [fr]
    st = kit.item("statements-statement-diallo-17-11-26-en")
    assert st.speakers == ["Amara Diallo"] and st.pages == 3 and st.kind == "statement"


def test_french_phrase_without_accents_finds_the_right_page(searcher):
    res = searcher.search('"une nouvelle decennie de retard"')
    assert ids(res) == ["press-releases-pr-opening-16-11-26-french"]
    page = res.results[0].pages[0]
    assert page.page == 1
    assert "<b>décennie</b>" in page.snippet


def test_curly_quotes_and_guillemets_are_phrases(searcher):
    for q in ("“another decade of delay”", "« another decade of delay »"):
        res = searcher.search(q)
        assert ids(res) == ["press-releases-pr-opening-16-11-26-en"], q


def test_phrase_is_word_for_word(searcher):
    assert searcher.search('"decade another"').total == 0


def test_a_phrase_being_typed_finds_while_its_last_word_is_unfinished(searcher):
    # the search box searches as one types: between the opening quotation mark and the closing one, the phrase's
    # last word is often half typed; it was searched as a whole word and every keystroke said "no documents"
    for typed in ('"une nouvelle decennie de ret', '"une nouvelle déce', "« une nouvelle décennie de r"):
        res = searcher.search(typed)
        assert ids(res) == ["press-releases-pr-opening-16-11-26-french"], typed
        assert "<b>décennie</b>" in res.results[0].pages[0].snippet, typed
        assert res.suggestion is None, typed  # "ret" is no misspelling to correct
    # once the quotation is closed, the phrase is word for word
    assert searcher.search('"une nouvelle decennie de ret"').total == 0
    assert searcher.search('"decade anoth').total == 0  # still in the order typed


def test_stemming_and_accents_across_languages(searcher):
    res = searcher.search("negociation")
    assert "press-releases-pr-opening-16-11-26-french" in ids(res)
    res = searcher.search("stockpile")  # also finds "stockpiles"
    assert {"press-releases-pr-opening-16-11-26-en", "statements-statement-diallo-17-11-26-en"} <= set(ids(res))


def test_hit_knows_its_page(searcher):
    res = searcher.search("destruction deadline")
    assert res.results[0].pages[0].page == 3


def test_boolean_operators_and_prefix(searcher):
    assert set(ids(searcher.search("verification"))) == {
        "press-releases-pr-opening-16-11-26-en", "briefing-note"}
    assert ids(searcher.search("verification -inspectors")) == ["press-releases-pr-opening-16-11-26-en"]
    assert ids(searcher.search("verification NOT inspectors")) == ["press-releases-pr-opening-16-11-26-en"]
    assert len(searcher.search("inspectors OR humanitarian").results) == 2
    assert "briefing-note" in ids(searcher.search("inspect*"))


def test_not_leaves_out_whole_documents(searcher):
    # "verification" stands on page 2 of the English release, "transparency" and "ammunition
    # stockpiles" on its page 1: a reader who excludes a word does not want the document holding it
    en = "press-releases-pr-opening-16-11-26-en"
    assert ids(searcher.search("verification -transparency")) == ["briefing-note"]
    assert ids(searcher.search("verification NOT transparency")) == ["briefing-note"]
    assert ids(searcher.search('verification -"ammunition stockpiles"')) == ["briefing-note"]
    assert ids(searcher.search("verif* -transparency")) == ["briefing-note"]
    assert en not in ids(searcher.search("-transparency"))
    assert set(ids(searcher.search("(verification -transparency) OR plenary"))) == {
        "statements-statement-diallo-17-11-26-en", "briefing-note"}
    # a word in a field is left out the same way
    assert ids(searcher.search("verification -kind:press-release")) == ["briefing-note"]
    # AND still wants its words on one page: the page it opens shows them together
    assert searcher.search("verification transparency").total == 0


def test_a_suggestion_that_would_find_nothing_either_is_not_offered(searcher):
    """"zzyzzx treaty" offered "Did you mean zzyzzx great?": the unknown word has no near spelling, so
    the suggestion finds nothing either. A suggestion is offered when it finds something."""
    res = searcher.search("zzyzzx ammunitoin")
    assert res.total == 0 and res.suggestion is None and "Did you mean" not in res.message
    filtered = searcher.search("ammunitoin", kinds=["photo"])  # nothing under this filter either
    assert filtered.total == 0 and filtered.suggestion is None
    assert searcher.search("ammunitoin").suggestion == "ammunition"  # one that finds is still offered


def test_misspelt_word_still_finds_and_suggests(searcher):
    res = searcher.search("ammunitoin")
    assert res.suggestion == "ammunition"
    assert "press-releases-pr-opening-16-11-26-en" in ids(res)


def test_filters_and_facets(searcher):
    res = searcher.search("coalition", languages=["fr"])
    assert ids(res) == ["press-releases-pr-opening-16-11-26-french"]
    assert res.facets["language"] == {"en": 1, "fr": 1}  # facets show what other filters would give
    res = searcher.search("coalition", kinds=["statement"])
    assert res.total == 0
    res = searcher.search("verification", date_from="2026-11-16", date_to="2026-11-16")
    assert ids(res) == ["press-releases-pr-opening-16-11-26-en"]


def test_documents_with_no_date_have_their_own_value_in_a_search(searcher):
    """The briefing note has no date: the Date facet counted only the days, and neither a filter nor a query word
    could ask for the undated documents. ``date:none`` and the filter's UNDATED keep them, and only them."""
    from presskit.search.facets import UNDATED

    res = searcher.search("verification")
    assert res.facets["date"] == {"2026-11-16": 1, UNDATED: 1}
    assert ids(searcher.search("verification", date_from=UNDATED, date_to=UNDATED)) == ["briefing-note"]
    assert ids(searcher.search("verification date:none")) == ["briefing-note"]
    assert ids(searcher.search("date:none")) == ["briefing-note"]
    assert ids(searcher.search("verification -date:none")) == ["press-releases-pr-opening-16-11-26-en"]
    assert searcher.search("verification date:none", kinds=["statement"]).total == 0


def test_title_boost(searcher):
    res = searcher.search("plenary")
    assert ids(res)[0] == "statements-statement-diallo-17-11-26-en"


@pytest.mark.parametrize("q", [
    '"unbalanced', 'AND', 'OR OR', 'NOT', '-', '(((', ')))', '"', '«', '*', 'a' * 5000, "x\x00y\x07z",
    'title:', 'kind:', ':::', '""', '\u202e\u200b', 'l’ONU', '-(-(-a))', 'speaker:"Amara Diallo"',
])
def test_odd_queries_never_raise(searcher, q):
    res = searcher.search(q)
    assert res.total == len(res.results)  # a small kit: every matching document is listed
    assert res.results or res.message  # results, or a sentence saying why there are none
    assert json.loads(json.dumps(res.to_json()))["total"] == res.total


def test_snippets_are_escaped_html(searcher):
    res = searcher.search("transparency")
    snip = res.results[0].pages[0].snippet
    assert re.fullmatch(r"[^<>]*(<b>[^<>]+</b>[^<>]*)+", snip), snip


def test_json_schema(searcher):
    data = searcher.search("coalition").to_json()
    assert set(data) >= {"query", "total", "suggestion", "facets", "results"}
    r = data["results"][0]
    assert set(r) == {"id", "title", "kind", "language", "date", "path", "score", "pages"}
    assert set(r["pages"][0]) == {"page", "snippet"}


def test_quote_attribution_is_settled_across_the_kit(searcher):
    quotes = searcher.quotes(speaker="Amara Diallo")
    by_lang = {q.language: q for q in quotes}
    assert set(by_lang) >= {"en", "fr"}
    # the English release names her role and organisation, the French one only her name: her
    # organisation carries over (the kit knows no French name for it), her English role does not
    assert by_lang["en"].organisation == by_lang["fr"].organisation == "Test Coalition"
    assert by_lang["en"].role == "Director"
    assert by_lang["fr"].role == ""


def test_a_query_that_finds_nothing_because_of_itself_says_why(searcher):
    """``e*`` is read as the word ``e`` (one letter begins too many words for a quick prefix search):
    it found nothing and said only "No documents match."."""
    for text in ("e*", "treaty e*", "title:e*"):
        res = searcher.search(text)
        assert res.total == 0 and res.reason == "short-prefix", text
        assert res.message.endswith("Add a letter: too many words match " + text.split()[-1] + "."), text
    res = searcher.search("...!!!")
    assert res.reason == "operators" and "add a word that is not an operator" in res.message
    assert searcher.search("").reason == "empty"
    # nothing found because no document holds the words: "no-match", which a front end says in its own
    # words without reading the English message; found: no reason
    assert searcher.search("zzzqqqxx").reason == "no-match"
    for text in ("tr*", "transparency"):
        res = searcher.search(text)
        assert res.total > 0 and res.reason == "", text
    assert searcher.search("zzzqqqxx").to_json()["reason"] == "no-match"
    assert searcher.search("transparency").to_json()["reason"] is None


def test_a_field_filter_takes_a_name_in_quotation_marks(searcher):
    """speaker:"Amara Diallo" found nothing (the quoted name was read as the word 'speaker' and a
    phrase) while speaker:diallo found her statements: a full name is what a journalist types."""
    by_surname = ids(searcher.search("speaker:diallo"))
    assert by_surname
    assert ids(searcher.search('speaker:"Amara Diallo"')) == by_surname
    assert ids(searcher.search('by:\u201cAmara Diallo\u201d')) == by_surname
    assert ids(searcher.search('speaker:"Amara Nobody"')) == []
    assert ids(searcher.search('kind:"press release"')) == ids(searcher.search("kind:press-release"))


def test_a_kind_or_language_no_one_knows_is_named_when_nothing_matches(searcher):
    """kind:foo answered only "No documents match.": the journalist could not tell that 'foo' is not
    a kind, nor which kinds there are; a known kind that matches nothing says no more than before."""
    res = searcher.search("kind:foo transparency")
    assert res.total == 0
    assert "'foo' is not a kind" in res.message and "statement" in res.message
    assert res.reason == "unknown-choice"  # for a front end to say in its own language, not by the prefix
    lang = searcher.search("lang:xx transparency")
    assert "'xx' is not a language" in lang.message and lang.reason == "unknown-choice"
    known = searcher.search("kind:photo transparency")
    assert known.message == "No documents match." and known.reason == "no-match"


def test_what_an_unknown_kind_could_mean_is_given_with_its_value():
    """A front end names the value typed and what it could be in its own language: the error carries them."""
    from presskit.search.query import unknown_choices

    foo, = unknown_choices("kind:foo transparency")
    assert (foo.what, foo.value, foo.candidates) == ("kind", "foo", ())
    s, = unknown_choices("kind:s")  # Statement, Summary (and its French label, Synthèse)
    assert s.what == "kind" and set(s.candidates) >= {"statement", "summary"} and "type more" in str(s)
    assert [e.what for e in unknown_choices("lang:xx kind:statement")] == ["language"]
    assert unknown_choices("kind:statement lang:fr") == []
    assert unknown_choices("-kind:foo treaty") == []  # a negated filter keeps nothing out


def test_quotations_of_undated_documents_come_after_the_dated_ones(tmp_path):
    """The Quotes view and `presskit quotes` list by day, as the documents list does: a fact sheet with
    no date goes last there, so its quotations go last here, not before the first day's."""
    src = tmp_path / "kit"
    (src / "fact-sheets").mkdir(parents=True)
    (src / "press-releases").mkdir()
    (src / "kit.toml").write_text('title = "Undated last"\n', encoding="utf-8")
    (src / "fact-sheets" / "stockpiles.md").write_text(
        "# Stockpiles at a glance\n\n“Half of the drums stand under a leaking roof,” said Ilse Varnholt, "
        "who chairs the survey.\n", encoding="utf-8")
    (src / "press-releases" / "pr-opening-16-11-26-en.md").write_text(
        "# The conference opens\n\n“We start counting the drums today,” said Joran Pellwick, the minister.\n",
        encoding="utf-8")
    build_kit(src, workers=1)
    kit = open_kit(src)
    assert [i.date for i in kit.items if i.kind == "fact-sheet"] == [None]
    with Searcher(kit) as s:
        found = s.quotes("")
    assert [q.speaker for q in found] == ["Joran Pellwick", "Ilse Varnholt"]
    assert found[0].date == "2026-11-16" and not found[1].date
