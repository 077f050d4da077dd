"""A testimonial signed with a dash by a first name alone and where the person lives or works ("“…” ¶ — NAME,
Tembarou village", « « … » ¶ — NAME, Vresse-les-Puits », "— NAME, 34, farmer"): an NGO's report or a feature's
pull quote gives the people it met no surname, and the first name is the speaker, with no body.

A work signed by its publisher and year, a place alone after the dash and a word that is no first name ("—
Tembarou, 2035", "— Reuters") name nobody, and a signature with a full name keeps it (near-misses). The sentences
are written for these tests, as an annual report, a feature and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_SIGNED = [
    ("Annual report.\n\n**Testimonial**\n\n“When they closed the pump, the children cried, because it was the only "
     "water that tasted sweet.”\n— Marisol, Kettaro village\n\n**Testimonial**\n\nMore next year.", "Marisol"),
    (f"Rapport annuel.\n\n«{NB}On nous a dit que l’eau était bonne pendant vingt ans. Qui nous dira combien de temps "
     f"elle restera mauvaise{NB}?{NB}»\n— Colette, Vaux-les-Sources\n\nLa suite.", "Colette"),
    ("Feature.\n\n“I carried the samples on my bicycle for three summers.” — Tomasz, 34, volunteer\n\nHe still does.",
     "Tomasz"),
]


@pytest.mark.parametrize("text,who", _SIGNED)
def test_a_first_name_signing_a_testimonial_speaks(text, who):
    qs = quotes(text)
    assert [(q.speaker, q.organisation) for q in qs] == [(who, "")], [(q.speaker, q.organisation) for q in qs]


def test_a_full_name_signing_keeps_it():
    qs = quotes("Feature.\n\n“I carried the samples on my bicycle for three summers.”\n— Tomasz Wrenlow, volunteer"
                "\n\nHe still does.")
    assert [q.speaker for q in qs] == ["Tomasz Wrenlow"]


@pytest.mark.parametrize("sign", ["— Kettaro, 2035", "— Reuters", "— Tarnell Institute, 2031"])
def test_a_place_a_year_or_a_body_after_the_dash_names_nobody(sign):
    qs = quotes(f"Annual report.\n\n“The pump was closed for three summers and nobody told us why.”\n{sign}\n\nMore.")
    assert all(q.speaker in ("",) for q in qs), [q.speaker for q in qs]


@pytest.mark.parametrize("text", [
    f"Citation du jour\n«{NB}Nous avons compté les bouées une à une.{NB}» — Ingrid\nSolvang, Pax Borealis\nAgenda",
    "Quote of the day\n“We counted the buoys one by one.” — Ingrid\nSolvang, Pax Borealis\nAgenda",
])
def test_a_full_name_broken_at_the_line_end_is_no_first_name_alone(text):
    # a box's narrow column breaks "— Ingrid Solvang" after the first name: the surname on the next line is hers
    qs = quotes(text)
    assert [(q.speaker, q.confidence) for q in qs] == [("Ingrid Solvang", 0.95)], [(q.speaker, q.confidence) for q in qs]
