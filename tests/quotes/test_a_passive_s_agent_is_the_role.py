"""A role the sentence gives after a passive's agent ("The Spokesperson was joined by the Executive Secretary of the
Accord, NAME", « Le porte-parole était accompagné de la secrétaire exécutive de l’Accord, NAME ») is the named
person's role: the subject before the verb is someone else. Before, the whole clause went into her role ("Spokesperson
was joined by the Executive Secretary"), shown on her card and copied into her citation. The sentences are written
for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAME = "Ottavia Brennholt"

EN = [
    # a spokesperson's briefing highlights: a guest briefer
    (f"The Spokesperson was joined by the Executive Secretary of the Tessaly Accord, Dr {NAME}, who ran a "
     "laboratory for nine years. She said: “Nobody in this room is asking people to give up bread today.”",
     "Executive Secretary"),
    # a newsletter
    (f"The opening session was chaired by the president of the Kelder Institute, {NAME}. “We counted every "
     "loaf for a year before we said a word,” she said.", "president"),
    # wire copy
    (f"LUND, 4 May (Wire) — The minister was accompanied by the chief negotiator of Oskeland, {NAME}. “The text "
     "is ready; the will is not,” the negotiator told reporters.", "chief negotiator"),
]
FR = [
    # des faits saillants d'un point de presse
    (f"Le porte-parole était accompagné de la secrétaire exécutive de l’Accord de Tessaly, {NAME}. Elle a déclaré "
     f": «{NB}Personne ici ne demande aux gens de renoncer au pain aujourd’hui.{NB}»", "secrétaire exécutive"),
    # une lettre d'information
    (f"La séance d’ouverture a été présidée par la présidente de l’Institut Kelder, {NAME}. «{NB}Nous avons compté "
     f"chaque pain pendant un an avant de dire un mot{NB}», a-t-elle dit.", "présidente"),
]


@pytest.mark.parametrize(("text", "role"), EN + FR)
def test_the_role_after_the_passive_s_agent_is_the_named_person_s(text, role):
    q = one(text, own_voice=False)
    assert q.speaker == NAME
    assert q.role == role


NEAR = [
    # the subject is the person's own role, named in apposition: it stays hers
    (f"The Executive Secretary of the Tessaly Accord, {NAME}, was joined by reporters. She said: “Nobody in this "
     "room is asking people to give up bread today.”", "Executive Secretary"),
    # a copula, as before
    (f"Today's guest was the health minister of Oskeland, {NAME}. “Our bakers had three years to adapt,” the "
     "minister said.", "health minister"),
]


@pytest.mark.parametrize(("text", "role"), NEAR)
def test_a_role_in_apposition_or_after_a_copula_is_unchanged(text, role):
    q = one(text, own_voice=False)
    assert q.speaker == NAME
    assert q.role == role
