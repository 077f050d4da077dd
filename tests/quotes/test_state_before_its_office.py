"""A State named right before one of its offices in an apposition ("Varga, the Orsk delegate, said", "said Piet
Varga, the Orsk ambassador"), and in French by its adjective once the text names the State (« Piet Varga, le
délégué orskien »): whom the person speaks for. A possessive or a body's word before the office is no State.
Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "“We are not there yet,” Piet Varga, the Orsk delegate, said.",
    "“We are not there yet,” said Piet Varga, the Orsk ambassador.",
    "Piet Varga, the Orsk envoy, told reporters: “We are not there yet.”",
    "Piet Varga, Orsk minister, was blunt: “We are not there yet.”",
    "“We are not there yet,” Piet Varga, the Orsk negotiator, told the Daily.",
    "Piet Varga, the Orsk representative, spoke last. “We are not there yet,” he said.",
]
STATE_FR = "L’Orskie a voté en dernier. "
FR = [
    f"«{NB}Nous n’y sommes pas encore{NB}», a déclaré Piet Varga, le délégué orskien.",
    "« Nous n’y sommes pas encore », a estimé Piet Varga, l’ambassadeur orskien.",
    "Piet Varga, l’envoyé orskien, a dit aux journalistes : « Nous n’y sommes pas encore. »",
    "Piet Varga, ministre orskien, a tranché : « Nous n’y sommes pas encore. »",
    "« Nous n’y sommes pas encore », a confié Piet Varga, le négociateur orskien.",
    "Piet Varga, le représentant orskien, a affirmé : « Nous n’y sommes pas encore. »",
]


@pytest.mark.parametrize("text", EN)
def test_english_state_before_its_office(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert (q.speaker, q.organisation) == ("Piet Varga", "Orsk")


@pytest.mark.parametrize("text", FR)
def test_french_state_by_its_adjective(text):
    [q] = quotes(STATE_FR + text, language="fr", own_voice=False)
    assert (q.speaker, q.organisation) == ("Piet Varga", "Orskie")


def test_a_possessive_before_the_office_is_no_state():
    [q] = quotes("“We are not there yet,” said Piet Varga, her deputy.", language="en", own_voice=False)
    assert q.organisation != "Her"
