"""An office before a surname two people of the kit share ("Minister Dalquist", « le ministre Dalquist »), in a
document that names in full only the other one, and never with that office (a vaccinator, a farmer who "shares a
surname with the minister"): the namesake the kit knows in that office, not the one just named. A courtesy title
("Ms Dalquist"), and the office the document itself gives the one it named, still point to her. Written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import settled_kit

MINISTER = ("statement", "en", "Statement by Oskar Dalquist, Minister of Health of Vellmar. “We will pay our share "
                               "of the vaccine bill,” said Oskar Dalquist, Minister of Health.")
MINISTRE = ("reactions", "fr", "Oskar Dalquist, ministre de la Santé de Vellmar : « Nous paierons notre part de la "
                               "facture. »")
FARMER_EN = "Ines Dalquist, who farms goats above the valley, shares a surname with Vellmar's health minister. "
FARMER_FR = "Ines Dalquist, qui élève des chèvres au-dessus de la vallée, n'a aucun lien avec le ministre. "

EN = [
    FARMER_EN + "“The minister has a car. I have a donkey,” she said.\n\nMinister Dalquist, for his part, told the "
                "weekly that the clinics were “a matter for district budgets”.",
    FARMER_EN + "\n\n“A matter for district budgets,” Minister Dalquist said when asked about the clinics.",
    FARMER_EN + "\n\nAsked about the clinics, Minister Dalquist said: “That is a matter for district budgets.”",
]
FR = [
    FARMER_FR + "\n\nLe ministre Dalquist, lui, a répondu que les cliniques relevaient « du budget des districts ».",
    "Q : Les ministres vous écoutent-ils ?\n\nR : Certains. Le ministre Dalquist m'a dit un jour : « Les cliniques, "
    "c'est le budget des districts, pas le mien. » C'est honnête.",
    FARMER_FR + "« Les cliniques, c'est le budget des districts », a tranché le ministre Dalquist mardi.",
]


def _speaker_of(doc_lang: str, text: str, words: str) -> tuple[str, str]:
    docs = settled_kit(MINISTER, MINISTRE, ("doc", doc_lang, text))
    [q] = [q for q in docs[-1] if words in q.text]
    return q.speaker, q.organisation


@pytest.mark.parametrize("text", EN)
def test_english_office_before_a_shared_surname_is_the_office_holder(text):
    assert _speaker_of("en", text, "district budgets") == ("Oskar Dalquist", "Vellmar")


@pytest.mark.parametrize("text", FR)
def test_french_office_before_a_shared_surname_is_the_office_holder(text):
    assert _speaker_of("fr", text, "budget des districts") == ("Oskar Dalquist", "Vellmar")


def test_the_woman_named_in_full_keeps_her_own_words():
    speaker, _org = _speaker_of("en", EN[0], "I have a donkey")
    assert speaker == "Ines Dalquist"


def test_a_courtesy_title_is_still_the_one_named_in_full():
    text = FARMER_EN + "\n\n“We are still waiting for the road,” Ms Dalquist said."
    assert _speaker_of("en", text, "waiting for the road")[0] == "Ines Dalquist"


def test_the_office_the_document_gives_her_still_points_to_her():
    text = ("Ines Dalquist, the minister of farming, shares a surname with Vellmar's health minister.\n\n"
            "“The goats come first,” Minister Dalquist said.")
    assert _speaker_of("en", text, "goats come first")[0] == "Ines Dalquist"
