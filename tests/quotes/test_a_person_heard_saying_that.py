"""Someone the speaker heard say that … ("I heard one of the Tessarian delegates say in the corridor that “…”", « j’ai
entendu un délégué tessarien dire dans le couloir que « … » », "I listened to the chair explain that “…”"): the
words are the one heard, not the one who heard them, as they already are before a colon. Nobody named there
leaves the speaker empty.

A speaker who says what she heard in her own words ("I heard the question, and I said that “…”") keeps the
words (near-miss). The sentences are written for these tests, as an interview's answer, a minister's statement
and a radio chronicle would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_INTERVIEW = "Q: Some ministers say industry needs a decade.\n\nA: {}\n\nQ: And the unions?"


@pytest.mark.parametrize("answer", [
    "I heard one of the Tessarian delegates say in the corridor that “a decade is a polite word for never”, and I "
    "could not put it better.",
    "I also heard a delegate tell reporters that “nobody will sign a blank cheque”.",
    f"J’ai entendu un délégué tessarien dire dans le couloir que «{NB}dix ans, c’est une manière polie de dire "
    f"jamais{NB}».",
])
def test_words_heard_from_someone_unnamed_are_nobody_s_named(answer):
    q = one(_INTERVIEW.format(answer), default_speaker="Vera Holmstrand-Achebe")
    assert q.speaker == "", q.speaker


def test_words_heard_from_a_named_person_are_hers():
    q = one("Yesterday I heard Ana Lindqvar-Moss say at the plenary that “the wells cannot wait another decade”.")
    assert q.speaker == "Ana Lindqvar-Moss"


def test_what_the_speaker_said_after_hearing_stays_hers():
    q = one("Mira Castellane-Boyd listened to the question. “We heard it, and we will answer it,” she said.")
    assert q.speaker == "Mira Castellane-Boyd"
