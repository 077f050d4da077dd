"""The source first, then the subject the quotation completes: « Selon une source proche de la délégation X, le
ministre « ne signera rien jeudi » », "According to a source close to the Bureau, the mobile laboratory “will be
ready for the dry season”": the words are the source's (an unnamed person of the body it is close to, or the
body or person "according to" names), not a scare quote nobody said.

A subject with a verb of saying after the comma reads as before, and "for the first time" is no source. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_CASES = [
    # dépêche
    (f"Selon une source proche de la Guilde des passeurs, le bac de nuit «{NB}sera rétabli avant l’hiver{NB}».",
     "rétabli avant l’hiver", "", "Guilde des passeurs"),
    # lettre d'information
    (f"**12 h 10** — Selon une source proche du Réseau des bateliers, la présidente «{NB}ne signera rien jeudi{NB}».",
     "ne signera rien jeudi", "", "Réseau des bateliers"),
    # wire copy
    ("According to a source close to the Ferry Pilots Guild, the night crossing “will be back before the winter”.",
     "back before the winter", "", "Ferry Pilots Guild"),
    # live blog, a named person as the source
    ("**15:40** — According to Ilse Marrow-Tan, the harbour master “has never seen a season like it”.",
     "never seen a season", "Ilse Marrow-Tan", ""),
    # feature, French, « d'après »
    (f"D’après Ilse Marrow-Tan, le chenal «{NB}n’a jamais été aussi bas{NB}».", "aussi bas", "Ilse Marrow-Tan", ""),
]


@pytest.mark.parametrize("text, words, speaker, body", _CASES)
def test_the_source_s_words_complete_the_subject(text, words, speaker, body):
    qs = [q for q in quotes(text, own_voice=False) if words in q.text]
    assert qs, [q.text for q in quotes(text, own_voice=False)]
    assert qs[0].speaker == speaker, (qs[0].speaker, qs[0].attribution)
    if body:
        assert qs[0].organisation == body


def test_a_subject_with_its_own_verb_of_saying_reads_as_before():
    text = ("According to the harbour office, the night crossing is suspended. The mayor, Ilse Marrow-Tan, said: "
            "“We will bring it back before the winter.”")
    q = next(q for q in quotes(text, own_voice=False) if "winter" in q.text)
    assert q.speaker == "Ilse Marrow-Tan"


def test_a_time_is_no_source():
    text = "Pour la première fois, le chenal «\u00a0ferme à la navigation\u00a0» depuis lundi."
    assert all(q.speaker == "" for q in quotes(text, own_voice=False))
