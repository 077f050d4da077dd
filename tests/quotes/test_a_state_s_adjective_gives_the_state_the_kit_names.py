"""A State's adjective gives the State where the kit names that State anywhere, in whatever form (a delegation
table's "Republic of Quellmark", « le Quellmark », "Quellmark's ambassador"), for an unnamed person as for a
body: « un négociateur quellmarkien », "a Quellmarkian delegate", "A member of the Quellmarkian delegation, who
asked not to be named", « Un diplomate quellmarkien ».

Decision (kept, round 24): where no document of the kit names the State, nothing is made up from the adjective
("Quellmark", "Quellmarkia", "Quellmarkie" are all guesses); of two States whose names begin alike, the one the
adjective is made from.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_NAMED = [
    ("a", "en", "## Delegations\n\n| State | Head |\n|---|---|\n| Republic of Quellmark | Ambassador Ivo Starn |\n"
                "| Tamoura | Ms Ada Lenk |\n\n“We will see,” said Ivo Starn, ambassador of Quellmark."),
    ("a", "fr", f"Le Quellmark a pris la parole en premier.\n\n«{NB}Nous verrons{NB}», a dit Ivo Starn, ambassadeur du "
                f"Quellmark."),
    ("a", "en", "Quellmark’s ambassador, Ivo Starn, spoke first. “We will see,” he said."),
]
_ADJECTIVE = [
    ("b", "fr", f"«{NB}We will not sign a number we cannot measure{NB}», glisse en anglais un négociateur quellmarkien."),
    ("b", "en", "A member of the Quellmarkian delegation, who asked not to be named, said the text was “already dead in "
                "the water and buried”."),
    ("b", "en", "“We will not sign a number we cannot measure,” a Quellmarkian delegate told reporters."),
    ("b", "fr", f"Un diplomate quellmarkien l’a reconnu{NB}: «{NB}Nous ne signerons pas un chiffre que nous ne savons "
                f"pas mesurer.{NB}»"),
]


@pytest.mark.parametrize("named", _NAMED)
@pytest.mark.parametrize("adjective", _ADJECTIVE)
def test_the_adjective_gives_the_state_the_kit_names(named, adjective):
    q = settled_kit(named, adjective)[1][0]
    assert q.speaker == ""
    assert q.organisation == "Quellmark"


@pytest.mark.parametrize("adjective", _ADJECTIVE)
def test_no_state_is_made_up_where_the_kit_never_names_it(adjective):
    q = settled_kit(("z", "en", "“We will see,” said Ivo Starn, an ambassador."), adjective)[1][0]
    assert "Quellmark" not in q.organisation or "delegation" in q.organisation


def test_the_state_the_adjective_is_derived_from_not_one_that_begins_alike():
    two = ("a", "en", "“We will see,” said Ivo Starn, ambassador of Quellmark.\n\n“So will we,” said Ada Lenk, "
                      "ambassador of Quellmarsh.")
    q = settled_kit(two, _ADJECTIVE[2])[1][0]
    assert q.organisation == "Quellmark"  # "Quellmarkian" is made from Quellmark, not from Quellmarsh
