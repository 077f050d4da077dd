"""A judgement someone gives in two or three words set against each other, after a verb of judging and its
object (« Une porte-parole de l'Office … a jugé la proposition « ambitieuse mais finançable » », "called the plan
“ambitious but affordable”"): a quotation, though shorter than four words, and no nickname held at a distance.

A name given to a thing (“the snooze button”, « doctrine de l'escargot ») stays no quotation. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_JUDGED = [
    (f"La coordinatrice du Réseau a présenté un plan. Une porte-parole de l’Office mondial de la santé des plantes a "
     f"jugé la proposition «{NB}ambitieuse mais finançable{NB}».", "ambitieuse mais finançable"),
    (f"Le ministre Kerbastide a jugé le texte «{NB}tardif mais utile{NB}».", "tardif mais utile"),
    (f"**11 h 05** — La porte-parole de l’Office a jugé l’offre «{NB}tardive mais bienvenue{NB}».",
     "tardive mais bienvenue"),
    (f"Mme Kerbastide juge le compromis «{NB}fragile mais tenable{NB}».", "fragile mais tenable"),
    (f"Une déléguée a estimé le calendrier «{NB}serré mais faisable{NB}».", "serré mais faisable"),
    ("A spokeswoman for the Global Plant Health Office called the plan “ambitious but affordable”.",
     "ambitious but affordable"),
    ("Ana Ruiz, the Office's director, described the offer as “late but welcome”.", "late but welcome"),
]


@pytest.mark.parametrize("text,words", _JUDGED)
def test_a_judgement_in_two_qualities_is_a_quotation(text, words):
    assert [q.text for q in quotes(text)] == [words]


@pytest.mark.parametrize("text", [
    "Delegates have started calling the weakest option “the snooze button”.",
    f"L’Office a qualifié le plan de «{NB}doctrine de l’escargot{NB}».",
    "Campaigners called the draft “a half-open door”.",
    f"Les pêcheurs appellent «{NB}la croûte{NB}» la couche de moules.",
])
def test_a_name_given_to_a_thing_stays_no_quotation(text):
    assert quotes(text) == []
