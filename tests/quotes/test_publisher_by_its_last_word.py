"""A publisher named by the last word of its name ("the Clinic" in the Tessel Legal Clinic's release, "the
Observatory" in the Marrow Toxics Observatory's) is the publisher, given by its whole name, not an organisation
"Clinic". A French name, whose kind comes first (« la Clinique » of « Clinique juridique Tessel »), is read the
same way. The sentences are written for these tests, as wire copy, a feature, a live blog, an interview, a
newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN_ORG, FR_ORG = "Tessel Legal Clinic", "Clinique juridique Tessel"
OBS, FR_OBS = "Marrow Toxics Observatory", "Observatoire Marrow des toxiques"

CASES = [
    (EN_ORG, "“We will file more cases,” the Clinic said today."),
    (EN_ORG, "“Families come to us with nothing,” said Ana Rellik, lead counsel at the Clinic."),
    (EN_ORG, "In its submission, the Clinic said that “the absence of a register is an immunity for the worst yards”."),
    (OBS, "10:40 — “The samples are the worst on the coast,” the Observatory's lead chemist, Ivo Darrant, told reporters."),
    (OBS, "Q: And the mud? A: “Forty times the limit,” said Ivo Darrant of the Observatory."),
    (OBS, "The Observatory warned in its newsletter: “Nobody tests the tanks.”"),
    (FR_ORG, f"«{NB}Nous déposerons d’autres plaintes{NB}», a indiqué la Clinique."),
    (FR_ORG, f"«{NB}Les familles viennent sans rien{NB}», explique Ana Rellik, avocate à la Clinique."),
    (FR_ORG, f"Dans sa contribution, la Clinique affirme que «{NB}l’absence de registre protège les pires chantiers{NB}»."),
    (FR_OBS, f"10 h 40 — «{NB}Ces échantillons sont les pires de la côte{NB}», a déclaré Ivo Darrant, chimiste de l’Observatoire."),
    (FR_OBS, f"Q{NB}: Et la vase{NB}? R{NB}: «{NB}Quarante fois la limite{NB}», répond Ivo Darrant, de l’Observatoire."),
    (FR_OBS, f"L’Observatoire prévient dans sa lettre{NB}: «{NB}Personne ne teste les cuves.{NB}»"),
]


@pytest.mark.parametrize("org,text", CASES)
def test_the_publisher_by_its_last_word_is_the_publisher(org, text):
    assert one(text, default_organisation=org).organisation == org
