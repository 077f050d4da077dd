"""A headline "‘…,’ says NAME" after a Markdown heading's hashes or a live blog's time stamp is a quotation of
NAME, with British single quotes as with guillemets. Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

BODY_EN = "\n\nIdris Caldwell-Amadi, the chair of the Night Fishers’ Union, showed the hall a photograph.\n"
BODY_FR = "\n\nIdris Caldwell-Amadi, président du Syndicat des pêcheurs de nuit, a montré une photographie.\n"

HEADS_EN = [
    "### 10:20 — ‘The river is not a sewer,’ says Caldwell-Amadi",        # live blog, Markdown
    "10:20 – ‘The river is not a sewer,’ says Idris Caldwell-Amadi",       # live blog, plain text
    "## 16.05 | ‘The river is not a sewer,’ warns Caldwell-Amadi",        # newsletter's timeline
    "### ‘The river is not a sewer,’ says Caldwell-Amadi",                 # feature's cross-heading
    "#### 9:45: ‘The river is not a sewer,’ says Caldwell-Amadi",          # wire update
    "# ‘The river is not a sewer,’ insists Caldwell-Amadi",                # statement's title
]
HEADS_FR = [
    f"### 10 h 20 — «{NB}Le fleuve n’est pas un égout{NB}», dit Caldwell-Amadi",
    "10h20 : « Le fleuve n’est pas un égout », affirme Idris Caldwell-Amadi",
    "## 16:05 | « Le fleuve n’est pas un égout », prévient Caldwell-Amadi",
    "### 10 h 20 — ‘Le fleuve n’est pas un égout’, dit Caldwell-Amadi",
    "#### 9.45 – « Le fleuve n’est pas un égout », estime Caldwell-Amadi",
    "# « Le fleuve n’est pas un égout », déclare Caldwell-Amadi",
]


@pytest.mark.parametrize("head", HEADS_EN)
def test_english_headline_after_a_time_stamp(head):
    qs = quotes("# Live\n\n" + head + BODY_EN, language="en", own_voice=False)
    assert [(q.text.rstrip(","), q.speaker) for q in qs] == [("The river is not a sewer", "Idris Caldwell-Amadi")]


@pytest.mark.parametrize("head", HEADS_FR)
def test_french_headline_after_a_time_stamp(head):
    qs = quotes("# Direct\n\n" + head + BODY_FR, language="fr", own_voice=False)
    assert [(q.text, q.speaker) for q in qs] == [("Le fleuve n’est pas un égout", "Idris Caldwell-Amadi")]


def test_a_time_stamp_does_not_make_an_apostrophe_a_quotation():
    text = "### 10:20 — Delegates' lunch runs late, the chair's office says Friday\n\nNothing was said.\n"
    assert quotes(text, language="en", own_voice=False) == []
