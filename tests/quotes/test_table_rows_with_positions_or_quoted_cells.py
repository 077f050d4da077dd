"""A table's row whose last cell holds a position or quoted words ("Kessland  Obed Lanyard-Fiore  add “and to
report yearly”") is still a row of cells: its lower-case words and quotation marks do not make it a
sentence. The State's cell before the name is not part of the name, so the prose's name is given, in the
document and across the kit; and the words a delegation asks to add, in its cell, are a draft's, nobody's
quotation. A line of prose next to no other such line, and a sentence that adds words of its own, are
unchanged. The sentences are written for these tests, as a live blog, wire copy, a newsletter, a feature
and a statement would put them, after a table as a Markdown, HTML or PDF reader gives it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, extract_quotes, one, quotes, settled_kit

EN_TABLE = ("Delegation Speaker Position on article 4\nKessland Obed Lanyard-Fiore add “and to report yearly”\n"
            "Tarvolia Ines Mbakwe-Roth supports\nMerovia Talin Okonkwo-Reyes prefers “where possible”\n\n")
FR_TABLE = (f"Délégation Orateur Position sur l’article 4\nKessland Obed Lanyard-Fiore ajouter «{NB}et à rendre "
            f"compte chaque année{NB}»\nTarvolie Ines Mbakwe-Roth soutient\nMérovie Talin Okonkwo-Reyes réservée\n\n")

CASES = [
    (EN_TABLE + "Lanyard-Fiore spoke first. “A register nobody reads is no register,” he told the group.",
     "Lanyard-Fiore"),  # the row is no evidence of his first name: the surname the prose gives, never "Kessland Obed …"
    (EN_TABLE + "“We can live with this text,” said Obed Lanyard-Fiore, Kessland's deputy minister.", "Obed Lanyard-Fiore"),
    (EN_TABLE + "Q: Who held out? A: Ines Mbakwe-Roth did. “Not without a date,” Ines Mbakwe-Roth said.",
     "Ines Mbakwe-Roth"),
    (FR_TABLE + f"Lanyard-Fiore a parlé le premier. «{NB}Un registre que personne ne lit n’en est pas un{NB}», "
     f"a-t-il dit au groupe.", "Lanyard-Fiore"),
    (FR_TABLE + f"«{NB}Nous pouvons vivre avec ce texte{NB}», a déclaré Obed Lanyard-Fiore, vice-ministre.",
     "Obed Lanyard-Fiore"),
    (FR_TABLE + f"En bref. Ines Mbakwe-Roth reste prudente{NB}: «{NB}Pas sans une date.{NB}»", "Ines Mbakwe-Roth"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_a_name_on_a_row_with_a_position_cell_takes_no_state_before_it(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("table", [EN_TABLE, FR_TABLE])
def test_the_words_a_row_asks_to_add_are_no_quotation(table):
    found = extract_quotes([table + "The group broke for lunch."], default_organisation="Harbour Coalition")
    assert not [q for q in found if q.kind == "quote" and ("report yearly" in q.text or "rendre compte" in q.text)]


def test_the_kit_does_not_lengthen_her_name_from_such_a_row():
    blog, letter = settled_kit(
        ("blog", "en", EN_TABLE + "Lanyard-Fiore spoke first. “A register nobody reads is no register,” he said."),
        ("letter", "fr", f"Le vice-ministre de Kessland, Obed Lanyard-Fiore, a pris la parole. «{NB}Nous ne "
                         f"sommes pas ici pour compter les puits des autres{NB}», a-t-il répliqué."),
    )
    assert [q.speaker for q in blog if q.kind == "quote"] == ["Obed Lanyard-Fiore"]  # the prose's full name, from the letter
    assert [q.speaker for q in letter if q.kind == "quote"] == ["Obed Lanyard-Fiore"]


@pytest.mark.parametrize("text,speaker", [
    # near-misses: a sentence's own "add" is a verb of saying, and a short heading next to prose is no row
    ("Obed Lanyard-Fiore, Kessland's deputy minister, went further. “We must add a date,” he said.", "Obed Lanyard-Fiore"),
    ("Kessland Holds Out\n\nObed Lanyard-Fiore, the deputy minister, was firm: “No date, no deal.”", "Obed Lanyard-Fiore"),
    (f"La journée de Kessland\n\nObed Lanyard-Fiore, vice-ministre, a tranché{NB}: «{NB}Pas de date, pas d’accord.{NB}»",
     "Obed Lanyard-Fiore"),
])
def test_prose_and_headings_are_unchanged(text, speaker):
    assert one(text).speaker == speaker


def test_a_speaker_who_adds_words_is_still_quoted():
    qs = quotes("“We will sign,” said Obed Lanyard-Fiore. He went on to add “and we will pay” before leaving.")
    assert [q.speaker for q in qs][:1] == ["Obed Lanyard-Fiore"]
