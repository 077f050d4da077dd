"""A possessive that points back to a body the sentence before names only by its short form ("The Fund today
announced …. “…,” said NAME, its director", « Le Réseau a distribué un tract. Son président, NAME, a déclaré »,
"Q: Is the Office on your side? A: Its report says “…”"): the body the short form stands for, by the full name
the document gave it earlier. A short form the document never names in full, a State or a person before the
possessive, give no body from it. The sentences are written for these tests, in the forms of a release, a wire
story, an interview, a newsletter and a briefing note.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

CASES = [
    # a release: the full name in its first sentence, the short form in the one before the quotation
    ("Orvelle, 3 May 2031 — The Marrow Valley Relief Fund opened its appeal on Monday.\n\nThe Fund today announced "
     "grants for three hundred families. “We pay for the roofs first and ask questions later,” said Idris "
     "Tallant-Oko, its director, at a press conference in Orvelle.\n",
     "Idris Tallant-Oko", "Marrow Valley Relief Fund"),
    # an interview: the question names the body by its short form, the answer quotes its report
    ("Interview\n\nThe Lindqvist Pesticide Review Office published its figures in March.\n\nQ: Is the Office on "
     "your side?\n\nA: Its report says “exposure through pollen is systematically underestimated”. That is "
     "enough for me.\n",
     "", "Lindqvist Pesticide Review Office"),
    # a newsletter's side-event column
    ("## Side events\n\nThe Coastal Pilots Federation held its side event in the car park.\n\nThe Federation asks "
     "that the decision name the pilots. Its vice-president, Gérald Marchetti-Obono, said: “We will train five "
     "hundred pilots this year in safe mooring.”\n",
     "Gérald Marchetti-Obono", "Coastal Pilots Federation"),
    # a French wire story
    (f"Le Réseau Valmine a tenu sa conférence lundi.\n\nLe Réseau a distribué un tract à l’entrée de la plénière. "
     f"Son président, Anselme Darrival, a déclaré{NB}: «{NB}Nous ne sommes pas des victimes à photographier, nous "
     f"sommes des témoins{NB}».\n",
     "Anselme Darrival", "Réseau Valmine"),
    # a French interview
    (f"L’Office Lindqvist d’évaluation des pesticides a publié sa revue en mars.\n\nQ{NB}: L’Office est-il de "
     f"votre côté{NB}?\n\nR{NB}: Son rapport le dit ainsi{NB}: «{NB}l’exposition par le pollen est "
     f"systématiquement sous-estimée{NB}».\n",
     "", "Office Lindqvist d’évaluation des pesticides"),
]


@pytest.mark.parametrize("text,speaker,org", CASES)
def test_the_possessive_is_the_body_of_the_short_form(text, speaker, org):
    (q,) = quotes(text)
    assert (q.speaker, q.organisation) == (speaker, org)


def test_near_miss_a_short_form_never_named_in_full_gives_none():
    text = ("The Fund today announced grants for three hundred families. “We pay for the roofs first and ask "
            "questions later,” said Idris Tallant-Oko, its director, at a press conference.\n")
    (q,) = quotes(text)
    assert q.speaker == "Idris Tallant-Oko"
    assert q.organisation == ""


def test_near_miss_a_person_s_report_gives_no_body():
    text = ("Interview\n\nThe Lindqvist Pesticide Review Office published its figures in March.\n\nQ: Did Dr Varga "
            "agree with them?\n\nA: Her report says “exposure through pollen is systematically underestimated”. "
            "That is enough for me.\n")
    (q,) = quotes(text)
    assert q.organisation != "Lindqvist Pesticide Review Office"
