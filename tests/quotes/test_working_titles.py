"""Words in quotation marks that a title noun introduces ("the panel's working title, “…”", « son titre
provisoire, « … » ») are a title, not anyone's quotation, also next to a quotation of the publisher; a person's
words after a verb of saying stay a quotation. The sentences are written for these tests, as different press
writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "The scientific panel’s working title, “Panel on Soundscape Metrics”, has not changed since Monday.",
    "WIRE — The body's title, “Expert Group on Quiet Areas”, was agreed without debate on Tuesday.",
    "12:40 — Its working title, “Quiet Cities Review”, will go to the plenary unchanged.",
    "Q: Has the panel a name yet? A: Only a working title, “Sleep and Noise Panel”, for now.",
    "In this issue: the report's title, “A Night's Sleep Lost”, came from a resident of the runway villages.",
    "Statement. The annex keeps its title, “Criteria for Quiet Areas”, as the Parties asked.",
]
FR = [
    f"Le titre provisoire du groupe, «{NB}Panel sur la science des paysages sonores{NB}», n'a pas changé depuis lundi.",
    f"DÉPÊCHE — Son titre, «{NB}Groupe d'experts sur les zones calmes{NB}», a été adopté sans débat mardi.",
    f"12 h 40 — Son titre provisoire, «{NB}Revue des villes calmes{NB}», ira en plénière tel quel.",
    f"Q : Le groupe a-t-il un nom{NB}? R : Un titre provisoire seulement, «{NB}Panel sommeil et bruit{NB}», pour l'instant.",
    f"Dans ce numéro : le titre du rapport, «{NB}Une nuit de sommeil perdue{NB}», vient d'une riveraine des pistes.",
    f"Déclaration. L'annexe garde son titre, «{NB}Critères des zones calmes{NB}», comme les Parties l'ont demandé.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_a_title_after_its_noun_is_no_quotation(text):
    assert quotes(text, own_voice=False) == []


def test_a_quotation_beside_it_is_still_found():
    text = ("“We will judge it on one word,” the coalition said in a message to members. The panel’s working "
            "title, “Panel on Soundscape Metrics”, has not changed since Monday.")
    assert [q.text for q in quotes(text)] == ["We will judge it on one word,"]
