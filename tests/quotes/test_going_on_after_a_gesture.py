"""A quotation paragraph that goes on right after a paragraph whose quotation ends with a pronoun and a verb of
gesture rather than of saying (« « … », sourit-elle. ¶ « … » », "“…,” she smiled. ¶ “…”") is the same speaker's,
as after "she said". The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

INTRO_FR = "Odile Varnet, présidente des Amis de la lande, l'accompagne. Le maire n'est pas venu. "
INTRO_EN = "Odile Varnet, chair of the Friends of the Heath, walks with him. The mayor did not come. "

GOING_ON = [
    INTRO_FR + f"«{NB}Les grues sont revenues avant l'argent{NB}», sourit-elle.\n\n«{NB}Nous avons commencé avec "
               f"trois fermes.\n\n«{NB}Aujourd'hui nous en comptons quarante.{NB}»",
    INTRO_FR + f"«{NB}Les grues sont revenues{NB}», soupire-t-elle.\n\n«{NB}Personne ne nous a versé un centime.{NB}»",
    f"DÉPÊCHE — {INTRO_FR}«{NB}On a bouché les fossés{NB}», plaisante-t-elle.\n\n«{NB}Le foin attendra bien une "
    f"année de plus.{NB}»",
    f"14 h 20 — {INTRO_FR}«{NB}Il pleut enfin{NB}», rit-elle.\n\n«{NB}Les tourbières respirent de nouveau.{NB}»",
    f"Dans ce numéro. {INTRO_FR}«{NB}Nous sommes quarante{NB}», s'étonne-t-elle.\n\n«{NB}Qui l'aurait cru il y a "
    f"cinq ans{NB}?{NB}»",
    f"Q{NB}: Et les grues{NB}? R{NB}: {INTRO_FR}«{NB}Elles sont revenues{NB}», sourit-elle.\n\n«{NB}Avant les "
    f"subventions, bien sûr.{NB}»",
    INTRO_EN + "“The cranes came back before the money,” she smiled.\n\n“We started with three farms.\n\n“Today "
               "we have forty.”",
    INTRO_EN + "“The cranes came back,” she sighed.\n\n“Nobody has paid us a cent.”",
    f"LISVANE (Wire) — {INTRO_EN}“We blocked the ditches,” she laughed.\n\n“The hay will wait.”",
    f"14:20 — {INTRO_EN}“It is raining at last,” she grinned.\n\n“The bogs are breathing again.”",
    f"In this issue. {INTRO_EN}“We are forty now,” she marvelled.\n\n“Who would have thought it five years ago?”",
    f"Q: And the cranes? A: {INTRO_EN}“They came back,” she smiled.\n\n“Before the subsidies, of course.”",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_a_quotation_going_on_after_a_gesture_is_the_same_speakers(text):
    qs = quotes(text, own_voice=False)
    assert len(qs) == 2
    assert [q.speaker for q in qs] == ["Odile Varnet", "Odile Varnet"]


def test_a_quotation_after_another_sentence_is_not_carried():
    text = (INTRO_EN + "“The cranes came back,” she smiled. The mayor disagreed.\n\nA neighbour, who gave no name, "
                       "said: “Nobody asked us.”")
    qs = quotes(text, own_voice=False)
    assert len(qs) == 2 and qs[-1].speaker == ""
