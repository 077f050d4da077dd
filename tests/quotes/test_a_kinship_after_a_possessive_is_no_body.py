"""A kinship noun after a possessive surname ("Ashby's daughter, Lorna Ashby,", "Okafor's widow, NAME") says whose
family the person belongs to: the surname is no organisation and the kinship no role of one.

A body's possessive before a role ("Tarnell Institute's director, NAME") keeps its organisation (near-miss).
The sentences are written for these tests, as a feature, a wire and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

_KIN = [
    "Feature\n\nAshby's daughter, Lorna Ashby, nineteen, has heard the argument all her life. “Dad tests the soil for "
    "everything but plastic,” she says.",
    "WIRE — Okafor's widow, Adaeze Okafor, spoke outside the court. “He warned them for ten years,” she told "
    "reporters.",
]


@pytest.mark.parametrize("text", _KIN)
def test_a_kinship_names_no_body(text):
    qs = quotes(text, default_organisation="")
    assert len(qs) == 1 and qs[0].speaker in ("Lorna Ashby", "Adaeze Okafor"), [(q.speaker, q.organisation) for q in qs]
    assert qs[0].organisation in ("",), qs[0].organisation


def test_a_body_s_possessive_before_a_role_keeps_its_body():
    qs = quotes("Newsletter\n\nThe Tarnell Institute's director, Ines Varga-Holm, spoke first. “We count, then we "
                "argue,” she said.", default_organisation="")
    assert qs[0].speaker == "Ines Varga-Holm" and qs[0].organisation == "Tarnell Institute", \
        (qs[0].speaker, qs[0].organisation)
