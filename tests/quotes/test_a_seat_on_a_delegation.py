"""A relative clause that seats a person on a delegation or a body ("who sits on the Orskland delegation", "who is
part of the Orskland delegation", « qui siège dans la délégation de l'Orskland », « qui fait partie de la
délégation de l'Orskland »): whom she speaks for, as "who represents X" already says; a seat on a bench or a
bus is no body. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

EN = [
    "Ines Dalquist, a vaccinator from Tarrun district who sits on the Orskland delegation, showed reporters her "
    "scars. “I was bitten in 2027 and had the vaccine in time,” she said.",
    "“I was bitten in 2027 and had the vaccine in time,” said Ines Dalquist, a nurse who sits on the Orskland "
    "delegation.",
    "Ines Dalquist, a vaccinator who is part of the Orskland delegation, told the side event: “Half my village did "
    "not know there was a vaccine.”",
]
FR = [
    "Ines Dalquist, une vaccinatrice qui siège dans la délégation de l'Orskland, a montré ses cicatrices. « J’ai été "
    "mordue en 2027 et j’ai eu le vaccin à temps », a-t-elle dit.",
    "« J’ai été mordue en 2027 et j’ai eu le vaccin à temps », a raconté Ines Dalquist, une infirmière qui fait "
    "partie de la délégation de l'Orskland.",
]


@pytest.mark.parametrize("text", EN)
def test_english_seat_on_a_delegation(text):
    q = one(text, language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("Ines Dalquist", "Orskland")


@pytest.mark.parametrize("text", FR)
def test_french_seat_on_a_delegation(text):
    q = one(text, language="fr", own_voice=False)
    assert (q.speaker, q.organisation) == ("Ines Dalquist", "Orskland")


def test_a_seat_on_a_bench_is_no_body():
    q = one("Ines Dalquist, a farmer who sits on the bench outside the clinic, shrugged: “We wait every week.”",
            language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("Ines Dalquist", "")


def test_a_seat_held_once_is_no_body_of_now():
    q = one("Professor Ines Dalquist, who directs the Institute's treaty programme and sat on the Committee herself "
            "from 2020 to 2023, was blunt. “The Committee meets twice a year and goes home,” she said.",
            language="en", own_voice=False)
    assert "Committee" not in q.organisation
