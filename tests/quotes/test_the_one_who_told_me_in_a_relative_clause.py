"""A speech or a letter thanks a person named with her State, then says in a relative clause that she told the
writer the words ("I also want to thank Minister NAME of Kasamwe, who told me last night, in French, because she
says my French needs the practice: “…”", « Je salue la ministre NAME, qui m'a dit hier : « … » »): the words are
hers, not the speech's own speaker's, and the State after "of" is not a person. Another person named inside the
clause leaves the words to the forms read before. Written for these tests, in the forms of a bank president's
speech and a minister's statement.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

CASES = [
    ("I also want to thank Minister Awa Kanté of Kasamwe, who told me last night, in French, because she says my "
     "French needs the practice: “Monsieur le Président, l’espace n’est pas une poubelle.” I could not have put "
     "it better.", "en", "Awa Kanté"),
    ("I also want to thank Minister Awa Kanté of Kasamwe, who told me last night: “Space is not a dustbin, and "
     "nor are our oceans.” I could not have put it better.", "en", "Awa Kanté"),
]


@pytest.mark.parametrize("text,lang,speaker", CASES)
def test_the_relative_clause_s_antecedent_told_the_words(text, lang, speaker):
    assert one(text, language=lang).speaker == speaker


NEAR_MISSES = [
    ("Je salue la ministre Awa Kanté, qui m'a dit hier : « L'espace n'est pas une poubelle ».", "fr", "Awa Kanté"),
    ("I met Ana Brel on the quay, who told me what her husband Paul Rive had said to the inspector: “Nobody "
     "warned us.”", "en", None),
]


@pytest.mark.parametrize("text,lang,speaker", NEAR_MISSES)
def test_near_miss_read_as_before(text, lang, speaker):
    q = one(text, language=lang)
    if speaker is not None:
        assert q.speaker == speaker
    else:
        assert q.speaker != "Ana Brel"
