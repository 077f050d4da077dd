"""A clause of saying reported inside another ("She noted that Ambassador NAME had told the plenary that his
country would “…”", « Elle a rappelé que la ministre NAME avait déclaré que … « … » »): the words are the inner
sayer's, the person the text names after "that" / « que », not the one who reports them. A pronoun after "that"
or a noun phrase that names nobody leaves the reading as it was. Written for these tests, in the forms of briefing
notes, wires, radio scripts, live blogs and newsletters, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = [  # (text, speaker)
    ("Ms Lind would not speak for any delegation. She noted, however, that Ambassador Piet Varga of Lundia had told "
     "the plenary that his country would “measure first and argue afterwards”.", "Piet Varga"),
    ("Ana Lind, the spokesperson, recalled that Minister Eva Storm had told reporters on Monday that the fund was "
     "“a first step, not the last one”.", "Eva Storm"),
    ("14:05 — Our correspondent Ana Lind reports that Senator Piet Varga has just told the committee that the bill "
     "is “dead on arrival, and everyone in the room knows it”.", "Piet Varga"),
    ("Ana Lind said that the report Piet Varga had written described the fund as “a first step, not the last "
     "one”.", "Ana Lind"),  # near-miss: no clause of saying after "that"; the sentence's subject said it
    ("Ana Lind, who met Piet Varga on Monday, said that the fund was “a first step, not the last one”.", "Ana Lind"),
]
FR = [
    ("La porte-parole, Ana Lind, a rappelé que l’ambassadeur Piet Varga avait déclaré devant la plénière que son pays "
     "voulait « mesurer d’abord et discuter ensuite ».", "Piet Varga"),
    ("Ana Lind a indiqué que la ministre Eva Storm avait affirmé lundi que le fonds était « un premier pas, pas le "
     "dernier ».", "Eva Storm"),
    ("Ana Lind a indiqué qu’elle avait affirmé lundi que le fonds était « un premier pas, pas le dernier ».",
     "Ana Lind"),  # near-miss: a pronoun after « que », her own words
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_sayer_after_that_speaks(text, speaker):
    [q] = quotes(text, language="en")
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_french_sayer_after_que_speaks(text, speaker):
    [q] = quotes(text, language="fr")
    assert q.speaker == speaker
