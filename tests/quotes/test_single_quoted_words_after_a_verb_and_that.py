"""Words in curly single quotation marks after a verb of saying and "that", as British papers, their editorials and
columns print them: "The Institute, in a brief handed to every delegation, argues that ‘a curfew is the cheapest
policy on the table’", "she told the committee that ‘…’". They are quotations, as the same words in double marks
are. Written for these tests as editorials, features, wire copy, newsletters and podcasts' show notes put them
(French copy uses « », which the finder always reads).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    # an editorial, a body as the source
    ("The think tanks have been blunter. The Marrow Institute, in a paper sent to every delegation, argues that ‘a "
     "dark hour costs less than any subsidy on the table’, and its numbers are hard to wave away.", "", "Marrow Institute"),
    # a feature, a named person
    ("Dr Petra Olsson, who has counted moths for a decade, told the committee that ‘every white lamp empties a "
     "hedge’, and nobody in the room argued.", "Petra Olsson", ""),
    # wire copy
    ("LONDON (Wire) - The harbour board's chairman, Idris Pell, said that ‘the ferry will run whatever the council "
     "decides’ and left before questions.", "Idris Pell", ""),
    # a newsletter
    ("Worth reading this week. The Coastal Light Trust, in its annual count, notes that ‘the brightest mile kills "
     "more birds than the other forty’. We agree.", "", "Coastal Light Trust"),
]


@pytest.mark.parametrize("text, speaker, organisation", CASES)
def test_single_quoted_words_after_that_are_found(text, speaker, organisation):
    qs = quotes(text, language="en")
    assert len(qs) == 1 and qs[0].speaker == speaker
    if organisation:
        assert qs[0].organisation == organisation


@pytest.mark.parametrize("text", [
    # a word in single quotes after "that", a scare quote: nobody's quotation
    "The minister said that ‘dark spots’ would be repaired within the week.",
    # an apostrophe, no opening mark
    "The council's engineers said that the lamps' colour would change in 2042.",
])
def test_a_word_or_an_apostrophe_is_no_quotation(text):
    assert quotes(text, language="en") == []
