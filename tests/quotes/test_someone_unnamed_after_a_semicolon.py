"""A clause after a semicolon that opens on someone unnamed (« M. NAME y présente ses travaux ; devant son panneau,
un délégué de X a jugé le dispositif « … » », "NAME presented her poster; outside, a delegate from X called it
“…”") has its own subject: the words are that unnamed person's, not the named person the sentence opened on. A
semicolon followed by a pronoun, or by the named person again, keeps the named person. The sentences are written for
these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # un compte rendu de posters
    f"M. Oskarsen y présente le dépistage des chantiers navals{NB}; devant son panneau, un délégué de la Varsonne "
    f"a jugé le dispositif «{NB}transposable dès demain, si les employeurs paient{NB}».",
    # a conference digest
    "Dr Amsel presented her poster at noon; outside, a delegate from Varsonne called it “ready to copy tomorrow, "
    "if employers pay”.",
    # une dépêche
    f"Le ministre Oskarsen a présenté son plan{NB}; une inspectrice présente dans la salle l'a jugé «{NB}trop lent "
    f"pour les apprentis{NB}».",
    # a live blog
    "14:20 — Minister Oskarsen has finished; a journalist from the floor called the plan “too slow for the "
    "apprentices”.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_words_are_the_unnamed_person_s(text):
    found = quotes(text, own_voice=False)
    assert [q.speaker for q in found] == [""]


@pytest.mark.parametrize("text,speaker", [
    # near-misses: a pronoun or the named person after the semicolon still gives the named person
    ("Dr Amsel presented her poster at noon; she told us it was “ready to copy tomorrow, if employers pay”.",
     "Amsel"),
    (f"M. Oskarsen présente ses travaux{NB}; il les a jugés «{NB}transposables dès demain, si les employeurs "
     f"paient{NB}».", "Oskarsen"),
])
def test_a_pronoun_after_the_semicolon_keeps_the_named_person(text, speaker):
    assert [q.speaker for q in quotes(text, own_voice=False)] == [speaker]
