"""A reply after a question: "NAME told the meeting …. Dr NAME2 then asked whether …. “…,” she answered" (« NAME2
lui a alors demandé si … « … », a-t-elle répondu »): the one asked answers, not the one who asked, when one other
person of the paragraph fits the pronoun. A plain "she said" after a question still goes to the one who asked,
and with a man asking, the woman answers as before. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = [
    "Ada Morvell told the side event that survivors want a seat at the table. Dr Ines Dalquist then asked whether "
    "the institute’s figures matched what her members saw. “Your numbers are our children’s names,” she answered.",
    "Ada Morvell spoke first for the survivors. Ines Dalquist asked her what the figures missed. “Your numbers are "
    "our children’s names,” she replied.",
    "In the briefing room, Ada Morvell described her village. Ines Dalquist, of the institute, asked whether anyone "
    "had counted the dogs. “Nobody counts them,” she shot back.",
]
FR = [
    "Ada Morvell a expliqué que les survivants veulent un siège. Ines Dalquist lui a alors demandé si les chiffres "
    "de l'institut correspondaient à ce que voyaient ses membres. « Vos chiffres, ce sont les prénoms de nos "
    "enfants », a-t-elle répondu.",
    "Ada Morvell a parlé la première. Ines Dalquist lui demande ce que les chiffres oublient. « Vos chiffres, ce "
    "sont les prénoms de nos enfants », répond-elle.",
]


@pytest.mark.parametrize("text", EN)
def test_english_the_one_asked_answers(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ada Morvell"


@pytest.mark.parametrize("text", FR)
def test_french_the_one_asked_answers(text):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Ada Morvell"


def test_a_plain_said_after_a_question_is_still_the_asker_s():
    text = ("Ada Morvell spoke first. Ines Dalquist asked about the figures. “Nobody counts the dogs,” she said.")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ines Dalquist"


def test_a_man_asking_leaves_the_woman_her_answer():
    text = ("Ada Morvell spoke first. Piet Varga asked about the figures. “Nobody counts the dogs,” she answered.")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ada Morvell"
