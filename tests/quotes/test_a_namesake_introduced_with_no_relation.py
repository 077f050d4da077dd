"""A namesake the text introduces with "no relation" ("the minister, Aurelio NAME — no relation — visited the
loft", « le maire, Per NAME, sans lien de parenté, », "(no relation)") is not "the one just named" for the surname
alone that follows ("“…,” NAME says of him"): the aside is there because the surname alone still means the person
the piece is about, and which of the two it is here the sentence does not say, so nobody is named from it (the kit
may still settle the surname; a wrong person is never given). The near-miss, a namesake named just before without
the aside, is still the one just named. Written for these tests, as a feature, wire copy, a newsletter, a live
blog and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _of(text: str, words: str):
    return next(q for q in quotes(text) if words in q.text)


_FEATURE = ("“Every rope has a memory,” says Liv Haarstad, a rigger on the quay at Brennvik.\n\nHaarstad has "
            "worked the quay for twenty years. She knows each boat by its winch.\n\n")
ASIDE = [
    # feature, em dashes
    (_FEATURE + "The port’s director, Olav Haarstad — no relation — came down last week. “He asked good "
     "questions, for once,” Haarstad says of him.", "good questions"),
    # feature, brackets
    (_FEATURE + "The mayor, Olav Haarstad (no relation), opened the new slipway. “He cut the ribbon and left,” "
     "Haarstad said.", "cut the ribbon"),
    # newsletter, commas
    (_FEATURE + "Olav Haarstad, no relation, chairs the harbour board. “He has never climbed a mast,” Haarstad "
     "told us.", "never climbed a mast"),
    # French feature
    (f"«{NB}Chaque cordage a une mémoire{NB}», dit Liv Haarstad, gréeuse sur le quai de Brennvik.\n\nHaarstad "
     f"travaille sur le quai depuis vingt ans.\n\nLe directeur du port, Olav Haarstad, sans lien de parenté, est "
     f"passé la semaine dernière. «{NB}Il a posé de bonnes questions, pour une fois{NB}», dit Haarstad à son sujet.",
     "bonnes questions"),
    # French wire copy, « aucun lien »
    (f"«{NB}Chaque cordage a une mémoire{NB}», dit Liv Haarstad, gréeuse à Brennvik.\n\nLe maire, Olav Haarstad "
     f"(aucun lien avec elle), a inauguré la cale. «{NB}Il a coupé le ruban et il est parti{NB}», a raconté "
     f"Haarstad.", "coupé le ruban"),
]


@pytest.mark.parametrize("text, words", ASIDE)
def test_a_namesake_met_with_no_relation_is_not_the_one_just_named(text, words):
    q = _of(text, words)
    assert q.speaker != "Olav Haarstad", (q.speaker, q.attribution)
    assert q.speaker in ("", "Haarstad", "Liv Haarstad"), (q.speaker, q.attribution)


#: the rigger named well before (more than a paragraph back), so that the one just named is the director alone
_FAR = _FEATURE + ("The quay itself is older than the town. Its stones came from the quarry at Vassli, hauled by "
                   "horse in the winter of 1881, and the bollards were cast in Bergen from old cannon. Nobody has "
                   "counted the boats it has seen since.\n\n")


@pytest.mark.parametrize("text, words", [
    # live blog and statement: the one just named, no aside
    (_FAR + "**14:10** — The port’s director, Olav Haarstad, took the floor. “We will pay for the cranes,” "
     "Haarstad said.", "pay for the cranes"),
    (_FAR + "I thank the port’s director, Olav Haarstad, for his welcome. “The quay is yours,” Haarstad told "
     "us.", "quay is yours"),
])
def test_a_namesake_just_named_without_the_aside_is_still_the_speaker(text, words):
    assert _of(text, words).speaker == "Olav Haarstad"
