"""An executive secretary named with no body of her own ("Executive Secretary NAME told the briefing", « Mme NAME,
Secrétaire exécutive, déclare », "the Convention's executive secretary, NAME,") heads the secretariat of the
treaty the meeting is about: when the kit names exactly one secretariat, she speaks for it.

A kit that names two secretariats leaves her body empty (which one is a guess), and another secretary ("the
secretary of the farmers' union") takes nothing from it (near-misses).
The sentences are written for these tests, as a release, a record's French minutes and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_SECRETARIAT = ("rel", "en", "Release\n\nThe Secretariat of the Velmaro Convention said in a statement that “the "
                             "meeting is open”.")
_SAYS = [
    ("brief", "en", "Briefing\n\nExecutive Secretary Ilse Marrow-Acheson told the noon briefing: “Forty Parties "
                    "have reported.”"),
    ("pv", "fr", f"Compte rendu\n\n8. Mme Ilse MARROW-ACHESON, Secrétaire exécutive, déclare{NB}:{NB}«{NB}Le "
                 f"Secrétariat a reçu vingt inventaires.{NB}»"),
]


@pytest.mark.parametrize("doc", _SAYS)
def test_she_speaks_for_the_kit_s_one_secretariat(doc):
    kit = settled_kit(_SECRETARIAT, doc)
    (q,) = [q for q in kit[1] if q.kind == "quote"]
    assert (q.speaker, q.organisation) == ("Ilse Marrow-Acheson", "Secretariat of the Velmaro Convention"), \
        (q.speaker, q.organisation)


def test_two_secretariats_leave_her_body_empty():
    other = ("rel2", "en", "Note\n\nThe Secretariat of the Tarnell Protocol said in a statement that “the second meeting will open in March”.")
    kit = settled_kit(_SECRETARIAT, other, _SAYS[0])
    (q,) = [q for q in kit[2] if q.kind == "quote"]
    assert q.organisation == "", q.organisation


def test_another_secretary_takes_nothing_from_the_secretariat():
    doc = ("nl", "en", "Newsletter\n\nOskar Brandlund-Ea, secretary of a farmers' union, told us: “We test when we "
                       "can pay.”")
    kit = settled_kit(_SECRETARIAT, doc)
    (q,) = [q for q in kit[1] if q.kind == "quote"]
    assert "Secretariat" not in q.organisation, q.organisation
