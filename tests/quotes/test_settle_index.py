"""A surname alone finds the kit's one full name through an index of name endings, with the answers
a scan of every name gave (presskit/quotes/settle.py, ``_People.full_name``)."""

from __future__ import annotations

import itertools

from presskit.quotes.settle import _People
from presskit.textutil import fold

NAMES = ["Ximena Ríos Aldana", "Pedro Ríos", "Juan de la Cruz", "Ana Cruz", "Nguyễn Thị Lan", "Maria Lind",
         "Anders Lind", "Seán Ó Súilleabháin", "Amina Mbemba-Tshala", "Lind", "Kofi Annan Jr", "Jean Dupont"]
LOOSE = ["Professor Karl Lind", "Marie Dupont", "Li Wei", "Wei Li", "Dr Aldana"]
SURNAMES = ["Lind", "Ríos Aldana", "Rios Aldana", "Aldana", "de la Cruz", "Cruz", "la Cruz", "Nguyen", "Lan",
            "Ó Súilleabháin", "Súilleabháin", "Mbemba-Tshala", "Dupont", "Li", "Wei", "Jr", "Annan Jr", "",
            "Unknown", "Maria Lind", "Anders Lind Jr"]


def _scanned(people: _People, surname: str) -> str | None:
    """What full_name answered before the index (no title, no organisation): every name scanned."""
    key = fold(surname).split()
    for pool in (people.names, people.loose):
        found = {n for n in pool if len(people._of(n)[0]) > len(key) and (
            people._of(n)[0][-len(key):] == key or (len(key) == 1 and key[0] in people._of(n)[1]))}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def test_the_index_answers_as_the_scan_did_for_every_pool():
    for k in range(0, len(NAMES) + 1, 3):
        for names, loose in ((NAMES[:k], LOOSE), (NAMES[k:], LOOSE[:2]), (NAMES, [])):
            people = _People([])
            people.names, people.loose = set(names), set(loose)
            for surname in SURNAMES:
                assert people.full_name(surname) == _scanned(people, surname), (surname, names, loose)


def test_a_surname_finds_its_one_full_name_and_not_two():
    people = _People([])
    people.names = {"Ximena Ríos Aldana", "Juan de la Cruz", "Maria Lind", "Anders Lind"}
    assert people.full_name("Ríos Aldana") == "Ximena Ríos Aldana"
    assert people.full_name("Aldana") == "Ximena Ríos Aldana"
    assert people.full_name("de la Cruz") == "Juan de la Cruz"
    assert people.full_name("Lind") is None  # two people: nobody rather than a guess
    assert people.full_name("Maria Lind") is None  # a full name is no surname of itself
    assert all(people.full_name(a) == people.full_name(b) for a, b in itertools.combinations(["Cruz", "cruz"], 2))
