"""Words a speaker reports as someone else's by naming them as a noun ("She passed on the words NAME had confided
to her that morning: “…”", « Elle a rapporté les mots que NAME lui avait confiés : « … » ») are that person's,
not the reporter's. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

SPOKES = "Jane Alderwick"
NAME = "Marco Feldbrun"

EN = [
    # a briefing's highlights
    f"The deputy spokesperson, {SPOKES}, opened the briefing. She also passed on the words {NAME} had confided "
    "to her that morning: “A small text adopted is worth more than a big text in brackets.”",
    # a podcast transcript
    f"HOST: Our guest is {SPOKES}. She read out the line {NAME} used at the plenary: “Nobody asked for this "
    "meeting to end early, and nobody will.”",
    # a newsletter
    f"{SPOKES} closed her report with the very words {NAME} wrote to the branch in March: “We are not the "
    "problem, we are the people who will fix it.”",
]
FR = [
    # des faits saillants d'un point de presse
    f"La porte-parole adjointe, {SPOKES}, a ouvert le point de presse. Elle a aussi rapporté les mots que {NAME} "
    f"lui avait confiés dans la matinée : «{NB}Un petit texte adopté vaut mieux qu’un grand texte entre crochets{NB}».",
    # une émission de radio
    f"ANIMATEUR : Notre invitée, {SPOKES}, nous a lu la phrase que {NAME} a prononcée en plénière : «{NB}Personne "
    f"n’a demandé que cette réunion finisse tôt, et personne ne le fera{NB}».",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_words_are_the_named_person_s(text):
    assert one(text, own_voice=False).speaker == NAME


NEAR = [
    # the reporter's own words to someone: hers
    f"The deputy spokesperson, {SPOKES}, opened the briefing. She repeated the words she had used the day before: "
    "“A small text adopted is worth more than a big text in brackets.”",
    f"La porte-parole adjointe, {SPOKES}, a ouvert le point de presse. Elle a répété les mots qu’elle avait dits à "
    f"{NAME} : «{NB}Un petit texte adopté vaut mieux qu’un grand texte entre crochets{NB}».",
]


@pytest.mark.parametrize("text", NEAR)
def test_the_reporter_s_own_words_stay_hers(text):
    assert one(text, own_voice=False).speaker == SPOKES
