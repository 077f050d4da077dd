"""People a document names by less than their full name, whom another document of the kit names in full:

* an inverted subject followed by a time (« Comme l'a dit Marchbank lundi, « … » », "As Marchbank said on
  Monday, “…”"): the time is no part of the name, and the surname takes the kit's full name;
* a first name alone with her role between commas ("Leda, one of our best rangers, says “…”", « Leda, l'une de
  nos gardes, »): the kit's one person of that first name.

Two people of that first name, or a first name someone in the kit bears as a surname, give nobody. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

_INTRO = ("a", "en", "Ysolde Marchbank, executive director of the Shore Coalition, told reporters: “We know how to "
                     "clear an island.”\n\nLeda Fennimore, a ranger with the Island Wardens Network, said: “Every trap "
                     "is a letter.”")

_TIMED = [
    ("fr", f"# Déclaration de la République de Vendrelle\n\nMadame la Présidente,\n\nComme l’a dit Marchbank lundi, "
           f"«{NB}le crochet est le meilleur ami du rat{NB}»."),
    ("fr", f"**11 h 20** — Comme l’a rappelé Marchbank hier soir, «{NB}le crochet est le meilleur ami du rat{NB}»."),
    ("fr", f"Comme l’a répété Marchbank en plénière, «{NB}le crochet est le meilleur ami du rat{NB}»."),
    ("en", "Madam President,\n\nAs said Marchbank on Monday, “the bracket is the rat’s best friend.”"),
]


@pytest.mark.parametrize("lang,text", _TIMED)
def test_a_time_after_the_inverted_surname_is_no_part_of_it(lang, text):
    qs = settled_kit(_INTRO, ("b", lang, text))[1]
    q = next(q for q in qs if "rat" in q.text)
    assert q.speaker == "Ysolde Marchbank"
    assert q.organisation == "Shore Coalition"


_FIRST = [
    ("en", "# “An island is only as safe as its jetty,” says Kalani Ostervald\n\n**Q: What does a ranger need?**\n\n"
           "**A:** A dog. Leda, one of our best rangers, says “the rats learn faster than the budget committees,” and "
           "she is not joking."),
    ("en", "Leda, a ranger on the north shore, says “the rats learn faster than the budget committees.”"),
    ("fr", f"Leda, l’une de nos meilleures gardes, le dit{NB}: «{NB}les rats apprennent plus vite que les comités "
           f"budgétaires{NB}»."),
]


@pytest.mark.parametrize("lang,text", _FIRST)
def test_a_first_name_alone_is_the_kit_s_one_person_of_that_name(lang, text):
    qs = settled_kit(_INTRO, ("b", lang, text))[1]
    q = next(q for q in qs if "rats" in q.text)
    assert q.speaker == "Leda Fennimore"


def test_a_first_name_two_people_bear_gives_nobody():
    two = ("c", "en", "Leda Okafor, a ferry captain, said: “We carry everything.”")
    qs = settled_kit(_INTRO, two, ("b", "en", "Leda, one of our best rangers, says “the rats learn faster than the "
                                              "budget committees.”"))[2]
    q = next(q for q in qs if "rats" in q.text)
    assert q.speaker in ("", "Leda")
    assert "Fennimore" not in q.speaker and "Okafor" not in q.speaker
