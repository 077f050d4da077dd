"""A body's words by its possessive ("In the coalition's words: “…”", "The Agency's own guidance says it plainly:
“…”", "the Friends said in their submission") come from the body: its organisation, no person. The sentences are
written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

BODY = "Wetland Soils Agency"
INTRO = f"The {BODY} met on Monday. "

ENGLISH = [
    INTRO + "In the Agency's words: “We will read every map line by line.”",
    INTRO + "14:10 — In the Agency's own words, “no map, no money”, and nobody argued.",
    INTRO + "The Agency's own guidance says it plainly: “No map, no money.”",
    INTRO + "Q: What does the Agency ask? A: The Agency's guidelines state: “Every Signatory publishes its map.”",
    INTRO + "In brief: the Agency's submission puts it bluntly: “Ditches are debts.”",
    INTRO + "LISVANE (Wire) — The Agency's guidance, published on Monday, warns: “A pledge nobody measures is "
            "no pledge.”",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_a_bodys_words_by_its_possessive_are_the_bodys(text):
    q = one(text, own_voice=False)
    assert q.speaker == ""
    assert q.organisation == BODY


CORPS = "Agence des sols humides"
FRENCH = [
    f"L'{CORPS} s'est réunie lundi. Selon les mots de l'Agence{NB}: «{NB}Nous lirons chaque carte ligne par "
    f"ligne.{NB}»",
    f"L'{CORPS} s'est réunie lundi. Pour reprendre les mots de l'Agence{NB}: «{NB}Aucune carte ne sera payée tant "
    f"qu'elle n'est pas publiée.{NB}»",
    f"L'{CORPS} s'est réunie lundi. Le guide de l'Agence tranche sans détour{NB}: «{NB}Pas de carte, pas "
    f"d'argent.{NB}»",
    f"L'{CORPS} s'est réunie lundi. Q{NB}: Que demande l'Agence{NB}? R{NB}: La note de l'Agence précise{NB}: "
    f"«{NB}Chaque Signataire publie sa carte.{NB}»",
    f"L'{CORPS} s'est réunie lundi. En bref{NB}: le communiqué de l'Agence résume{NB}: «{NB}Les fossés sont des "
    f"dettes.{NB}»",
    f"L'{CORPS} s'est réunie lundi. DÉPÊCHE — La déclaration de l'Agence, publiée lundi, prévient{NB}: «{NB}Un "
    f"engagement que personne ne mesure n'en est pas un.{NB}»",
]


@pytest.mark.parametrize("text", FRENCH)
def test_les_mots_dun_organisme_sont_les_siens(text):
    q = one(text, own_voice=False)
    assert q.speaker == ""
    assert q.organisation == CORPS


def test_in_the_coalitions_words_is_the_publisher_in_its_own_newsletter():
    q = one("The Institute's report is out on Thursday. In the coalition's words: “We will read the report line "
            "by line, and so should every minister.”", own_voice=False)
    assert q.speaker == "" and q.organisation == "Harbour Coalition"
