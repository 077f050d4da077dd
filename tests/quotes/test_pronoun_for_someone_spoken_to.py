"""A pronoun for the person the sentence names after "to", "for", "by" or « à »: "I spoke to NAME yesterday, and
he told me: “…”", « J'ai parlé à NAME, et elle m'a dit : « … » ». A first name of known gender there starts a
person, not a place. The sentences are written for these tests, in the forms of several presses."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TOLD = [
    # interview answer
    "A: I have heard that. I spoke to Kwabena Oyelowo-Strand yesterday, and he told me: “Give me a number my "
    "farmers can reach, and I will sign it tomorrow.” So the door is open.",
    # statement
    "Last night I wrote to Kwabena Oyelowo-Strand, and he answered within the hour: “Count on us for the fund, not "
    "for the calendar.”",
    # feature
    "The ministers kept coming back to Kwabena Oyelowo-Strand for advice. He told them: “Nobody signs a text "
    "that their farmers cannot read.”",
    # wire copy
    "Reporters turned to Kwabena Oyelowo-Strand after the vote, and he said: “This is a floor, not a ceiling.”",
    # newsletter
    "We put the question to Kwabena Oyelowo-Strand on Tuesday. He said: “Ask me again on Friday, after the finance "
    "text.”",
    # live blog
    "17:05 — The microphone went to Kwabena Oyelowo-Strand, who said: “We will not block consensus, but we will "
    "not pretend either.”",
    f"R : Je l'ai entendu. J'ai parlé hier à Kwabena Oyelowo-Strand, et il m'a dit : «{NB}Donnez-moi un chiffre "
    f"que mes agriculteurs peuvent atteindre, et je signe demain.{NB}» La porte est donc ouverte.",
    f"Hier soir, j'ai écrit à Kwabena Oyelowo-Strand, et il a répondu dans l'heure : «{NB}Comptez sur nous pour le "
    f"fonds, pas pour le calendrier.{NB}»",
    f"Les ministres revenaient sans cesse à Kwabena Oyelowo-Strand pour un conseil. Il leur a dit : «{NB}Personne "
    f"ne signe un texte que ses agriculteurs ne peuvent pas lire.{NB}»",
    f"Les journalistes se sont tournés vers Kwabena Oyelowo-Strand après le vote, et il a déclaré : «{NB}C'est un "
    f"plancher, pas un plafond.{NB}»",
    f"Nous avons posé la question à Kwabena Oyelowo-Strand mardi. Il a répondu : «{NB}Redemandez-moi vendredi, "
    f"après le texte sur le financement.{NB}»",
    f"17 h 05 — Le micro est passé à Kwabena Oyelowo-Strand, qui a déclaré : «{NB}Nous ne bloquerons pas le "
    f"consensus, mais nous ne ferons pas semblant non plus.{NB}»",
]


@pytest.mark.parametrize("text", TOLD)
def test_the_person_spoken_to_is_the_one_who_answers(text):
    assert quotes(text)[-1].speaker == "Kwabena Oyelowo-Strand"


@pytest.mark.parametrize("text", [
    "The delegates flew to Porto Alegre on Monday, and she told me: “We will be back with a text.”",
    f"Les délégués sont partis à Santa Cruz lundi, et elle m'a dit : «{NB}Nous reviendrons avec un texte.{NB}»",
])
def test_a_place_after_to_is_still_no_person(text):
    assert quotes(text)[-1].speaker not in ("Porto Alegre", "Santa Cruz")
