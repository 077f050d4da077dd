""""I" in a piece its head signs with one name ("By NAME, astronomer", « Par NAME »): an op-ed's, a column's, a
newsletter editor's letter's first person is its author, so "In my book …, I wrote that “…”" gives the author's own
earlier words. A piece signed by two people, or by nobody, names no one. Written for these tests, in English and
French, as opinion pages, columns, newsletters and blogs print them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a guest essay
    ("Opinion · Guest essay\n\n# The sky we lost\n\nBy Hedda Marklund, astronomer · The Port Gazette, 3 May 2039\n\n"
     "When I was a girl I could read the time by the stars.\n\nIn my book *Night Work*, I wrote that “a town that "
     "hides its stars tells its children the world is small”. I would write it again.\n", "en", "Hedda Marklund"),
    # a newsletter's editor's letter
    ("# From the editor\n\nBy Colm Ferriter, editor\n\nLast spring, I wrote to our readers that “the lamps will be "
     "dimmed before the year is out”. They were not.\n", "en", "Colm Ferriter"),
    # a blog post signed with a title: the name, without it
    ("# Listening divide\n\nBy Dr Aoife Kerrigan\n\nAs I told the committee in May, “a calf that cannot hear its "
     "mother is a calf at risk”.\n", "en", "Aoife Kerrigan"),
    # une chronique
    (f"# Chronique — La nuit des autres\n\nPar Solène Abgrall, journaliste\n\nComme je l'écrivais ici en mars, "
     f"«{NB}une rue éteinte n'est pas une rue abandonnée{NB}». Je n'ai pas changé d'avis.\n", "fr", "Solène Abgrall"),
]


@pytest.mark.parametrize("text, language, speaker", CASES)
def test_i_is_the_author_the_head_signs(text, language, speaker):
    qs = quotes(text, language=language)
    assert qs and qs[-1].speaker == speaker


@pytest.mark.parametrize("text, language", [
    # two signatories: whose "I" it is the head does not say
    ("# The sky we lost\n\nBy Hedda Marklund and Colm Ferriter\n\nIn my book *Night Work*, I wrote that “a town "
     "that hides its stars tells its children the world is small”.\n", "en"),
    # no by-line
    ("# The sky we lost\n\nIn my book *Night Work*, I wrote that “a town that hides its stars tells its children "
     "the world is small”.\n", "en"),
])
def test_no_one_signer_names_no_one(text, language):
    qs = quotes(text, language=language)
    assert all(not q.speaker for q in qs)
