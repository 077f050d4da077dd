"""A headline's double surname in capitals whose last part is short ("## 09:45 — KORVA-BOM: “…”", « DIALLO-KÉ :
« … » ») is a surname like "AALVANG" is: hers, for the kit to complete from another document. The sentences are written for
these tests, as wire copy, a feature, a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

EN_AFTER = "\n\nThe executive secretary confirmed the date to journalists."
FR_AFTER = "\n\nLa secrétaire exécutive a confirmé la date aux journalistes."
CASES = [
    "## 09:45 — KORVA-BOM: “We will have the register online by June”" + EN_AFTER,
    "# KORVA-BOM: “The register comes first”" + EN_AFTER,
    "Live updates\n\n### KORVA-BOM: “Nobody leaves before the vote”" + EN_AFTER,
    "## 14:05 — KORVA-BOM: “Two more staff, or no register”" + EN_AFTER,
    "Newsletter, day 3\n\n## KORVA-BOM: “A register is a start, not an end”" + EN_AFTER,
    "10:40 | KORVA-BOM: “The text is final”" + EN_AFTER,
    f"## 09 h 45 — KORVA-BOM{NB}: «{NB}Le registre sera en ligne en juin{NB}»" + FR_AFTER,
    f"# KORVA-BOM{NB}: «{NB}Le registre d’abord, les inspections ensuite{NB}»" + FR_AFTER,
    f"En direct\n\n### KORVA-BOM{NB}: «{NB}Personne ne part avant le vote{NB}»" + FR_AFTER,
    f"## 14:05 — KORVA-BOM{NB}: «{NB}Deux postes de plus, ou pas de registre{NB}»" + FR_AFTER,
    f"Lettre, jour 3\n\n## KORVA-BOM{NB}: «{NB}Un registre est un début{NB}»" + FR_AFTER,
    f"10:40 | KORVA-BOM{NB}: «{NB}Le texte est définitif{NB}»" + FR_AFTER,
]


@pytest.mark.parametrize("text", CASES)
def test_a_double_surname_in_capitals_with_a_short_last_part_heads_its_quotation(text):
    assert one(text).speaker == "Korva-Bom"


def test_the_kit_completes_the_double_surname_of_a_headline():
    blog, release = settled_kit(
        ("blog", "en", "## 09:45 — KORVA-BOM: “We will have the register online by June”" + EN_AFTER),
        ("release", "en", "Mireille Korva-Bom, executive secretary of the Protocol, told the plenary: “A register saves nobody.”"),
    )
    assert [q.speaker for q in blog] == ["Mireille Korva-Bom"]
