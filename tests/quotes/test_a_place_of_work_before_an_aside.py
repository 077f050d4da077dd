"""A place of work after « à » / "in", followed by an aside in brackets (« vaccinatrice à Orskland (aucun lien avec
le ministre) », "a nurse in Orskland (no relation)"): still where the person works, not whom she speaks for; a
body named before the aside still is. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

FR = [
    "Ines Dalquist, vaccinatrice à Orskland (aucun lien avec le ministre) : « Le ministre a une date, moi j’ai "
    "toujours mon âne. »",
    "« Le ministre a une date, moi j’ai toujours mon âne », a lancé Ines Dalquist, vaccinatrice à Orskland (sans "
    "lien avec le ministre).",
    "Ines Dalquist, éleveuse à Orskland (aucune parenté avec la ministre), résume : « Nous attendons toujours la "
    "route. »",
]
EN = [
    "Ines Dalquist, a goat farmer in Orskland (no relation to the minister): “The minister has a car. I have a "
    "donkey.”",
    "“The minister has a car. I have a donkey,” said Ines Dalquist, a vaccinator in Orskland (no relation).",
    "Ines Dalquist, a nurse in Orskland (no relation to the minister), was blunt: “We are still waiting for the "
    "road.”",
]


@pytest.mark.parametrize("text", FR)
def test_french_place_of_work_before_an_aside_is_no_body(text):
    q = one(text, language="fr", own_voice=False)
    assert (q.speaker, q.organisation) == ("Ines Dalquist", "")


@pytest.mark.parametrize("text", EN)
def test_english_place_of_work_before_an_aside_is_no_body(text):
    q = one(text, language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("Ines Dalquist", "")


def test_a_body_before_an_aside_is_still_her_body():
    q = one("Ines Dalquist, chercheuse à l’Institut de veille de Sarn (depuis 2029) : « Nous comptons les chiens. »",
            language="fr", own_voice=False)
    assert q.organisation == "Institut de veille de Sarn"
