"""A State's French adjective whose ending is not one of the usual ones (« -ien », « -ais », « -ois »…) still gives
the State the kit names: « ostvalde » for Ostvaldie, « brégantine » for Brégantie, « barsakhie » for Barsakh,
« mendrave » for Mendravie, after the people and bodies an unnamed sayer is (« une source proche de la délégation
ostvalde », « un délégué brégantin… » ). Only where the kit names the State, and only one State: a stem that fits two
gives nothing, nor does an adjective of no State (« la délégation entière », « officielle »).
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_NAMED = [
    ("a", "fr", f"«{NB}Nous verrons{NB}», a dit Ilse Marrow, ambassadrice de l’Ostvaldie."),
    ("a", "en", "“We will see,” said Ilse Marrow, ambassador of Ostvaldia."),
]
_ADJECTIVE = [
    # a wire story
    ("b", "fr", f"Selon une source proche de la délégation ostvalde, «{NB}le paragraphe 4 passera, mais pas avant "
                f"jeudi soir{NB}»."),
    # a newsletter's corridor column
    ("b", "fr", f"Un délégué ostvalde, sous couvert d’anonymat, résume la position de sa capitale{NB}: «{NB}Un "
                f"registre, oui. Un registre public, pas cette année.{NB}»"),
    # a feature
    ("b", "fr", f"Une porte-parole de la délégation ostvalde a répondu en anglais{NB}: “The presidency will not let "
                f"the register slip to next year.”"),
    # a briefing's bold lead-in
    ("b", "fr", f"**Une source proche de la délégation ostvalde**{NB}: «{NB}Nous signerons, mais pas cette semaine, "
                f"et pas sans argent.{NB}»"),
]


@pytest.mark.parametrize("named", _NAMED)
@pytest.mark.parametrize("adjective", _ADJECTIVE)
def test_the_adjective_gives_the_state_the_kit_names(named, adjective):
    q = settled_kit(named, adjective)[1][0]
    assert q.speaker == ""
    assert q.organisation in ("Ostvaldie", "Ostvaldia")


@pytest.mark.parametrize("state, adjective", [("Brégantie", "brégantine"), ("Barsakh", "barsakhie"),
                                              ("Mendravie", "mendrave")])
def test_other_endings(state, adjective):
    named = ("a", "fr", f"«{NB}Nous verrons{NB}», a dit Ilse Marrow, ambassadrice du {state}.")
    said = ("b", "fr", f"Une source proche de la délégation {adjective} estime que le texte «{NB}passera jeudi, ou "
                       f"ne passera pas cette année{NB}».")
    assert settled_kit(named, said)[1][0].organisation == state


@pytest.mark.parametrize("adjective", _ADJECTIVE)
def test_nothing_where_the_kit_never_names_the_state(adjective):
    q = settled_kit(("z", "fr", f"«{NB}Nous verrons{NB}», a dit Ilse Marrow, ambassadrice."), adjective)[1][0]
    assert "Ostvald" not in q.organisation


def test_nothing_where_the_stem_fits_two_states():
    two = ("a", "fr", f"«{NB}Nous verrons{NB}», a dit Ilse Marrow, ambassadrice de l’Ostvaldie.\n\n«{NB}Nous aussi"
                      f"{NB}», a dit Ada Lenk, ambassadrice de l’Ostvaldor.")
    assert "Ostvald" not in settled_kit(two, _ADJECTIVE[0])[1][0].organisation


def test_an_adjective_of_no_state_gives_nothing():
    said = ("b", "fr", f"Un membre de la délégation officielle, sous couvert d’anonymat, a glissé{NB}: «{NB}Le texte "
                       f"passera jeudi, ou il ne passera pas.{NB}»")
    for named in _NAMED:
        assert settled_kit(named, said)[1][0].organisation == ""
