"""« PDG », the French press's abbreviation for a company's chief executive, is a role: « NAME, PDG de Tapu
Satcom, répond aux journalistes : « … » » is NAME speaking for the company, never « Tapu Satcom » nor « de Tapu
Satcom » as a person. A title before a surname with its particle (« l'ambassadeur de Souza », "Mr. van den
Berg") is read as before. Written for these tests, in the forms of captions and wires.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

CASES = [
    ("Port-Sanaru, 10 mars 2040. Viliami Kolo, PDG de Tapu Satcom, répond aux journalistes en anglais à la "
     "sortie de la séance : « We share our conjunction data with anyone who asks ».", "fr"),
    ("Viliami Kolo, PDG de Tapu Satcom, répond aux journalistes : « Nous partageons nos données avec tous ceux "
     "qui les demandent ».", "fr"),
]


@pytest.mark.parametrize("text,lang", CASES)
def test_the_chief_executive_speaks_for_the_company(text, lang):
    q = one(text, language=lang)
    assert (q.speaker, q.organisation) == ("Viliami Kolo", "Tapu Satcom")


def test_near_miss_a_director_of_the_company():
    q = one("Viliami Kolo, directeur de Tapu Satcom, répond aux journalistes : « Nous partageons nos données ».",
            language="fr")
    assert (q.speaker, q.organisation) == ("Viliami Kolo", "Tapu Satcom")


def test_near_miss_a_title_before_a_particle():
    q = one("“We share our data,” said Mr. van den Berg, the delegate of Lund.", language="en")
    assert q.speaker.endswith("van den Berg")
