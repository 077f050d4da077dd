"""A quote box ("They said", « Ils ont dit »), a pull quote or a newsletter's quote of the week signs the words
after them with the name in bold, with or without a dash (« « … » **NAME**, ministre de … », "“…” — **NAME**,
mayor of …"): that person, with that role.

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


def test_a_bold_label_on_the_next_line_is_the_next_words_speaker():
    qs = quotes(f"# Ils ont dit\n\n«{NB}Premier mot sans signature.{NB}»\n\n**Maëlle Ostrander-Viau** :{NB}"
                f"«{NB}Le second est le sien.{NB}»")
    assert [q.speaker for q in qs] == ["", "Maëlle Ostrander-Viau"], [q.speaker for q in qs]



def test_a_bold_phrase_that_is_no_name_signs_nothing():
    qs = quotes("# They said\n\n“Rivers keep the receipts.” **Read the full interview** on page 4.")
    assert [q.speaker for q in qs] == [""], [q.speaker for q in qs]
