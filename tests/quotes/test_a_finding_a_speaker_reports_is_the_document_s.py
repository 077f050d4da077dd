"""A speaker who reports what a survey, a study or an audit found ("NAME said that the survey of Parties had found
that “…”", « NAME a rappelé que l'enquête du ministère avait montré que « … » ») quotes the document's words: nobody
spoke them, so no person is named for them.

Her own words after "said that" stay hers, even when a document is named elsewhere in the sentence (near-miss).
The sentences are written for these tests, as a summary record, a wire and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_DOCUMENT_S = [
    "Summary record\n\n2. Ms. Renate OSTERHAG-LUZ (Tamberg), introducing the note, said that the survey of Parties had "
    "found that “fewer than half of Parties test their rivers”. Her delegation stood ready.",
    "WIRE — Environment minister Tilde Marrow-Acheson said on Monday her ministry's audit showed that “nine drums in "
    "ten were stored in the open”.",
    f"Lettre d'information\n\nMaëlle Ostrander-Viau a rappelé que l'enquête du ministère avait montré que «{NB}la "
    f"moitié des parcelles dépassent le seuil{NB}».",
]


@pytest.mark.parametrize("text", _DOCUMENT_S)
def test_the_finding_names_nobody(text):
    qs = quotes(text)
    assert [q.speaker for q in qs] == [""], [(q.speaker, q.attribution) for q in qs]


def test_her_own_words_after_said_that_stay_hers():
    qs = quotes("Summary record\n\n3. Ms. Renate OSTERHAG-LUZ (Tamberg) said that her audit had been thorough and "
                "that “the drums were open”.")
    assert [q.speaker for q in qs] == ["Renate Osterhag-Luz"], [(q.speaker, q.attribution) for q in qs]
