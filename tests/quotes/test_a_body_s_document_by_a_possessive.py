"""A body's document named by a possessive right after a sentence about the body speaks for it: "The Office has
offered to host the register. Its note to delegates says the register “…”", "As its report puts it, “…”", «
L’Agence a publié un bilan. Son rapport le dit ainsi : « … » ». The body is the one the sentence before is
about, not the publisher. A person's document ("Her report says", « Son rapport » after a sentence about a
person) gives no body, and is no body's name. The sentences are written for these tests, as a briefing note, a
statement, wire copy, a newsletter and a fact sheet would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

PUBLISHER = "Harbour Coalition"


def _one(text):
    qs = [q for q in extract_quotes([text], default_organisation=PUBLISHER) if q.kind == "quote"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


CASES = [
    ("The Corvane Water Office has offered to host the register. Its note to delegates says the register “can run "
     "within a year if States share their data”.", "Corvane Water Office"),
    ("A register is not a filter. The Corvane Soil Institute has shown that filters fail quietly. As its report puts "
     "it, “a filter nobody changes is a filter nobody has”.", "Corvane Soil Institute"),
    ("Update, 14:20. The Tarlo Health Agency released its figures. Their summary warns that the wells are “a lottery "
     "the poorest families lose every day”.", "Tarlo Health Agency"),
    ("L’Agence des eaux de Corvane a publié un bilan. Son rapport le dit ainsi\u00a0: «\u00a0un filtre que personne "
     "ne change est un filtre que personne n’a\u00a0».", "Agence des eaux de Corvane"),
    ("L’Institut des sols de Corvane a remis ses chiffres. Selon sa note, les puits sont «\u00a0une loterie que les "
     "familles pauvres perdent chaque jour\u00a0».", "Institut des sols de Corvane"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_body_s_document_speaks_for_the_body(text, org):
    q = _one(text)
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text", [
    "Dr Ana Varga published a study in May. Her report says the wells are “a lottery for the poorest families”.",
    "Ana Varga a publié une étude en mai. Son rapport le dit ainsi\u00a0: «\u00a0les puits sont une loterie pour les "
    "plus pauvres\u00a0».",
    "Last week Tomas Brandvig visited the valley. His report says the wells are “a lottery for the poorest families”.",
])
def test_a_person_s_document_gives_no_body(text):
    q = _one(text)
    assert q.organisation in ("", PUBLISHER) and not q.organisation.lower().startswith(("her ", "his ", "son "))
    assert q.speaker == ""
