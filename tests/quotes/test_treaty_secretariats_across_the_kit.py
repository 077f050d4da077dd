"""A treaty's secretariat by the treaty's short name ("the Protocol's executive secretary", « la secrétaire
exécutive du Cadre ») is the kit's one secretariat of that treaty named in full in another document, in
English and French; with two treaties' secretariats in the kit the short name stays (which one is meant is a
guess). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import settled_kit

_FULL_EN = ("full", "en", "The Marlow Compact Secretariat said that “eleven Parties report on time.”")
_FULL_FR = ("plein", "fr", "Selon le Secrétariat du Pacte de Marlow, « onze Parties seulement publient leurs données ».")

_EN = [
    "Ana Velt, executive secretary of the Compact, told reporters: “The money is late, not lost.”",
    "The Compact's executive secretary, Ana Velt, said: “The money is late, not lost.”",
    "“The money is late, not lost,” said Ana Velt, the Compact's executive secretary.",
    "Live, 10:05 — Ana Velt, executive secretary of the Compact, opened the day: “The money is late, not lost.”",
    "Q: And the Secretariat? A: Ana Velt, executive secretary of the Compact, put it well: “The money is late, not lost.”",
    "In her letter, the executive secretary of the Compact, Ana Velt, wrote: “The money is late, not lost.”",
]
_FR = [
    "Ana Velt, secrétaire exécutive du Pacte, a déclaré : « L’argent est en retard, pas perdu. »",
    "La secrétaire exécutive du Pacte, Ana Velt, a dit : « L’argent est en retard, pas perdu. »",
    "« L’argent est en retard, pas perdu », a déclaré Ana Velt, secrétaire exécutive du Pacte.",
    "10 h 05 — Ana Velt, secrétaire exécutive du Pacte, a ouvert la journée : « L’argent est en retard, pas perdu. »",
    "Dans sa lettre, la secrétaire exécutive du Pacte, Ana Velt, écrit : « L’argent est en retard, pas perdu. »",
    "Pour Ana Velt, secrétaire exécutive du Pacte, « l’argent est en retard, pas perdu ».",
]


@pytest.mark.parametrize("lang, text", [("en", t) for t in _EN] + [("fr", t) for t in _FR])
@pytest.mark.parametrize("full", [_FULL_EN, _FULL_FR])
def test_the_short_name_s_secretariat_is_the_one_the_kit_names_in_full(lang, text, full):
    _, quotes = settled_kit(full, ("short", lang, text))
    (q,) = quotes
    assert q.speaker == "Ana Velt"
    assert "Marlow" in q.organisation and "ecr" in q.organisation.lower()


def test_two_treaties_secretariats_leave_the_short_name():
    other = ("other", "en", "The Dunmore Compact Secretariat said that “nine Parties report on time.”")
    _, _, quotes = settled_kit(_FULL_EN, other, ("short", "en", _EN[0]))
    (q,) = quotes
    assert "Marlow" not in q.organisation and "Dunmore" not in q.organisation
