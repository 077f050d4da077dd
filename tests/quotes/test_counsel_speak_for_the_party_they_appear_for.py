"""Counsel speak for the party they appear for: in a report of a hearing, "NAME, counsel for the X", "Counsel for the
X, NAME", « Me NAME, avocate de X » or « X, représentée par Me NAME » gives that party as the body of counsel's
words, wherever in the report they are quoted.

Near-misses: a lawyer the report ties to no party ("a lawyer who has acted for fishermen"), and counsel the report
gives two parties (two counsel of one surname, for two parties) get no body from here. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

PUB = "Harbour Coalition"

_HEARINGS = [
    # a wire's court report: "NAME, counsel for X, …", quoted later by surname
    ("en", "Trawler crew lose first round\n\n*Coastal Court of Varn, 4 May 2036.*\n\nOdile Marchbank-Ito, counsel "
           "for Keelhaven Fisheries Ltd, told the court the ban was never published. Later, Ms Marchbank-Ito "
           "said: “No skipper can obey a rule he was never shown.”", "never shown", "Keelhaven Fisheries Ltd"),
    # a feature: "Counsel for the Trust, NAME, …", the party named in full before
    ("en", "A day in court\n\nThe Varn Estuary Trust has sued the harbour. Counsel for the Trust, Rafael "
           "Oyelowo-Brandt, walked to the screen. “Every line on this chart is a night of dredging,” he told the "
           "court.", "night of dredging", "Varn Estuary Trust"),
    # a French « compte rendu d'audience »: « Me NAME, avocate de X »
    ("fr", f"Compte rendu d’audience\n\n*Tribunal judiciaire de Brenne.*\n\nMe Solange Varenne-Kaboré, avocate de "
           f"Pêcheries Kerlouan, a plaidé la relaxe. «{NB}Mes clients ont respecté chaque règle publiée{NB}», "
           f"a-t-elle soutenu.", "chaque règle", "Pêcheries Kerlouan"),
    # a French newsletter: « X, représentée par Me NAME »
    ("fr", f"La lettre de la Coalition, juin 2036\n\nParmi les parties civiles figure l’Union des riverains de "
           f"Brenne, représentée par Me Thibault Ancelin-Moreau. «{NB}La rivière ne se plaint pas, nous le faisons "
           f"pour elle{NB}», a plaidé Me Ancelin-Moreau.", "rivière ne", "Union des riverains de Brenne"),
]


@pytest.mark.parametrize("lang,text,key,party", _HEARINGS)
def test_counsel_speak_for_their_party(lang, text, key, party):
    q = [q for q in quotes(text, default_organisation=PUB, language=lang) if key in q.text]
    assert len(q) == 1
    assert q[0].speaker
    assert q[0].organisation == party


def test_a_lawyer_tied_to_no_party_has_no_body_from_here():
    text = ("Voices from the harbour\n\nOdile Marchbank-Ito, a lawyer who has acted for fishermen for twenty years, "
            "has her own view. “The ban came too late for the cod,” she said.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "cod" in q.text]
    assert len(q) == 1
    assert "Fisheries" not in q[0].organisation


def test_counsel_given_two_parties_get_none():
    text = ("A family at the bar\n\nCounsel for Keelhaven Fisheries Ltd, Odile Marchbank-Ito, faced counsel for the "
            "Varn Estuary Trust, Paul Marchbank-Ito, her brother. “I change clients, not principles,” "
            "Marchbank-Ito said.")
    q = [q for q in quotes(text, default_organisation=PUB, language="en") if "principles" in q.text]
    assert len(q) == 1
    assert q[0].organisation not in ("Keelhaven Fisheries Ltd", "Varn Estuary Trust")
