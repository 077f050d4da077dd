"""Letters a minister reads out in a statement (round 55, read on the `poke/` half's misses): the writer's words,
named or not, never the minister's own. The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one

_SPEECH = dict(default_speaker="Gaspard Ollivrec", default_organisation="Gadrenne", own_voice=True)


def test_a_letter_whose_writer_is_named_is_the_writer_s():
    q = one(f"On appelle ce gaz « le tueur invisible ». Je voudrais vous lire la lettre que m’a adressée Lucien "
            f"Paradou-Marchal, ramoneur à Vionnaz depuis trente ans :\n\n«{NB}Monsieur le ministre, je monte sur les "
            f"toits de Vionnaz depuis 1998.{NB}»", **_SPEECH)
    assert q.speaker == "Lucien Paradou-Marchal" and q.organisation == ""


def test_a_letter_from_a_woman_who_asked_not_to_be_named_is_nobody_s():
    q = one("Let me read you a few lines from a letter a woman from the coast sent to my office in February. She "
            "asked me not to use her name.\n\n“My husband ran the generator in the garage during the storm.\n\n“I "
            "found him in the morning on the kitchen floor.”", default_speaker="Ingrid Maelstrom",
            default_organisation="Tessivar", own_voice=True)
    assert q.speaker == "" and q.attribution == "unnamed"


def test_near_miss_the_minister_s_own_earlier_words_stay_his():
    q = one(f"Je répète ce que j’ai dit devant notre Assemblée nationale en juin : «{NB}Une maison sans détecteur est "
            f"une maison qui attend{NB}».", **_SPEECH)
    assert q.speaker == "Gaspard Ollivrec"
