"""A role of the document's own body as the subject of a quotation ("our policy lead told delegates", « Notre
responsable des politiques a résumé : ») in the paragraph right under a headline that quotes and names one
person (« ## Brassac-Ndiaye : « … » », "## KEROUANTON: “…”"): that person, of the document's body. "our" is no
longer read as the publisher speaking before the headline is looked at.

With no such headline, "our policy lead" stays the publisher's words, nobody named; a headline naming two
people names neither. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

_UNDER = [
    (f"# Note de synthèse\n\n## Brassac-Ndiaye{NB}: «{NB}Le texte tient en une page{NB}»\n\nNotre responsable des "
     f"politiques a résumé la nuit de mercredi{NB}: «{NB}On a gagné une virgule, on a perdu une heure.{NB}»",
     "Brassac-Ndiaye"),
    (f"## BRASSAC-NDIAYE{NB}: «{NB}Le texte tient en une page{NB}»\n\n«{NB}On a gagné une virgule, on a perdu une "
     f"heure{NB}», a résumé notre responsable des politiques.", "Brassac-Ndiaye"),
    ("# Briefing\n\n## KEROUANTON: “The text fits on a page”\n\n“We gained a comma and lost an hour,” our policy lead "
     "told delegates.", "Kerouanton"),
    ("## Kerouanton: “The text fits on a page”\n\nOur head of policy summed up the night: “We gained a comma and lost "
     "an hour.”", "Kerouanton"),
]


@pytest.mark.parametrize("text,name", _UNDER)
def test_our_role_under_a_one_person_headline_is_that_person(text, name):
    q = next(q for q in quotes(text) if "virgule" in q.text or "comma" in q.text)
    assert q.speaker.lower() == name.lower()
    assert q.organisation == ORG


def test_our_role_with_no_headline_names_nobody():
    q = quotes("Our policy lead told delegates: “We gained a comma and lost an hour.”")[0]
    assert q.speaker == ""
    assert q.organisation == ORG


def test_a_headline_naming_two_people_names_neither():
    text = ("## Kerouanton and Brassac: “The text fits on a page”\n\nOur head of policy summed up the night: “We "
            "gained a comma and lost an hour.”")
    q = next(q for q in quotes(text) if "comma" in q.text)
    assert q.speaker == ""
