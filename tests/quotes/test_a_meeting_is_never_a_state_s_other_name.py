"""A person read as speaking for her State in one language and for the meeting she chairs in the other (« présidente
de la Réunion », "President of the Summit") does not make the meeting the State's other name: the State's unnamed
delegates stay the State's, never « Réunion ». Two names of one meeting (« Conférence des Parties », "Conference of
the Parties") and two names of one body are still joined. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from presskit.model import Item, KitInfo, Quote
from presskit.quotes.entities import Organisations
from tests.quotes.finding import NB, settled_kit

_STATE = ("a", "en", "“We will close on time,” said Ambassador Ilse Marrow of Ostvaldia.")
_CHAIR = [
    ("b", "fr", f"«{NB}Je n’ai pas l’intention de clore cette réunion sans accord{NB}», a prévenu Ilse Marrow, "
                f"présidente de la Réunion."),
    ("b", "fr", f"«{NB}Nous finirons à l’heure{NB}», a déclaré Ilse Marrow, présidente de la Conférence."),
]
_UNNAMED = [
    # a wire story
    ("c", "fr", f"Selon une source proche de la délégation ostvalde, «{NB}le paragraphe 4 passera jeudi{NB}»."),
    # a newsletter's corridor column
    ("c", "fr", f"Un délégué ostvalde, sous couvert d’anonymat, résume la position de sa capitale{NB}: «{NB}Un "
                f"registre, oui. Un registre public, pas cette année.{NB}»"),
    # a feature
    ("c", "fr", f"Une porte-parole de la délégation ostvalde a répondu en anglais{NB}: “The presidency will not let "
                f"the register slip to next year.”"),
    # a briefing's bold lead-in
    ("c", "fr", f"**Une source proche de la délégation ostvalde**{NB}: «{NB}Nous signerons, mais pas cette semaine."
                f"{NB}»"),
]


@pytest.mark.parametrize("chair", _CHAIR)
@pytest.mark.parametrize("unnamed", _UNNAMED)
def test_the_state_s_delegates_are_not_the_meeting_s(chair, unnamed):
    q = settled_kit(_STATE, chair, unnamed)[2][0]
    assert q.speaker == ""
    assert q.organisation in ("Ostvaldia", "Ostvaldie")


def _item(i, lang):
    return Item(id=i, path=f"{i}.pdf", sha256="", bytes=1, kind="statement", language=lang, organisation="X")


@pytest.mark.parametrize("en, fr", [
    ("Ostvaldia", "Réunion"), ("Ostvaldia", "Réunion des Parties"), ("Ostvaldia", "Conférence"),
    ("Summit", "Ostvaldie"), ("Meeting of the Parties", "Ostvaldie"), ("Harbour Coalition", "Sommet"),
])
def test_a_meeting_and_what_is_no_meeting_are_two(en, fr):
    a, b = _item("a", "en"), _item("b", "fr")
    quotes = [(a, Quote("…", "Ilse Marrow", "", en, attribution="named")),
              (b, Quote("…", "Ilse Marrow", "", fr, attribution="named"))]
    assert not Organisations.of_kit(KitInfo(), [a, b], quotes).same(en, fr)


@pytest.mark.parametrize("en, fr", [
    ("Conference of the Parties", "Conférence des Parties"),  # one meeting's two names: still joined
    ("Field Hospitals Network", "Réseau des hôpitaux de campagne"),  # one body's two names: still joined
])
def test_near_miss_two_meetings_or_two_bodies_are_still_one(en, fr):
    a, b = _item("a", "en"), _item("b", "fr")
    quotes = [(a, Quote("…", "Ilse Marrow", "", en, attribution="named")),
              (b, Quote("…", "Ilse Marrow", "", fr, attribution="named"))]
    assert Organisations.of_kit(KitInfo(), [a, b], quotes).same(en, fr)
