"""A pronoun after a quotation, when a second person stands between the introduction and the quotation and
acts on the first ("Dr NAME2 had just given her his new figures. “…,” she said"): "her" before a determiner is
the object, so she is the person introduced first, and "his" says NAME2 is a man. The French sentences show
the same construction, with gender given by the role words. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

INTRO_EN = "Delvoria’s transport minister, Ada Vosk, arrived from the airport just before the session. "
EN = [
    "The head of the data agency, Dr Oyel Bassey, had just given her his new figures. “We will vote to adopt,” she said.",
    "Her adviser, Dr Oyel Bassey, handed her the briefing note. “We will vote to adopt,” she said.",
    "Dr Oyel Bassey showed her his slides in the corridor. “We will vote to adopt,” she told reporters.",
    "Oyel Bassey, who chairs the data group, sent her a message before the vote. “We will vote to adopt,” she said.",
    "The agency’s chief, Oyel Bassey, gave her some numbers and his warning. “We will vote to adopt,” she added.",
    "Oyel Bassey of the data agency brought her its latest tally. “We will vote to adopt,” she said afterwards.",
]
INTRO_FR = "La ministre delvorienne des Transports, Ada Vosk, est arrivée juste avant la séance. "
FR = [
    "Le directeur de l’agence, Oyel Bassey, venait de lui remettre ses chiffres. « Nous voterons pour », a-t-elle dit.",
    "Son conseiller, Oyel Bassey, lui a tendu la note. « Nous voterons pour », a-t-elle déclaré.",
    "Le docteur Oyel Bassey lui a montré ses graphiques. « Nous voterons pour », a-t-elle lancé.",
    "Oyel Bassey, le président du groupe, lui a envoyé un message. « Nous voterons pour », a-t-elle dit.",
    f"Le chef de l’agence, Oyel Bassey, lui a donné ses chiffres. «{NB}Nous voterons pour{NB}», a-t-elle ajouté.",
    "Oyel Bassey, de l’agence des données, lui a apporté son dernier décompte. « Nous voterons pour », dit-elle.",
]


@pytest.mark.parametrize("text", EN)
def test_english_her_before_a_determiner_is_the_object(text):
    assert one(INTRO_EN + text, language="en").speaker == "Ada Vosk"


@pytest.mark.parametrize("text", FR)
def test_french_the_minister_introduced_first_is_elle(text):
    assert one(INTRO_FR + text, language="fr").speaker == "Ada Vosk"
