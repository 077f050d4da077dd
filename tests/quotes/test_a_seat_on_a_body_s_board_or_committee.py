"""A relative clause that seats a named person on a body's board or committee gives her that body: "who … and sits
on the network's board" (the body by its kind's noun, the one the document names), "who sits on the health
committee of the X Union", « qui siège au conseil d’administration de la Fédération X ». Near-misses, unchanged: a
seat on something that is no body ("who sits on the harbour wall", "the village's board"), a committee of no
named body, a jury.
The sentences are written for these tests, as a release, wire copy, a feature, a briefing and a newsletter would put
them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_NET = "The Corvane Waste Pickers Network said on Friday it would not endorse the text.\n\n"

CASES = [
    # a release
    (_NET + "Ilse Marrow, who has sorted waste above the port since 2001 and sits on the network’s board, said: “My "
            "son sorts beside me now, and I want him to be the last.”", "Corvane Waste Pickers Network"),
    # wire copy
    ("Captain Ivo Starn, who has led the harbour’s night crew since 2029 and sits on the safety committee of the "
     "Federation of Dock and Harbour Workers, told reporters: “Every one of us has been tested twice this year.”",
     "Federation of Dock and Harbour Workers"),
    # a feature
    ("“We count the bags by hand, every evening,” says Ilse Marrow, who serves on the executive committee of the "
     "Corvane Waste Pickers Network.", "Corvane Waste Pickers Network"),
    # a newsletter, in French
    (f"Ilse Marrow, qui siège au conseil d’administration de la Fédération des trieurs de Corvane, a "
     f"prévenu{NB}: «{NB}Nous ne signerons pas ce texte en l’état.{NB}»", "Fédération des trieurs de Corvane"),
    # a briefing, in French
    (f"Ivo Starn, qui siège au comité exécutif de l’Union des dockers de Corvane, a résumé{NB}: «{NB}Chacun de "
     f"nous a été testé deux fois.{NB}»", "Union des dockers de Corvane"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_seat_gives_the_body(text, org):
    q = one(text)
    assert q.speaker in ("Ilse Marrow", "Ivo Starn")
    assert q.organisation == org


NEAR = [
    _NET + "Ilse Marrow, who sits on the harbour wall every evening to count the bags, said: “My son sorts beside me "
           "now, and I want him to be the last.”",
    _NET + "Ilse Marrow, who sits on the village’s board, said: “My son sorts beside me now, and I want him to be "
           "the last.”",
    "Ilse Marrow, who sat on the jury last year, said: “The evidence was thin, and the hall was very cold.”",
]


@pytest.mark.parametrize("text", NEAR)
def test_no_body_from_a_seat_on_no_body(text):
    q = one(text)
    assert q.speaker == "Ilse Marrow"
    assert "Network" not in q.organisation and "village" not in q.organisation.lower() and "jury" not in q.organisation
