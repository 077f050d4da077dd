"""A work's title between its possessive or article and the sentence's verb ("Its “Lead Paint Laws: A Global
Status Report 2030” lists who enforces what", « Son « Bilan mondial 2030 » recense … ») is what the work is
called, not words anyone said, also right after a body's quotation. Written for these tests, in English and
French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

BEFORE_EN = "The Global Lead Office states that “laboratory capacity remains the main bottleneck in most Parties”. "
BEFORE_FR = "Le Bureau mondial du plomb affirme que « les laboratoires restent le principal goulet d'étranglement ». "
EN = [
    "Its “Lead Paint Laws: A Global Status Report 2030” lists who enforces what.",
    "Their “Global Status Report on Lead Paint Laws 2030” ranks every Party.",
    "The “Still on the Shelves: Lead in Tins Sold in 31 Countries” survey was published on Monday.",
    "Its new “Lead Paint Laws: A Global Status Report” names eleven Parties with no law at all.",
    "His “Notes from the Border: Seized Tins and Their Labels” came out last spring.",
    "Her “Field Guide to Lead-Safe Renovation for Small Contractors” is in its third edition.",
]
FR = [
    f"Son «{NB}Bilan mondial des lois sur les peintures au plomb 2030{NB}» recense qui applique quoi.",
    "Leur « Rapport mondial sur les lois relatives au plomb » classe chaque Partie.",
    f"L'enquête «{NB}Toujours en rayon : le plomb dans les pots vendus dans 31 pays{NB}» est parue lundi.",
    "Son nouveau « Bilan mondial des lois sur le plomb » cite onze Parties sans aucune loi.",
    f"Sa «{NB}Note de terrain : les pots saisis et leurs étiquettes{NB}» est sortie au printemps.",
    "Son « Guide de la rénovation sans plomb pour les petites entreprises » en est à sa troisième édition.",
]


@pytest.mark.parametrize("text", EN)
def test_an_english_title_as_the_subject_is_nobody_s_quotation(text):
    qs = quotes(BEFORE_EN + text, language="en", own_voice=False)
    assert [q.text for q in qs] == ["laboratory capacity remains the main bottleneck in most Parties"]


@pytest.mark.parametrize("text", FR)
def test_a_french_title_as_the_subject_is_nobody_s_quotation(text):
    qs = quotes(BEFORE_FR + text, language="fr", own_voice=False)
    assert [q.text for q in qs] == ["les laboratoires restent le principal goulet d'étranglement"]


@pytest.mark.parametrize("text, lang", [
    ("Its director was blunt. “We Will Not Wait,” she said.", "en"),
    ("Sa directrice a été nette. « Nous n'attendrons pas », a-t-elle dit.", "fr"),
])
def test_a_quotation_after_a_sentence_is_kept(text, lang):
    assert len(quotes(text, language=lang, own_voice=False)) == 1
