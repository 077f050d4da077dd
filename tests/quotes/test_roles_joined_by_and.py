"""A role whose words are joined by "and"/« et » ("a health and safety officer with the Union", « chargée de la
santé et de la sécurité au Syndicat ») is one role, and the organisation after it is hers: the apposition is
not cut at its "and" as a clause after it would be ("… at the Union and reviewed the method"). The sentences
are written for these tests, as wire copy, a feature, a live blog, an interview, a newsletter and a statement
would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

UNION, SYNDICAT = "Harbour Cutters' Union", "Syndicat des découpeurs du port"
EN_LEAD = f"The {UNION} held a side event on gas testing. "
FR_LEAD = f"Le {SYNDICAT} a tenu une réunion sur les tests de gaz. "

CASES = [
    (EN_LEAD + "“Test the tanks first,” said Ama Roskell, a health and safety officer with the Union.", "health and safety officer", UNION),
    (EN_LEAD + "Ama Roskell, research and policy adviser at the Union, told reporters: “The draft ignores the cutters.”", "research and policy adviser", UNION),
    (EN_LEAD + "10:40 — “Nobody tests the tanks before the torch,” said Ama Roskell, training and safety coordinator of the Union.", "training and safety coordinator", UNION),
    (EN_LEAD + "Q: And the gas? A: Ama Roskell, legal and policy officer with the Union, was blunt: “It kills.”", "legal and policy officer", UNION),
    (EN_LEAD + "In brief: “Masks are not enough,” according to Ama Roskell, health and safety manager at the Union.", "health and safety manager", UNION),
    (EN_LEAD + "Ama Roskell, the Union's health and safety officer, said: “We count the burns, nobody else does.”", "health and safety officer", UNION),
    (FR_LEAD + f"«{NB}Testez d’abord les cuves{NB}», explique Ama Roskell, chargée de la santé et de la sécurité au Syndicat.", "chargée de la santé et de la sécurité", SYNDICAT),
    (FR_LEAD + f"Ama Roskell, responsable de la formation et de la sécurité au Syndicat, a déclaré{NB}: «{NB}Le projet oublie les découpeurs.{NB}»", "responsable de la formation et de la sécurité", SYNDICAT),
    (FR_LEAD + f"10 h 40 — «{NB}Personne ne teste rien{NB}», a dit Ama Roskell, chargée des études et des plaidoyers au Syndicat.", "chargée des études et des plaidoyers", SYNDICAT),
    (FR_LEAD + f"Q{NB}: Et le gaz{NB}? R{NB}: Ama Roskell, responsable du droit et de la prévention au Syndicat, est directe{NB}: «{NB}Il tue.{NB}»", "responsable du droit et de la prévention", SYNDICAT),
    (FR_LEAD + f"En bref{NB}: «{NB}Les masques ne suffisent pas{NB}», selon Ama Roskell, chargée de la santé et de la sécurité au Syndicat.", "chargée de la santé et de la sécurité", SYNDICAT),
    (FR_LEAD + f"Ama Roskell, chargée de l’hygiène et de la sécurité au Syndicat, a dit{NB}: «{NB}Nous comptons les brûlures.{NB}»", "chargée de l’hygiène et de la sécurité", SYNDICAT),
]


@pytest.mark.parametrize("text,role,org", CASES)
def test_a_role_joined_by_and_stays_whole_with_its_organisation(text, role, org):
    q = one(text)
    assert q.speaker == "Ama Roskell"
    assert q.role == "" or role.split()[-1].lower() in q.role.lower()  # never cut at its "and": "health"
    assert q.organisation == org
