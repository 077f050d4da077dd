"""A newspaper by the noun of its kind that a press review quotes: « Le Vesterlund Ledger, en anglais, salue “…” »,
"The Harlow Sentinel calls the decision “…”", "the Port Examiner writes that “…”". A title that speaks in its
editorials, as a Gazette or a Courier does: a body, never a person. Written for these tests, in French and
English, as press reviews, newsletters and wire copy quote newspapers.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    ("Le Brenmoor Ledger, en anglais, salue “a modest decision that will change more streets than any speech”.",
     "fr", "Brenmoor Ledger"),
    (f"Revue de presse. Le Harlow Sentinel juge{NB}«{NB}la décision de Vesterlund courageuse mais tardive{NB}».",
     "fr", "Harlow Sentinel"),
    ("In this morning's papers, the Port Examiner writes that “the council has finally switched off its vanity”.",
     "en", "Port Examiner"),
]


@pytest.mark.parametrize("text, language, organisation", CASES)
def test_the_newspaper_is_the_source(text, language, organisation):
    q = quotes(text, language=language)[0]
    assert not q.speaker and organisation in q.organisation


def test_a_person_s_name_is_unchanged():
    q = quotes("Harlow Sentinel-Brook, the paper's editor, said: “We will print every letter.”", language="en")[0]
    assert q.speaker == "Harlow Sentinel-Brook"
