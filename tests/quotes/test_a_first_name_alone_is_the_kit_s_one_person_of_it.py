"""A first name alone as a speaker (« Kwabena, qui a monté la bibliothèque avec moi, leur répond : « … » »,
"Kwabena told the side event: “…”"): the kit's one person of that first name, named in full in another document.

A first name the kit gives nobody in full stays as the text gives it (a survivor named by her first name only is
that first name); a first name two people of the kit bear gives nobody's full name; a surname alone still takes
the kit's full name. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_INTRO = ("a", "en", "Kwabena Oduro-Lind, a wood anatomist at the Grain Library, said: “Every ring is a year of "
                     "rain.”\n\nIsaura Petrel-Vance, the library's director, said: “We will open in May.”")

_FIRST = [
    ("fr", f"**R :** Kwabena, qui a monté la bibliothèque avec moi, leur répond toujours{NB}: «{NB}Apportez-moi un "
           f"seul cas où nous nous sommes trompés.{NB}» Personne ne l’a fait."),
    ("en", "**A:** Kwabena, who built the library with me, always answers them: “Bring me one case where we were "
           "wrong.” Nobody has."),
    ("en", "**11:05** — Kwabena told the side event: “Bring me one case where we were wrong.”"),
]


@pytest.mark.parametrize("lang,text", _FIRST)
def test_a_first_name_alone_is_the_kit_s_one_person_of_that_name(lang, text):
    qs = settled_kit(_INTRO, ("b", lang, text))[1]
    q = next(q for q in qs if "one case" in q.text or "seul cas" in q.text)
    assert q.speaker == "Kwabena Oduro-Lind", (q.speaker, q.attribution)


_NOBODY = [
    ("fr", f"**R :** Renzo, qui tient la cantine du port, m’a dit{NB}: «{NB}On mange quand le bateau mange.{NB}»"),
    ("en", "**A:** Renzo, who runs the canteen on the quay, told me: “We eat when the ship eats.”"),
]


@pytest.mark.parametrize("lang,text", _NOBODY)
def test_a_first_name_the_kit_gives_nobody_in_full_is_no_one_else_s_full_name(lang, text):
    qs = settled_kit(_INTRO, ("b", lang, text))[1]
    q = next(q for q in qs if "mange" in q.text or "eats" in q.text)
    assert q.speaker in ("", "Renzo"), (q.speaker, q.attribution)


def test_a_surname_alone_still_takes_the_full_name():
    qs = settled_kit(_INTRO, ("b", "en", "Oduro-Lind told the side event: “Bring me one case where we were wrong.”"))[1]
    assert qs[0].speaker == "Kwabena Oduro-Lind"


def test_a_first_name_two_people_bear_is_neither_s_full_name():
    two = ("c", "en", "Kwabena Asante, a customs officer, said: “We check the papers.”")
    qs = settled_kit(_INTRO, two, ("b", "en", "Kwabena told the side event: “Bring me one case where we were "
                                              "wrong.”"))[2]
    assert qs[0].speaker in ("", "Kwabena")
