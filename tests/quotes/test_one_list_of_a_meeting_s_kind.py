"""One list of a meeting's kind, one rule, read both where a speaker's body is settled across the kit and where a
person's bodies are joined across languages: the kind alone is a meeting ("the Conference", « la réunion », "the
Forum", "Congress"), and so is a conference, summit, meeting, « réunion » or plenary of or on something ("Meeting
of the Parties", « Conférence sur les océans »); a "Congress of …" or a "Forum of …" may be a body's own name, so it
is no meeting.
The names are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.quotes.entities import _one_a_meeting
from presskit.quotes.vocab import is_meeting

_MEETINGS = ["the Conference", "Conférence des Parties", "Meeting of the Parties", "Réunion des Parties", "Summit of "
             "Coastal States", "la réunion", "Plenary", "the Forum", "Congress", "le congrès", "Conférence sur les océans",
             "Conference on Coastal Fisheries"]
_BODIES = ["Congress of Dock Unions", "Congrès des syndicats dockers", "Forum of Coastal Mayors", "Ostvaldia",
           "Summitview Trust", "Conference Interpreters Network", "Réunion Island Fishers' League"]


@pytest.mark.parametrize("name", _MEETINGS)
def test_a_meeting(name):
    assert is_meeting(name)


@pytest.mark.parametrize("name", _BODIES)
def test_no_meeting(name):
    assert not is_meeting(name)


def test_a_congress_body_s_two_names_may_be_joined():
    # a confederation quoted through one person in two languages: one body's two names
    assert not _one_a_meeting("Congress of Dock Unions", "Fédération des dockers")


def test_the_forum_alone_is_never_a_state_s_other_name():
    assert _one_a_meeting("the Forum", "Ostvaldia")
    assert _one_a_meeting("Réunion des Parties", "Ostvaldia")
    assert not _one_a_meeting("Conference of the Parties", "Conférence des Parties")
