"""A statement's or an answer's "I said" after a time that opens the sentence ("In 2029 I said in this very city
that “…”", "Two years ago I told this hall that “…”", « Il y a deux ans, j’ai dit ici que « … » ») is the speaker's
own earlier words, as "I said in 2029 that “…”" already was: the year or the time ago was read as part of the
subject, and the quotation was left to nobody (or to the publisher). The near-misses: a time before someone else
("In 2029 the minister said that “…”") still gives that person, and "Two years ago they said" still nobody.
Written for these tests, as a minister's statement, a delegation's speech and a newsletter's column would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

SPEAKER = "Ragna Solvik-Amo"


def _of(text: str, words: str, **kw):
    return next(q for q in quotes(text, **kw) if words in q.text)


MINE = [
    ("In 2029 I said in this very city that “a harbour without a crane is a harbour without a future”. I say it "
     "again.", "harbour without a crane"),
    ("Two years ago I told this hall that “no port should charge for a net brought home”. We kept our word.",
     "charge for a net"),
    ("Four years ago, I said that “the sea keeps what we lose”. It still does.", "sea keeps what we lose"),
    (f"Il y a deux ans, j’ai dit ici que «{NB}aucun port ne doit faire payer un filet rapporté{NB}». Nous avons tenu "
     f"parole.", "aucun port ne doit"),
    (f"En 2029, j’ai dit dans cette ville que «{NB}la mer garde ce que nous perdons{NB}».", "la mer garde"),
]


@pytest.mark.parametrize("text, words", MINE)
def test_i_said_after_a_time_is_the_speaker_s_own_earlier_words(text, words):
    q = _of(text, words, default_speaker=SPEAKER)
    assert q.speaker == SPEAKER, (q.speaker, q.attribution)


def test_a_time_before_someone_else_gives_that_person():
    text = "In 2029 the minister, Tor Halvik, said that “a harbour without a crane is a harbour without a future”."
    assert _of(text, "harbour without a crane", default_speaker=SPEAKER).speaker == "Tor Halvik"


def test_a_time_before_they_said_names_nobody():
    text = "Two years ago they said that “no port should charge for a net brought home”."
    assert _of(text, "charge for a net", default_speaker=SPEAKER).speaker != SPEAKER


def test_a_time_before_i_and_another_verb_leaves_the_pronoun_after_it_alone():
    """Near-miss: "Three weeks ago I stood … with the district officer …. He told me: “…”" is the officer's, unnamed
    (the time before "I stood" is no saying of the speaker's)."""
    text = ("Three weeks ago I stood on the quay at Brennvik with the harbour officer who had received our storm "
            "warning at 2 a.m. He told me: “I had the warning. I had nobody to pass it to.”")
    assert _of(text, "nobody to pass it to", default_speaker=SPEAKER).speaker == ""
