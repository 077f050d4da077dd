"""The language a text says words were said in, right before them ("she added in French:", « a-t-il ajouté en
anglais : »), is the quotation's language, also when its words are too few or too plain to tell. Written for
these tests, in the forms of briefs, live blogs, features and wires.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN_WORDS = "“Helmets save riders; speed limits save everyone else as well.”"
FR_WORDS = f"«{NB}Casques partout, vitesse basse, villes vivantes{NB}»"

IN_FRENCH_DOCS = [  # French documents quoting English words
    f"Le professeur Piet Varga, qui dirige le programme vitesse de l’Institut, a ajouté en anglais{NB}: {EN_WORDS}",
    f"En anglais, Piet Varga a résumé{NB}: {EN_WORDS}",
    f"Piet Varga a répondu en anglais, sans hésiter{NB}: {EN_WORDS}",
    f"Interrogé par la presse, Piet Varga a lancé en anglais{NB}: {EN_WORDS}",
    f"Piet Varga, de l’Institut de Kessel, s’est exprimé en anglais{NB}: {EN_WORDS}",
    f"17 h 10 — Piet Varga, en anglais{NB}: {EN_WORDS}",
]
IN_ENGLISH_DOCS = [  # English documents quoting French words
    f"Ana Ferrey answered in French: {FR_WORDS}.",
    f"In French, Ana Ferrey summed it up: {FR_WORDS}.",
    f"Ana Ferrey of the Federation of Walkers replied in French, without a pause: {FR_WORDS}.",
    f"Asked by reporters, Ana Ferrey said in French: {FR_WORDS}.",
    f"Ana Ferrey spoke in French: {FR_WORDS}.",
    f"17:10 — Ana Ferrey, in French: {FR_WORDS}.",
]


@pytest.mark.parametrize("text", IN_FRENCH_DOCS)
def test_english_words_in_a_french_document(text):
    assert one(text, language="fr").language == "en"


@pytest.mark.parametrize("text", IN_ENGLISH_DOCS)
def test_french_words_in_an_english_document(text):
    assert one(text, language="en").language == "fr"
