"""A body's written note, letter or email quoted with whom it was sent to between the noun and its verb ("“…,”
the coalition's morning note to members said", « « … », lit-on dans la note de la coalition aux membres »):
the body is the source, no person. Written for these tests as live blogs, newsletters, wire copy and
releases quote a body's mail, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

QEN = "“Day three is the day the brackets either fall or set like concrete,”"
QFR = f"«{NB}Le troisième jour, les crochets tombent ou se figent comme du béton{NB}»,"

EN = [
    f"09:00 — Good morning. {QEN} the coalition’s morning note to members said.",
    f"{QEN} the coalition’s daily email to supporters said on Wednesday.",
    f"{QEN} the coalition’s update to journalists said.",
    f"{QEN} our morning memo to delegates said.",
    f"{QEN} the coalition’s briefing note for the press reads.",
    f"{QEN} the coalition’s letter to all delegations said.",
]
FR = [
    f"9 h — Bonjour. {QFR} lit-on dans la note matinale de la coalition aux membres.",
    f"{QFR} peut-on lire dans le courriel quotidien de la coalition aux sympathisants.",
    f"{QFR} indique la note de la coalition aux journalistes.",
    f"{QFR} précise la lettre de la coalition aux délégations.",
    f"{QFR} affirme le message de la coalition à ses membres.",
    f"{QFR} résume la note de la coalition aux partenaires.",
]


@pytest.mark.parametrize("text", EN)
def test_english_note_to_members_is_the_body_s(text):
    q = quotes(text, language="en")[-1]
    assert (q.speaker, q.organisation) == ("", ORG)


@pytest.mark.parametrize("text", FR)
def test_french_note_to_members_is_the_body_s(text):
    q = quotes(text, language="fr", default_organisation="Coalition du Port")[-1]
    assert (q.speaker, q.organisation) == ("", "Coalition du Port")
