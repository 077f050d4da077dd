"""What a speaker brings to a conference, named by its title ("her paper, “…”", « sa communication, « … » », "the
keynote, “…”", « le poster n° 4, « … » », « le titre de la communication de Mme X, « … » »): a title, not anyone's
quotation, as a report's or a study's title already is; a proceedings editor, a programme and a digest name talks
and posters so. Words a speaker said in her talk, after a verb of saying, stay her quotation. The sentences are
written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "Session report. Her presentation, “Counting Ears in Harbour Towns”, drew the largest crowd of the morning.",
    "The keynote, “Forty Years of Noisy Ports”, opens the second day at nine.",
    "LIVE 10:15 — Dr Amsel's talk, “Why Apprentices Take Their Earplugs Out”, has been moved to Room B.",
    "Poster No 12, “Quiet Looms in Three Mills”, won the prize for young researchers.",
    "The title of her paper, “Listening to colleagues: why apprentices take off their ear protection”, was quoted all "
    "morning.",
]
FR = [
    f"Le titre de la communication de Mme Okonjo-Brest, «{NB}Entendre ses voisins{NB}: le casque chez les jeunes "
    f"soudeurs et ce qu'ils en disent{NB}», a été repris par plusieurs orateurs.",
    f"Le poster n° 4, «{NB}Six cents soudeurs, une courbe{NB}», a attiré la foule de midi.",
    f"Sa communication, «{NB}Le bruit des quais de Port-Amsel{NB}», ouvre la séance de l'après-midi.",
    f"En direct, 11 h — La présentation du Dr Amsel, «{NB}Des oreilles et des ports{NB}», est reportée à 14 h.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_a_paper_s_title_is_no_quotation(text):
    assert quotes(text, own_voice=False) == []


@pytest.mark.parametrize("text", [
    "Dr Amsel opened her talk with a warning: “We found that nobody in the room had the mean curve.”",
    f"Dans sa communication, Mme Okonjo-Brest a prévenu{NB}: «{NB}Personne dans la salle n'avait la courbe "
    f"moyenne.{NB}»",
])
def test_words_said_in_a_talk_stay_a_quotation(text):
    # near-misses: a verb of saying gives the words to the speaker, whatever the talk
    assert len(quotes(text, own_voice=False)) == 1
