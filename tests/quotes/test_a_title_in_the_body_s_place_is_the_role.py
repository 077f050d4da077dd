"""A name followed by a title alone where a body's name would stand (a round-up's "**NAME**, Executive Secretary:
“…”", a live blog's "NAME, Policy Director: “…”", « NAME, Secrétaire générale : « … » »): the title is her role,
never her organisation; the body, when the document or the kit gives one, is found as for anyone named.

A body's name after the name ("**NAME**, Fishers’ Union of the Tidal Coast: “…”") and a title with its body
("Executive Secretary of the Tarvel Agreement") keep what they gave. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_TITLE_ONLY = [
    ("**Odile Marchetti**, Executive Secretary: “The Secretariat will host the forecasting desk from March”",
     "Odile Marchetti", "Executive Secretary"),
    ("14:05 — Bram Okafor-Lind, Policy Director: “We will publish every buoy’s readings, every week, for free”",
     "Bram Okafor-Lind", "Policy Director"),
    (f"**Odile Marchetti**, Secrétaire générale : «{NB}Le Secrétariat accueillera le bureau des prévisions dès mars{NB}»",
     "Odile Marchetti", "Secrétaire générale"),
]


@pytest.mark.parametrize("text,who,role", _TITLE_ONLY)
def test_the_title_is_the_role_not_the_body(text, who, role):
    q = one(text)
    assert (q.speaker, q.organisation) == (who, "")
    assert q.role == role


_KEEP = [
    ("**Odile Marchetti**, Fishers’ Union of the Tidal Coast: “We will not sail until the forecasts are published”",
     "Fishers’ Union of the Tidal Coast"),
    ("**Odile Marchetti**, Executive Secretary of the Tarvel Agreement: “The Secretariat will host the desk from "
     "March”", "Tarvel Agreement Secretariat"),
]


@pytest.mark.parametrize("text,org", _KEEP)
def test_a_body_after_the_name_is_kept(text, org):
    assert one(text).organisation == org
