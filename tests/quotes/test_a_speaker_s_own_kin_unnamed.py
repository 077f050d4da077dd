"""A speaker's own kin or neighbour whom she does not name ("My son came down from the field … and he said to
me, “…”", « Ma voisine est arrivée en courant. Elle m'a dit : « … » »): the pronoun stands for that person,
someone the text does not name, never for a person named before (a programme's host, a reporter in the
header). Written for these tests, in the forms of phone-in transcripts, podcasts, features and diaries. A
relative named right after ("my daughter, Inés Varga, …") is still that named person.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

HEADER_EN = ("Evening phone-in · Host: Tobias Rennert · Guest: Dr Hana Lorre, Delta Institute\n\n"
             "HOST: Good evening. First caller, Mirela, from the lower village. Go ahead.\n\n")
HEADER_FR = ("Émission du soir · Animateur : Tobias Rennert · Invitée : Dr Hana Lorre, Institut du delta\n\n"
             "ANIMATEUR : Bonsoir. Premier appel, Mirela, du village du bas. Allez-y.\n\n")

EN = [
    HEADER_EN + "MIRELA (LOWER VILLAGE): Good evening. My son came down from the upper field at three in the morning, "
    "soaking, and he said to me, “Mum, the path is moving under my feet”. That was our warning.",
    HEADER_EN + "MIRELA (LOWER VILLAGE): My daughter works at the clinic. She told me on Sunday: “We have no "
    "more blankets, bring what you can.”",
]
FR = [
    HEADER_FR + "MIRELA (VILLAGE DU BAS) : Bonsoir. Mon fils est descendu du champ à trois heures du matin, trempé, "
    "et il m'a dit : « Maman, le chemin bouge sous mes pieds. » C'était notre sirène.",
    "J'ai passé la nuit à l'école avec la famille Marin. Tobias Rennert, le maire, l'avait ouverte à minuit. Ma "
    "voisine est arrivée la dernière. Elle m'a dit : « Le pont est parti, on ne remonte pas ce soir. »",
]


@pytest.mark.parametrize("text", EN)
def test_english_the_kin_is_someone_unnamed(text):
    q = quotes(text, language="en")[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


@pytest.mark.parametrize("text", FR)
def test_french_the_kin_is_someone_unnamed(text):
    q = quotes(text, language="fr")[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


def test_near_miss_a_relative_named_right_after():
    q = quotes("My daughter, Inés Varga, works at the clinic. She told me: “We have no more blankets.”",
               language="en")[-1]
    assert q.speaker == "Inés Varga", (q.speaker, q.attribution)
