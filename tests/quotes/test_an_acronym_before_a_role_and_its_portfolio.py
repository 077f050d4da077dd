"""A body's acronym beside a role whose portfolio follows ("NAME, MDB Vice-President for Infrastructure and
Digital", « NAME, vice-présidente de la BDM chargée des infrastructures ») gives the body the acronym names; the
portfolio after "for" or « chargée de » is part of her role, never a body. A body after "for" is still read as
one. Written for these tests, in the forms of a development bank's releases.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

CASES = [
    ("“This grant gives them their own eyes on the sky,” said Losa Brel, MDB Vice-President for Infrastructure and "
     "Digital, who chaired the Board’s review of the project.", "en", "MDB", "Infrastructure"),
    ("« Ce don leur donne enfin leurs propres yeux », a déclaré Losa Brel, vice-présidente de la BDM chargée des "
     "infrastructures et du numérique.", "fr", "BDM", "chargée"),
]


@pytest.mark.parametrize("text,lang,org,role_word", CASES)
def test_the_acronym_is_the_body_and_the_portfolio_her_role(text, lang, org, role_word):
    q = one(text, language=lang)
    assert (q.speaker, q.organisation) == ("Losa Brel", org)
    assert role_word in q.role


def test_near_miss_a_body_after_for():
    q = one("“We will publish every warning,” said Losa Brel, UNEP Adviser for the Kessa Institute.", language="en")
    assert (q.speaker, q.organisation) == ("Losa Brel", "Kessa Institute")
