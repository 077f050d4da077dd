"""A wire's sentence that opens on whose view it gives and runs to a fragment with no colon (« Selon elle, les
éleveurs ont besoin « de vaccins … » », "According to him, the fishers need “…”") gives that person's words: the
fragment is hers, not a phrase of the writer's. When someone else is said to speak in between ("According to him,
the report says “…”"), the words are not given to the person of the opening.
The sentences are written for these tests, as a wire desk and a feature would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

HER_VIEW = [
    ("fr", f"La ministre Clémence Vautrin a parlé la dernière. Selon elle, les éleveurs ont besoin «{NB}de vaccins "
           f"avant d’avoir besoin d’interdictions{NB}».", "Clémence Vautrin"),
    ("fr", f"Le ministre Paul Arnoux a pris la parole. Selon lui, les pêcheurs attendent «{NB}un calendrier et de "
           f"l’argent{NB}».", "Paul Arnoux"),
    ("en", "Minister Paul Arnoux spoke first. According to him, the fishers need “a calendar and the money to meet "
           "it”.", "Paul Arnoux"),
]


@pytest.mark.parametrize("lang,text,speaker", HER_VIEW)
def test_the_fragment_is_the_view_s_holder_s(lang, text, speaker):
    qs = quotes(text, language=lang, own_voice=False)
    assert len(qs) == 1 and qs[0].speaker == speaker


def test_another_speaker_in_between_is_not_hers():
    """The near miss: the report speaks in the sentence; the words are not given to him."""
    qs = quotes("Minister Paul Arnoux spoke first. According to him, the report says “the stocks will not recover "
                "before 2040”.", language="en", own_voice=False)
    assert all(q.speaker != "Paul Arnoux" for q in qs)
