"""A person named only as the agent of a passive participle ("the working group chaired by Ambassador NAME", «
l'atelier présidé par la ministre NAME ») in a paragraph whose subject is an unnamed role ("Vardia's
ambassador repeated the line …", « La ministre … ») is not whom the paragraph's "she said" stands for: the
subject is, and the finder does not name her rather than name the chair. Written for these tests, in the forms
of daily bulletins, wires, newsletters and meeting reports. The chair as the sentence's subject still speaks.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

CASES = [
    ("Vardia's ambassador repeated the line twice in the working group on flood thresholds, chaired by Ambassador "
     "Ines Valk of Ostmark, and by lunchtime delegates were quoting it back to her. “If the gauge says leave, you "
     "leave”, she said.", "en"),
    ("The minister spoke last in the session on early warning, moderated by Ana Brel of the Delta Institute. "
     "“Sirens without keepers are statues,” she said.", "en"),
    ("La ministre a conclu la séance sur l'alerte précoce, présidée par l'ambassadrice Ines Valk. « Une sirène "
     "sans gardien est une statue », a-t-elle dit.", "fr"),
]


@pytest.mark.parametrize("text,lang", CASES)
def test_the_chair_is_not_the_pronoun_s_person(text, lang):
    q = quotes(text, language=lang)[-1]
    assert q.speaker not in ("Ines Valk", "Ana Brel"), (q.speaker, q.attribution)


def test_near_miss_the_chair_as_the_subject_still_speaks():
    text = ("Ambassador Ines Valk of Ostmark chaired the working group on flood thresholds. “If the gauge says "
            "leave, you leave”, she said.")
    q = quotes(text, language="en")[-1]
    assert q.speaker == "Ines Valk", (q.speaker, q.attribution)
