"""A whole short sentence after a colon whose clause has a verb of saying, a gesture or a role ("NAME told
reporters: “We will see.”", « …, a haussé les épaules : « On verra bien. » », « Un porte-parole …, sous couvert
d’anonymat : « Nous porterons plainte. » ») is a quotation, however few its words. Also: "the X delegation"
speaks for X, and "the Trust" is the trust the text named. Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [  # (text, speaker, organisation)
    ("The Orsk delegate, Piet Varga, told reporters: “We will see.”", "Piet Varga", ""),
    ("Asked about the vote, the head of the Orsk delegation, Piet Varga, shrugged: “We will see.”", "Piet Varga",
     "Orsk"),
    ("### 17:15\n\nA spokesperson for the Rider Safety Trust, on condition of anonymity: “We will sue.”", "",
     "Rider Safety Trust"),
    ("Piet Varga, head of the Orsk delegation, nodded: “Not tonight, though.”", "Piet Varga", "Orsk"),
    ("At the door, Ana Lind of the Rider Safety Trust told us: “Not tonight, though.”", "Ana Lind",
     "Rider Safety Trust"),
    ("The Rider Safety Trust did not mince words. “We will sue if we must,” the Trust said in a statement.", "",
     "Rider Safety Trust"),
]
FR = [
    (f"Le délégué de l’Orskie, Piet Varga, a dit aux journalistes{NB}: «{NB}On verra bien.{NB}»", "Piet Varga", "Orskie"),
    ("Interrogé sur le vote, le chef de la délégation d’Orskie, Piet Varga, a haussé les épaules : « On verra bien. »",
     "Piet Varga", "Orskie"),
    ("### 17 h 15\n\nUn porte-parole de la Fondation Deux-Roues, sous couvert d’anonymat : « Nous porterons plainte. »", "",
     "Fondation Deux-Roues"),
    ("Piet Varga, chef de la délégation d’Orskie, a souri : « Pas ce soir, en tout cas. »", "Piet Varga", "Orskie"),
    ("À la sortie, Ana Lind, de la Fondation Deux-Roues, nous a confié : « Pas ce soir. »", "Ana Lind",
     "Fondation Deux-Roues"),
    ("La Fondation Deux-Roues n’a pas mâché ses mots. « Nous porterons plainte s’il le faut », a indiqué la Fondation.",
     "", "Fondation Deux-Roues"),
]


@pytest.mark.parametrize("text,speaker,org", EN)
def test_english_short_sentence_after_a_colon(text, speaker, org):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == speaker and (not org or q.organisation == org)


@pytest.mark.parametrize("text,speaker,org", FR)
def test_french_short_sentence_after_a_colon(text, speaker, org):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == speaker and (not org or q.organisation == org)


def test_a_short_title_after_a_colon_with_no_saying_stays_out():
    assert quotes("Reading list: “Safe Roads.”", language="en") == []
