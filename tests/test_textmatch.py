"""presskit.textmatch: one way to find folded words back in text, for snippets, quotes and the viewer."""

from __future__ import annotations

from presskit.textmatch import (
    fold_same_length, fold_with_offsets, mark_tokens, match_spans, match_text, occurrences, query_sequences,
    term_starts, terms_regex,
)
from presskit.textutil import fold, tokenize


def test_folding_keeps_offsets():
    text = "Sécurité ŒUVRE ﬁnale"
    same = fold_same_length(text)
    assert len(same) == len(text) and same.startswith("securite o")
    folded, idx = fold_with_offsets(text)
    assert folded == "securite oeuvre finale"
    assert text[idx[folded.index("oeuvre")]] == "Œ" and text[idx[folded.index("finale")]] == "ﬁ"


def test_a_phrase_and_a_word_are_found_in_accented_text():
    text = "La sécurité des stocks de munitions, dit-elle, exige la sécurité juridique."
    spans = match_text(text, [["securite"], ["stocks", "de", "munitions"]])
    assert [text[a:b] for a, b in spans] == ["sécurité", "stocks de munitions", "sécurité"]


def test_words_side_by_side_are_one_hit_and_overlapping_phrases_too():
    toks = [t[0] for t in tokenize("verification of the stockpile verification regime")]
    assert match_spans(toks, [["verification"], ["of"]]) == [(0, 2), (4, 5)]
    assert match_spans(toks, [["stockpile", "verification"], ["verification", "regime"]]) == [(3, 6)]
    assert mark_tokens(toks, [["the"]]) == [False, False, True, False, False, False]


def test_find_as_you_type_matches_a_prefix_and_keeps_each_hit():
    toks = [t[0] for t in tokenize("the the theme")]
    assert match_spans(toks, [["the"]], prefix_last=True) == [(0, 1), (1, 2), (2, 3)]
    assert query_sequences("Désarmement  nucléaire") == [["desarmement", "nucleaire"]]
    assert occurrences(toks, []) == [] and match_text("", [["x"]]) == []


def test_the_terms_regex_matches_whole_words_only():
    rx = terms_regex([["arms"], ["control", "regime"]])
    assert [m.group() for m in rx.finditer("arms control armsrace disarms regime")] == ["arms", "control", "regime"]
    assert terms_regex([]) is None


def test_fold_same_length_is_fold_character_by_character_in_every_script():
    texts = ["Plain English, with one café and a naïve cœur.", "Été ﬁnal Œuvre l’ONU " * 20,
             "Договор о запрещении кассетных боеприпасов", "Σύμβαση για τα πυρομαχικά διασποράς",
             "禁止集束弹药公约 and English", "mixed: Ǆ ǅ ǆ ﬀ ß ẞ \u00ad x\u0301"]
    for t in texts:
        out = fold_same_length(t)
        assert len(out) == len(t.lower())
        assert out == "".join((fold(c)[:1] or " ") if ord(c) > 127 else c for c in t.lower()), t


def test_term_starts_finds_what_the_terms_regex_finds():
    seqs = [["l"], ["onu"], ["ban"], ["treaty", "ban"], ["e"], ["漢"], ["x_y"]]
    text = fold_same_length("L’ONU: a ban, banned; the treaty ban—e.g. e e_ ébane 漢字 漢 x_y ax_y _ban ban_ 2ban ban2 ban")
    rx = terms_regex(seqs)
    assert term_starts(text, seqs) == [m.start() for m in rx.finditer(text)]
    assert term_starts(text, []) == []


def test_term_starts_finds_a_prefixs_many_words_as_the_terms_regex_does():
    """A prefix stands for up to a hundred words sharing their first letters (searched as a trie)."""
    words = ["late", "latex", "latexa", "lately", "later", "lat", "la", "l", "latexmk", "lat.x", "c++"]
    seqs = [[w] for w in words] + [["late", "night"]]
    text = fold_same_length("Late LaTeX latexa; lately later latest latexes la l lat.x latexmk c++ "
                            "x late-night lat lateX_ latexa2 élatex latex\n" * 3)
    rx = terms_regex(seqs)
    assert term_starts(text, seqs) == [m.start() for m in rx.finditer(text)]
    assert len(term_starts(text, seqs)) > 30
