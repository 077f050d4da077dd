"""A briefing's heading gives the role's holder after its dateline and a dash ("**Geneva, 2 May, 12:30 —
Spokesperson: NAME**", « Genève, 2 mai — Porte-parole : NAME »): "the spokesperson said" below is that person, as
a label that opens its line already was. A label of another role does not make "the spokesperson" (near-miss).
Written for these tests, in the forms of briefing notes and newsletters, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = [  # (text, speaker)
    ("# Daily press briefing\n\n**Geneva, 2 May 2037, 12:30 — Spokesperson: Ana Lind**\n\n## Plenary\n\n"
     "The spokesperson said that the first plenary had been “a good deal calmer than the water outside”.",
     "Ana Lind"),
    ("Noon briefing, 4 June — Spokesperson: Piet Varga\n\nAsked about the fund, the spokesperson answered: “It will "
     "be proposed on Wednesday, and not a day later.”", "Piet Varga"),
    ("**Geneva, 2 May 2037, 12:30 — Moderator: Ana Lind**\n\n"
     "The spokesperson said that the first plenary had been “a good deal calmer than the water outside”.", ""),
]
FR = [
    ("# Point de presse quotidien\n\n**Genève, 2 mai 2037, 12 h 30 — Porte-parole : Ana Lind**\n\n"
     "La porte-parole a indiqué que la première plénière avait été « bien plus calme que l’eau du port ».",
     "Ana Lind"),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_role_label_after_a_dateline_names_the_role(text, speaker):
    [q] = quotes(text, language="en")
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_french_role_label_after_a_dateline_names_the_role(text, speaker):
    [q] = quotes(text, language="fr")
    assert q.speaker == speaker
