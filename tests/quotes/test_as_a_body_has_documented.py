"""A body's count or record as the source of the words: "As the Coastal Light Trust has documented on our own shore,
“…”", "the losses the Trust documented last winter: “…”". Its words, as "As the Trust has noted" gives them.
Written for these tests, in English, as statements, editorials, newsletters, wire copy and podcasts' show notes
put it (French copy says « comme l'a documenté », read with « documenté » as a verb of saying already).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    # a minister's statement
    ("The evidence is in front of us. As the Coastal Light Trust has documented on our own shore, “waders fly lower "
     "on cloudy nights, and that is when the lamps kill them”.", "Coastal Light Trust"),
    # a newsletter
    ("As the Moth Census Network documented last summer, “a single white lamp can empty a hedge of its moths”. We "
     "will bring the figures to the plenary.", "Moth Census Network"),
    # a podcast's show notes
    ("In this episode: the night shift. As the Ferry Workers' Union has documented, “nine of the ten injuries "
     "happened after dark”.", "Ferry Workers' Union"),
]


@pytest.mark.parametrize("text, organisation", CASES)
def test_a_body_s_documented_words_are_its_own(text, organisation):
    qs = quotes(text, language="en")
    assert qs and qs[0].organisation == organisation and not qs[0].speaker


def test_a_documented_thing_without_its_words_is_unchanged():
    # the word in quotation marks is a phrase of the writer's sentence: no quotation, as before
    assert quotes("The Trust has documented the “lumen race” in every port of the coast.", language="en") == []
