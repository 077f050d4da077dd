"""presskit.search.snippets: a window of a page around its best cluster of matches, matches marked."""

from __future__ import annotations

from presskit.search.snippets import make_snippet


def test_the_densest_cluster_is_shown_escaped_with_matches_marked():
    page = ("Intro " * 200) + "the <stockpile> of ammunition and the stockpile reports " + ("outro " * 200)
    snip = make_snippet(page, [["stockpile"], ["ammunition"]], width=12)
    assert snip.startswith("…") and snip.endswith("…")
    assert "&lt;<b>stockpile</b>&gt;" in snip and "<b>ammunition</b>" in snip
    assert len(snip.split()) < 30


def test_accents_and_phrases_are_matched_on_folded_words():
    snip = make_snippet("La sécurité des stocks de munitions.", [["securite"], ["stocks", "de", "munitions"]])
    assert snip == "La <b>sécurité</b> des <b>stocks</b> <b>de</b> <b>munitions</b>"  # words, then stop
    assert make_snippet("", [["x"]]) == "" and make_snippet("plain text", []) == "plain text"
