"""A newspaper named by the noun of its kind (« la Gazette des Hautes-Vallées », « Le Courrier de Tarves », "the
Harlow Courier", "the Kessel Chronicle") is a body that speaks in its editorials, never a person "Gazette des
Hautes-Vallées": a press review's « « … », tranche la Gazette de X » gives the newspaper as the organisation and
names nobody. Written for these tests, as a press review, a newsletter and a wire would put them; the near-miss
(the newspaper's named columnist) does not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text, org", [
    # press review, French: the newspaper after an inverted verb
    (f"## La Gazette des Hautes-Vallées\n\n«{NB}Le barrage est une affaire de citadins pressés{NB}», tranche la "
     "Gazette des Hautes-Vallées, qui soutient depuis longtemps les éleveurs.", "Gazette des Hautes-Vallées"),
    # newsletter, French: the newspaper as the subject before its words
    (f"Le Courrier de Tarves estime que «{NB}la réforme arrive dix ans trop tard{NB}».", "Courrier de Tarves"),
    # wire, English: the editorial of a Courier
    ("In its editorial on Monday, the Harlow Courier said the levy was “a tax on people who already pay twice”.",
     "Harlow Courier"),
])
def test_the_newspaper_is_the_body_and_nobody_is_named(text, org):
    q = one(text)
    assert q.speaker == "" and org in q.organisation, (q.speaker, q.organisation, q.attribution)


def test_near_miss_the_named_columnist_keeps_his_name():
    text = (f"«{NB}On peut aimer les forêts et les scieries à la fois{NB}», écrit Aurélien Castagnède, éditorialiste "
            "de la Gazette, qui signe l’article de une.")
    q = one(text)
    assert q.speaker == "Aurélien Castagnède", (q.speaker, q.attribution)
