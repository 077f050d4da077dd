"""The Title Case name of an event, a campaign or a day right after a preposition, in a sentence with no verb
of saying before it, is nobody's quotation ("hands out leaflets for “Walk to School Day 2028”", « le lancement
de « Une rue pour grandir » »), even when the sentence's subject speaks in the next one. Written for these
tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

SAID_EN = " “Tomorrow the children walk, and the cars wait for once,” said Ferrey."
SAID_FR = f" «{NB}Demain, les enfants marchent et les voitures attendent{NB}», a dit Ana Ferrey."
EN = [
    "Ana Ferrey, president of the Federation of Walkers, hands out leaflets for “Walk to School Day 2028” at the door.",
    "Ana Ferrey of the Federation of Walkers spent the morning on “Car Free Sunday” preparations.",
    "The Federation of Walkers brought two hundred children to “Streets for Kids 2028” in the main square.",
    "Ana Ferrey, president of the Federation of Walkers, gave a talk at “Road Safety Week 2028” in Lunde.",
    "Ana Ferrey of the Federation of Walkers has worked on “Safe Routes Home” since 2019.",
    "Volunteers of the Federation of Walkers wore T-shirts for “International Walking Day” on Monday.",
]
FR = [
    "Ana Ferrey, présidente de la Fédération des marcheurs, distribue des tracts pour « Journée À Pied Vers l’École 2028 ».",
    "Ana Ferrey, de la Fédération des marcheurs, a préparé le lancement de « Dimanche Sans Voitures » toute la matinée.",
    "La Fédération des marcheurs a amené deux cents enfants à « Rues Pour Grandir 2028 » sur la grand-place.",
    "Ana Ferrey a donné une conférence pendant la « Semaine De La Sécurité Routière 2028 » à Lunde.",
    "Ana Ferrey, de la Fédération des marcheurs, travaille sur « Chemins Sûrs Vers La Maison » depuis 2019.",
    "Les bénévoles de la Fédération des marcheurs portaient des T-shirts pour « Journée Internationale De La Marche ».",
]


@pytest.mark.parametrize("text", EN)
def test_english_event_name_is_no_quotation(text):
    assert [q.text for q in quotes(text + SAID_EN, language="en")] == [
        "Tomorrow the children walk, and the cars wait for once,"]


@pytest.mark.parametrize("text", FR)
def test_french_event_name_is_no_quotation(text):
    assert [q.text for q in quotes(text + SAID_FR, language="fr")] == [
        "Demain, les enfants marchent et les voitures attendent"]
