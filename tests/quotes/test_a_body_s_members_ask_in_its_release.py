"""A body's members as the subject of what the body asks for, in the body's own release (a headline or its
lead): « Les pêcheurs lacustres demandent « un fonds d'urgence pour les lacs envahis » » in the release of the
Fédération des pêcheurs lacustres, "Lake fishers call for “an emergency fund for invaded lakes”" in the
Federation of Lake Fishers' release: the body's words, nobody named.

Members whose noun is not in the publisher's name ("Farmers demand …" in the coalition's release) are not the
publisher, and what people call a thing (« Les pêcheurs appellent « la croûte » … ») is no quotation. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_FR_ORG = "Fédération des pêcheurs lacustres"
_EN_ORG = "Federation of Lake Fishers"

_ASK = [
    (f"FÉDÉRATION DES PÊCHEURS LACUSTRES - COMMUNIQUÉ DE PRESSE\nRavensholm, le 23 septembre 2032\n\nLes pêcheurs "
     f"lacustres demandent «{NB}un fonds d’urgence pour les lacs envahis{NB}»\n\nNous l’avons dit dès lundi.", _FR_ORG),
    (f"# Les pêcheurs réclament «{NB}un fonds d’urgence pour les lacs envahis{NB}»\n\nRavensholm, 23 septembre.",
     _FR_ORG),
    ("FEDERATION OF LAKE FISHERS - PRESS RELEASE\n\nLake fishers call for “an emergency fund for invaded lakes”\n\n"
     "We said it on Monday.", _EN_ORG),
    ("# Fishers demand “an emergency fund for invaded lakes”\n\nRavensholm, 23 September.", _EN_ORG),
]


@pytest.mark.parametrize("text,org", _ASK)
def test_the_members_asking_are_the_body(text, org):
    q = next(q for q in quotes(text, default_organisation=org) if "fonds" in q.text or "fund" in q.text)
    assert q.speaker == ""
    assert q.organisation == org


def test_members_of_another_body_are_not_the_publisher():
    qs = quotes("# Farmers demand “an emergency fund for flooded fields”\n\nRavensholm, 23 September.",
                default_organisation="Harbour Coalition")
    assert all(q.organisation != "Harbour Coalition" for q in qs)


def test_what_members_call_a_thing_is_no_quotation():
    assert quotes(f"Les pêcheurs appellent «{NB}la croûte{NB}» la couche de moules qui recouvre les quais.",
                  default_organisation=_FR_ORG) == []
