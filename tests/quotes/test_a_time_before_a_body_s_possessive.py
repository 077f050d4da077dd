"""A time that opens the sentence before a State's or a body's possessive ("Earlier today Tarvonia’s Minister of
Fisheries, NAME, told delegates", "On Monday Vardia’s envoy, NAME, said", "Yesterday, the Union’s president")
is when she spoke, no part of whom she speaks for. A body whose own name opens on such a word ("This Morning
Network", "Today Show") keeps it.
The sentences are written for these tests, as a radio transcript, a wire and a live blog would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes.people import clean_org
from tests.quotes.finding import one

TIMES = [
    ("PRESENTER: Good evening. Earlier today Vardia’s Minister of Fisheries, Ines Rocheval, told delegates, and I "
     "quote, “every district will have a vet before any ban”. Our reporter is there.", "Vardia"),
    ("Earlier this morning Kasmiria’s Minister of Health, Lena Holt, told reporters: “The fund is empty and we "
     "will not pretend otherwise.”", "Kasmiria"),
]


@pytest.mark.parametrize("text,org", TIMES)
def test_the_time_is_no_part_of_the_body(text, org):
    assert one(text, language="en", default_organisation="").organisation == org


@pytest.mark.parametrize("name", ["This Morning Network", "Today Show", "Yesterday Institute"])
def test_a_body_named_so_keeps_its_name(name):
    """The near miss: the word is the body's own name, not a time before it."""
    assert clean_org(name) == name
