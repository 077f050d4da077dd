"""The title an event is put on under is nobody's words, even when it asks a question: after a verb of hosting
("the coalition hosts “Who Pays for the Harbour?”", « la coalition organise « Qui paiera la grue ? » ») or with
its kind in apposition after it ("“Nets and Votes”, a debate between fishers and negotiators", « « Filets et
votes », une table ronde »). The near-misses stay quotations: a sentence someone says in the same shape, and a
title-cased shout after a verb of saying. Written for these tests, as a newsletter's diary, a release, a live
blog and a programme note would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG, quotes

TITLES = [
    ("At 19:30 in the harbour hall the coalition hosts “Who Pays for the Harbour?”, a debate between fishers and "
     "negotiators.", "Who Pays for the Harbour?"),
    ("Tonight the network holds “Boats and Votes” in room 4.", "Boats and Votes"),
    ("On Thursday the institute screens “The Last Trawler”, a documentary by Ines Brekke.", "The Last Trawler"),
    ("**18:00** — “Whose Sea Is It?”, a panel with three ministers, starts in ten minutes.", "Whose Sea Is It?"),
    (f"Ce soir, la coalition organise «{NB}Qui Paiera la Grue ?{NB}» dans la halle aux poissons.", "Qui Paiera"),
    (f"Jeudi, «{NB}Filets et Votes{NB}», une table ronde entre pêcheurs et négociateurs, ouvrira la journée.",
     "Filets et Votes"),
]


@pytest.mark.parametrize("text, words", TITLES)
def test_an_event_s_title_is_no_quotation(text, words):
    found = extract_quotes([text], default_organisation=ORG)
    assert not [q for q in found if q.kind == "quote" and words.rstrip("?") in q.text], \
        [(q.kind, q.text) for q in found]


def test_words_said_at_the_event_are_still_a_quotation():
    text = ("The coalition hosts a debate tonight. “Who pays for the harbour? The fishers, as always,” said Ines "
            "Brekke, who chairs it.")
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["Ines Brekke"]


def test_a_title_cased_cry_after_a_verb_of_saying_is_unchanged():
    text = "Ines Brekke shouted “Not One Net More!” as the minister left."
    before = [(q.kind, q.text) for q in extract_quotes([text], default_organisation=ORG)]
    assert before == [(q.kind, q.text) for q in extract_quotes([text], default_organisation=ORG)]
