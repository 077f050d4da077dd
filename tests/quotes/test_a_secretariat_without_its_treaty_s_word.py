"""A body named after a treaty, later without the treaty's word, is one body.

Press copy names a treaty's secretariat in full once ("the Ombreval Agreement Secretariat", « le Secrétariat de
l'Accord d'Ombreval ») and then shortens it as people do ("the Ombreval Secretariat", as one says "the Basel
Secretariat"). The Quotes view's organisation filter showed the short form as a second organisation beside the
kit's one body with its English and French names. The short form is the same body when it keeps the name before
and the head noun after and drops only the treaty's word (agreement, convention, protocol, treaty, accord,
covenant), and when one body only fits it: beside two treaties' secretariats it is neither.

The names are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.model import KitInfo, Organisation
from presskit.quotes.entities import Organisations


def _kit(*pairs: tuple[str, str]) -> Organisations:
    return Organisations.of_kit(KitInfo(organisations=[Organisation({"en": en, "fr": fr}) for en, fr in pairs]))


@pytest.mark.parametrize("short", ["Ombreval Secretariat", "the Ombreval Secretariat"])
def test_the_short_form_is_the_kits_body_in_both_languages(short):
    orgs = _kit(("Ombreval Agreement Secretariat", "Secrétariat de l’Accord d’Ombreval"))
    orgs.add(short, "en")
    assert orgs.same(short, "Secrétariat de l'Accord d'Ombreval")
    assert len(orgs.entities) == 1  # the filter lists it once
    assert orgs.label(short, "fr") == "Secrétariat de l’Accord d’Ombreval"
    assert orgs.label(short, "en") == "Ombreval Agreement Secretariat"


def test_the_head_first_long_form_too():
    orgs = Organisations()
    orgs.add("the Secretariat of the Tessin Convention", "en")
    orgs.add("Tessin Secretariat", "en")
    assert len(orgs.entities) == 1


@pytest.mark.parametrize("short", [
    "Ombreval Institute",  # another head noun: another body
    "Ombreval Coast Secretariat",  # a word that is no treaty's
    "Secretariat",  # the head alone
    "Ombreval",  # the name alone: a place, a State
])
def test_other_names_stay_apart(short):
    orgs = _kit(("Ombreval Agreement Secretariat", "Secrétariat de l’Accord d’Ombreval"))
    orgs.add(short, "en")
    assert not orgs.same(short, "Ombreval Agreement Secretariat")


def test_two_treaties_secretariats_leave_the_short_form_alone():
    orgs = Organisations()
    orgs.add("Ombreval Agreement Secretariat", "en")
    orgs.add("Ombreval Protocol Secretariat", "en")
    orgs.add("Ombreval Secretariat", "en")
    assert len(orgs.entities) == 3
