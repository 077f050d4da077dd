"""A person introduced after "by", "to" or « à » with the noun of an office in apposition ("highlights of the noon
briefing by NAME, Spokesperson for the Secretariat", « la parole est revenue à NAME, porte-parole du Bureau ») is a
person whatever her first name: the office says so, and later "Mr. SURNAME said" and "the spokesperson said" are
hers, with her body. Without the office, a first name the finder does not know after such a word stays no
person (a place, a street, a building may follow "by" and "to"). Written for these tests, in the forms of
briefing highlights, wires, live blogs and newsletters.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

LEADS_EN = [
    "The following are highlights of the noon briefing by Oriel Vantongeren, Spokesperson for the Secretariat of "
    "the Delta Convention.",
    "The briefing was given by Oriel Vantongeren, spokesperson for the Secretariat of the Delta Convention.",
    "14:05 — We are now hearing from the podium. The floor went to Oriel Vantongeren, spokesperson for the "
    "Secretariat of the Delta Convention.",
]
LATER_EN = ("\n\n## Budget\n\nAsked about the budget, Mr. Vantongeren said the Secretariat was “counting every "
            "cent twice”.\n\n## Calendar\n\n“The plenary will not sit on Sunday,” the spokesperson said.\n")

LEADS_FR = [
    "Voici les points saillants du point de presse donné par Oriel Vantongeren, porte-parole du Secrétariat de "
    "la Convention du delta.",
    "La parole est ensuite revenue à Oriel Vantongeren, porte-parole du Secrétariat de la Convention du delta.",
]
LATER_FR = (f"\n\n## Budget\n\nInterrogé sur le budget, M. Vantongeren a répondu que le Secrétariat « comptait "
            f"chaque centime deux fois ».\n\n## Calendrier\n\n«{NB}La plénière ne siégera pas dimanche{NB}», a "
            f"précisé le porte-parole.\n")


@pytest.mark.parametrize("lead", LEADS_EN)
def test_en_office_after_by_makes_a_person(lead):
    qs = quotes(lead + LATER_EN)
    assert [q.speaker for q in qs] == ["Oriel Vantongeren"] * 2
    assert all(q.organisation == "Secretariat of the Delta Convention" for q in qs)


@pytest.mark.parametrize("lead", LEADS_FR)
def test_fr_office_after_a_preposition_makes_a_person(lead):
    qs = quotes(lead + LATER_FR)
    assert [q.speaker for q in qs] == ["Oriel Vantongeren"] * 2


def test_near_miss_no_office_after_the_name_stays_as_it_was():
    """"a walk by Oriel Vantongeren" with nothing after it: no office, no full name for the surname to take."""
    text = ("The morning opened with a walk by Oriel Vantongeren along the dyke.\n\n"
            "Later, Mr. Vantongeren said the water was “higher than last year”.\n")
    (q,) = quotes(text)
    assert q.speaker != "Oriel Vantongeren"


def test_near_miss_a_place_after_by_is_no_person():
    text = ("The delegates walked by Castle Quay, the old harbour, to the venue.\n\n"
            "“We will finish on time,” said Mira Olsen, the Chair.\n")
    (q,) = quotes(text)
    assert q.speaker == "Mira Olsen"
