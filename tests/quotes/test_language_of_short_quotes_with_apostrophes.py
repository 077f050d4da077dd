"""The language of a short quotation whose apostrophes could read as French elisions: an English possessive or
"it's" ("A lake is a glacier's last word") is English, and a French quotation with « s’ », « n’ », « c’ » stays
French, inside a document of the other language. Written for these tests as features, newsletters, live blogs,
releases, wire copy and statements quote across languages.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN_IN_FR = [
    "A lake is a glacier’s last word",
    "Nobody’s money is nobody’s fund",
    "It’s a map, not a plan",
    "The valley’s clock is broken",
    "Ice is the planet’s memory",
    "That’s the deal we came for",
]
FR_IN_EN = [
    "Le glacier s’en va sans bruit",
    "Il n’y a pas de plan B",
    "C’est la montagne qui décide",
    "Qu’on nous donne des capteurs",
    "Ça s’appelle une promesse",
    "L’eau n’attend personne",
]


@pytest.mark.parametrize("words", EN_IN_FR)
def test_a_short_english_quotation_with_an_apostrophe_in_a_french_feature_is_english(words):
    text = f"Le ministre, lui, a déjà sa formule{NB}: “{words},” nous dit Tupaq Halca, en souriant."
    assert quotes(text, language="fr", own_voice=False)[-1].language == "en"


@pytest.mark.parametrize("words", FR_IN_EN)
def test_a_short_french_quotation_with_an_elision_in_an_english_newsletter_is_french(words):
    text = f"The minister had his line ready. «{NB}{words}{NB}», said Tupaq Halca with a smile."
    assert quotes(text, language="en", own_voice=False)[-1].language == "fr"
