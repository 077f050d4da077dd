"""Where and when a person spoke is not whom she speaks for: "At the Halloran Institute's side event, Dr NAME
said" gives neither the body "At the Halloran Institute" nor the role "side event" (the host of an event is
not its every speaker's body); the kit gives the body another document ties the person to. Written for these
tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

Q_EN = "“The dust from one renovation can poison a house for years.”"
Q_FR = f"«{NB}La poussière d'une rénovation peut empoisonner une maison pendant des années.{NB}»"
EN = [
    f"At the Halloran Institute's side event, Dr Piers Quenby said: {Q_EN}",                       # live blog
    f"At the Halloran Institute's launch on Monday, Piers Quenby told reporters: {Q_EN}",           # wire copy
    f"During the Halloran Institute's lunchtime briefing, Piers Quenby was blunt: {Q_EN}",          # feature
    f"At the Tessarine Network's evening reception, Piers Quenby said: {Q_EN}",                     # newsletter
    f"After the Network's press conference, Dr Piers Quenby told us: {Q_EN}",                      # Q&A intro
    f"At the Halloran Institute's stand in the main hall, Piers Quenby said: {Q_EN}",               # release
]
FR = [
    f"Lors du débat de l'Institut Halloran, le docteur Piers Quenby a déclaré{NB}: {Q_FR}",
    f"À l'issue de la conférence de presse du Réseau, Piers Quenby a lancé{NB}: {Q_FR}",
    f"Au cours de la réception de l'Institut Halloran, Piers Quenby a dit{NB}: {Q_FR}",
    f"Lors de l'atelier de l'Institut Halloran, lundi, Piers Quenby a prévenu{NB}: {Q_FR}",
    f"Au stand de l'Institut Halloran, Piers Quenby a résumé{NB}: {Q_FR}",
    f"Lors de la présentation du Réseau, mardi soir, Piers Quenby a dit{NB}: {Q_FR}",
]


@pytest.mark.parametrize("text", EN + FR)
def test_a_body_s_event_is_where_she_spoke_not_her_body(text):
    [q] = quotes(text, language="fr" if "«" in text else "en", own_voice=False)
    assert q.speaker == "Piers Quenby"
    assert "Halloran" not in q.organisation and "Network" not in q.organisation and "Réseau" not in q.organisation
    assert not any(w in q.role.lower() for w in ("event", "launch", "briefing", "reception", "conference", "stand"))


def test_the_kit_gives_the_body_another_document_ties_her_to():
    intro = ("intro", "en", "Dr Piers Quenby, a toxicologist at the Halloran Toxicology Institute, said that "
                            "“most tins were sold as enamel”.")
    _, (q,) = settled_kit(intro, ("blog", "en", f"At the Halloran Toxicology Institute's side event, Dr Piers "
                                                f"Quenby said: {Q_EN}"))
    assert (q.speaker, q.organisation) == ("Piers Quenby", "Halloran Toxicology Institute")
