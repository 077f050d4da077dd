"""An interview's answer read past its first paragraph: a document of "ours" in a paragraph that goes on with an answer
(its label, "A. V. —" or "A:", on the paragraph before) or that follows the interviewer's prompt that asks nothing,
as a built kit gives it with its bold lost ("You have said the problem is not marking."), is the body of the one who
answers, as right after a question.

Near-misses: a feature that asks one question in passing keeps "our" for its publisher, and so does the
interviewer's own labelled turn. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_ANSWERS = [
    # a weekly's interview, the prompt's bold lost: plain paragraphs
    ("en", "“Dust is the quarry’s second product”\n\nDr Maren Oakhollow-Tide has directed the Fellbrook Institute "
           "for Dust Research since 2029.\n\nWhy should a minister care?\n\nBecause children breathe it.\n\n"
           "People talk about dust as if it were one thing.\n\nIt is twenty things. Our own technical note says it "
           "plainly: “the playground breathes the quarry”.\n\nWill the meeting listen?\n\nIt may.", "playground"),
    # a newsletter's interview in French, the prompt a statement
    ("fr", f"Trois questions à une chimiste\n\nLa docteure Maren Oakhollow-Tide dirige depuis 2029 l’Institut "
           f"Fellbrook de recherche sur les poussières.\n\nPourquoi un ministre s’en soucierait-il{NB}?\n\nParce que "
           f"les enfants la respirent.\n\nVous avez mesuré chaque école du canton.\n\nToutes, oui. Notre propre "
           f"note technique le dit{NB}: «{NB}la cour de récréation respire la carrière{NB}».\n\nEt la suite{NB}?"
           f"\n\nUn second rapport.", "cour de"),
    # a French interview whose answers carry initials, one answer on two paragraphs
    ("fr", f"«{NB}Nos machines attendent{NB}»\n\nEntretien avec la docteure Ilona Verschaeve, directrice du Réseau "
           f"des laboratoires Corbelle.\n\nJ. M. — Combien d’échantillons recevez-vous{NB}?\n\nI. V. — Deux mille "
           f"par mois.\n\nJ. M. — Qu’est-ce qui a changé{NB}?\n\nI. V. — Les douanes nous écrivent enfin.\n\n"
           f"Notre propre note le résume ainsi{NB}: «{NB}un test de quatre minutes vaut mieux qu’une analyse "
           f"de quatre semaines{NB}».", "quatre minutes"),
    # a briefing's Q&A, an "A:" answer on two paragraphs
    ("en", "Q&A with the director\n\nDr Ilona Verschaeve heads the Corbelle Laboratory Network.\n\nQ: How many "
           "samples a month?\n\nA: Two thousand.\n\nQ: What has changed?\n\nA: Customs write to us at last.\n\n"
           "Our own field manual puts it in one line: “a four-minute test beats a four-week analysis”.", "four-minute"),
]


@pytest.mark.parametrize("lang,text,key", _ANSWERS)
def test_the_answer_s_later_paragraph_is_hers(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert "Fellbrook" in q[0].organisation or "Corbelle" in q[0].organisation


def test_a_feature_that_asks_once_keeps_its_publisher():
    text = ("The week at the quarry\n\nDr Maren Oakhollow-Tide has directed the Fellbrook Institute for Dust "
            "Research since 2029.\n\nWhy should a minister care?\n\nBecause children breathe it, we argue.\n\n"
            "Our campaign goes on.\n\nOur own brief says it plainly: “every school gate deserves a filter”.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "school gate" in q.text]
    assert len(q) == 1
    assert "Fellbrook" not in q[0].organisation


def test_the_interviewer_s_own_turn_is_not_the_answer():
    text = (f"Entretien avec la docteure Ilona Verschaeve, directrice du Réseau des laboratoires Corbelle.\n\n"
            f"J. M. — Combien d’échantillons recevez-vous{NB}?\n\nI. V. — Deux mille par mois.\n\n"
            f"J. M. — Qu’est-ce qui a changé{NB}?\n\nI. V. — Les douanes nous écrivent enfin.\n\n"
            f"J. M. — Notre propre charte le dit{NB}: «{NB}nous donnons la parole à ceux qui mesurent{NB}».")
    q = [q for q in quotes(text, default_organisation=PUB, language="fr") if "parole" in q.text]
    assert len(q) == 1
    assert "Corbelle" not in q[0].organisation
