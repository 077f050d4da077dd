"""A State named through its delegation or its government, and "our" in a State's own statement: "NAME, the
Estrelle delegation's water engineer", "A member of the Quelmark delegation told us …. “…,” the delegate
said", « Notre délégué technique, NAME, … Il me l'a résumé ainsi : « … » ». The person (or the unnamed
delegate) speaks for the State. Written for these tests as statements, wire copy, live blogs, features and
newsletters write, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

STATEMENT = {"default_speaker": "Paulin Marrec", "default_organisation": "Estrelle", "own_voice": False}
QEN = "“A glacial lake is a debt the mountain repays all at once.”"
QFR = f"«{NB}Un lac glaciaire est une dette que la montagne rembourse d’un coup.{NB}»"

EN = [
    (f"Mr President,\n\nOur technical delegate, Corin Dupas, spent the winter on the lake. He summed it up for me: {QEN}",
     STATEMENT, "Corin Dupas", "Estrelle"),
    (f"Colleagues,\n\nOur legal adviser, Mira Tolland, has read every bracket of the draft. She told me: {QEN}",
     STATEMENT, "Mira Tolland", "Estrelle"),
    (f"{QEN[:-2]},” Corin Dupas, the Estrelle delegation’s water engineer, told the coalition’s briefing on Monday.",
     {"own_voice": False}, "Corin Dupas", "Estrelle"),
    (f"{QEN[:-2]},” said Mira Tolland, a legal adviser of the Borvik delegation, after the vote.",
     {"own_voice": False}, "Mira Tolland", "Borvik"),
    (f"14:30 — A member of the Quelmark delegation later told us the site would be near the glacier. {QEN[:-2]},” "
     "the delegate said.", {"own_voice": False}, "", "Quelmark"),
    (f"Mira Tolland, the Lund government’s chief negotiator, told the briefing: {QEN}",
     {"own_voice": False}, "Mira Tolland", "Lund"),
]
FR = [
    (f"Monsieur le Président,\n\nNotre délégué technique, Corin Dupas, ingénieur des eaux, a passé l’hiver sur le lac. "
     f"Il me l’a résumé ainsi{NB}: {QFR}", STATEMENT, "Corin Dupas", "Estrelle"),
    (f"Chers collègues,\n\nNotre conseillère juridique, Mira Tolland, a lu chaque crochet du projet. Elle m’a dit : {QFR}",
     STATEMENT, "Mira Tolland", "Estrelle"),
    (f"{QFR}, a expliqué Corin Dupas, ingénieur des eaux de la délégation de l’Estrelle.",
     {"own_voice": False}, "Corin Dupas", "Estrelle"),
    (f"14 h 30 — Un membre de la délégation du Quelmark nous a dit plus tard que le site serait près du glacier. "
     f"{QFR}, a précisé le délégué.", {"own_voice": False}, "", "Quelmark"),
    (f"Madame la Présidente,\n\nNotre hydrologue en chef, Mira Tolland, connaît chaque lac. Elle le répète : {QFR}",
     STATEMENT, "Mira Tolland", "Estrelle"),
    (f"Mira Tolland, négociatrice en chef du gouvernement de Lund, a déclaré : {QFR}",
     {"own_voice": False}, "Mira Tolland", "Lund"),
]


@pytest.mark.parametrize("text,kw,speaker,state", EN)
def test_english_person_of_a_delegation_speaks_for_its_state(text, kw, speaker, state):
    q = quotes(text, language="en", **kw)[-1]
    assert (q.speaker, q.organisation) == (speaker, state)


@pytest.mark.parametrize("text,kw,speaker,state", FR)
def test_french_person_of_a_delegation_speaks_for_its_state(text, kw, speaker, state):
    q = quotes(text, language="fr", **kw)[-1]
    assert (q.speaker, q.organisation) == (speaker, state)


def test_the_role_of_the_delegation_s_engineer_is_his_job():
    q = quotes(EN[2][0], language="en", own_voice=False)[-1]
    assert q.role == "water engineer"


def test_our_colleague_in_a_publication_without_an_organisation_gives_none():
    text = f"Our correspondent, Mira Tolland, spent the winter on the lake. She told us: {QEN}"
    q = quotes(text, language="en", own_voice=False, default_organisation="")[-1]
    assert (q.speaker, q.organisation) == ("Mira Tolland", "")


@pytest.mark.parametrize("text,role", [
    (f"{QFR}, a déclaré Mira Tolland, cheffe de la délégation du Lund.", "cheffe de la délégation"),
    (f"{QFR}, a précisé Mira Tolland, cheffe adjointe de la délégation de Lund.", "cheffe adjointe de la délégation"),
])
def test_a_french_head_of_delegation_keeps_the_delegation_in_her_role(text, role):
    q = quotes(text, language="fr", own_voice=False)[-1]
    assert (q.role, q.organisation) == (role, "Lund")
