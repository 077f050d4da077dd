"""A body's stocktake or inventory by its title ("presented the Secretariat’s first stocktake, “…”", « son premier
inventaire, « … » ») and the heading a text is filed under ("Under the heading “…”", « sous la rubrique « … » »)
are titles, not anyone's quotation; a person's words beside them stay a quotation. The sentences are written for
these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "Dr Vell then presented the Secretariat’s first stocktake, “Pinch by Pinch: The First Global Sodium Count”.",
    "WIRE — The agency published its stocktake, “Where the Salt Hides”, on Monday night.",
    "Under the heading “Healthy Bread, Healthy Jobs”, the Executive Council will report back to the next Conference.",
    "11:40 — The coalition's inventory, “Every Loaf Counted”, goes online at noon.",
]
FR = [
    f"La secrétaire exécutive a présenté le premier inventaire du Secrétariat, «{NB}Pincée par pincée{NB}».",
    f"Sous la rubrique «{NB}Pain sain, emplois sains{NB}», le bureau fera rapport au prochain congrès.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_title_is_no_quotation(text):
    assert quotes(text, own_voice=False) == []


NEAR = [
    # a person's words after the stocktake and a verb of saying: a quotation
    "After the stocktake, the minister said: “We are ready to sign tonight, all of us.”",
    f"Après l’inventaire, la ministre a déclaré : «{NB}Nous sommes prêts à signer ce soir, tous{NB}».",
]


@pytest.mark.parametrize("text", NEAR)
def test_words_said_after_it_stay_a_quotation(text):
    assert len(quotes(text, own_voice=False)) == 1
