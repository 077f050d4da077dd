"""A question put to someone the sentence names only by a pronoun, then the answer with a verb of replying: « La
présidente NAME lui a demandé si …. « … », a-t-elle répondu », "Judge NAME asked her whether …. “…,” she replied".
The one asked answers, never the one who asked: the speaker of the paragraph just before, when the pronoun fits
her, else nobody. Written for these tests, in French and English, as court reporters, wire copy, radio scripts,
live blogs and newsletters put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

#: (text, the one who answers); the paragraph before gives the one asked her words
FR = [
    # un compte rendu d'audience
    (f"Me Clarisse Vauban-Kone, avocate de la société, a plaidé la relaxe.{NB}« Mon client a été trompé{NB}», "
     f"a-t-elle soutenu.\n\nLa présidente Laforgue lui a demandé si la société lisait les certificats.{NB}« Elle les "
     f"lisait tous, madame la présidente{NB}», a-t-elle répondu.", "Clarisse Vauban-Kone"),
    # une dépêche
    (f"PORT-LANVAL (Dépêche) - Le témoin, Hugo Marchetti-Baye, a décrit l'entrepôt.{NB}« Il n'y avait pas d'eau"
     f"{NB}», a-t-il dit.\n\nLe procureur Delorme l'a interrogé sur les horaires.{NB}« Je venais à six heures, tous "
     f"les jours{NB}», a-t-il répondu.", "Hugo Marchetti-Baye"),
    # un fil en direct
    (f"**15 h 05** — La députée Inès Ferrand-Diop défend son amendement.{NB}« Il coûte moins qu'un rapport{NB}», "
     f"a-t-elle lancé.\n\n**15 h 12** — La rapporteure Morvan lui a demandé d'où venaient ses chiffres.{NB}« Des "
     f"douanes elles-mêmes{NB}», a-t-elle rétorqué.", "Inès Ferrand-Diop"),
]
EN = [
    # a court report and a newsletter: the asker never answers
    ("Defence counsel Nadia Forsyth told the court her client had been misled. “He signed what he was given,” she "
     "said.\n\nJudge Helen Marsh asked her whether the client had read the papers. “He read every page, my lady,” "
     "she replied.", "Helen Marsh"),
    ("Witness Oliver Breck described the berth. “It smelt of a tannery,” he said.\n\nProsecutor Adam Pryce pressed "
     "him on the dates. “It was the week of the storm,” he answered.", "Adam Pryce"),
]


@pytest.mark.parametrize("text, speaker", FR)
def test_the_one_asked_answers_in_french(text, speaker):
    qs = quotes(text, language="fr")
    assert qs[-1].speaker == speaker


@pytest.mark.parametrize("text, asker", EN)
def test_the_asker_never_answers_in_english(text, asker):
    qs = quotes(text, language="en")
    assert qs[-1].speaker != asker


@pytest.mark.parametrize("text, speaker", [
    # the asker goes on, with a verb of adding: hers
    (f"Me Clarisse Vauban-Kone a plaidé la relaxe.{NB}« Mon client a été trompé{NB}», a-t-elle dit.\n\nLa présidente "
     f"Odile Laforgue lui a demandé de conclure.{NB}« Nous avons encore deux dossiers{NB}», a-t-elle ajouté.",
     "Odile Laforgue"),
])
def test_the_asker_going_on_is_unchanged(text, speaker):
    qs = quotes(text, language="fr")
    assert qs[-1].speaker == speaker
