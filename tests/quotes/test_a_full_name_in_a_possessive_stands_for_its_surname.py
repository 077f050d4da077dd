"""A feature names a person in full in a possessive ("The yard of Corwin Ashby's smallholding", « Dans la cuisine de
… », "Mirela Dascalu's stall") and then by the surname alone ("“…,” Ashby says"): the surname is that person, not a
namesake the text names in full only after it (his daughter, her brother).

A body's name in a possessive ("the Harbour Coalition's director") adds no person (near-miss), and a possessive
first name alone ("Corwin's") names nobody in full.
The sentences are written for these tests, as a feature, a newsletter and a live blog would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

_CASES = [
    ("# The yard\n\nThe yard of Corwin Ashby's smallholding smells of diesel. Ashby, who keeps sixty ewes above the "
     "river, looks at the sample.\n\n“Nobody spreads plastic on purpose,” Ashby says.\n\nHis son, Tobiah Ashby, "
     "studies hydrology. “Dad worries about the wrong thing,” he says.", "Corwin Ashby"),
    ("Newsletter No. 4\n\nMirela Dascalu's stall at the Tuesday market sells leeks and nothing else.\n\n“Leeks do "
     "not lie,” Dascalu told us. Her brother, Petre Dascalu, runs the stall on Saturdays.", "Mirela Dascalu"),
]


@pytest.mark.parametrize("text,who", _CASES)
def test_the_surname_is_the_person_named_in_the_possessive(text, who):
    qs = quotes(text)
    assert qs[0].speaker == who, [(q.speaker, q.attribution) for q in qs]


def test_a_body_in_a_possessive_adds_no_person():
    qs = quotes("Live blog\n\n10:05 — The Harbour Coalition's director spoke first. “We need numbers,” Coalition "
                "said in a note.")
    assert all(q.speaker != "Harbour Coalition" for q in qs), [q.speaker for q in qs]


def test_a_first_name_alone_in_a_possessive_names_nobody_in_full():
    qs = quotes("Feature\n\nCorwin's yard smells of diesel.\n\n“Nobody spreads plastic on purpose,” Ashby says.")
    assert all(q.speaker in ("", "Ashby") for q in qs), [q.speaker for q in qs]
