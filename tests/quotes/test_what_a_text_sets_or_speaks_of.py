"""A treaty's or an annex's own words after the verb with which a writer says what the text does: "the annex sets
“…”", « l'annexe technique qui fixe « … » », "the Convention speaks instead of the duty to “…”": quoted text
(``kind="text"``), never a person's quotation, even when the sentence opens on someone who recalled it. A person's
words after a verb of saying stay a quotation. The sentences are written for these tests, as different press writers
would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG

TEXTS = [
    # une lettre d'ambassade, son agenda
    f"**Mars 2039.** Entrée en vigueur de l'annexe technique qui fixe «{NB}une valeur d'exposition journalière de "
    f"80 décibels{NB}».",
    # un fil de dépêche
    f"DÉPÊCHE — Le protocole établit «{NB}un registre commun des expositions{NB}» pour les deux pays.",
    # conference proceedings
    "The discussant recalled that the Convention speaks instead of the duty to “reduce to the lowest practicable "
    "level the exposure of workers to noise”.",
    # a Q&A
    "Q: What changes in March? A: The annex sets out “a daily exposure value of 80 decibels” for every mill.",
    # a newsletter
    "In brief: the draft sets “a review of the limit values every five years”, as the Parties asked.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_s_words_are_quoted_text(text):
    found = extract_quotes([text], default_organisation=ORG)
    assert [q.kind for q in found] == ["text"] and not found[0].speaker


@pytest.mark.parametrize("text", [
    "“We will set the limit at 80 decibels,” the minister said of the annex.",
    f"«{NB}Nous fixerons la valeur à 80 décibels{NB}», a dit la ministre à propos de l'annexe.",
])
def test_a_person_s_words_stay_a_quotation(text):
    # near-misses: a verb of saying, no text's verb: a quotation, as before
    found = extract_quotes([text], default_organisation=ORG)
    assert [q.kind for q in found] == ["quote"]
