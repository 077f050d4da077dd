"""A number written out at a sentence's start ("Forty-one people are dead", « Vingt-trois familles attendent »,
"Twelve arrived by boat") is a count, never a person a later pronoun could stand for: "She told me: “…”" after it
goes to the woman the text describes, or to nobody. A surname at a sentence's start ("Okafor shook his head")
is still read. Written for these tests, in the forms of statements, situation reports, features and diaries.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes
from presskit.quotes.personphrase import number_word

EN = [
    "The hillside came down before dawn. Forty-one people are dead and twenty-three are still missing. She told "
    "me: “I heard the siren, and I thought it was for the next village.”",
    "Twelve arrived by boat on Monday night. He told the nurses: “We walked for three days before the river.”",
    "Three days ago the road was cut. Twenty-three families are still waiting. She said: “We need the trucks "
    "before the rain.”",
]
FR = [
    "Le versant a cédé avant l'aube. Quarante et un morts, vingt-trois disparus. Vingt-trois familles attendent "
    "encore. Elle m'a dit : « J'ai entendu la sirène, et j'ai cru qu'elle sonnait pour le village d'en face. »",
    "Douze sont arrivés en bateau lundi soir. Il a dit aux infirmières : « Nous avons marché trois jours. »",
]


@pytest.mark.parametrize("text", EN)
def test_english_a_count_is_nobody(text):
    q = quotes(text, language="en")[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


@pytest.mark.parametrize("text", FR)
def test_french_a_count_is_nobody(text):
    q = quotes(text, language="fr")[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


@pytest.mark.parametrize("word,is_number", [
    ("Forty-one", True), ("Vingt-trois", True), ("Twelve", True), ("Quatre-vingt-dix", True),
    ("Okafor", False), ("Tennant", False), ("Et", False), ("Seize", True),
])
def test_number_words(word, is_number):
    assert number_word(word) is is_number


def test_near_miss_a_surname_opening_a_sentence_is_still_read():
    q = quotes("Okafor shook his head at the figures. “We counted twice,” he said.", language="en")[-1]
    assert q.speaker == "Okafor", (q.speaker, q.attribution)
