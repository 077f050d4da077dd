"""The words on a thing that carries them, named after "on" / « sur » with where it is and a colon (« Sur une
banderole, derrière elle : « … » », "On a banner behind her: “…”", "On the placard she held up at the gate: “…”"),
are what the banner or the sign reads: no quotation, and not the words of the person just named.

A verb of saying in the complement makes it speech again (« Sur l'estrade, derrière la banderole, la présidente a
déclaré : « … » »), and "on" before anything but a thing that carries words is only a place ("On the quay, the
mayor said: “…”"): those near-misses stay quotations. The sentences are written for these tests (a reportage, a
live blog, a feature).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_ON_A_THING = [
    f"La présidente a parlé une heure devant les pêcheurs. Sur une banderole, derrière elle : «{NB}Pas de filets, "
    f"pas de port{NB}».",
    f"Les pêcheurs ont bloqué la jetée à l’aube. Sur les pancartes : «{NB}Des capteurs, pas des promesses{NB}».",
    "10:42 — The mayor spoke for an hour. On a banner behind her: “No nets, no harbour”.",
    "The minister walked past the crowd. On the placard one fisher held up at the gate: “Sensors, not promises”.",
]


@pytest.mark.parametrize("text", _ON_A_THING)
def test_the_words_on_the_thing_are_no_quotation(text):
    assert quotes(text) == []


_STILL_SPEECH = [
    f"Sur l’estrade, derrière la banderole, la présidente Anne Corlay a déclaré : «{NB}Pas de filets, pas de "
    f"port{NB}».",
    "On the quay, the mayor, Ruth Ambler, said: “No nets, no harbour.”",
]


@pytest.mark.parametrize("text", _STILL_SPEECH)
def test_speech_near_a_banner_is_still_a_quotation(text):
    assert len(quotes(text)) == 1
