"""A headline that gives the speaker's full name in capitals before its colon, after a live blog's time, a
Markdown heading's hashes or bold ("## 10:25 — RUTH AALVANG: “…”", « ### 14 h 05 — MARTA KELL : « … » »),
and a pronoun in the paragraph under it ("The deputy minister … she said:") that means her. Words in capitals
that do not open on a first name are no name ("BREAKING NEWS: “…”"). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_EN = [
    "## 10:25 — RUTH AALVANG: “We will not trade our clinics for a footnote”\n\nThe deputy minister spoke in plenary.",
    "### 9.40 — JONAS EBBE: “The money is on the table”\n\nThe envoy repeated it twice.",
    "**MARTA KELLSTROM**: “Not one more smoky winter”\n\nShe said it at the stand.",
    "# ANNA SULE-BRAND: “We came to sign”\n\nThe minister arrived late.",
    "16:05 — PAUL RANDIER: “There is no plan B”\n\nHe spoke to reporters outside.",
    "## 11:30 — HENRIK ODUMBE: “Ventilation is not a policy”\n\nThe expert was speaking on a panel.",
]
_FR = [
    f"## 10 h 25 — RUTH AALVANG{NB}: «{NB}Nous ne troquerons pas nos hôpitaux{NB}»\n\nLa vice-ministre a parlé.",
    "### 14h05 — MARTA KELLSTROM : « Pas un hiver de fumée de plus »\n\nElle l’a dit au stand.",
    "**JONAS EBBE** : « L’argent est sur la table »\n\nL’envoyé l’a répété deux fois.",
    "# ANNA SULE-BRAND : « Nous sommes venus signer »\n\nLa ministre est arrivée tard.",
    "16.05 — PAUL RANDIER : « Il n’y a pas de plan B »\n\nIl a parlé aux journalistes.",
    "## 11 h 30 — HENRIK ODUMBE : « La ventilation n’est pas une politique »\n\nL’expert parlait à une table ronde.",
]
_WHO_EN = ["Ruth Aalvang", "Jonas Ebbe", "Marta Kellstrom", "Anna Sule-Brand", "Paul Randier", "Henrik Odumbe"]
_WHO_FR = ["Ruth Aalvang", "Marta Kellstrom", "Jonas Ebbe", "Anna Sule-Brand", "Paul Randier", "Henrik Odumbe"]


@pytest.mark.parametrize("text, who", list(zip(_EN, _WHO_EN)) + list(zip(_FR, _WHO_FR)))
def test_a_full_name_in_capitals_before_the_colon_is_the_speaker(text, who):
    (q,) = quotes(text)
    assert q.speaker == who


def test_the_pronoun_under_the_heading_is_the_heading_s_person():
    text = ("## 09:10 — Talks resume\n\nThe contact group's chair, Nadia Ferrand, said the morning would be long.\n\n"
            "## 10:25 — RUTH AALVANG: “We will not trade our clinics for a footnote”\n\n"
            "Kessa's deputy minister put down a marker. Asked about 2040, she said: “No. Not while I am minister.”")
    found = {q.text.rstrip("."): q.speaker for q in quotes(text)}
    assert found["No. Not while I am minister"] == "Ruth Aalvang"


@pytest.mark.parametrize("text", ["## BREAKING NEWS: “The talks have collapsed”",
                                  f"## 10 h 25 — DERNIÈRE MINUTE{NB}: «{NB}Les négociations ont échoué{NB}»"])
def test_words_in_capitals_that_open_on_no_first_name_name_nobody(text):
    assert all(not q.speaker for q in quotes(text))
