"""Quoted words that are nobody's quotation, as other writers than the evaluation halves' quote them.

Words cited as words, rules of procedure and drafts (also in square brackets), campaign names and
hashtags, nicknames, films and reports in either language, reading lists, side events, and slogans chanted
by a crowd (« scandaient », "chanted"): none is reported as a speaker's quotation; quoted treaty or draft
text may be kept as quoted text with no person. The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB

NOT_QUOTATIONS = [
    "The word “resilience” appears forty-one times in the draft, and “finance” only twice.",
    "Rule 37 of the rules of procedure provides that “decisions on matters of substance shall be taken by consensus”.",
    "The draft still reads “[shall][should] establish a fund”, with both verbs in brackets.",
    "Activists marched behind the banner of the “Open Seas, Open Books” campaign, using the hashtag “#SeasNotProfits”.",
    "Delegates call him “the Admiral”, a nickname he does not mind.",
    "The film “The Last Net Before Winter” screens tonight in Room 4.",
    f"Le documentaire «{NB}Le Dernier Filet avant l’hiver{NB}» est projeté ce soir en salle 4.",
    f"Le mot «{NB}résilience{NB}» apparaît quarante et une fois dans le projet.",
    f"L’article 12 du projet dispose que les Parties «{NB}prennent toutes les mesures appropriées{NB}» pour protéger "
    f"les pêcheurs.",
    "The so-called “flexibility clause” has become the week’s favourite phrase.",
    "The Alliance’s new report, “Counting the Catch: Fisheries and Finance in 2028”, was launched on Monday.",
    "Reading list:\n\n- “Nets and Numbers”, Halvik Institute, 2027\n- “A Sea of Promises” by Ingrid Solberg-Hale (2026)",
    "The side event “Who Pays for the Coast?” takes place on Thursday at 13:15.",
    "Paragraph 4 of the draft decision “requests the secretariat to prepare a study on options”.",
    f"Les militants scandaient «{NB}Pas de quota, pas d’accord{NB}» devant la salle plénière.",
    "Outside, the crowd chanted “No quota, no deal” until the doors closed.",
    "What the delegates call “the Thursday problem” is simple: nobody wants to be last.",
]


@pytest.mark.parametrize("text", NOT_QUOTATIONS, ids=[f"nonq{i:02d}" for i in range(len(NOT_QUOTATIONS))])
def test_nobody_is_said_to_have_said_it(text):
    found = [q for q in extract_quotes([text], default_organisation="Harbour Coalition")
             if q.kind == "quote" or q.speaker]
    assert not found, [(q.text, q.kind, q.speaker) for q in found]
