"""A gathering named on its own line, as a transcript's heading or a programme's entry ("Press conference: “…”",
« Point de presse : « … » », "Plenary: “…”"), puts in quotation marks what it was called, not what anyone said:
no quotation. A PDF keeps the heading as a plain line, so the line's opening, not a "#", says it. Written for
these tests, as a transcript, a programme, a live blog and a newsletter would put them; the near-misses, words
said at such a gathering, stay quotations.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


@pytest.mark.parametrize("text", [
    "Press conference: “Dry ports and the repair test”\nMODERATOR: Good morning, and welcome.",
    "Transcript\nNews conference: “Who pays for the recall?”\nCHAIR: We start with the minister.",
    f"Programme du jour\nPoint de presse{NB}: «{NB}Les ports secs et le test de réparation{NB}»\n10 h 30, salle B.",
    f"Conférence de presse{NB}: «{NB}Qui paiera le rappel{NB}?{NB}»\nMODÉRATRICE{NB}: Bonjour à tous.",
    "Plenary: “Closing the loop on batteries”\n14:00, main hall.",
])
def test_a_gathering_s_name_on_its_line_is_no_quotation(text):
    assert quotes(text) == [], [q.text for q in quotes(text)]


@pytest.mark.parametrize("text, words", [
    ("Minister Ana Varga opened the press conference: “We will sign on Thursday, whatever happens.”", "sign on"),
    (f"À la conférence de presse, Ana Varga a prévenu{NB}: «{NB}Nous signerons jeudi, quoi qu’il arrive{NB}».",
     "signerons"),
    ("Press conference, 10:00\nVARGA: “We will sign on Thursday, whatever happens,” I told them yesterday.", "sign on"),
    # a PDF's wrapped line that happens to open on the gathering: the sentence goes on from the line before
    ("Conference president Ana Varga, whose country exports the most, told the opening\nplenary: “We are the "
     "exporters in this room, and we should say so first.”", "exporters"),
    (f"Hier soir, l’ambassadrice Ana Varga m’a dit, à la sortie de la\nplénière{NB}: «{NB}Si vous déposez "
     f"l’amendement, nous le soutiendrons{NB}».", "amendement"),
])
def test_near_miss_words_said_at_a_gathering_stay_quotations(text, words):
    assert any(words in q.text for q in quotes(text)), [q.text for q in quotes(text)]
