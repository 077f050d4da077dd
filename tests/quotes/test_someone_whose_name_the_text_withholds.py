"""Someone the text says it does not name, in the other ways copy says so: "a technician who asked that her name be
left out", "an inspector whose name was withheld", « une technicienne, qui a demandé que son nom ne soit pas
cité », « un agent dont nous taisons le nom »: the pronoun after it is that unnamed person's, never the person the
paragraph or the profile named before.

"who asked that her name be used" asks the opposite, and the person named before keeps the pronoun (near-miss).
The sentences are written for these tests, as a feature, a wire, a newsletter and a radio report would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_LEAD = "Profile\n\nIlse Marrowby runs the laboratory. “We count everything,” she said.\n\n"
_UNNAMED = [
    _LEAD + "A technician who asked that her name be left out, because staff may not talk to the press, lifts a sieve "
            "down. “People imagine bottles,” she says.",
    _LEAD + "An inspector whose name was withheld by the ministry described the site. “The drums were open,” he said.",
    _LEAD.replace("she said", "a-t-elle dit") + "Une technicienne, qui a demandé que son nom ne soit pas cité, "
            f"décroche un tamis. «{NB}Les gens imaginent des bouteilles{NB}», dit-elle.",
    _LEAD + f"Un agent dont nous taisons le nom ouvre la porte. «{NB}Tout est là{NB}», dit-il.",
]


@pytest.mark.parametrize("text", _UNNAMED)
def test_a_withheld_name_is_nobody_named(text):
    qs = quotes(text)
    assert qs[-1].speaker == "", [(q.speaker, q.attribution) for q in qs]


def test_asking_that_the_name_be_used_is_no_anonymity():
    qs = quotes(_LEAD + "Marrowby, who asked that her name be used in full, lifts a sieve down. “People imagine "
                        "bottles,” she says.")
    assert qs[-1].speaker == "Ilse Marrowby", [(q.speaker, q.attribution) for q in qs]
