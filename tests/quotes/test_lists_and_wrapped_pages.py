"""Quotations in lists of reactions and on wrapped PDF pages, in English and French.

A reaction signed "— NAME, ORGANISATION: “…”" (the organisation in Title Case, with no word such as
"Network" in it; two capitalised words alone, "Open Wells", read as a person's name and are left alone); a PDF page whose table, read cell by cell, adds many short lines to wrapped prose (a
quotation there must not be cut at its line ends); British single quotes with the name and the verb on
the next line. The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.quotes.layout import mark_paragraphs
from tests.quotes.finding import NB, quotes

W = 100  # the width of the test's wrapped lines


def test_a_signed_reaction_gives_the_person_and_whom_she_speaks_for():
    text = ("### Reactions to the draft\n\n"
            "- — Ana Varga, Water for Kessa: “The draft mentions water forty times and wells once.”\n"
            "- — Dr Ivo Laine, Kessa Water Board: “Maintenance appears in a footnote. That says it all.”\n"
            "- — A European negotiator, speaking on condition of anonymity: “Expect the draft to lose a verb.”\n")
    assert [(q.speaker, q.organisation) for q in quotes(text, default_organisation="")] == [
        ("Ana Varga", "Water for Kessa"), ("Ivo Laine", "Kessa Water Board"), ("", "")]
    fr = (f"### Réactions au projet\n\n- — Ana Varga, Eau pour Kessa{NB}: «{NB}Le projet cite l’eau quarante fois et "
          f"les puits une seule.{NB}»\n")
    assert [(q.speaker, q.organisation) for q in quotes(fr, default_organisation="")] == [("Ana Varga", "Eau pour Kessa")]


def test_a_phrase_after_a_name_that_is_no_name_is_no_organisation():
    q = quotes("Ana Varga, smiling broadly: “The draft mentions water forty times and wells once.”",
               default_organisation="")
    assert [(x.speaker, x.organisation) for x in q] == [("Ana Varga", "")]


def _page(table_rows: int) -> str:
    prose = [
        "In the general debate, the representative of Sarnia, speaking on behalf of the Coastal States Group,",
        "said host countries had “absorbed the shock of three wars with the budget of one” and sat down again.",
        "The Chair reminded delegations that speaking time was limited to five minutes for every single one.",
    ]
    cells = ["Time", "Event", "Speakers"] + [c for i in range(table_rows) for c in (f"1{i}:15", "Cash, not tents",
                                                                                    "Ana Varga; Ivo Laine")]
    tail = [
        "At the same event, the Vardian minister, Lina Varo, answered a question in French: «\u00a0Nous",
        "n’avons pas besoin d’être félicités pour notre hospitalité, nous avons besoin d’être payés.\u00a0»",
    ]
    return "\n".join(prose + cells + tail)


def test_a_table_read_cell_by_cell_does_not_make_a_wrapped_page_look_unwrapped():
    marked = mark_paragraphs(_page(4))
    assert "Group,\n\nsaid" not in marked and "«\u00a0Nous\n\nn’avons" not in marked
    qs = quotes(_page(4), language="en", default_organisation="")
    assert [(q.speaker, q.organisation) for q in qs] == [("", "Coastal States Group"), ("Lina Varo", "")]


def test_single_quotes_with_the_name_and_the_verb_on_the_next_line():
    text = ("The Agency’s spokesperson warned that winter stocks stood at a third of last year’s level. ‘We are\n"
            "already choosing which camps get blankets first,’ Mr Tarek\nsaid. Other agencies agreed on Monday.")
    qs = quotes(text, language="en")
    assert [q.speaker for q in qs] == ["Tarek"]


def test_a_british_quotation_that_goes_on_after_its_attribution_keeps_its_second_part():
    text = ("Ana Varga, Vardia’s minister, spoke after the vote. ‘We will fund the register this year,’ she said, "
            "‘but we won’t pay for it twice.’ Then she left.\n\n"
            "The envoy was blunter. ‘Nobody will sign before Friday,’ said Ivo Laine, the envoy. ‘Not one of them.’")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("We will fund the register this year,", "Ana Varga"), ("but we won’t pay for it twice.", "Ana Varga"),
        ("Nobody will sign before Friday,", "Ivo Laine"), ("Not one of them.", "Ivo Laine")]


def test_an_apostrophe_after_an_attribution_opens_nothing():
    text = ("The minister spoke. ‘We will fund the register this year,’ said Ana Varga. The Minister’s aides’ view "
            "was different, and the envoys’ was too.")
    assert [q.text for q in quotes(text)] == ["We will fund the register this year,"]
