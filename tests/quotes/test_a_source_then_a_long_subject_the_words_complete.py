"""Someone unnamed as the source, then a subject with its own complement that the quotation completes: « Selon un
négociateur du Nord, le plafond pour la lumière vers le ciel « est mort cette année » », "According to a source
close to the chair, a compromise on the colour of the lamps alone “is now the likeliest outcome”". The source's
words, as with a short subject. Written for these tests, in English and French, as wire copy, newsletters, live
blogs, radio scripts and features put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    ("According to a source close to the chair, a compromise on the colour of the lamps alone “is now the likeliest "
     "outcome”.", "en"),
    ("**16:40** — According to one delegate from the north, the ceiling for light sent into the sky “died this year "
     "but will be back in 2041”.", "en"),
    ("NEWSREADER: According to an official of the ministry, the plan for the old streets of the port “will not "
     "survive the budget”.", "en"),
    (f"Selon un négociateur du Nord, le plafond pour la lumière vers le ciel{NB}«{NB}est mort cette année, mais il "
     f"reviendra en 2041{NB}».", "fr"),
    (f"VESTRA (Dépêche) - Selon une source proche de la présidence, un compromis sur la seule couleur des lampes"
     f"{NB}«{NB}est désormais le scénario le plus probable{NB}».", "fr"),
]


@pytest.mark.parametrize("text, language", CASES)
def test_the_source_s_words_are_found(text, language):
    qs = quotes(text, language=language)
    assert len(qs) == 1 and qs[0].attribution == "unnamed" and not qs[0].speaker


@pytest.mark.parametrize("text, language", [
    # a named source: hers, as before
    ("According to the minister, Hanne Lyster, the plan for the old streets of the port “will not survive the "
     "budget”.", "en"),
])
def test_a_named_source_is_unchanged(text, language):
    assert quotes(text, language=language)[0].speaker == "Hanne Lyster"
