"""Words printed on what people wear or stick (badges, stickers, armbands, caps, tote bags) are a slogan, nobody's
quotation; a person wearing one who says something is still quoted. Written for these tests, in English and
French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

WORN_EN = [
    "Activists in the gallery wore badges “No Dust, No Doubt”.",                              # wire
    "Half the hall wore badges reading “No dust, no doubt” on the second morning.",           # feature
    "14:10 — Stickers that read “No dust, no doubt” have appeared on every desk.",            # live blog
    "The youth caucus handed out armbands “No dust, no doubt, no delay” at the door.",        # newsletter
    "Students sold tote bags “No Dust, No Doubt” to fund the trip.",                          # newsletter
    "Q: Your delegation wore buttons saying “No dust, no doubt” all week. Why?",              # Q&A
]
WORN_FR = [
    "Des militants portaient des badges « Pas de poussière, pas de doute ».",
    f"Dans la tribune, des autocollants «{NB}Pas de poussière, pas de doute{NB}» ornaient les ordinateurs.",
    "11 h 40 — Des brassards « Pas de poussière, pas de doute, pas de délai » circulent dans la salle.",
    "Les étudiants vendaient des sacs en toile « Pas de poussière, pas de doute » à l’entrée.",
    "Beaucoup portaient des casquettes où l’on pouvait lire « Pas de poussière, pas de doute ».",
    "Q : Votre délégation portait des badges qui proclamaient « Pas de poussière, pas de doute ». Pourquoi ?",
]


@pytest.mark.parametrize("text", WORN_EN)
def test_english_words_worn_are_no_quotation(text):
    assert quotes(text, language="en", own_voice=False) == []


@pytest.mark.parametrize("text", WORN_FR)
def test_french_words_worn_are_no_quotation(text):
    assert quotes(text, language="fr", own_voice=False) == []


def test_someone_wearing_a_badge_is_still_quoted():
    text = ("Mira Okafor-Lind, who wore a badge like everyone else, said: “We came for a date, and we will leave "
            "with one.”")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Mira Okafor-Lind"
    text = ("Mira Okafor-Lind, qui portait un badge comme tout le monde, a déclaré : « Nous sommes venus chercher "
            "une date, nous repartirons avec. »")
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Mira Okafor-Lind"
