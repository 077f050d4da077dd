"""A body that "said in a statement" past an apposition, or put out or had read a statement, in either language
("The X Coalition, an alliance of farmers' groups and seed banks, said in a statement that “…”", "The X have put
out a short statement: “…”", "the Agency’s statement to the plenary was read by a deputy: “…”", « La Guilde X, qui
représente …, a indiqué dans un communiqué que « … » », « La Guilde X a publié un bref communiqué : « … » »): the
body, nobody named, not the apposition's noun. A statement of no body's name, a person's statement and a State's
give nothing from here. The sentences are written for these tests, in the forms of a wire story, a live blog, a
newsletter, a briefing note and a feature.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a wire story: the apposition between the body and its verb, straight quotation marks, a sentence after
    ("Orvelle, 3 May (Colporte) — The Open Seed Coalition, an alliance of farmers' groups and seed banks, said in a "
     "statement that \"a right nobody can use is not a right\". It says more than 200 farmers have been fined.\n",
     "Open Seed Coalition", ()),
    # a live blog's time stamp: a body whose name holds no word of a body's kind, named as bodies are
    ("### 01:38 The Engineers for Clean Harbours have put out a short statement: “Five months is less than we "
     "asked for and more than the harbour has ever had.”\n\n### 02:20 The plenary resumed.\n",
     "Engineers for Clean Harbours", ()),
    # a French live blog: a body the kit knows, « ont publié un court communiqué : »
    (f"### 14:10 Les Amis des marais ont publié un court communiqué{NB}: «{NB}Une ferme humide est une ferme qui "
     f"dure, et qui paie{NB}».\n\n### 14:30 La séance reprend.\n",
     "Amis des marais", ("Amis des marais",)),
    # a live blog: the body's statement read out by someone unnamed
    ("**17:20** — Valdes of the World Flood Risk Agency has left for the airport; the Agency’s statement to the "
     "plenary was read by a deputy: “The Agency stands ready to host the secretariat from January.”\n",
     "World Flood Risk Agency", ()),
]


@pytest.mark.parametrize("text,org,known", CASES)
def test_the_statement_speaks_for_its_body(text, org, known):
    (q,) = quotes(text, known_organisations=known)
    assert (q.speaker, q.organisation) == ("", org)


def test_near_miss_a_name_of_no_body_gives_none_from_here():
    # "The Harbour Bells" is no body's name the kit or the text gives: the apposition's reading stays
    text = ("The Harbour Bells, a choir of dock workers, said in a statement that “the songs will go on whatever "
            "the ports decide”.\n")
    (q,) = quotes(text)
    assert q.organisation != "Harbour Bells"


def test_near_miss_a_person_s_statement_is_hers():
    text = ("Idris Tallant-Oko, the director of the Marrow Valley Relief Fund, said in a statement that “we pay for "
            "the roofs first and ask questions later”.\n")
    (q,) = quotes(text)
    assert (q.speaker, q.organisation) == ("Idris Tallant-Oko", "Marrow Valley Relief Fund")
