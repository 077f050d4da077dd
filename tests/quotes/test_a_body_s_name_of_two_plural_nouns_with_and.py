"""A body named for its members, two plural nouns joined by "and" ("the Federation of Refurbishers and Recyclers",
"the Union of Pickers and Sorters", "the Guild of Fishers and Net Makers") is one name, not cut at the "and", where
it is met as a sentence's body outside any apposition (a live blog's entry, wire copy, a newsletter). The word after
"and" must be a plural that ends the run: "the Ministry of Health and Ana NAME" is still the ministry alone. Written
for these tests; the near-misses do not change.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one


@pytest.mark.parametrize("text, org", [
    ("**10:40** — The Federation of Menders and Rebuilders has put out a statement, and it backs the amendment: "
     "“One rule, in every port, applied the same way”.", "Federation of Menders and Rebuilders"),
    ("BRASTOW, 4 May (APC) - The Union of Pickers and Sorters said on Tuesday that “no yard will close without a "
     "plan for the people who work there”.", "Union of Pickers and Sorters"),
    ("The Guild of Fishers and Net Makers was blunt: “Nets last a season, and rules should last longer”.",
     "Guild of Fishers and Net Makers"),
])
def test_a_body_named_for_two_kinds_of_member_is_one_name(text, org):
    q = one(text)
    assert q.organisation == org, (q.organisation, q.attribution)


@pytest.mark.parametrize("text, org", [
    # near-misses: a person after "and", and a body with no "and"
    ("The Ministry of Health and Ana Varga disagreed. “We will not sign,” the Ministry of Health said.",
     "Ministry of Health"),
    ("**10:40** — The Federation of Menders has put out a statement: “One rule, in every port, applied the same "
     "way”.", "Federation of Menders"),
])
def test_near_misses_keep_their_body(text, org):
    q = one(text)
    assert q.organisation == org, (q.organisation, q.attribution)
