"""Counsel speak for the party they act for: "NAME, counsel for X, told the court", « Me NAME, avocate de X, a
plaidé », "NAME, a barrister for X", "solicitor for X", "attorney for X". The role is counsel's and the body the
party's, as for a spokesperson. The bar a lawyer belongs to (« avocat au barreau de PLACE ») is where she
practises, never whom she speaks for. Written for these tests, in English and French, as court reports, wire
copy, radio scripts, live blogs and newsletters put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [  # (text, role, organisation)
    # a court report
    ("Imogen Castellane, counsel for Marlow Freight Ltd, told the court that her client had been misled. “Marlow "
     "carried what it was given,” she said.", "counsel", "Marlow Freight Ltd"),
    # wire copy
    ("HARBOURTON (Wire) - Desmond Achebe-Ross, solicitor for the Tidewater Fishers' Union, said the ruling “changes "
     "nothing for the boats already tied up”.", "solicitor", "Tidewater Fishers' Union"),
    # a live blog
    ("**10:40** - Rafaela Montague, attorney for Greystone Mining, told reporters outside: “We will appeal within "
     "the week.”", "attorney", "Greystone Mining"),
    # un compte rendu d'audience
    (f"Me Noémie Castagnet, avocate de Verrerie Lantier, a plaidé la relaxe.{NB}« Ma cliente n'a rien "
     f"caché{NB}», a-t-elle soutenu.", "avocate", "Verrerie Lantier"),
    # une dépêche
    (f"PORT-LANVAL (Dépêche) - Me Julien Abadie-Sarr, avocat de l'Union des pêcheurs côtiers, a estimé que la "
     f"décision «{NB}ne rend pas un seul filet{NB}».", "avocat", "Union des pêcheurs côtiers"),
]


@pytest.mark.parametrize("text, role, organisation", CASES)
def test_counsel_speak_for_their_client(text, role, organisation):
    qs = quotes(text, language="fr" if "«" in text else "en")
    assert (qs[-1].role, qs[-1].organisation) == (role, organisation)


@pytest.mark.parametrize("text", [
    f"Avocate au barreau de Port-Lanval, Me Noémie Castagnet représente l'association.{NB}« Nous ferons appel{NB}», "
    f"a-t-elle dit.",
    f"Me Noémie Castagnet, avocate au barreau de Port-Lanval, a plaidé.{NB}« Nous ferons appel{NB}», a-t-elle dit.",
])
def test_the_bar_is_no_body(text):
    qs = quotes(text, language="fr")
    assert qs[-1].organisation != "Port-Lanval"


def test_a_spokesperson_for_a_body_is_unchanged():
    [q] = quotes("Daniel Okafor, spokesman for the Harbour Alliance, told reporters: “We will appeal.”", language="en")
    assert (q.role, q.organisation) == ("spokesman", "Harbour Alliance")
