"""Words told back to the one who just asked: "NAME1 reminded the meeting …. NAME2 then asked for …. “…,” she told
him" (« NAME2 a demandé …. « … », lui a-t-elle répondu »): the one told is not the one who tells, so when the
pronoun would go to the asker, it goes to the one other person of the paragraph it fits. With nobody who asked
just before, "she told him" stays with the person the paragraph named. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [
    "Mayor Ilse Brandvold reminded the chamber that no date was set. Councillor Sorel Quigley-Vane then asked for "
    "a second public meeting. “You will have one before the lorries move,” she told him.",            # local paper
    "Ilse Brandvold opened the hearing. Sorel Quigley-Vane asked whether the wells had been tested. “Every one of "
    "them, twice,” she told him.",                                                                    # court report
    "HOST: Ilse Brandvold runs the clinic. My colleague Sorel Quigley-Vane asked her about the waiting list. "
    "“Three weeks, and falling,” she tells him.",                                                     # radio script
]
FR = [
    f"La maire Ilse Brandvold a rappelé que rien n’était décidé. Le conseiller Sorel Quigley-Vane a alors demandé "
    f"une seconde réunion. «{NB}Vous l’aurez avant les camions{NB}», lui a-t-elle répondu.",
    f"Ilse Brandvold a ouvert l’audience. Sorel Quigley-Vane a demandé si les puits avaient été analysés. "
    f"«{NB}Tous, deux fois{NB}», lui a-t-elle lancé.",
]


@pytest.mark.parametrize("text", EN)
def test_english_words_told_to_the_asker_are_the_other_s(text):
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ilse Brandvold"


@pytest.mark.parametrize("text", FR)
def test_french_words_told_to_the_asker_are_the_other_s(text):
    [q] = quotes(text, language="fr", own_voice=False)
    assert q.speaker == "Ilse Brandvold"


def test_told_him_with_nobody_asking_stays_with_the_one_named():
    text = ("Piet Varga visited the clinic. Ilse Brandvold met him at the gate. “We have no more beds,” she told him.")
    [q] = quotes(text, language="en", own_voice=False)
    assert q.speaker == "Ilse Brandvold"
