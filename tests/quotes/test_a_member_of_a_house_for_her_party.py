"""A member of a State's house "for" a party ("an opposition member of Tarvonia’s parliament for the Farmers’ Party",
"a member of the Assembly for the Green Alliance") speaks for the party she sits for, not for a body named "X’s
parliament for the Y Party". A seat "for" a constituency ("Vardia’s parliament for Lund South"), no party's name,
is left as it was read.
The sentences are written for these tests, as a live blog and a feature would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes.people import clean_org
from tests.quotes.finding import one

MEMBERS = [
    ("Paul Arnoux, an opposition member of Vardia’s parliament for the Farmers’ Party, is here as an observer. "
     "“Forty million sounds like a lot until you divide it by the ponds,” he said.", "Farmers’ Party"),
    ("Lena Holt, a member of the Assembly for the Green Alliance, spoke last: “We will vote against it.”",
     "Green Alliance"),
]


@pytest.mark.parametrize("text,org", MEMBERS)
def test_the_party_she_sits_for(text, org):
    assert one(text, language="en", default_organisation="").organisation == org


def test_a_constituency_is_no_party():
    """The near miss: no party is named after "for"."""
    assert clean_org("Vardia’s parliament for Lund South") == "Vardia’s parliament for Lund South"
