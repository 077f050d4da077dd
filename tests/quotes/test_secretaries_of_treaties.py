"""A treaty's secretary speaks for its secretariat, not for the treaty: "the executive secretary of the
Protocol" gives the Protocol Secretariat, « la secrétaire exécutive de la Convention de X » the secrétariat de
la Convention de X; a secretary of a body keeps the body, and a treaty's other officers are left as they are.
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    ("“The numbers are in the text now,” said Ilse Marwood, the executive secretary of the Convention, who had "
     "chaired the night session.", "Convention Secretariat"),
    ("Wire copy. Ilse Marwood, executive secretary of the Harrow Convention, told reporters: “We will have a "
     "text by Friday.”", "Harrow Convention Secretariat"),
    ("14:10 — “The Bureau has its compromise,” Ilse Marwood, Executive Secretary of the Protocol, told the "
     "briefing.", "Protocol Secretariat"),
    ("Ilse Marwood, deputy executive secretary of the Treaty, was blunt with the press: “Nobody wants a "
     "vote,” she said.", "Treaty Secretariat"),
    ("In this issue, the maps. “Quiet areas will be mapped by 2031,” said Ilse Marwood, the acting executive "
     "secretary of the Lindqvist Agreement.", "Lindqvist Agreement Secretariat"),
    ("Statement. Ilse Marwood, executive secretary of the Convention, told delegates at the opening: “Your "
     "maps are the treaty's first test.”", "Convention Secretariat"),
]
FR = [
    (f"«{NB}Les chiffres sont dans le texte{NB}», a déclaré Ilse Marwood, secrétaire exécutive de la Convention "
     f"de Harrow.", "secrétariat de la Convention de Harrow"),
    (f"Dépêche. Ilse Marwood, secrétaire exécutive du Protocole de Lindqvist, a dit aux journalistes"
     f"{NB}: «{NB}Nous aurons un texte vendredi.{NB}»", "secrétariat du Protocole de Lindqvist"),
    (f"14 h 10 — Ilse Marwood, secrétaire exécutive du Traité de Vell, a lancé{NB}: «{NB}Le Bureau a son "
     f"compromis.{NB}»", "secrétariat du Traité de Vell"),
    (f"Dans ce numéro. Ilse Marwood, secrétaire exécutive adjointe de la Convention de Harrow, a résumé{NB}: "
     f"«{NB}Personne ne veut de vote.{NB}»", "secrétariat de la Convention de Harrow"),
    (f"Communiqué. Ilse Marwood, secrétaire exécutive du Protocole de Lindqvist, a répondu{NB}: «{NB}Les zones "
     f"calmes seront cartographiées.{NB}»", "secrétariat du Protocole de Lindqvist"),
    (f"Déclaration. Ilse Marwood, secrétaire exécutive de la Convention de Harrow, a dit aux délégués à "
     f"l'ouverture{NB}: «{NB}Vos cartes sont le premier test du traité.{NB}»", "secrétariat de la Convention de Harrow"),
]


@pytest.mark.parametrize("text, body", EN + FR)
def test_a_treaty_s_secretary_speaks_for_its_secretariat(text, body):
    q = one(text, own_voice=False)
    assert q.speaker == "Ilse Marwood"
    assert q.organisation.replace("\u2019", "'") == body


@pytest.mark.parametrize("text, body", [
    ("“We will publish the map,” said Ilse Marwood, executive secretary of the Harrow Institute.", "Harrow Institute"),
    ("“We will publish the map,” said Ilse Marwood, president of the Convention.", "Convention"),
])
def test_other_secretaries_and_other_officers_keep_their_body(text, body):
    assert one(text, own_voice=False).organisation == body
