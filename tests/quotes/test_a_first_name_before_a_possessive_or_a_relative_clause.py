"""A first name alone set off by a possessive apposition or a relative clause (« Et Tobiah, notre responsable des
politiques, répète que « … » », "Imke, who runs our screening van, says “…”"): the kit's one person of that first
name, named in full in another document, as "Leda, one of our rangers," already was.

A first name two people of the kit bear still gives nobody's full name, and a first name the kit gives nobody in
full is no one else's. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_INTRO = ("a", "en", "Odalric Vesterholm, policy lead of the Road Coalition, said: “Thirty years, not five.”\n\n"
                     "Wenna Tregaskis-Lowe, who runs the clinic bus, said: “We screen them all.”")

_FOUND = [
    ("fr", f"**Q. M. :** Et Odalric, notre responsable des politiques, répète à qui veut l’entendre que «{NB}le "
           f"péage coûte moins cher qu’un seul accident{NB}».", "Odalric Vesterholm"),
    ("fr", f"Odalric, qui suit le dossier depuis dix ans, nous a confié{NB}: «{NB}On ne lâchera pas.{NB}»",
     "Odalric Vesterholm"),
    ("en", "Because the roads grew. Wenna, who runs our clinic bus, says “the bus is the only doctor these drivers "
           "have seen”, and she is right.", "Wenna Tregaskis-Lowe"),
    ("en", "**14:20** — Wenna, our clinic nurse, told the side event: “Bring the bus to every depot.”",
     "Wenna Tregaskis-Lowe"),
]


@pytest.mark.parametrize("lang,text,who", _FOUND)
def test_a_first_name_set_off_by_our_or_who_is_the_kit_s_one_person_of_it(lang, text, who):
    q = settled_kit(_INTRO, ("b", lang, text))[1][-1]
    assert q.speaker == who, (q.speaker, q.attribution, q.evidence)


def test_a_first_name_two_people_bear_names_nobody_in_full():
    intro = ("a", "en", _INTRO[2] + "\n\nWenna Polglase, a driver, said: “I cough every winter.”")
    q = settled_kit(intro, ("b", "en", "Wenna, who runs our clinic bus, says “the bus is the only doctor we "
                                       "have”."))[1][-1]
    assert q.speaker not in ("Wenna Tregaskis-Lowe", "Wenna Polglase"), q.speaker


def test_a_first_name_the_kit_gives_nobody_in_full_is_no_one_else_s():
    q = settled_kit(_INTRO, ("b", "en", "Renzo, who runs the canteen on the quay, told me: “We eat when the ship "
                                        "eats.”"))[1][-1]
    assert q.speaker in ("", "Renzo"), q.speaker
