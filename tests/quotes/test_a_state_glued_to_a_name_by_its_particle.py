"""A State glued to a person's name by its particle (« L'ambassadrice Ingrid Tavelmo d'Okanor », "Ambassador
Ingrid Tavelmo of Okanor said"): where the kit names the person without it and names the State, the name
stops before the particle and the State is her organisation.

A particle that belongs to the name (« Charles Armand de Villiers », nobody in the kit named without it) stays.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_KNOWN = ("a", "en", "The conference president, Ambassador Mirela Kostadin, opened the session.\n\n“We have the science,” "
                     "said Mirela Kostadin, Verlania’s ambassador.\n\nThe Verlania delegation has not spoken.")

_GLUED = [
    ("fr", f"L’ambassadrice Mirela Kostadin de Verlania, qui préside la conférence, a lancé en anglais{NB}: “Ravensholm "
           f"must be remembered for a date.”"),
    ("fr", f"«{NB}Ravensholm doit rester une date{NB}», a lancé l’ambassadrice Mirela Kostadin de Verlania."),
    ("en", "“Ravensholm must be remembered for a date,” said Ambassador Mirela Kostadin of Verlania."),
    ("en", "**09:05** — Ambassador Mirela Kostadin of Verlania opened the day: “Ravensholm must be remembered for a date.”"),
]


@pytest.mark.parametrize("lang,text", _GLUED)
def test_the_state_glued_to_a_known_name_is_her_organisation(lang, text):
    q = next(q for q in settled_kit(_KNOWN, ("b", lang, text))[1] if "date" in q.text)
    assert q.speaker == "Mirela Kostadin"
    assert q.organisation == "Verlania"


def test_a_particle_of_the_name_itself_stays():
    text = ("b", "fr", f"«{NB}Nous irons jusqu’au bout{NB}», a déclaré Charles Armand de Villiers, président du Forum "
                       f"des lacs.")
    q = next(q for q in settled_kit(_KNOWN, text)[1] if "bout" in q.text)
    assert q.speaker == "Charles Armand de Villiers"
