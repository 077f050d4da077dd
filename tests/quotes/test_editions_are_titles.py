"""A title's other edition is a title too: "The map series is called “Where the River Went”; its French
edition, « Où est passé le fleuve »", « son édition anglaise, “…” » (a newsletter, a fact sheet, a feature).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_TEXTS = [
    f"The coalition’s photo series is called “Where the Shore Went”; its French edition, «{NB}Où est partie la côte{NB}».",
    f"Our atlas has two editions: the English edition, “Rivers Without Sand”, and the French edition, «{NB}Des rivières sans sable{NB}».",
    f"Newsletter readers can order the French edition, «{NB}Le sable, une ressource sous pression{NB}», from the stand.",
    f"La série de cartes s’appelle «{NB}Où est partie la côte{NB}»{NB}; son édition anglaise, “Where the Shore Went Away”.",
    "Le guide existe aussi en édition anglaise, “A Field Guide to Shrinking Rivers”, au stand de la coalition.",
    f"Les lecteurs peuvent commander l’édition espagnole, «{NB}Ríos sin arena y sin peces{NB}», au stand.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_an_edition_of_a_title_is_no_quotation(text):
    assert quotes(text) == []
