"""An interview's answer after the interviewer's prompt in bold that asks nothing ("**People talk about dust as if
it were one thing.**", « **Vous avez dirigé le service pendant dix ans.** »): a document of "ours" in that answer is
the body of the one who answers, as after a question.

A bold line in a document that asks no question before it is no prompt: its "our" stays the publisher's.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_PROMPTED = [
    # a weekly's interview
    ("en", "# “Dust is the quarry’s second product”\n\nDr Maren Oakhollow-Tide has directed the Fellbrook Institute "
           "for Dust Research since 2029.\n\n**Why should a minister care?**\n\nBecause children breathe it.\n\n"
           "**People talk about dust as if it were one thing.**\n\nIt is twenty things. Our own technical note says "
           "it plainly: “the playground breathes the quarry”."),
    # a French newsletter's interview
    ("fr", f"# Trois questions à une chimiste\n\nLa docteure Maren Oakhollow-Tide dirige depuis 2029 l’Institut "
           f"Fellbrook de recherche sur les poussières.\n\n**Pourquoi un ministre s’en soucierait-il{NB}?**\n\n"
           f"Parce que les enfants la respirent.\n\n**Vous avez mesuré chaque école du canton.**\n\nToutes, oui. "
           f"Notre propre note technique le dit{NB}: «{NB}la cour de récréation respire la carrière{NB}»."),
]


@pytest.mark.parametrize("lang,text", _PROMPTED)
def test_the_answer_after_a_bold_prompt_is_hers(lang, text):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if "cour de" in q.text or "playground" in q.text]
    assert len(q) == 1
    assert "Fellbrook" in q[0].organisation


def test_a_bold_line_with_no_question_before_is_no_prompt():
    text = ("# The week at the quarry\n\nDr Maren Oakhollow-Tide has directed the Fellbrook Institute for Dust "
            "Research since 2029.\n\n**Our campaign goes on.**\n\nWe will be at every school gate. Our own brief "
            "says it plainly: “the playground breathes the quarry”.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "playground" in q.text]
    assert all("Fellbrook" not in x.organisation for x in q)
