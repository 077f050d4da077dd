"""A house's own rules quoted in a sitting ("Standing Order 22 is clear: “a Member shall not …”", « L’article 12 du
règlement est clair : « un orateur ne peut … » », "Standing Order 14 requires “…”") are the words of a text, as a
treaty's are: nobody's quotation, and never a person named "Standing Order". A person who "is clear" about her own
words ("Ms NAME was clear: “…,” she said") still speaks them.
The sentences are written for these tests, as a parliament's record and a wire would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, quotes

RULES = [
    ("en", "The CHAIR: It is not a point of order. Standing Order 22 is clear: “a Member shall not speak twice to the "
           "same question”."),
    ("en", "The Speaker reminded the House that Standing Order 14 requires “a Member to declare any interest before "
           "speaking”."),
    ("fr", f"Mme la présidente. – L’article 12 du règlement est clair{NB}: «{NB}un orateur ne peut être interrompu que "
           f"pour un rappel au règlement{NB}»."),
]


@pytest.mark.parametrize("lang,text", RULES)
def test_a_rule_s_words_are_text(lang, text):
    found = extract_quotes([text], language=lang)
    assert [q.kind for q in found] == ["text"]
    assert not any(q.speaker for q in found)


def test_a_person_who_is_clear_still_speaks():
    """The near miss: a person "was clear", her own words after the colon: still a quotation."""
    qs = quotes("Ms Orland was clear: “the rules of procedure will not save a bad deal,” she said.", language="en")
    assert len(qs) == 1 and "Orland" in qs[0].speaker
