""""As the Institute sums it up, “…”", "“…,” as the authors sum it up", "she summed it up: “…”": summing it up
is a verb of saying, as "sums up" and "puts it" already were, in fact sheets, features and wire copy. A phrase
in lower case that no one is said to sum up stays the writer's.
"""

from __future__ import annotations

from tests.quotes.finding import one, quotes


def test_a_fact_sheet_s_body_sums_it_up():
    q = one("The Lower Dell Institute of Hydrology measured forty weirs in August. As the Institute sums it up, "
            "“a weir without a warden is a weir without a rule, and a rule without a warden is a wish”.")
    assert q.organisation == "Lower Dell Institute of Hydrology"


def test_a_feature_s_person_summed_it_up():
    q = one("Rosalind Achterberg-Nwosu has inspected weirs for twenty years. She summed it up in one line: “A weir "
            "is only as safe as the last person who looked at it.”")
    assert q.speaker == "Rosalind Achterberg-Nwosu"


def test_near_miss_a_phrase_nobody_sums_up_is_no_quotation():
    assert quotes("The report sums up the season of “quiet weirs” in two pages.") == []
