"""The first person of a verb of saying in the present or the imperfect: « Comme nous l'écrivons dans notre
appel, « … » » in a coalition's interview or release is the coalition's; « Je leur dis “…” » in an interview's
answer is the interviewee's. Written for these tests, in English and French, as different writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

WE_FR = [
    "Comme nous l'écrivons dans notre appel, « le plomb n'a rien à faire dans une chambre d'enfant ».",
    f"Nous le disons depuis des mois{NB}: «{NB}le plomb n'a rien à faire dans une chambre d'enfant{NB}».",
    "Comme nous le rappelons dans notre lettre aux Parties, « le plomb n'a rien à faire dans une chambre d'enfant ».",
    "Nous l'écrivions déjà en 2029 : « le plomb n'a rien à faire dans une chambre d'enfant ».",
    "Comme nous le répétons à chaque session, « le plomb n'a rien à faire dans une chambre d'enfant ».",
    "Nous affirmons dans notre bilan que « le plomb n'a rien à faire dans une chambre d'enfant ».",
]
WE_EN = [
    "As we write in our appeal, “lead has no business in a child's bedroom”.",
    "We say it again in our letter to the Parties: “lead has no business in a child's bedroom”.",
    "As we wrote in our open letter, “lead has no business in a child's bedroom”.",
    "We tell every delegation the same thing: “Lead has no business in a child's bedroom.”",
    "As we put it in our briefing, “lead has no business in a child's bedroom”.",
    "We write in our closing statement that “lead has no business in a child's bedroom”.",
]
I_FR = [
    "Je leur dis “lead paint is a solved problem with unsolved politics”, je le dis en anglais pour être comprise.",
    "Je leur dis : « la peinture au plomb est un problème résolu, pas sa politique ».",
    "Je l'écris dans chaque courrier : « la peinture au plomb est un problème résolu, pas sa politique ».",
    "Je redis ici ce que j'ai dit lundi : « la peinture au plomb est un problème résolu, pas sa politique ».",
    "Je répète aux délégués : « la peinture au plomb est un problème résolu, pas sa politique ».",
    "Aux ministres, je dis simplement : « la peinture au plomb est un problème résolu, pas sa politique ».",
]
I_EN = [
    "I tell them: “Lead paint is a solved problem with unsolved politics.”",
    "I keep telling delegates that “lead paint is a solved problem with unsolved politics”.",
    "I write it in every letter: “Lead paint is a solved problem with unsolved politics.”",
    "What I say to ministers is simple: “Lead paint is a solved problem with unsolved politics.”",
    "I say it again here: “Lead paint is a solved problem with unsolved politics.”",
    pytest.param("To the ministers I say: “Lead paint is a solved problem with unsolved politics.”",
                 marks=pytest.mark.xfail(strict=True, reason="a listener opening the sentence is read as its subject")),
]


@pytest.mark.parametrize("text", WE_FR + WE_EN)
def test_we_in_the_present_is_the_coalition(text):
    qs = quotes("**Question :** Pourquoi revenir ?\n\n**Sévérine Aubriac :** Parce que personne n'écoute. " + text,
                own_voice=False)
    assert [(q.speaker, q.organisation) for q in qs] == [("", "Harbour Coalition")]


@pytest.mark.parametrize("text", I_FR + I_EN)
def test_i_in_the_present_is_the_interviewee(text):
    qs = quotes("**Question :** Les délégués vous écoutent-ils ?\n\n**Sévérine Aubriac :** Pas toujours. " + text,
                own_voice=False)
    assert [q.speaker for q in qs] == ["Sévérine Aubriac"]
