"""A sentence opened by a clause of time whose verb puts a question, then straight on the quotation ("When
NAME2, who covers the stock, asked whether …, “…,” she said", « Lorsque NAME2 a demandé si …, « … », a-t-elle
répondu »), gives the quotation to the one asked, not to the asker named in the clause: the one other person
of the paragraph named before, that the pronoun fits, or nobody when there are two. Written for these tests,
as wire copy, an earnings story, a live blog and a newsletter would put them; the near-misses (a clause that
puts no question, in English and in French) do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one


@pytest.mark.parametrize("text, speaker", [
    # earnings story: the paragraph's subject, then an analyst's question in the clause
    ("Tallow said margins would narrow again in the second half. When Brenmoor Securities' Sasha Okonkwo-Lind, "
     "who rates the stock \"sell\", asked whether the smelter would close, \"We are planning for neither,\" she "
     "said.", "Tallow"),
    # live blog: the minister named in full, then a reporter's question in a clause, then the answer
    ("**14:05** — Minister Camille Varrano took questions after the vote. When Kessel Radio's Noor Haddan-Ruiz "
     "pressed her on the funding, “Every euro of this plan is already written into the budget,” she said.",
     "Camille Varrano"),
    # French wire: « Lorsque NAME a demandé si …, « … », a-t-elle répondu »
    ("La ministre Tamsin Orvelle a présenté le plan vendredi. Lorsque l’économiste Sasha Delorne a demandé si "
     f"le calendrier tenait, «{NB}Il tiendra, parce qu’il est financé{NB}», a-t-elle répondu.", "Tamsin Orvelle"),
])
def test_the_one_asked_answers(text, speaker):
    q = one(text)
    assert q.speaker.endswith(speaker), (q.speaker, q.attribution)


def test_two_people_the_pronoun_fits_leave_nobody():
    text = ("Tallow and Ruane presented the figures. When Brenmoor Securities' Sasha Okonkwo-Lind asked whether the "
            "smelter would close, \"We are planning for neither,\" she said.")
    q = one(text)
    assert q.speaker != "Sasha Okonkwo-Lind", (q.speaker, q.attribution)


@pytest.mark.parametrize("text, speaker", [
    # near-miss: a clause of time with no question: its subject still speaks
    ("Tallow said margins would narrow. When Sasha Okonkwo-Lind took the floor, \"We are planning for neither,\" "
     "she said.", "Sasha Okonkwo-Lind"),
    # near-miss, French: a clause of arriving, no question: its subject still speaks
    ("La ministre Tamsin Orvelle a présenté le plan. Lorsque l’économiste Sasha Delorne est arrivée, "
     f"«{NB}Le calendrier ne tiendra pas{NB}», a-t-elle lancé.", "Sasha Delorne"),
])
def test_near_misses_keep_their_speaker(text, speaker):
    q = one(text)
    assert q.speaker.endswith(speaker), (q.speaker, q.attribution)
