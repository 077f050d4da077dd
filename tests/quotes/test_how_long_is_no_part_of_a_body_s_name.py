"""How long someone has worked somewhere ("who has worked at the Harbourside plant for twelve years", "a baker at
the Northfield Bakery for six months", « au sein de la Coopérative du Lin depuis dix-neuf ans ») is
no part of the body's name. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

CASES = [
    # a members' magazine profile
    # (a plant named by its place and its common noun is where one works, no body: nothing is left of it)
    ("Branch secretary Nessa Obrin, who has worked at the Harbourside plant for twelve years, says the new "
     "recipes were a lesson: “You cannot just take salt out. The dough goes slack.”", ""),
    # a newsletter
    ("Ada Brekke, a baker at the Northfield Bakery for six months, laughed: “The young ones get it faster than "
     "we do, every time.”", "Northfield Bakery"),
    # un portrait
    (f"Armelle Vautrin, salariée de la Coopérative du Lin depuis dix-neuf ans, raconte : «{NB}La pâte collait aux "
     f"mains, et on a jeté trois fournées{NB}».", "Coopérative du Lin"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_time_is_cut_from_the_body(text, org):
    assert one(text, own_voice=False).organisation == org


def test_a_body_named_for_years_keeps_its_name():
    # near-miss: "for" and a body's own words, no time
    text = ("Ada Brekke of the Alliance for Safer Bread said: “The young ones get it faster than we do, every "
            "time.”")
    assert one(text, own_voice=False).organisation == "Alliance for Safer Bread"
