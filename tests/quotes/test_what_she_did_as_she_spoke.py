"""What a speaker did as she spoke, after her name, is no role and names no body.

"said NAME, switching to French for the X press", "NAME said, pointing at the map of the Y Agency", « a dit
NAME, répondant à la presse X », « a lancé NAME, brandissant le rapport de l’Institut Y »: a participle clause
after the name tells how the words were said. The body stays the one the text gave the person before.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_LEAD_EN = "Maren Otieno-Vass, Ostria’s trade minister, took questions after the session. "
_EN = [
    "“We will publish every permit by June,” said Otieno-Vass, switching to English for the Kalder press.",
    "“We will publish every permit by June,” Otieno-Vass said, pointing at a map of the Delta Survey Agency.",
    "“We will publish every permit by June,” said Otieno-Vass, answering a question from the Harbour Gazette.",
    "Q: And the permits? A: “We will publish every permit by June,” said Otieno-Vass, turning to the Kalder "
    "Broadcasting Service camera.",
    "“We will publish every permit by June,” said Otieno-Vass, holding up the report of the Sediment Institute.",
    "“We will publish every permit by June,” said Otieno-Vass, replying to the Coastal Fishers Union.",
]
_LEAD_FR = "Maren Otieno-Vass, ministre du commerce de l’Ostrie, a répondu aux questions. "
_FR = [
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a dit Otieno-Vass, répondant à la presse kaldérienne.",
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a lancé Otieno-Vass, brandissant le rapport de "
    f"l’Institut des sédiments.",
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a assuré Otieno-Vass, montrant une carte de l’Agence "
    f"du delta.",
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a ajouté Otieno-Vass, se tournant vers la Gazette du "
    f"port.",
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a répété Otieno-Vass, citant le Syndicat des pêcheurs "
    f"côtiers.",
    f"«{NB}Nous publierons chaque permis d’ici juin{NB}», a déclaré Otieno-Vass, désignant la délégation du "
    f"Kalder.",
]


@pytest.mark.parametrize("tail", _EN)
def test_an_english_participle_after_the_name_is_no_role(tail):
    q = one(_LEAD_EN + tail)
    assert (q.speaker, q.role, q.organisation) == ("Maren Otieno-Vass", "trade minister", "Ostria")


@pytest.mark.parametrize("tail", _FR)
def test_a_french_participle_after_the_name_is_no_role(tail):
    q = one(_LEAD_FR + tail)
    assert q.speaker == "Maren Otieno-Vass"
    assert q.role == "ministre du commerce de l’Ostrie"
    assert q.organisation in ("", "Ostrie")  # her State given by « de l’Ostrie » inside the role, or none


def test_a_participle_after_a_full_name_gives_no_body():
    q = one("“We will publish every permit by June,” said Maren Otieno-Vass, switching to English for the Kalder "
            "press.")
    assert (q.speaker, q.organisation) == ("Maren Otieno-Vass", "")
