"""A table of who is who, rendered one cell a line ("Presiding judge ¶ Judge Ada NAME-NAME ¶ Counsel for …"),
names a person in full on her cell's line: a surname alone later ("Judge NAME-NAME said", « a déclaré la juge
NAME ») stands for her. The next cell's first word on the next line is not part of her name. Written for these
tests, in the forms of hearing reports, programmes and newsletters, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

EN = [  # (text, speaker)
    ("Bench and parties\nName\nPresiding judge\nJudge Ada Morrow-Quist\nCounsel for the union\nPiet Varga\n"
     "“This court will not be rushed. We are here\nto weigh the evidence,” Judge Morrow-Quist said.",
     "Ada Morrow-Quist"),
    ("Programme\nSpeaker\nOpening address\nMinister Ana Lindqvar-Obi\nClosing remarks\nPiet Varga\n"
     "“We will sit until the text is done, and not a minute\nlonger,” Minister Lindqvar-Obi told the room.",
     "Ana Lindqvar-Obi"),
]
FR = [  # (French titles already ended the name at its line; they must still)
    ("Composition\nNom\nAvocate de la partie civile\nMaître Ada Morrow-Quist\nAvocat de la défense\nPiet Varga\n"
     "« Ce tribunal ne se laissera pas presser. Nous sommes ici\npour peser les preuves », a plaidé Me Morrow-Quist.",
     "Ada Morrow-Quist"),
    ("Programme\nIntervenant\nDiscours d’ouverture\nMadame Ada Morrow-Quist\nClôture\nPiet Varga\n"
     "« Ce tribunal ne se laissera pas presser. Nous sommes ici\npour peser les preuves », a déclaré Mme Morrow-Quist.",
     "Ada Morrow-Quist"),
]
NEAR = [  # a surname nobody names in full stays alone
    ("Bench and parties\nName\nPresiding judge\nJudge Ada Morrow-Quist\nCounsel for the union\nPiet Varga\n"
     "“This court will not be rushed. We are here\nto weigh the evidence,” Judge Halloran said.", "Halloran"),
]


@pytest.mark.parametrize("text,speaker", EN + NEAR)
def test_english_name_on_a_table_cell_line_completes_the_surname(text, speaker):
    [q] = quotes(text, language="en")
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_french_name_on_a_table_cell_line_completes_the_surname(text, speaker):
    [q] = quotes(text, language="fr")
    assert q.speaker == speaker
