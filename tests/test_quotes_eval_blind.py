"""The blind, aside, kept and reserve halves of the quote evaluation set, spent once their misses were read.

It was the held-out half until its misses were classified to find which ways of attribution fail on text
nobody tuned on (docs/quotes.md, "What changed after the blind half"); now it is a regression test like
the halves before it, measured exactly as ``tools/measure_quotes.py`` measures it, on a kit built in
process. Its misses left are listed in docs/quotes.md.
"""

from __future__ import annotations

from tests.test_quotes_eval_tune import _measure_half

#: Measured when the blind half was read (104 quotations, 56 non-quotations); QUOTES_VERSION 33.
BLIND_PINNED = {"precision": 0.99, "recall": 1.0, "speaker_named": 1.0, "speaker_empty": 1.0,
                "organisation": 0.98, "page": 1.0, "language": 1.0}


def test_blind_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("blind", tmp_path_factory.mktemp("spent-blind"))
    low = {k: round(fig[k], 3) for k, v in BLIND_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] <= 1, (low, tally.misses)


#: Measured when the aside half was read (97 quotations, 50 non-quotations); QUOTES_VERSION 34. Its misses
#: left: one quotation inside a French sentence's scare-quote form, one short French quotation read as English,
#: one organisation (docs/quotes.md).
ASIDE_PINNED = {"precision": 1.0, "recall": 0.98, "speaker_named": 1.0, "speaker_empty": 1.0,
                "organisation": 0.98, "page": 1.0, "language": 0.98}


def test_aside_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("aside", tmp_path_factory.mktemp("spent-aside"))
    low = {k: round(fig[k], 3) for k, v in ASIDE_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] == 0, (low, tally.misses)


#: Measured when the kept half was read (110 quotations, 47 non-quotations); QUOTES_VERSION 36. Its misses
#: left: a short English quotation in a French live blog read as French, a slogan traced to its speaker two
#: sentences later, a State's representative speaking for his group (docs/quotes.md).
KEPT_PINNED = {"precision": 1.0, "recall": 1.0, "speaker_named": 0.98, "speaker_empty": 1.0,
               "organisation": 0.98, "page": 1.0, "language": 0.99}


def test_kept_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("kept", tmp_path_factory.mktemp("spent-kept"))
    low = {k: round(fig[k], 3) for k, v in KEPT_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] == 0, (low, tally.misses)


#: Measured when the reserve half was read (99 quotations, 47 non-quotations); QUOTES_VERSION 38. Its misses
#: left: a feature's multi-paragraph quotation introduced by a sentence in the paragraph before, two namesakes
#: told apart only by "herself", a sentence one person repeats after another, and organisations the truth takes
#: from other documents (docs/quotes.md).
RESERVE_PINNED = {"precision": 1.0, "recall": 0.97, "speaker_named": 0.93, "speaker_empty": 1.0,
                  "organisation": 0.87, "page": 1.0, "language": 1.0}


def test_reserve_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("reserve", tmp_path_factory.mktemp("spent-reserve"))
    low = {k: round(fig[k], 3) for k, v in RESERVE_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] == 0, (low, tally.misses)


#: Measured when the withheld half was read (105 quotations, 50 non-quotations); QUOTES_VERSION 39. Its misses
#: left: a verb of saying split from the name by its addressee, a role noun given to the last name, a pronoun
#: after quoted treaty text, a coordinator named the sentence before, bodies of "we" in an interview, a
#: ministry by "its", a State only a question names, a body issuing a statement, two short quotations (« s'est dite « … » », « Pour le X, c'est « … » ») and two non-quotations (a
#: placard's words, a scare quote after « d'un ») (docs/quotes.md).
WITHHELD_PINNED = {"precision": 0.98, "recall": 0.98, "speaker_named": 0.93, "speaker_empty": 1.0,
                   "organisation": 0.92, "page": 1.0, "language": 1.0}


def test_withheld_half_is_kept_where_its_misses_were_fixed(tmp_path_factory):
    fig, tally = _measure_half("withheld", tmp_path_factory.mktemp("spent-withheld"))
    low = {k: round(fig[k], 3) for k, v in WITHHELD_PINNED.items() if fig[k] < v}
    assert not low and fig["non_quotes"] <= 2, (low, tally.misses)
