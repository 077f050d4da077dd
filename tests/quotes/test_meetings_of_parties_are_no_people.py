"""A meeting of a treaty's parties is a body, never a person a pronoun can mean: "the Meeting of the Parties",
« la Réunion des Parties ». The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

MEETINGS = [
    ("The Fifth Meeting of the Parties opened on Monday. Tomas Bereni read out the article. “All appropriate "
     "measures includes a phone call,” he added.", "Tomas Bereni"),
    ("Daily bulletin of the Sixth Meeting of the Parties. Tomas Bereni spoke to reporters. “We want a "
     "calendar,” he said.", "Tomas Bereni"),
    ("10:00 — The Meeting of the Parties resumed. Ruth Kamsky took the floor. “Nobody audits the audit,” she "
     "said.", "Ruth Kamsky"),
    ("Ruth Kamsky quoted the decision of the Meeting of the Parties. “That decision is five years old,” she "
     "said.", "Ruth Kamsky"),
    ("Q: What does the Meeting of the Parties owe you? A: Oren Valadez smiled. “A timetable, and a "
     "budget for it,” he said.", "Oren Valadez"),
    ("Statement to the Meeting of the Parties. Oren Valadez reminded the Parties of Article 12. “All "
     "appropriate measures means something,” he said.", "Oren Valadez"),
    (f"Bulletin de la cinquième Réunion des Parties. Tomas Bereni a lu l'article. «{NB}Toutes les mesures "
     f"appropriées, cela inclut un coup de téléphone{NB}», a-t-il ajouté.", "Tomas Bereni"),
    (f"La sixième Réunion des Parties s'est ouverte lundi. Tomas Bereni a parlé à la presse. «{NB}Nous "
     f"voulons un calendrier{NB}», a-t-il dit.", "Tomas Bereni"),
    (f"10 h — La Réunion des Parties a repris. Ruth Kamsky a pris la parole. «{NB}Personne n'audite "
     f"l'audit{NB}», a-t-elle dit.", "Ruth Kamsky"),
    (f"Ruth Kamsky a cité la décision de la Réunion des Parties. «{NB}Cette décision a cinq ans{NB}», "
     f"a-t-elle rappelé.", "Ruth Kamsky"),
    (f"Devant la Réunion des Parties, Oren Valadez a souri. «{NB}Un calendrier, et un budget pour le "
     f"tenir{NB}», a-t-il dit.", "Oren Valadez"),
    (f"Déclaration à la Réunion des Parties. Oren Valadez a rappelé aux Parties l'article 12. «{NB}Toutes les "
     f"mesures appropriées, cela veut dire quelque chose{NB}», a-t-il dit.", "Oren Valadez"),
]


@pytest.mark.parametrize("text,name", MEETINGS)
def test_a_meeting_of_the_parties_is_no_person(text, name):
    assert one(text).speaker == name
