"""A heading that opens on the kind of an opinion piece or of a meeting's write-up, then its title in quotation marks:
"# Event summary: “…” — a closed round table", « # Tribune. « … » », "Op-ed: “…”", « Table ronde : « … » ». The
quoted words are what the piece is called (a tribune's headline is its signatories' own prose), nobody's quotation.
Written for these tests, in English and French, as think tanks, opinion desks, newsletters and live blogs put it.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG

BODY = "\n\nThe meeting ran for two hours and nobody took the floor twice."
CORPS = "\n\nLa réunion a duré deux heures et personne n'a parlé deux fois."

CASES = [
    ("# Event summary: “Who keeps the coast dark?” — a closed round table" + BODY, "en"),
    ("## Op-ed: “Our streets are lit for cars, not for people”" + BODY, "en"),
    ("**Editorial:** “A small step that changes every street”" + BODY, "en"),
    ("Round table: “Dark skies, safe streets?”" + BODY, "en"),
    (f"# Tribune. «{NB}L'éclairage public n'est pas une fatalité, c'est un choix{NB}»" + CORPS, "fr"),
    (f"## Table ronde{NB}: «{NB}À qui appartient la nuit{NB}?{NB}»" + CORPS, "fr"),
    (f"Point de vue{NB}: «{NB}Éteindre à minuit ne coûte rien{NB}»" + CORPS, "fr"),
]


@pytest.mark.parametrize("text, language", CASES)
def test_a_piece_s_title_is_nobody_s_quotation(text, language):
    found = extract_quotes([text], language=language, default_organisation=ORG)
    assert not [q for q in found if q.kind == "quote"], [(q.kind, q.text) for q in found]


@pytest.mark.parametrize("text, language, speaker", [
    # a person's name as the heading's label: her words, as before
    ("# Ines Halvorsen: “We will not dim a single school”" + BODY, "en", "Ines Halvorsen"),
    # the kind of piece inside a sentence, not opening its line: someone's words
    ("In her opinion, the mayor, Ines Halvorsen, put it simply: “We will not dim a single school.”", "en",
     "Ines Halvorsen"),
])
def test_a_speaker_s_words_are_unchanged(text, language, speaker):
    found = [q for q in extract_quotes([text], language=language, default_organisation=ORG) if q.kind == "quote"]
    assert found and found[0].speaker == speaker
