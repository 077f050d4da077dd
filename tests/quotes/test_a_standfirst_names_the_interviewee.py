"""An interview whose standfirst, before the first question, says who talks to the interviewer ("NAME, president
of the X, talks to the Coalition about …", « NAME, …, a répondu à nos questions ») and whose answers carry no
label: "our" in an answer is the interviewee's body ("As our Guild wrote in its submission, “…”"), not the
publisher's.

A standfirst that names two people who talk, or a sentence after the first question, names no interviewee. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_EN = ("# “A pilot is a witness”\n\nIlse Marrow-Tan, president of the Guild of River Pilots, talks to the Harbour "
       "Coalition about night crossings and the levy.\n\n**And the levy?**\n\n")
_FR = ("# « Un pilote est un témoin »\n\nIlse Marrow-Tan, présidente de la Guilde des pilotes fluviaux, a répondu à nos "
       "questions sur les traversées de nuit.\n\n**Et la taxe ?**\n\n")

_CASES = [
    (_EN + "We are against it. As our Guild wrote in its submission, “every pilot who reports a wreck should pay "
           "nothing”. That is all.", "reports a wreck", "Guild of River Pilots"),
    (_FR + f"Nous sommes contre. Comme l’écrit notre Guilde dans sa contribution, «{NB}un pilote qui signale une épave "
           f"ne doit rien payer{NB}». C’est tout.", "signale une épave", "Guilde des pilotes fluviaux"),
]


@pytest.mark.parametrize("text, words, body", _CASES)
def test_our_body_in_an_unlabelled_answer_is_the_interviewee_s(text, words, body):
    q = next(q for q in quotes(text, own_voice=False) if words in q.text)
    assert q.organisation == body, (q.organisation, q.attribution)


def test_two_people_who_talk_name_no_interviewee():
    text = ("# Two pilots\n\nIlse Marrow-Tan, president of the Guild of River Pilots, talks to the Coalition, and Per "
            "Ohlund, of the Ferry Union, talks to us too.\n\n**And the levy?**\n\nWe are against it. As our Guild "
            "wrote in its submission, “every pilot who reports a wreck should pay nothing”.")
    q = next(q for q in quotes(text, own_voice=False) if "reports a wreck" in q.text)
    assert q.organisation != "Guild of River Pilots"
