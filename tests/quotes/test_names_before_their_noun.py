"""A campaign's, a pledge's or a label's name in Title Case between its determiner and its noun (``its “Switch
Off at Eleven” pledge``; in French the noun first, « sa campagne « Nuits Noires » ») is what the thing is called, not anyone's words, even in
a sentence with a verb of saying. Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NAMED = [
    ("en", "Tobias Marr, the alliance's campaigns lead, said its “Lights Out at Eleven” pledge had 214 towns."),  # wire
    ("en", "Mayors told us the “Dark Sky Towns” label was worth more than any grant."),                        # feature
    ("en", "11:05 — The coalition says its \"Count the Stars\" campaign has reached 40 schools."),              # live blog
    ("en", "She said their “Night Shift Health” initiative would report in June."),                           # newsletter
    ("en", "We are proud that our “Lamps Down by Ten” challenge was taken up by 90 cities."),                  # release
    ("en", "My Government said its “Quiet Skies” strategy would be law by spring."),                           # statement
    # French puts the noun first: the same names, as French copy writes them
    ("fr", f"Tobias Marr a dit que sa campagne «{NB}Nuit Noire{NB}» comptait 214 communes."),
    ("fr", f"Les maires nous ont dit que le label «{NB}Ciel Étoilé{NB}» valait plus qu’une subvention."),
    ("fr", "11 h 05 — La coalition affirme que son programme \"Comptons les Étoiles\" touche 40 écoles."),
    ("fr", f"Elle a dit que leur initiative «{NB}Santé de Nuit{NB}» rendrait son rapport en juin."),
    ("fr", f"Nous sommes fiers que notre défi «{NB}Lampes Basses à Dix Heures{NB}» ait séduit 90 villes."),
    ("fr", f"Mon gouvernement a dit que sa stratégie «{NB}Ciel Tranquille{NB}» serait loi au printemps."),
]


@pytest.mark.parametrize("lang,text", NAMED)
def test_a_name_before_its_noun_is_no_quotation(lang, text):
    assert quotes(text, language=lang, own_voice=False) == []


def test_a_sentence_in_title_case_with_its_verb_of_saying_is_still_a_quotation():
    qs = quotes("“We Will Not Back Down, Not This Year,” she said, and the campaign went on.", language="en")
    assert len(qs) == 1
