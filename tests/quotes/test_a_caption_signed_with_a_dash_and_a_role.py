"""A quotation signed with a dash by a person and her role, as a photo caption or a pull quote has it ("“I thought
the cough was the price of a good job” — NAME, former stonemason, NAME's Network, at the stand", « « … » — NAME,
ancien tailleur de pierre »): a quotation of that person, not a title and its publisher.

A work's title signed by its publisher and year ("“Stone and Breath in the Yards” — Tarnell Institute, 2031") and
a title signed by its author and year stay titles. The sentences are written for these tests, as a feature, a
newsletter and a live blog would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

NB = "\u00a0"


def _quotes(text):
    return [q for q in extract_quotes([text], default_organisation="Road Coalition") if q.kind == "quote"]


_SIGNED = [
    ("Feature.\n\n“I thought the dust was the price of a steady job” — Aldo Brecknell, former tiler, Dust Survivors' "
     "Network, at the survivors' stand\n\nHe is sixty now.", "Aldo Brecknell"),
    (f"Reportage.\n\n«{NB}Je croyais que la toux faisait partie du métier{NB}» — Aldo Brecknell, ancien carreleur, au "
     f"stand des survivants\n\nIl a soixante ans.", "Aldo Brecknell"),
    ("**Quote of the day**\n\n“We fine them, they pay, and they keep cutting dry” — Mirela Ostrand, labour inspector"
     "\n\nMore at noon.", "Mirela Ostrand"),
]


@pytest.mark.parametrize("text,who", _SIGNED)
def test_a_quotation_signed_by_a_person_and_her_role(text, who):
    qs = _quotes(text)
    assert [q.speaker for q in qs] == [who], [(q.text, q.speaker) for q in qs]


def test_titles_signed_by_a_publisher_or_an_author_and_a_year_stay_titles():
    text = ("Further reading:\n\n“Stone and Breath in the Yards” — Tarnell Institute, 2031\n\n“The Price of a Steady "
            "Job” — Aldo Brecknell, 2030\n\nEnd.")
    assert _quotes(text) == []
