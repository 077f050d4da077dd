"""A body's own earlier writing, quoted by "we wrote" right before the quotation: "In our own field note we wrote
that the reef is “…”", « Dans notre rapport, nous écrivions déjà en 2030 : « … » ». The "we" is the body of the
one who speaks: in an interview's answer, the answerer's body; in a release or a newsletter, its publisher's. The
words are that body's, as "As our report puts it" gives them.

Near-misses: "we wrote to the minister, who replied: “…”" (the minister spoke), "they wrote that …" (not ours), and
"we wrote that NAME had told us: “…”" (the one who told spoke). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_ANSWERS = [
    # an interview (Q&A) in English: "we wrote that … is “…”" in the answer
    ("en", "Q&A with the director\n\nDr Ilona Verschaeve heads the Corbelle Laboratory Network.\n\nQ: How many "
           "samples a month?\n\nA: Two thousand.\n\nQ: Why the harbour?\n\nA: Because every ship stops there. In "
           "our own field note for the Secretariat we wrote that the quay is “the one place where a test costs "
           "nothing”, and I still think so.", "test costs"),
    # the same in French, « nous écrivions déjà en 2030 : »
    ("fr", f"Entretien avec Ilona Verschaeve\n\nLa docteure Ilona Verschaeve dirige le Réseau des laboratoires Corbelle.\n\n"
           f"Q : Combien d’échantillons{NB}?\n\nR : Deux mille par mois.\n\nQ : Pourquoi le port{NB}?\n\n"
           f"R : Parce que tout y passe. Dans notre propre note de terrain, nous écrivions déjà en 2030{NB}: "
           f"«{NB}le quai est le seul endroit où un test ne coûte rien{NB}». Personne ne l’a lue.", "quai est"),
    # a French interview whose answer says « nous avons écrit que »
    ("fr", f"Entretien avec Ilona Verschaeve\n\nLa docteure Ilona Verschaeve dirige le Réseau des laboratoires Corbelle.\n\n"
           f"Q : Combien d’échantillons{NB}?\n\nR : Deux mille par mois.\n\nQ : Et les douanes{NB}?\n\n"
           f"R : Elles lisent peu. Nous avons écrit que la frontière est «{NB}un tamis aux mailles trop "
           f"larges{NB}», et rien n’a bougé.", "tamis"),
]


@pytest.mark.parametrize("lang,text,key", _ANSWERS)
def test_what_we_wrote_in_an_answer_is_the_answerer_s_body(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert q[0].organisation == "Corbelle Laboratory Network" or "Corbelle" in q[0].organisation
    assert not q[0].speaker


_PUBLISHED = [
    # a statement
    ("en", "Statement by the Harbour Coalition\n\nThe Coalition welcomes the vote. Last spring we wrote that the old "
           "fleet is “a museum that still burns diesel”. The Parties have now agreed.", "museum"),
    # a newsletter in French
    ("fr", f"La lettre de la Coalition du port, mars 2036\n\nLe vote est acquis. Nous écrivions en 2034{NB}: "
           f"«{NB}la vieille flotte est un musée qui brûle encore du gazole{NB}». Les Parties l’ont entendu.", "musée"),
    # a briefing
    ("en", "Briefing for delegates\n\nThe Coalition will speak on Tuesday. In our position paper we had written "
           "that a registry is “a promise kept in ink”, and the draft now says so.", "promise kept"),
]


@pytest.mark.parametrize("lang,text,key", _PUBLISHED)
def test_what_we_wrote_in_a_release_is_its_publisher_s(lang, text, key):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert q[0].organisation == PUB
    assert not q[0].speaker


def test_we_wrote_to_someone_who_replied_is_not_ours():
    text = ("Statement by the Harbour Coalition\n\nIn May we wrote to Minister Oskar Pellworth-Dane, who replied: "
            "“the fleet will be renewed when the budget allows”. It has not been.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "budget allows" in q.text]
    assert len(q) == 1
    assert q[0].speaker == "Oskar Pellworth-Dane"


def test_what_they_wrote_is_not_ours():
    text = ("The week at the harbour\n\nDr Ilona Verschaeve heads the Corbelle Laboratory Network. The customs "
            "union wrote that the quay is “a cost, not a test”. She disagrees.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "a cost" in q.text]
    assert len(q) == 1
    assert "Corbelle" not in q[0].organisation


def test_what_someone_told_us_is_theirs():
    text = (f"Entretien avec Ilona Verschaeve\n\nLa docteure Ilona Verschaeve dirige le Réseau des laboratoires Corbelle.\n\n"
            f"Q : Combien d’échantillons{NB}?\n\nR : Deux mille par mois.\n\nQ : Et le port{NB}?\n\n"
            f"R : Nous écrivions en 2030 qu’un douanier nous avait dit{NB}: «{NB}on ne teste que ce qui "
            f"déborde{NB}». C’est toujours vrai.")
    q = [q for q in quotes(text, default_organisation=PUB, language="fr") if "déborde" in q.text]
    assert len(q) == 1
    assert "Corbelle" not in q[0].organisation
