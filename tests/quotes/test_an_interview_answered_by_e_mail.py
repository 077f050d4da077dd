"""A document of "ours" in the answer of an interview whose standfirst says who answered: "NAME, …, answered our
questions by e-mail", « NAME, …, a répondu par écrit à nos questions ». "Our own technical note" in an answer is
the note of the body of the one who answers, not the interview's publisher's.

Nothing is given where the one who answers has no body the document gives (the note is hers, but of no body the
text names), and the standfirst's own "our" is still the publisher's.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_ANSWERED = [
    # an e-mail interview, Q and A
    ("en", "E-MAIL INTERVIEW — Dust, after the quarry\n\nHarbour Coalition, press team. Dr Maren Oakhollow-Tide, a "
           "chemist who heads the air unit of the Fellbrook Institute for Dust Research, answered our questions by "
           "e-mail on 3 May. Her answers are printed as sent.\n\nQ: What did you find?\n\nA: Silica, at every school "
           "we tested. Our own technical note puts it in one line: “the playground breathes the quarry”. We "
           "stand by it."),
    # a newsletter's questions, in bold
    ("en", "## Three questions to a chemist\n\nDr Maren Oakhollow-Tide, director of the Fellbrook Institute for Dust "
           "Research, has answered our questions between two sessions.\n\n**What did you find?**\n\nSilica, at every "
           "school we tested. Our own technical note puts it in one line: “the playground breathes the quarry”."),
    # a French interview by mail
    ("fr", f"ENTRETIEN PAR COURRIEL\n\nLa docteure Maren Oakhollow-Tide, directrice de l’Institut Fellbrook de "
           f"recherche sur les poussières, a répondu par écrit à nos questions le 3 mai.\n\nQ{NB}: Qu’avez-vous "
           f"trouvé{NB}?\n\nR{NB}: De la silice, dans chaque école. Notre propre note technique le résume ainsi"
           f"{NB}: «{NB}la cour de récréation respire la carrière{NB}»."),
    # a French newsletter
    ("fr", f"## Trois questions à une chimiste\n\nMaren Oakhollow-Tide, directrice de l’Institut Fellbrook de "
           f"recherche sur les poussières, répond par courriel à nos questions.\n\n**Qu’avez-vous trouvé{NB}?**\n\n"
           f"De la silice, dans chaque école. Notre propre note technique le dit{NB}: «{NB}la cour de récréation "
           f"respire la carrière{NB}»."),
]


@pytest.mark.parametrize("lang,text", _ANSWERED)
def test_the_note_of_the_one_who_answered_is_her_body_s(lang, text):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if "carri" in q.text or "quarry" in q.text]
    assert len(q) == 1
    assert q[0].speaker == ""
    assert "Fellbrook" in q[0].organisation


def test_one_who_answered_with_no_body_gives_nothing_of_hers():
    text = ("E-MAIL INTERVIEW\n\nMaren Oakhollow-Tide, a retired schoolteacher in the valley, answered our questions "
            "by e-mail on 3 May.\n\nQ: What did you find?\n\nA: Dust on every sill. Our own little note to the council "
            "says it in one line: “the playground breathes the quarry”.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "quarry" in q.text]
    assert all("Fellbrook" not in x.organisation for x in q)
    assert all(x.organisation in ("", PUB) for x in q)


def test_the_standfirst_s_own_our_is_still_the_publisher_s():
    text = ("E-MAIL INTERVIEW\n\nDr Maren Oakhollow-Tide, director of the Fellbrook Institute for Dust Research, "
            "answered our questions by e-mail. Our own brief to members says it plainly: “dust is the story of the "
            "year”.\n\nQ: What did you find?\n\nA: Silica, at every school we tested.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "dust is" in q.text]
    assert all("Fellbrook" not in x.organisation for x in q)
