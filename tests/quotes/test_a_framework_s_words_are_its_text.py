"""Words a framework is said to ask of its parties ("The Kallpanaq Framework, which Vardia ratified in 2036,
commits each State to “…”", "Under the framework, Article 4 calls on States to “…”") are the text's words,
as a convention's or a protocol's are, not a quotation, and "the … Framework" is nobody's name. A person who
speaks of the framework still speaks. Written for these tests, in the forms of statements, situation reports,
wires and newsletters.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

TEXT = [
    "The Kallpanaq Framework, which Vardia ratified in 2036, commits each State to “ensure that every settlement "
    "exposed to landslides receives warnings it can hear”. Those are the words that failed.",
    "The Oslo Framework on Early Warning requires each party to “name a person responsible for every siren”.",
    "The regional framework calls on governments to “publish their rainfall thresholds every season”.",
]


@pytest.mark.parametrize("text", TEXT)
def test_a_framework_s_words_are_no_quotation(text):
    qs = [q for q in extract_quotes([text], language="en", default_organisation="X") if q.kind == "quote"]
    assert qs == [], [(q.text, q.speaker) for q in qs]


def test_near_miss_a_person_speaking_of_the_framework():
    text = ("Ana Brel, the minister, said the framework was “a promise we have not kept in the valleys”.")
    qs = [q for q in extract_quotes([text], language="en", default_organisation="X") if q.kind == "quote"]
    assert [q.speaker for q in qs] == ["Ana Brel"]
