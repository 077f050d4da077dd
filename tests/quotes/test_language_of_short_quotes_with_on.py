"""A short quotation whose only common word is one both languages have ("on"): « On saisit, puis on relâche »
in an English feature is French, "On the shelves, again" in a French newsletter English, by the words of one
language only they hold. Written for these tests, as different writers quote a few words.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

FR_IN_EN = [
    "« On saisit, puis on relâche », a customs officer admitted at the border post.",
    "« On paie deux fois », a painter told me in the yard.",
    f"«{NB}On signe, puis on attend{NB}», one delegate sighed in the corridor.",
    "“On verra demain, toujours demain,” a negotiator said in French.",
    "« On repeint, donc on recommence », a mother said, laughing.",
    "« On teste, alors on sait », the paediatrician said in French.",
]
EN_IN_FR = [
    "« On the shelves, again and again », a soupiré une inspectrice en anglais.",
    "« Never on time, never on paper », a lâché un délégué.",
    f"«{NB}On the record: only dates{NB}», a glissé une négociatrice.",
    "« Always on the agenda, never on the table », a résumé un observateur.",
    "« On paper, yes; on the shelves, no », a tranché l'inspecteur.",
    "« Back on track by March », a promis le délégué.",
]


@pytest.mark.parametrize("text", FR_IN_EN)
def test_a_short_french_quotation_with_on_in_english_copy_is_french(text):
    [q] = quotes(text, language="en", own_voice=False, min_words=3)
    assert q.language == "fr"


@pytest.mark.parametrize("text", EN_IN_FR)
def test_a_short_english_quotation_with_on_in_french_copy_is_english(text):
    [q] = quotes(text, language="fr", own_voice=False, min_words=3)
    assert q.language == "en"
