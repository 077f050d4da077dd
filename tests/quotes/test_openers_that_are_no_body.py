"""Words that open a sentence or stand before a name without being a body or a title: a participle's phrase
("Asked about the alliance’s motto, NAME replied"), a time ("at 21:15"), an adverb (« D’abord les vaccins »),
and the article of a noun the name is the object of (« c’est la position que NAME a défendue »: « la » is the
position's, not a woman's title). A French « elle » or « il » goes to a body only when its article agrees
(« Le Comité lui a demandé … « … », a-t-elle dit »: « elle » is not « le Comité »). The sentences are written
for these tests, in the forms of wire copy, features, live blogs, newsletters, statements and interviews.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    # (text, speaker, words the organisation must not hold)
    ("Asked about the alliance’s motto “Seeds, Not Debt”, Dr Imani Osterberg-Kale replied: “A motto is a promise "
     "you can count.”", "Imani Osterberg-Kale", "Asked"),
    ("## 21:20 — Gavel\n\nThe chair, Ambassador Rui Castellan-Mbeki, closed the session at 21:15. “We have a text "
     "and we have a date,” Ambassador Castellan-Mbeki said.", "Rui Castellan-Mbeki", "21"),
    ("Speaking after the union’s vote, Ms Dana Forsythe-Ode said: “Nobody here voted for a slogan.”",
     "Dana Forsythe-Ode", "Speaking"),
    ("The talks broke up at 02:40, and Minister Joel Haraldsen-Ruiz told reporters outside: “We will be back at "
     "nine with the same numbers.”", "Joel Haraldsen-Ruiz", "02"),
    ("During the network’s briefing, Professor Lise Amundsen-Diop was blunt: “The data are late because the "
     "money is late.”", "Lise Amundsen-Diop", "During"),
    ("At 09:00 on Monday, before the doors opened, Minister Ana Kovalenko-Reyes said: “Our fleet is ready to "
     "report every catch.”", "Ana Kovalenko-Reyes", "09"),
]

FR = [
    ("D’abord les vaccins, ensuite la cible : c’est la position que Paul Verhaegen-Sow, directeur du Réseau des "
     f"éleveurs, a défendue lundi. «{NB}Aucun éleveur ne signera à l’aveugle{NB}», a-t-il expliqué.",
     "Paul Verhaegen-Sow", "Réseau des éleveurs"),
    ("Amina Koulibaly-Rhee, membre du Forum des patients, a perdu un rein. Le Comité lui a demandé de témoigner. "
     "Le ministre Jean-Paul Ostrowski-Mele l’a reçue. «\u00a0Je ne demande pas de pitié, je demande une date\u00a0», "
     "a-t-elle dit.", "Amina Koulibaly-Rhee", "Forum des patients"),
    ("La méthode d’abord : voilà la promesse que Jean Morel-Tshala, ministre de l’Agriculture, a faite mardi "
     f"soir. «{NB}Nous compterons avant de couper{NB}», a-t-il ajouté.", "Jean Morel-Tshala", ""),
    ("Marie Dufresne-Aka, infirmière, a raconté sa nuit de garde. Le Réseau lui a remis son prix annuel. "
     f"«{NB}Nous lavons nos mains cent fois par jour{NB}», a-t-elle déclaré.", "Marie Dufresne-Aka", ""),
    ("Interrogée sur le slogan de l’alliance, la docteure Imani Osterberg-Kale a répondu : «\u202fUn slogan est "
     "une promesse que l’on peut compter.\u202f»", "Imani Osterberg-Kale", ""),
    ("C’est la ligne que Hugo Lemaire-Baptiste, porte-parole du Syndicat des pêcheurs, a tenue toute la semaine. "
     "« Pas de quota sans données », a-t-il répété.", "Hugo Lemaire-Baptiste", "Syndicat des pêcheurs"),
]


@pytest.mark.parametrize("text,speaker,not_in_org", EN)
def test_an_opener_or_a_time_is_no_body_en(text, speaker, not_in_org):
    q = one(text, language="en")
    assert q.speaker == speaker
    assert not_in_org not in q.organisation
    assert not_in_org not in q.role


@pytest.mark.parametrize("text,speaker,organisation", FR)
def test_a_pronoun_goes_past_words_that_are_no_body_fr(text, speaker, organisation):
    q = one(text, language="fr", default_organisation="")
    assert (q.speaker, q.organisation) == (speaker, organisation)
