"""A part of a text followed by its verb of reading with no colon ("its operative paragraph reads “Parties shall
…”", "Annex II states “Each Party …”", « l’article 4 prévoit « Les Parties … » ») quotes the text, not a person:
its words are kept as text, never a quotation given a speaker. Before, only the form with a colon was read.
Written for these tests, as a release, a briefing note, a newsletter and wire copy would put them; the
near-misses (a person's statement that "says", and a sentence that only names a paragraph) stay quotations.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


@pytest.mark.parametrize("text", [
    "Delegates will take up the draft decision on Friday; its operative paragraph reads “Parties shall require a "
    "repair record for each device exported as used”.",
    "The briefing note is short. Annex II states “Each Party shall designate one competent authority for returns”.",
    "The decision is two pages long, and paragraph 3 provides “Parties shall report every refused shipment”.",
    f"Le texte sera voté vendredi{NB}; son article 4 stipule «{NB}Chaque Partie exige un relevé de réparation pour "
    f"tout appareil exporté{NB}».",
])
def test_a_part_of_a_text_is_text(text):
    assert quotes(text) == [], [(q.text, q.speaker) for q in quotes(text)]


@pytest.mark.parametrize("text, words", [
    ("Minister Ana Varga spoke after the vote. Her statement says “We will sign the text on Thursday, whatever "
     "happens in the hall”.", "We will sign"),
    ("“Paragraph 3 is the one that matters, and we will defend it,” said Ana Varga.", "Paragraph 3"),
])
def test_near_miss_a_person_s_words_stay_quotations(text, words):
    assert any(words in q.text for q in quotes(text)), [q.text for q in quotes(text)]
