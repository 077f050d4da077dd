"""A name people give a thing after a gerund or an infinitive of calling ("Some had taken to calling the final
session “the long night of the strips”", « Les délégués avaient pris l’habitude d’appeler la séance « la nuit des
bandelettes » ») is a name held at a distance, as after "call" and "calls": nobody's quotation.

Near-misses that must not change: longer words with punctuation after the same verb, and words someone says after
a verb of saying, stay quotations. The sentences are written for these tests, as wire copy, a newsletter and a live
blog would put them.
"""

from __future__ import annotations

import pytest

from .finding import NB, quotes

_NAMES = [
    "LOWTOWN, May 15 (Wire) - Parties to the Varn Convention on Falsified and Substandard Medicines agreed early on "
    "Friday to set up a fund, ending a week of talks that several delegates said had nearly collapsed. Some had "
    "taken to calling the final session \"the long night of the strips\".",
    "**02:10** — Delegates have started nicknaming the contact group “the night shift”.",
    f"Les délégués avaient pris l’habitude d’appeler la dernière séance «{NB}la longue nuit des bandelettes{NB}».",
    f"Certains ont fini par surnommer le fonds «{NB}la caisse des laboratoires{NB}».",
]


@pytest.mark.parametrize("text", _NAMES)
def test_a_name_given_after_a_gerund_of_calling_is_no_quotation(text):
    assert quotes(text) == [], [q.text for q in quotes(text)]


_SAID = [
    "Delegates kept calling the chair's text “a floor, not a ceiling, and we will not move from it”, she said.",
    f"La ministre a déclaré{NB}: «{NB}la longue nuit des bandelettes est terminée{NB}».",
]


@pytest.mark.parametrize("text", _SAID)
def test_words_said_stay_a_quotation(text):
    assert len(quotes(text)) == 1
