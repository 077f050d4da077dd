"""A company's officer named by her office in its group (« directeur général du groupe Velmont Aquafarms plc »,
« directrice financière du groupe Velmont », "chief executive of the Velmont group"): the office is her role and the
company, by its name, her organisation (the French role keeps « du groupe »: the group's officer, not a subsidiary's). « groupe » is how French releases and transcripts name a parent company; a
negotiating group (« président du groupe Afrique ») or a working group stays in the role. The sentences are written
for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAME = "Desmond Ashgrove-Kalu"

CASES = [
    # un communiqué de filiale
    (f"«{NB}Ce registre est une bonne nouvelle{NB}», ajoute {NAME}, directeur général du groupe Velmont Aquafarms plc.",
     "directeur général du groupe", "Velmont Aquafarms plc"),
    # une dépêche
    (f"{NAME}, directrice financière du groupe Velmont, a résumé{NB}: «{NB}La marge tient{NB}».",
     "directrice financière du groupe", "Velmont"),
    # a results-call summary in a newsletter
    (f"“The ponds are not for sale,” said {NAME}, chief executive of the Velmont Aquafarms group.",
     "chief executive", "Velmont Aquafarms"),
    # un entretien radio
    (f"{NAME}, président du groupe Velmont SA, l'a redit au micro{NB}: «{NB}Nous publierons tout{NB}».",
     "président du groupe", "Velmont SA"),
]


@pytest.mark.parametrize("text,role,org", CASES)
def test_the_office_is_the_role_and_the_group_the_company(text, role, org):
    q = one(text, own_voice=False)
    assert (q.speaker, q.role, q.organisation) == (NAME, role, org)


@pytest.mark.parametrize("text", [
    f"«{NB}Nous ne signerons pas{NB}», a dit {NAME}, président du groupe Afrique.",
    f"«{NB}Le texte avance{NB}», a dit {NAME}, présidente du groupe de travail sur les mangroves.",
])
def test_a_negotiating_or_working_group_stays_in_the_role(text):
    # near-misses: no company's legal form and no company officer's title: the group is the role's, as before
    q = one(text, own_voice=False)
    assert q.speaker == NAME and "groupe" in q.role
