"""A table's row, once its cells are joined on one line ("Delegation Speaker ¶ Tarvolia Obed Lanyard-Fiore"),
gives no person's name: where the cell of a State, a site or a number ends and the name begins is lost, and
a name taken with the cell before it ("Tarvolia Obed Lanyard-Fiore") would then be given for the person the
prose names in full ("Obed Lanyard-Fiore"), in that document and across the kit. The prose's name is given.
The sentences are written for these tests, as wire copy, a feature, a live blog, an interview, a newsletter
and a statement would put them, after a table as a Markdown, HTML or PDF reader gives it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

EN_TABLE = "Delegation Speaker\nTarvolia Ines Mbakwe-Roth\nKessland Obed Lanyard-Fiore\n\n"
EN_SITES = "Yard Flag Witness\nDock 4 Merovia Talin Okonkwo-Reyes\nDock 7 Sarnath Ivo Beckendorf\n\n"
FR_TABLE = "Délégation Orateur\nTarvolie Ines Mbakwe-Roth\nKessland Obed Lanyard-Fiore\n\n"
FR_SITES = "Chantier Pavillon Témoin\nQuai 4 Mérovie Talin Okonkwo-Reyes\nQuai 7 Sarnath Ivo Beckendorf\n\n"

CASES = [
    (EN_TABLE + "“We can live with this text,” said Obed Lanyard-Fiore, Kessland's deputy minister.", "Obed Lanyard-Fiore"),
    (EN_TABLE + "Obed Lanyard-Fiore, who chairs the group, told reporters: “The brackets are gone.”", "Obed Lanyard-Fiore"),
    (EN_SITES + "“Nobody tests the tanks before the torch,” Talin Okonkwo-Reyes, a welder, told the Daily.",
     "Talin Okonkwo-Reyes"),
    (EN_SITES + "Q: What did you see? A: Ivo Beckendorf put it best: “The papers never match the hull.”", "Ivo Beckendorf"),
    (EN_TABLE + "In brief. Ines Mbakwe-Roth, the Tarvolian envoy, was cautious: “A register is only a start.”",
     "Ines Mbakwe-Roth"),
    (EN_SITES + "Last week I met Talin Okonkwo-Reyes at the yard. “We cut blind,” Talin Okonkwo-Reyes said.",
     "Talin Okonkwo-Reyes"),
    (FR_TABLE + f"«{NB}Nous pouvons vivre avec ce texte{NB}», a déclaré Obed Lanyard-Fiore, vice-ministre.",
     "Obed Lanyard-Fiore"),
    (FR_TABLE + f"Obed Lanyard-Fiore, qui préside le groupe, a dit à la presse{NB}: «{NB}Les crochets sont levés.{NB}»",
     "Obed Lanyard-Fiore"),
    (FR_SITES + f"«{NB}Personne ne teste les cuves{NB}», explique Talin Okonkwo-Reyes, soudeuse au quai 4.",
     "Talin Okonkwo-Reyes"),
    (FR_SITES + f"Q{NB}: Qu’avez-vous vu{NB}? R{NB}: Ivo Beckendorf l’a bien dit{NB}: «{NB}Les papiers ne disent "
     f"jamais la coque.{NB}»", "Ivo Beckendorf"),
    (FR_TABLE + f"En bref. Ines Mbakwe-Roth, envoyée de la Tarvolie, reste prudente{NB}: «{NB}Un registre n’est "
     f"qu’un début.{NB}»", "Ines Mbakwe-Roth"),
    (FR_SITES + f"«{NB}Nous coupons à l’aveugle{NB}», a lancé Talin Okonkwo-Reyes devant les caméras.",
     "Talin Okonkwo-Reyes"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_a_name_in_a_table_row_takes_no_cell_before_it(text, speaker):
    assert one(text).speaker == speaker


def test_the_kit_does_not_lengthen_a_name_from_another_document_s_table_row():
    blog, release = settled_kit(
        ("blog", "en", EN_TABLE + "“We can live with this text,” said Obed Lanyard-Fiore, Kessland's deputy minister."),
        ("release", "fr", f"«{NB}Le registre aidera les chantiers{NB}», selon Lanyard-Fiore, vice-ministre."),
    )
    assert [q.speaker for q in blog] == ["Obed Lanyard-Fiore"]
    assert [q.speaker for q in release] == ["Obed Lanyard-Fiore"]
