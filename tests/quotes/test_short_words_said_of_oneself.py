"""Two short forms of a few words in lower case: what a person says of herself (« NAME s’est dite « soulagée,
pas satisfaite » », "she said she was “relieved, not satisfied”") and a body's verdict (« Pour le Réseau …,
c’est « la moitié d’une victoire » », "For the Network, it is “half a victory”"). Both are quotations with their
speaker, not scare quotes. Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

INTRO_EN = "Ambassador Aline Mbaye spoke last. "
INTRO_FR = "L’ambassadrice Aline Mbaye a parlé en dernier. "
SELF_EN = [
    "She said she was “relieved, not satisfied”.",
    "Ambassador Mbaye described herself as “relieved, not satisfied”.",
    "Mbaye declared herself “relieved, not satisfied” after the vote.",
    "Asked about the vote, she said she felt “relieved, not satisfied”.",
    "On the Ulmar side, Ambassador Mbaye says she is “relieved, not satisfied”.",
    "Mbaye called herself “relieved, not satisfied” as she left.",
]
SELF_FR = [
    f"Côté ulmarien, l’ambassadrice Mbaye s’est dite «{NB}soulagée, pas satisfaite{NB}».",
    "L’ambassadrice Mbaye s’est déclarée « soulagée, pas satisfaite » après le vote.",
    "Aline Mbaye se dit « soulagée, pas satisfaite ».",
    "Interrogée sur le vote, l’ambassadrice s’est montrée « soulagée, pas satisfaite ».",
    f"Aline Mbaye s’est dite, à la sortie, «{NB}soulagée, pas satisfaite{NB}».",
    "À la sortie, Aline Mbaye s’était dite « soulagée, pas satisfaite ».",
]
BODY_EN = [
    "For the Delta Fishers’ Network, which came in two coaches, it is “half of a victory”.",
    "For the Delta Fishers’ Network, this is “half of a victory”.",
    "According to the Delta Fishers’ Network, it was “half of a victory”.",
    "The vote was postponed. For the Delta Fishers’ Network, that is “half of a victory”.",
    "For the Delta Fishers’ Network, who had hoped for more, it is “half of a victory”.",
    "Update. For the Delta Fishers’ Network, it was “half of a victory”.",
]
BODY_FR = [
    f"Pour le Réseau des pêcheurs du delta, qui avait fait le voyage en autocar, c’est «{NB}la moitié d’une victoire{NB}».",
    "Pour le Réseau des pêcheurs du delta, c’est « la moitié d’une victoire ».",
    "Selon le Réseau des pêcheurs du delta, c’était « la moitié d’une victoire ».",
    "Le vote a été renvoyé. Pour le Réseau des pêcheurs du delta, ce fut « la moitié d’une victoire ».",
    "Pour le Réseau des pêcheurs du delta, dont les membres espéraient plus, c’est « la moitié d’une victoire ».",
    "Mise à jour. Pour le Réseau des pêcheurs du delta, ce serait « la moitié d’une victoire ».",
]


@pytest.mark.parametrize("text", SELF_EN)
def test_english_words_said_of_oneself(text):
    [q] = quotes(INTRO_EN + text, language="en", own_voice=False)
    assert (q.text, q.speaker) == ("relieved, not satisfied", "Aline Mbaye")


@pytest.mark.parametrize("text", SELF_FR)
def test_french_words_said_of_oneself(text):
    [q] = quotes(INTRO_FR + text, language="fr", own_voice=False)
    assert (q.text, q.speaker) == ("soulagée, pas satisfaite", "Aline Mbaye")


@pytest.mark.parametrize("text", BODY_EN)
def test_english_verdict_of_a_body(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Delta Fishers’ Network")


@pytest.mark.parametrize("text", BODY_FR)
def test_french_verdict_of_a_body(text):
    [q] = quotes(text, language="fr", own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Réseau des pêcheurs du delta")


def test_a_so_called_word_stays_a_scare_quote():
    assert quotes("Le texte parle de la zone dite « tampon » sans la définir.", language="fr") == []
