"""A name a thing has been given, after a passive verb of calling ("has long been called “…”", "is known as
“…”", « a longtemps été appelée « … » », « est surnommé « … » »): a name held at a distance, nobody's
quotation, as for the present tense ("Villagers call the crossing “…”"). Written for these tests, in the forms of statements, features,
newsletters, wires, live blogs and fact sheets, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NAMES = [
    ("en", "Snakebite has long been called “the most neglected of the neglected”. Let us change that."),
    ("en", "The old ferry route is still known as “the widows’ crossing” in the villages along the estuary."),
    ("en", "For years the fund was called “the empty drawer” by the delegates who had paid into it nothing."),
    ("en", "The clinic at the end of the road, once dubbed “the last stop before the sea”, has closed."),
    ("en", "Live: the draft, already nicknamed “the paper without numbers”, goes to the plenary at noon."),
    ("en", "Heat stroke is often described as “the silent emergency of summer”."),
    ("fr", f"Les morsures de serpent ont longtemps été appelées «{NB}la plus négligée des maladies négligées{NB}»."),
    ("fr", f"La vieille route du bac est encore appelée «{NB}la traversée des veuves{NB}» dans les villages."),
    ("fr", f"Le fonds, surnommé «{NB}le tiroir vide{NB}» par les délégués, n’a jamais reçu un euro."),
    ("fr", f"Ce dispensaire, longtemps qualifié de «{NB}dernier arrêt avant la mer{NB}», a fermé ses portes."),
    ("fr", f"En direct : le projet, déjà baptisé «{NB}le texte sans chiffres{NB}», arrive en plénière à midi."),
    ("fr", f"La canicule est souvent désignée comme «{NB}l’urgence silencieuse de l’été{NB}» dans les hôpitaux."),
]


@pytest.mark.parametrize("lang,text", NAMES)
def test_a_name_a_thing_has_been_given_is_no_quotation(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []

