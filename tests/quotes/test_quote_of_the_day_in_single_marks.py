"""A sentence in single marks signed with a dash on its own line, as a newsletter's quote of the day prints it
("‘The gecko does not read the customs form.’ — NAME, ranger, X Network"): a quotation, signed by that person.

Single marks are otherwise only ever nested or read after a verb of saying: a word held in single marks in
running text, or an apostrophe, stays no quotation. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

_SIGNED = [
    "## Quote of the day\n\n‘The gecko does not read the customs form.’ — Leda Fennimore, ranger, Island Rangers Network",
    "## Citation du jour\n\n‘Le gecko ne lit pas le formulaire des douanes.’ — Leda Fennimore, Réseau des gardes "
    "insulaires",
    "**Overheard**\n\n‘The gecko does not read the customs form!’ – Leda Fennimore, Island Rangers Network",
    "Quote of the day\n\n‘The gecko does not read the customs form.’ — Leda Fennimore",
]


@pytest.mark.parametrize("text", _SIGNED)
def test_a_signed_sentence_in_single_marks_is_a_quotation(text):
    q = quotes(text)[0]
    assert "gecko" in q.text
    assert q.speaker == "Leda Fennimore"


@pytest.mark.parametrize("text", [
    "The delegates’ mood was ‘cautious’ — and the chair knew it.",
    "It was the rangers’ year — Leda Fennimore’s above all.",
    "The word ‘jetty’ — not ‘port’ — is what the rangers want.",
])
def test_single_marks_in_running_text_stay_no_quotation(text):
    assert quotes(text) == []


def test_a_group_s_subject_stays_in_the_role():
    """"co-chair of the contact group on supply": what the group works on is part of the role, not a place."""
    q = quotes("## Quote of the day\n\n‘A snake does not read the rules of procedure.’ — Linnea Bergsvik, co-chair of "
               "the contact group on supply")[0]
    assert q.role == "co-chair of the contact group on supply"
    q = quotes("“The text is weak,” said Sam Oduya, a shop steward for the Dock Union at the Calvenne docks.")[0]
    assert "Calvenne" not in q.role
