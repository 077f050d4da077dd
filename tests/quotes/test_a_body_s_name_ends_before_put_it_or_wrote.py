"""A person "of" a body, then an irregular verb of saying with no "-ed" to cut the body's name: "Dr NAME of the
University of Rauvala put it another way, in her own language: « … »", "NAME of the Harbour Trust wrote, in a
letter to members, that “…”". The body's name ends before "put it" and "wrote". Written for these tests, in English,
as round tables' proceedings, wire copy, features, newsletters and podcasts put it (French copy's verbs follow
their subject inverted or after « a », which ends the name already).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    ("My colleague Dr Ilse Varga of the University of Tarrow put it another way, in her own language, when we met: "
     "« La nuit noire est devenue un luxe. » She meant the poor streets are the brightest.", "University of Tarrow"),
    ("Colm Dervaney of the Harbour Pilots' Association wrote, in a letter to members, that “the night crossing is "
     "the safest we have”.", "Harbour Pilots' Association"),
    ("Ines Moor of the Coastal Light Trust puts it this way, in her weekly bulletin: “Every lamp we switch off is a "
     "bird that gets home.”", "Coastal Light Trust"),
]


@pytest.mark.parametrize("text, organisation", CASES)
def test_the_body_s_name_ends_before_the_verb(text, organisation):
    assert quotes(text, language="en")[0].organisation == organisation


def test_a_body_whose_name_ends_at_its_comma_is_unchanged():
    text = "Dr Ilse Varga, of the University of Tarrow, said: “The dark has become a luxury.”"
    assert quotes(text, language="en")[0].organisation == "University of Tarrow"
