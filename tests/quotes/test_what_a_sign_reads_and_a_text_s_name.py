"""Two kinds of quoted words that are nobody's quotation: what a sign, a poster or a banner reads, with where it
stands between ("A hand-painted sign at the clinic reads “Bitten? Wash the wound …”", « Une pancarte à l'entrée
du dispensaire indique : « … » »), and the name of a text after its article (« ont adopté la « Déclaration de
Tarrun sur l'élimination de la rage » », "signed the “Declaration of Tarrun on Rabies”"). A person's words after
a sign is mentioned, and a sentence of a declaration's text with its verb, are still quotations. Written for these
tests.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import quotes

SIGNS = [
    ("en", "A hand-painted sign at the Tarrun clinic reads “Bitten? Wash the wound for fifteen minutes, then come to "
           "us.” Few who read it can reach the clinic the same day."),
    ("en", "The poster by the ferry gate says “Vaccinate Your Dog Before You Travel”. Nobody stops to read it."),
    ("en", "One banner outside the hall read: “No Dog Left Behind.”"),
    ("fr", "Une pancarte à l'entrée du dispensaire indique : « Mordu ? Lavez la plaie quinze minutes, puis venez "
           "nous voir. »"),
    ("fr", "L'affiche collée sur la porte de la mairie dit « Vaccination gratuite le jour du marché ». Peu de gens "
           "la lisent."),
]
NAMES = [
    ("fr", "Les 112 États réunis à Tarrun ont adopté jeudi soir la « Déclaration de Tarrun sur l'élimination de la "
           "rage transmise par les chiens », qui fixe l'objectif de 2040."),
    ("en", "The 112 States meeting in Tarrun adopted the “Declaration of Tarrun on the Elimination of Dog-Mediated "
           "Rabies” on Thursday night."),
    ("en", "Delegates signed the “Convention on Rabies Surveillance in Border Districts” at dawn."),
    ("fr", "Les ministres ont signé le « Plan d'action de Tarrun pour les districts frontaliers » à l'aube."),
]


@pytest.mark.parametrize("lang,text", SIGNS)
def test_what_a_sign_reads_is_nobody_s_quotation(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []


@pytest.mark.parametrize("lang,text", NAMES)
def test_the_name_of_a_text_is_a_title(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []
    assert [q.kind for q in extract_quotes([text], language=lang)] != ["quote"]


def test_a_person_s_words_after_a_sign_is_named_are_still_hers():
    text = ("A hand-painted sign hangs at the clinic. “People come too late,” said Ines Dalquist, the nurse.")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ines Dalquist"


def test_a_declaration_s_sentence_with_its_speaker_is_still_a_quotation():
    text = ("« La Déclaration de Tarrun n'est qu'un début », a déclaré Ines Dalquist, la vaccinatrice.")
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Ines Dalquist"
