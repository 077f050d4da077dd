"""An interviewee quoting her own earlier words in an answer ("A: What I said in my report: “…”", « R : Ce que j'ai
écrit dans mon rapport : « … » ») is their speaker: the person the interview's title or heading names. The
sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TITLE_EN = '# "Every ditch is a chimney," says Keshet Marrow\n\nQ: What do you tell the delegates?\n\n'
HEAD_EN = "# Interview: Keshet Marrow\n\nQ: What do you tell the delegates?\n\n"
TITLE_FR = f"# «{NB}Chaque fossé est une cheminée{NB}», dit Keshet Marrow\n\nQ{NB}: Que dites-vous aux délégués{NB}?\n\n"
HEAD_FR = f"# Entretien{NB}: Keshet Marrow\n\nQ{NB}: Que dites-vous aux délégués{NB}?\n\n"

ANSWERS = [
    TITLE_EN + 'A: What I said in my report: "the cheapest tonne of carbon is the one still in the bog."',
    HEAD_EN + "A: What I told the plenary on Monday: “Every hectare we rewet is a tonne we keep.”",
    TITLE_EN + "A: What I wrote last year, and still believe: “A drained bog is a slow fire.”",
    HEAD_EN + "A: Exactly what I said in Lisvane: “Pay the farmers first.”",
    TITLE_EN + "A: Well, what I said at the side event: “The ledger does not lie.”",
    HEAD_EN + "A: What I keep telling ministers: “Maps first, money second.”",
    TITLE_FR + f"R{NB}: Ce que j'ai écrit dans mon rapport{NB}: «{NB}la tonne la moins chère est celle qui reste dans "
               f"la tourbe{NB}».",
    HEAD_FR + f"R{NB}: Ce que j'ai dit lundi en plénière{NB}: «{NB}Chaque hectare remouillé est une tonne gardée.{NB}»",
    TITLE_FR + f"R{NB}: Ce que j'ai écrit l'an dernier, et que je crois encore{NB}: «{NB}Une tourbière drainée est un "
               f"feu lent.{NB}»",
    HEAD_FR + f"R{NB}: Ce que j'ai répété à Lisvane{NB}: «{NB}Payez d'abord les paysans.{NB}»",
    TITLE_FR + f"R{NB}: Ce que j'ai dit à la réunion parallèle{NB}: «{NB}Le registre ne ment pas.{NB}»",
    HEAD_FR + f"R{NB}: Ce que je répète aux ministres{NB}: «{NB}Les cartes d'abord, l'argent ensuite.{NB}»",
]


@pytest.mark.parametrize("text", ANSWERS)
def test_what_an_interviewee_said_before_is_hers(text):
    q = [q for q in quotes(text, own_voice=False) if "chimney" not in q.text and "cheminée" not in q.text][-1]
    assert q.speaker == "Keshet Marrow"


def test_what_i_said_outside_an_interview_names_nobody():
    q = quotes("What I said in my report: “the cheapest tonne of carbon is the one still in the bog.”",
               own_voice=False)[0]
    assert q.speaker == ""
