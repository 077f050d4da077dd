"""A first name alone that no list of first names holds, as the sayer ("“…,” Ingvar asks us", « …, sourit Ingvar »),
is a person's name when the document introduces it as one: with an age between commas ("## Ingvar, 58, Corran Bay",
« Ingvar, 58 ans, pêcheur »), or with a noun for a person before or after it ("Tamsin, a mother of three", « le
pêcheur Ingvar »). The kit's one person named in full with that first name completes it.

A capitalised word the document never introduces as a person ("Kessel, a town on the coast"; a body: "Brightwater, a
member of the alliance") stays no one (near-miss). The sentences are written for these tests, as a field newsletter,
a radio feature's script, a podcast's page and a live blog would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit


def _settled(text: str, lang: str = "en", *others: tuple[str, str, str]):
    return settled_kit(("feature", lang, text), *others)[0]


@pytest.mark.parametrize("lang,text", [
    ("en", "## Ingvar, 58, Corran Bay\n\nIngvar has fished the bay for forty years.\n\n“The boats stay in now. Tell "
           "them the fish are fine and the fishermen are not,” Ingvar asks us to write."),
    ("fr", f"## Ingvar, 58 ans, pêcheur à Corran\n\nIngvar n’est pas sorti en mer de tout l’été.\n\n«{NB}Mon voisin "
           f"dit que je tousse plus fort que le moteur{NB}», sourit Ingvar."),
    ("en", "Host: Our next voice is Ingvar, a fisherman on Corran Bay since the eighties.\n\n“We stayed in port "
           "for six weeks,” Ingvar told the programme."),
    ("fr", f"Nous avons retrouvé le pêcheur Ingvar sur le port. «{NB}On est restés à quai six semaines{NB}», "
           f"raconte Ingvar."),
])
def test_a_first_name_introduced_as_a_person_s_is_the_speaker(lang, text):
    qs = _settled(text, lang)
    assert [q.speaker for q in qs] == ["Ingvar"], [(q.speaker, q.attribution, q.confidence) for q in qs]


def test_the_kit_s_one_person_of_that_first_name_completes_it():
    qs = settled_kit(
        ("sitrep", "en", "“The queue starts at dawn,” says Brannoc Ellisande-Vor, the nurse who leads the clinic."),
        ("newsletter", "fr", f"Brannoc, l’infirmière qui dirige la clinique, passe chaque matin. «{NB}Je compte les "
                             f"masques, puis les enfants{NB}», dit Brannoc."),
    )[1]
    assert [q.speaker for q in qs] == ["Brannoc Ellisande-Vor"]


@pytest.mark.parametrize("text", [
    "Kessel, a town on the coast, lost its harbour in the storm. “We will rebuild the wall,” Kessel said on Monday.",
    "Brightwater, a member of the alliance since 2030, signed the letter. “The bay needs a register,” Brightwater "
    "said.",
])
def test_a_word_introduced_as_no_person_stays_no_one(text):
    qs = _settled(text)
    assert [q.speaker for q in qs] == [""], [(q.speaker, q.attribution, q.confidence) for q in qs]


def test_a_listed_first_name_alone_is_unchanged():
    q = one("Esther, a teacher, met us at the gate. “The children count the days,” she said.")
    assert q.speaker == "Esther"
