"""A company named by the noun of its trade at the end of its name ("Verrant Chemicals, which still sells the old
blends, said in a statement it would “…”", « Halder Industries a promis de « … » », "Osmund Pharmaceuticals said"):
a body that speaks in its statements, never a person named "Verrant Chemicals".

A person whose role names the trade ("the chemicals minister, NAME, said") keeps her name (near-miss). The
sentences are written for these tests, as a TV script's voice-over, a wire and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_BODIES = [
    ("REPORTER (VO): Verrant Chemicals, which still sells the older blends in two markets, said in a statement it "
     "would “meet every deadline the Parties set”.", "Verrant Chemicals"),
    ("Osmund Pharmaceuticals said it would “publish every trial, good or bad” before the end of the year.",
     "Osmund Pharmaceuticals"),
    (f"Côté industriels, Halder Industries a assuré dans un communiqué qu’elle allait «{NB}retirer les anciens "
     f"stocks sans frais{NB}».", "Halder Industries"),
    ("Brevik Holdings, which owns the plant, told shareholders it had “no plans to reopen the line”.",
     "Brevik Holdings"),
]


@pytest.mark.parametrize("text,body", _BODIES)
def test_a_company_by_the_noun_of_its_trade_is_a_body(text, body):
    q = one(text)
    assert (q.speaker, q.organisation) == ("", body), (q.speaker, q.organisation)


def test_a_person_whose_role_names_the_trade_keeps_her_name():
    q = one("The chemicals minister, Jana Oskarsdottir-Vell, said the ban was “overdue by a decade”.")
    assert q.speaker == "Jana Oskarsdottir-Vell"
