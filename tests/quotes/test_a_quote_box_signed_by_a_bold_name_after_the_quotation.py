"""A quote box ("They said", « Ils ont dit »), a pull quote or a newsletter's quote of the week signs the words
after them with the name in bold, with or without a dash (« « … » **NAME**, ministre de … », "“…” — **NAME**,
mayor of …"): that person, with that role.

Once a kit's text has lost the bold (Markdown read as text, a PDF's box), the full name and one role alone after the
quotation on the line that quotation opens still sign it.

A bold name on the next line is the label of the next words, not the signature of these, and a bold phrase that
is no name signs nothing (near-misses).
The sentences are written for these tests, as a regional daily, a newsletter and a live blog would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_SIGNED = [
    (f"# Ils ont dit\n\n«{NB}On ne fera pas payer les éleveurs pour les erreurs des usines.{NB}» **Maëlle "
     f"Ostrander-Viau**, ministre de l'Agriculture\n\n## Le chiffre", "Maëlle Ostrander-Viau", "ministre"),
    ("# They said\n\n“This is not a meeting, it is a stocktake.” **Oskar Brandlund-Ea**, chair of the meeting\n\n"
     "## In numbers", "Oskar Brandlund-Ea", "chair"),
    ("Quote of the week\n\n“Rivers keep the receipts.” — **Tilde Marrow-Acheson**, mayor of Kessel\n\nMore below.",
     "Tilde Marrow-Acheson", "mayor"),
]


@pytest.mark.parametrize("text,who,role", _SIGNED)
def test_a_bold_name_after_the_quotation_signs_it(text, who, role):
    qs = quotes(text)
    assert [q.speaker for q in qs] == [who], [(q.speaker, q.attribution) for q in qs]
    assert role in qs[0].role


_PLAIN = [
    (f"Ils ont dit\n\n«{NB}On ne fera pas payer les éleveurs.{NB}» Maëlle Ostrander-Viau, ministre de l'Agriculture de "
     f"la Lindmarkie\n\nLe chiffre", "Maëlle Ostrander-Viau"),
    ("They said\n\n“This is not a meeting, it is a stocktake.” Oskar Brandlund-Ea, chair of the meeting\n\nIn numbers",
     "Oskar Brandlund-Ea"),
]


@pytest.mark.parametrize("text,who", _PLAIN)
def test_a_name_and_role_alone_after_the_quotation_sign_it(text, who):
    assert [q.speaker for q in quotes(text)] == [who], [(q.speaker, q.attribution) for q in quotes(text)]


def test_a_name_after_the_quotation_that_goes_on_as_a_sentence_does_not_sign_it():
    qs = quotes("Feature\n\n“This is not a meeting, it is a stocktake.” Oskar Brandlund-Ea, the chair, then left the "
                "room.\n\nMore.")
    assert qs[0].attribution != "named" or qs[0].speaker == "", [(q.speaker, q.attribution) for q in qs]


def test_a_bold_label_on_the_next_line_is_the_next_words_speaker():
    qs = quotes(f"# Ils ont dit\n\n«{NB}Premier mot sans signature.{NB}»\n\n**Maëlle Ostrander-Viau** :{NB}"
                f"«{NB}Le second est le sien.{NB}»")
    assert [q.speaker for q in qs] == ["", "Maëlle Ostrander-Viau"], [q.speaker for q in qs]



def test_a_bold_phrase_that_is_no_name_signs_nothing():
    qs = quotes("# They said\n\n“Rivers keep the receipts.” **Read the full interview** on page 4.")
    assert [q.speaker for q in qs] == [""], [q.speaker for q in qs]
