"""A record's, a programme's or a transcript's heading gives a role as a label before a name ("President: Mr. NAME
(State)", « Présidente : Mme NAME », "**Chair:** NAME"): later in the document "The President
said:", « Le PRÉSIDENT ajoute : » (capitals as records write them) are that person.

A label for another role ("Rapporteur: Ms. NAME") does not make its person "the President" (near-miss).
The sentences are written for these tests, as a summary record and minutes would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_CASES = [
    ("Summary record of the 5th meeting\n\nPresident: Mr. Oskar Brandlund-Ea (Vessany)\n\n3. The PRESIDENT said: "
     "“We will not close this meeting without a timetable.”", "Oskar Brandlund-Ea"),
    ("Minutes\n\n**Chair:** Tilde Marrow-Acheson\n\nItem 2. The Chair said: “Every figure will be published.”",
     "Tilde Marrow-Acheson"),
    (f"Compte rendu de la 4e séance\n\nPrésidente{NB}: Mme Maëlle Ostrander-Viau (Lindmark)\n\n6. La PRÉSIDENTE "
     f"ajoute{NB}: «{NB}Je ne lèverai pas la séance sans un calendrier.{NB}»", "Maëlle Ostrander-Viau"),
]


@pytest.mark.parametrize("text,who", _CASES)
def test_the_role_of_the_label_is_that_person(text, who):
    qs = quotes(text)
    assert [q.speaker for q in qs] == [who], [(q.speaker, q.attribution) for q in qs]


def test_a_label_of_another_role_does_not_make_the_president():
    qs = quotes("Summary record\n\nRapporteur: Ms. Renate Osterhag-Luz (Tamberg)\n\n3. The PRESIDENT said: “We will "
                "not close this meeting without a timetable.”")
    assert all(q.speaker != "Renate Osterhag-Luz" for q in qs), [q.speaker for q in qs]
