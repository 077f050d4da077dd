"""An office and its body in the parentheses after a name ("Professor NAME (President of the Society)", « Mme NAME
(présidente de l'Association) »): the office is her role and the body it is of her organisation, not a body called
"President of the Society". Proceedings and session reports name the chair and the speakers so. A State or a body
alone in the parentheses stays her organisation. The sentences are written for these tests, as different press
writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NAME = "Henrietta Quarshie-Moll"

CASES = [
    # conference proceedings
    (f"Opening the session, Professor {NAME} (President of the Acoustics Society), recalled that the session had "
     f"been planned “by people who were tired of counting the deaf”.", "Acoustics Society"),
    # a newsletter
    (f"Dr {NAME} (Secretary of the Harbour Workers Union) told members: “We will count every decibel this year.”",
     "Harbour Workers Union"),
    # un compte rendu de séance
    (f"Mme {NAME} (présidente de l'Association des riverains du port) a ouvert la séance{NB}: «{NB}Nous compterons "
     f"chaque décibel cette année.{NB}»", "Association des riverains du port"),
    # a live blog
    (f"10:05 — {NAME} (Director of the Noise Observatory) is speaking now: “Half the mills have no map.”",
     "Noise Observatory"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_office_s_body_is_the_organisation(text, org):
    found = quotes(text, own_voice=False)
    assert [(q.speaker, q.organisation) for q in found] == [(NAME, org)]


@pytest.mark.parametrize("text,org", [
    # near-misses: a State or a body alone in the parentheses is still her organisation
    (f"The President of the Conference, Ms {NAME} (Belvania), said: “We will finish tonight.”", "Belvania"),
    (f"Dr {NAME} (Noise Observatory) said: “Half the mills have no map, and nobody counts them.”", "Noise Observatory"),
])
def test_a_body_alone_stays_the_organisation(text, org):
    found = quotes(text, own_voice=False)
    assert [(q.speaker, q.organisation) for q in found] == [(NAME, org)]
