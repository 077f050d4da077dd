"""Words someone unnamed told the speaker, reported with English's "that" left out ("NAME says a member told him in
August: “…”", "NAME said a neighbour told her: “…”"): the one who told them spoke, not the one who reports them, as
with "that" (« NAME raconte qu'un adhérent lui a dit : « … » »). A bare "a member" is one of the teller's own body.

A named person told the words keeps them (near-miss: "NAME said a neighbour, NAME2, told her"), and a speaker whose
sentence only mentions someone else keeps hers. The sentences are written for these tests, as a field newsletter, a
radio script, a wire story and a podcast's page would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text,body", [
    ("Ana Lindqvar-Moss, president of the Corran Fishers’ Union, says a member told her in March: “I sold the boat "
     "before the boat sank me.”", "Corran Fishers’ Union"),
    ("Ana Lindqvar-Moss said a neighbour told her on the night of the flood: “The water came up to the second step.”",
     ""),
    ("On the podcast, Tomas Edvardsen-Ruiz recalled a listener once wrote to him: “Your show is the only weather I "
     "trust.”", ""),
    (f"Ana Lindqvar-Moss, présidente de l’Union des pêcheurs de Corran, raconte qu’un adhérent lui a dit en mars : "
     f"«{NB}J’ai vendu le bateau avant qu’il me coule{NB}».", "Union des pêcheurs de Corran"),
])
def test_the_one_who_told_the_speaker_spoke(text, body):
    q = one(text)
    assert (q.speaker, q.organisation) == ("", body), (q.speaker, q.organisation)


def test_a_named_one_who_told_her_keeps_the_words():
    q = one("Ana Lindqvar-Moss said a neighbour, Tomas Edvardsen-Ruiz, told her: “The water came up to the second "
            "step.”")
    assert q.speaker == "Tomas Edvardsen-Ruiz"


def test_a_speaker_who_mentions_someone_else_keeps_her_words():
    q = one("Ana Lindqvar-Moss, who told reporters a member had resigned, said: “The union will not fold.”")
    assert q.speaker == "Ana Lindqvar-Moss"
