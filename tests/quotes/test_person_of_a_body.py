"""A subject "NAME of ORG" ("Malik Desrosiers of Kessler Watch said …") is the person, speaking for the body,
not one body's name made of both. Written for these tests, in English (French writes « NAME, de ORG, », read
as an apposition).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

SAY = "“Every operator wants a clean orbit for itself and a free one for everyone else.”"
FORMS = [
    f"Malik Desrosiers of Orbit Watch said on Monday: {SAY}",                                          # wire
    f"A: Malik Desrosiers of Orbit Watch said something on Monday that stuck with me: {SAY}",         # Q&A
    pytest.param(f"Dr Malik Desrosiers of the Alliance for Clean Launches has warned: {SAY}",          # feature
                 marks=pytest.mark.xfail(strict=True, reason="the body is read as 'Desrosiers of the Alliance …'")),
    f"15:30 — Malik Desrosiers of Orbit Watch told the side event: {SAY}",                             # live blog
    f"Malik Desrosiers from Orbit Watch, who counts the fragments every year, put it simply: {SAY}",  # newsletter
    f"I also met Malik Desrosiers of Orbit Watch. He told me: {SAY}",                                  # statement
]


@pytest.mark.parametrize("text", FORMS)
def test_a_person_of_a_body_is_the_speaker(text):
    [q] = quotes("Q: And the industry?\n\n" + text, language="en", own_voice=False)
    assert q.speaker == "Malik Desrosiers"
    assert q.organisation in ("Orbit Watch", "Alliance for Clean Launches")


def test_a_body_named_of_a_place_is_still_a_body():
    [q] = quotes(f"The Bank of Norvia said on Monday: {SAY}", language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Bank of Norvia")
