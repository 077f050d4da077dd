"""What the parentheses after a person's name hold ("Delegate 52, NAME (Plant Bakeries West)", "NAME (Harbour
Road Branch)", « NAME (Section Nord Vernasse) ») is her branch, her town or her body: never a person a later
pronoun can mean. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAME = "Ewan Talloway"

EN = [
    # a union's report of a conference debate
    f"Delegate 52, {NAME} (Plant Bakeries West), spoke briefly in support. “If we are not at the table, we are on "
    "the menu,” he said.",
    # a members' newsletter
    f"{NAME} (Harbour Road Branch) rose to oppose the amendment. “Nobody upstairs has costed the extra hour,” he "
    "told the hall.",
    # a live blog
    f"14:20 — {NAME} (Northern Dock Workers) is at the microphone. “We have waited three years for this seat,” he says.",
    # a letters page
    f"A reader, {NAME} (Saint Brennock Hills), wrote in after our May issue. “I cheered, and then I went back to "
    "the line,” he writes.",
]
FR = [
    # un compte rendu de congrès
    f"Le délégué 52, {NAME} (Section Nord Vernasse), a brièvement soutenu la motion. «{NB}Si nous ne sommes pas à "
    f"la table, nous sommes au menu{NB}», a-t-il dit.",
    # un journal de section
    f"{NAME} (Boulangeries Industrielles Ouest) a pris la parole contre l’amendement. «{NB}Personne là-haut n’a "
    f"chiffré l’heure de plus{NB}», a-t-il lancé.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_parentheses_after_a_name_hold_no_person(text):
    assert one(text, own_voice=False).speaker == NAME


def test_a_person_in_parentheses_after_a_role_is_still_a_person():
    # near-miss: a role, then the person's name in parentheses
    text = f"The union's general secretary ({NAME}) closed the debate. “We will ask again in public,” he said."
    assert one(text, own_voice=False).speaker == NAME
