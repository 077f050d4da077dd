"""A body named in one sentence and pointed back to by the next words, without naming it again:

* "“…,” said NAME, a senior ecologist there.": "there" is the body the sentence before (or this one) names;
* "We welcome the guidance of the X Office, which says that “…”", « les lignes directrices de l'Office X, qui
  rappelle que « … » »: the relative clause's verb of saying is the body's, not the subject's of the sentence
  (a State's "we" in its own statement).

A place is no body ("a teacher there" after a town keeps no organisation), and a person's relative clause
is no body's. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

_THERE = [
    "The Lowland Institute for River Ecology presented new figures this morning.\n\n“We counted only what we could "
    "prove,” said Anouk Berrisford, a senior ecologist there.",
    "**10:40** — The Lowland Institute for River Ecology has published its costings. “We counted only what we could "
    "prove,” said Anouk Berrisford, a researcher there.",
    "The Lowland Institute for River Ecology briefed reporters. Anouk Berrisford, an economist there, said: “We "
    "counted only what we could prove.”",
    # a PDF's lines, wrapped inside the role
    "The Lowland Institute for River Ecology presented new figures on the cost of control this morning.\nAs the "
    "Institute put it, “prevention is cheap.”\n\n“We counted only what we could prove,” said Anouk Berrisford, a "
    "senior\necologist there.",
]


@pytest.mark.parametrize("text", _THERE)
def test_there_is_the_body_just_named(text):
    q = next(q for q in quotes(text) if "prove" in q.text)
    assert q.speaker == "Anouk Berrisford"
    assert q.organisation == "Lowland Institute for River Ecology"
    assert not q.role.endswith("there")


def test_there_after_a_town_is_no_body():
    q = next(q for q in quotes("The ferry stops at Port Lenoa twice a week.\n\n“We counted every rat,” said Anouk "
                               "Berrisford, a teacher there.") if "rat" in q.text)
    assert q.speaker == "Anouk Berrisford"
    assert "Lenoa" not in q.organisation


_WHICH = [
    "We welcome the guidance of the Global Office for Plant Health, which says that “inspection at departure is worth "
    "ten at arrival.”",
    "Delegates leaned on the advice of the Global Office for Plant Health, which warns that “inspection at departure "
    "is worth ten at arrival.”",
    "Talmaris supports the position of the Global Office for Plant Health, which has long said that “inspection at "
    "departure is worth ten at arrival.”",
    f"Nous saluons les lignes directrices de l’Office mondial de la santé des plantes, qui rappelle que «{NB}le "
    f"contrôle au départ vaut dix contrôles à l’arrivée{NB}».",
    f"La Vendrelle s’appuie sur l’avis de l’Office mondial de la santé des plantes, qui estime que «{NB}le contrôle "
    f"au départ vaut dix contrôles à l’arrivée{NB}».",
]


@pytest.mark.parametrize("text", _WHICH)
def test_which_says_that_is_the_body_s(text):
    q = next(q for q in quotes(text) if "arriv" in q.text)
    assert q.speaker == ""
    assert q.organisation != ORG
    assert "Plant Health" in q.organisation or "santé des plantes" in q.organisation, q.organisation


def test_our_own_words_stay_ours():
    q = next(q for q in quotes("We welcome the draft. Our own review says that “inspection at departure is worth ten "
                               "at arrival, and always will be.”") if "arrival" in q.text)
    assert q.organisation == ORG
