"""A Q&A whose turns are labelled with initials once its standfirst has named the people (« **H.G. :** »,
« **L.V.-K. :** », "**MO:**"): the label is the one person the document names with those initials, so her answer's
"I told them “…”" and « Je le répète à mes étudiants : « … » » are hers.

Initials that two people of the document share, or nobody's, name nobody; a label that is a full name reads as
before. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_FR_HEAD = ("# « Une carte ne ment pas »\n\n*Entretien paru dans* La Gazette du Val *le 3 mai. Par Hortense Gilbaud, "
            "journaliste.*\n\nLa géographe Liv Varenne-Kosta dirige depuis dix ans l’Atlas des rivières.\n\n"
            "**H.G. :** Que répondez-vous à vos détracteurs ?\n\n")
_EN_HEAD = ("# Mapping the rivers\n\nHortense Gilbaud talks to Liv Varenne-Kosta, director of the River Atlas.\n\n"
            "**HG:** What do you tell your critics?\n\n")

_HERS = [
    (_FR_HEAD + f"**L.V.-K. :** Je le répète à mes étudiants depuis dix ans{NB}: «{NB}une rivière n’a pas de "
                f"frontière, elle a une mémoire{NB}». Ils finissent par l’écrire.", "frontière"),
    (_FR_HEAD + "**L.V.-K. :** À Lusk, l’an dernier, j’ai dit aux maires “your river will testify against you”, je le "
                "dis en anglais parce que c’est comme ça que je l’ai dit là-bas.", "testify"),
    (_EN_HEAD + "**LVK:** I told the mayors last year: “a river has no border, it has a memory”. They laughed.",
     "has a memory"),
    (_EN_HEAD + "**L.V.K.:** I said it to every mayor on the delta: “your river will testify against you.”",
     "testify"),
]


@pytest.mark.parametrize("text, words", _HERS)
def test_an_answer_under_her_initials_is_hers(text, words):
    q = next(q for q in quotes(text, own_voice=False) if words in q.text)
    assert q.speaker == "Liv Varenne-Kosta", (q.speaker, q.attribution)


def test_initials_two_people_share_name_nobody():
    text = ("# Two mappers\n\nHortense Gilbaud talks to Liv Varenne-Kosta and Lars Vinter-Kahl of the River Atlas."
            "\n\n**HG:** What do you tell your critics?\n\n**LVK:** I told the mayors last year: “a river has no "
            "border, it has a memory”. They laughed.")
    q = next(q for q in quotes(text, own_voice=False) if "memory" in q.text)
    assert q.speaker == ""


def test_initials_of_nobody_named_name_nobody():
    text = (_EN_HEAD.replace("HG:", "XY:") + "**QZ:** I told the mayors last year: “a river has no border, it has a "
            "memory”. They laughed.")
    q = next(q for q in quotes(text, own_voice=False) if "memory" in q.text)
    assert q.speaker == ""


def test_a_full_name_label_reads_as_before():
    text = (_EN_HEAD + "**Liv Varenne-Kosta:** I told the mayors last year: “a river has no border, it has a "
            "memory”. They laughed.")
    q = next(q for q in quotes(text, own_voice=False) if "memory" in q.text)
    assert q.speaker == "Liv Varenne-Kosta"
