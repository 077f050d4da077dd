""""Our" in the answer of an interview whose heading does not name the interviewee, when the standfirst says the
body she runs ("Dr NAME has directed the Institute for X since 2029. The Coalition met her …", « La docteure
NAME dirige depuis 2029 l'Institut X. ») : the words of "our own technical note" are that body's, not the
publisher's. A standfirst that names no body she runs leaves the publisher's reading. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN_HEAD = "# Silence in the data\n\n{intro} The Harbour Coalition met her between two sessions.\n\nQ: What worries you most?\n\n"
EN = [
    (EN_HEAD.format(intro="Dr Ines Morvell has directed the Institute for Canine Health since 2029.")
     + "A: Doses matter, but as our own technical note puts it, “a vial in a refrigerator is a promise, not a "
       "protection”. What protects a child is a vaccinated dog.\n"),
    (EN_HEAD.format(intro="Ines Morvell heads the Canine Health Institute.")
     + "A: Our own field manual says it plainly: “No dog, no vaccine, no village.”\n"),
    (EN_HEAD.format(intro="Professor Ines Morvell has led the Institute for Canine Health for six years.")
     + "A: As our annual report put it, “the silent districts are the dangerous ones”.\n"),
]
FR_HEAD = ("# Le silence des données\n\n{intro} La Coalition du Port l'a rencontrée entre deux séances.\n\n"
           "Q : Qu'est-ce qui vous inquiète ?\n\n")
FR = [
    (FR_HEAD.format(intro="La docteure Ines Morvell dirige depuis 2029 l'Institut de santé canine.")
     + "R : Les doses comptent. Notre propre note technique le dit : « Un flacon au frigo est une promesse, pas "
       "une protection. » Ce qui protège un enfant, c'est un chien vacciné.\n"),
    (FR_HEAD.format(intro="Ines Morvell dirige l'Institut de santé canine.")
     + "R : Notre manuel de terrain le dit sans détour : « Pas de chien, pas de vaccin, pas de village. »\n"),
]


@pytest.mark.parametrize("text", EN)
def test_english_our_is_the_body_the_standfirst_gives(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.organisation in ("Institute for Canine Health", "Canine Health Institute")


@pytest.mark.parametrize("text", FR)
def test_french_our_is_the_body_the_standfirst_gives(text):
    [q] = quotes(text, language="fr", own_voice=False, default_organisation="Coalition du Port")
    assert q.organisation == "Institut de santé canine"


def test_a_standfirst_with_no_body_leaves_the_publisher():
    text = (EN_HEAD.format(intro="Dr Ines Morvell has vaccinated dogs for twenty years.")
            + "A: Our own field manual says it plainly: “No dog, no vaccine, no village.”\n")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.organisation == "Harbour Coalition"
