"""The meeting a person chairs, named by its kind ("The President of the Conference, Ambassador NAME", « la
présidente de la conférence, l'ambassadrice NAME », "the Summit's chair"): an event, not a body; the State
another document of the kit gives her ("Ambassador NAME of Kordel") is whom she speaks for. With nothing else
known, the words stay as they were read. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import settled_kit

OF_STATE = ("briefing", "en", "The President of the Conference, Ambassador Ilse Varnholt of Kordel, told the "
                              "bureau that she wanted “a text every finance ministry can sign”.")

EN = [
    "The President of the Conference, Ambassador Ilse Varnholt, opened the morning with a warning: “I will not let "
    "this conference end in brackets.”",
    "“I will not let this conference end in brackets,” said Ilse Varnholt, President of the Conference.",
    "## 09:12 — Varnholt: “Brackets are not a strategy”\n\nThe President of the Conference, Ambassador Ilse "
    "Varnholt, opened the morning: “I will not let this conference end in brackets.”",
]
FR = [
    "La présidente de la conférence, l'ambassadrice Ilse Varnholt, a prévenu : « Je ne laisserai pas cette "
    "conférence finir entre crochets. »",
    "« Je ne laisserai pas cette conférence finir entre crochets », a déclaré Ilse Varnholt, présidente de la "
    "Conférence.",
]


def _orgs(lang: str, text: str, kit=(OF_STATE,)) -> list[str]:
    docs = settled_kit(*kit, ("doc", lang, text))
    return [q.organisation for q in docs[-1]]


@pytest.mark.parametrize("text", EN)
def test_english_the_conference_gives_way_to_her_state(text):
    assert set(_orgs("en", text)) == {"Kordel"}


@pytest.mark.parametrize("text", FR)
def test_french_the_conference_gives_way_to_her_state(text):
    assert set(_orgs("fr", text)) == {"Kordel"}


def test_with_no_state_known_the_words_stay():
    assert _orgs("en", EN[1], kit=()) != ["Kordel"]
