"""A quotation signed with a dash by a role opened by an article, then the name ("“…” — the harbour's fire chief,
NAME, at the welcome session", « « … » — la maire de Velden, NAME, à l’ouverture »), as a live blog's quote of the
day or a caption writes it: that person, with that role; a surname alone is completed by the kit.

A work signed by its kind and its publisher ("— the report, Tarnell Institute, 2031") names nobody (near-miss).
The sentences are written for these tests, as a live blog, a newsletter and a feature would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes, settled_kit

_CASES = [
    ("### 14:20 — Quote of the day\n\n“Fire crews can stop tomorrow. Treasuries cannot stop today.” — the harbour's "
     "fire chief, Anselm Korrida-Vey, at the welcome session.\n\n### 14:45 — Next", "Anselm Korrida-Vey", "fire chief"),
    (f"Le mot du jour\n\n«{NB}Les pompiers peuvent arrêter demain, les finances pas aujourd’hui.{NB}» — la maire de "
     f"Velden, Clémence Darrouy-Nkembe, à l’ouverture.\n\nLa suite.", "Clémence Darrouy-Nkembe", "maire de Velden"),
]


@pytest.mark.parametrize("text,who,role", _CASES)
def test_a_role_then_a_name_after_the_dash(text, who, role):
    qs = quotes(text)
    assert [q.speaker for q in qs] == [who], [(q.speaker, q.role) for q in qs]
    assert role in qs[0].role


def test_a_surname_after_the_role_is_completed_by_the_kit():
    kit = settled_kit(
        ("a", "en", "Profile.\n\n“We switched in 2031,” said Anselm Korrida-Vey, the harbour's fire chief."),
        ("b", "en", "### 14:20 — Quote of the day\n\n“Fire crews can stop tomorrow. Treasuries cannot stop today.” — "
                    "the harbour's fire chief, Korrida-Vey, at the welcome session.\n\n### 14:45 — Next"))
    assert [q.speaker for q in kit[1] if q.kind == "quote"] == ["Anselm Korrida-Vey"]


def test_a_work_signed_by_its_kind_and_publisher_names_nobody():
    qs = quotes("Further reading:\n\n“Stone and Breath in the Yards” — the report, Tarnell Institute, 2031\n\nEnd.")
    assert all(q.speaker == "" for q in qs), [q.speaker for q in qs]
