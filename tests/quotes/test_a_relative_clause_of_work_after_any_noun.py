"""A relative clause that says whom a person works for gives her body after any noun, not only after a role
the word lists know: "NAME, the hydrogeochemist who led the Institute's sampling teams, told reporters" is of
the Institute, and a short form ("the Institute", « l’Institut ») is the body the document names in full. The
possessive's noun ("sampling teams") is no part of the body. Near-misses, unchanged: a relative clause of
something else than work ("who grew up near the Tarlo Mill"), and a person's "his" or "her". The sentences
are written for these tests, as a release, wire copy, a feature, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = "The Corvane Soil Institute tested 2,100 fields for the report.\n\n"
FR = "L’Institut des sols de Corvane a analysé 2 100 champs pour le rapport.\n\n"

CASES = [
    (EN + "Dr Lise Varnholt-Ayo, the geochemist who led the Institute’s sampling teams, told reporters: “One field in "
          "three is above the limit.”", "Corvane Soil Institute"),
    (EN + "Lise Varnholt-Ayo, a soil chemist who heads the Institute’s field unit, was blunt. “The maps are wrong,” "
          "she said.", "Corvane Soil Institute"),
    (EN + "“We tested every field twice,” said Lise Varnholt-Ayo, the agronomist who works for the Corvane Soil "
          "Institute.", "Corvane Soil Institute"),
    (FR + f"Lise Varnholt-Ayo, la géochimiste qui travaille pour l’Institut des sols de Corvane, a "
          f"expliqué{NB}: «{NB}Un champ sur trois dépasse la limite.{NB}»", "Institut des sols de Corvane"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_relative_clause_gives_her_body(text, org):
    assert one(text).organisation == org


@pytest.mark.parametrize("text", [
    EN + "Lise Varnholt-Ayo, a farmer who grew up near the Tarlo Mill, said: “Nobody tested my field.”",
    EN + "Lise Varnholt-Ayo, a farmer who lost her harvest, said: “Nobody tested my field.”",
    FR + f"Lise Varnholt-Ayo, une agricultrice qui a grandi près du Moulin de Tarlo, a dit{NB}: «{NB}Personne n’a "
         f"analysé mon champ.{NB}»",
])
def test_a_clause_of_something_else_gives_no_body(text):
    assert one(text).organisation in ("", "Harbour Coalition")
