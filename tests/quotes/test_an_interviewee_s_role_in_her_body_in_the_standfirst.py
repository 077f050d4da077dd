"""A document of "ours" in an interview's answer, when the standfirst gives the one who answers only her role in a
body: "Professor NAME, director of the X, has …", "NAME has been director-general of the X since 2029",
« La docteure NAME, directrice de l’Institut X, … ». The note is her body's, not the interview's publisher's.

Nothing of hers is given where the standfirst's noun is no role ("NAME, a guest of the X,"), or where two people of
two bodies are introduced so.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_ROLE = [
    # an interview, Q and A, by apposition
    ("en", "“Dust is the quarry’s second product”\n\nProfessor Maren Oakhollow-Tide, director of the Fellbrook "
           "Institute for Dust Research, has one line for every minister. She met us on Tuesday.\n\n**What did you "
           "find?**\n\nSilica, at every school we tested. Our own technical note puts it plainly: “the playground "
           "breathes the quarry”."),
    # a newsletter's interview, "has been ROLE of the X since"
    ("en", "# “Dust is the quarry’s second product”\n\n*Dr Maren Oakhollow-Tide has been director-general of the "
           "Fellbrook Institute for Dust Research since 2029. We met her in a café.*\n\n**What did you find?**\n\n"
           "Silica, at every school we tested. Our own 2031 survey says it plainly: “the playground breathes the "
           "quarry”."),
    # a French interview, Q and R
    ("fr", f"«{NB}La poussière est le second produit de la carrière{NB}»\n\nLa docteure Maren Oakhollow-Tide, "
           f"directrice de l’Institut Fellbrook de recherche sur les poussières, nous a reçus mardi.\n\n"
           f"Q{NB}: Qu’avez-vous trouvé{NB}?\n\nR{NB}: De la silice, dans chaque école. Notre propre note technique "
           f"le résume ainsi{NB}: «{NB}la cour de récréation respire la carrière{NB}»."),
]


@pytest.mark.parametrize("lang,text", _ROLE)
def test_the_note_is_the_body_s_she_holds_a_role_in(lang, text):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if "cour de" in q.text or "playground" in q.text]
    assert len(q) == 1
    assert q[0].speaker == ""
    assert "Fellbrook" in q[0].organisation


def test_no_role_gives_no_body_of_hers():
    text = ("“Dust is the quarry’s second product”\n\nMaren Oakhollow-Tide, a guest of the Fellbrook Institute for "
            "Dust Research, met us on Tuesday.\n\n**What did you find?**\n\nSilica, at every school we tested. Our "
            "own technical note puts it plainly: “the playground breathes the quarry”.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "playground" in q.text]
    assert all("Fellbrook" not in x.organisation for x in q)


def test_two_bodies_in_the_standfirst_give_nothing_of_hers():
    text = ("“Dust is the quarry’s second product”\n\nProfessor Maren Oakhollow-Tide, director of the Fellbrook "
            "Institute for Dust Research, met us on Tuesday. Dr Ilse Marrow, director of the Quarry Workers Union, "
            "joined her.\n\n**What did you find?**\n\nSilica, at every school we tested. Our own technical note puts "
            "it plainly: “the playground breathes the quarry”.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "playground" in q.text]
    assert all("Fellbrook" not in x.organisation and "Union" not in x.organisation for x in q)
