"""A speech reads out a letter "from" a person named with a known first name and a role in apposition ("It came to
my office in January from Fatoumata NAME, a schoolteacher in X, whose pupils …. She wrote: ¶ “…”"): she is a
person, and the "she" that introduces the letter stands for her. A place after "from" ("the delegation from
Santa Maria, a small island") is still no person. Written for these tests, in the forms of a bank president's
speech and a feature.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

pytestmark = pytest.mark.abstains


def test_the_letter_s_writer_after_from():
    text = ("I want to read you a letter. It came to my office in January from Fatoumata Leota, a schoolteacher in "
            "Kessa, whose pupils watch the night sky. She wrote:\n\n“Dear Mr President, my pupils have counted "
            "forty-one moving lights in a single evening.\n\n“Please do not answer me with a brochure.”")
    assert [q.speaker for q in quotes(text, language="en")] == ["Fatoumata Leota"]


def test_a_message_from_a_fisherman():
    text = ("Last week a message reached the desk from Maria Loma, a fisherwoman in Vailo. She wrote: “Nobody warned "
            "us before the tank came down.”")
    assert [q.speaker for q in quotes(text, language="en")] == ["Maria Loma"]


def test_near_miss_a_place_after_from():
    text = "The delegation from Santa Maria, a small island, arrived late. She said: “We are here.”"
    assert [q.speaker for q in quotes(text, language="en")] == [""]
