"""In an interview titled by its interviewee's words ("“…,” says NAME", « « … », dit NAME »), a quotation the
answer gives in the first person ("A: “…”, as I said last year", « R : J’ai dit : « … » ») is the interviewee's.
Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TITLE_EN = ("“We are running out of empty orbits,” says Aiko Marenholtz\n\nDr Aiko Marenholtz is a senior fellow at "
            "the Halden Institute.\n\nQ: A last word?\n\n")
TITLE_FR = ("« Nous manquons d’orbites libres », dit Aiko Marenholtz\n\nAiko Marenholtz est chercheuse à l’Institut "
            "Halden.\n\nQ : Un dernier mot ?\n\n")
ANSWERS_EN = [
    "A: “The sky belongs to everyone, and it is filling up,” as I said in Ostrevan last year.",
    "A: I told the plenary: “The sky belongs to everyone, and it is filling up.”",
    "A: “The sky belongs to everyone, and it is filling up,” I said then, and I say it again.",
    "A: As I said in Ostrevan: “The sky belongs to everyone, and it is filling up.”",
    "A: I wrote it in 2027: “The sky belongs to everyone, and it is filling up.”",
    "A: « Le ciel est à tout le monde, et il se remplit », as I said in Ostrevan last year.",
]
ANSWERS_FR = [
    "R : « Le ciel est à tout le monde, et il se remplit », comme je l’ai dit l’an dernier.",
    "R : J’ai dit à la plénière : « Le ciel est à tout le monde, et il se remplit. »",
    pytest.param(f"R : «{NB}Le ciel est à tout le monde, et il se remplit{NB}», ai-je dit à Ostrévanie.",
                 marks=pytest.mark.xfail(strict=True, reason="the inverted « ai-je dit » is not read as the first person")),
    "R : Je l’ai écrit en 2027 : « Le ciel est à tout le monde, et il se remplit. »",
    "R : Comme je l’ai dit à Ostrévanie : « Le ciel est à tout le monde, et il se remplit. »",
    "R : J’ai répété aux délégués : « Le ciel est à tout le monde, et il se remplit. »",
]


@pytest.mark.parametrize("answer", ANSWERS_EN + ANSWERS_FR)
def test_the_interviewee_s_own_words_in_an_answer(answer):
    fr = answer.startswith("R ")
    qs = quotes((TITLE_FR if fr else TITLE_EN) + answer, language="fr" if fr else "en", own_voice=False)
    assert [q.speaker for q in qs][1:] == ["Aiko Marenholtz"]


def test_someone_else_named_in_the_answer_is_not_the_interviewee():
    qs = quotes(TITLE_EN + "A: I met Lea Brandt yesterday. She told me: “We cannot afford to wait, and we cannot "
                "afford to pay.”", language="en", own_voice=False)
    assert qs[-1].speaker == "Lea Brandt"
