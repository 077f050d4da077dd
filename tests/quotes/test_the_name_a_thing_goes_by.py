"""The name a thing goes by, after a noun and « dit », "known as", "nicknamed", « surnommé » (« un groupe de travail
conjoint, dit « Groupe de la Vasse », qui fera rapport »): what it is called, nobody's quotation, even with the small
words of a French or an English name in lower case. « dit » is read so only after a noun and a comma and before a
name in Title Case: « Le ministre se lève, dit « … » » before a sentence stays a verb of saying. The sentences are
written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

NAMES = [
    # un communiqué conjoint
    f"Les deux Gouvernements ont créé un groupe de travail conjoint, dit «{NB}Groupe de la Vasse{NB}», qui fera "
    f"rapport en avril.",
    # une dépêche
    f"DÉPÊCHE — Les deux ministres créent une cellule commune, dite «{NB}Cellule des quais calmes{NB}», qui rendra "
    f"compte en avril.",
    # une lettre d'information
    f"Les délégués de trois ports forment un réseau, surnommé «{NB}Club des oreilles fines{NB}», qui se réunit "
    f"chaque mois.",
    # a readout
    "The ministers set up a joint body, known as “Friends of the Quiet Mills”, to report in April.",
    # a live blog
    "LIVE 14:02 — A new caucus, nicknamed “Coalition of the Deafened”, met for the first time over lunch.",
    # a newsletter
    "Our members in the ports have a network, known as “Network of the Harbour Ears”, that meets monthly.",
]


@pytest.mark.parametrize("text", NAMES)
def test_the_name_a_thing_goes_by_is_no_quotation(text):
    assert quotes(text, own_voice=False) == []


@pytest.mark.parametrize("text", [
    f"Le ministre se lève, dit «{NB}Nous paierons chaque audiogramme, et nous le ferons dès janvier{NB}» et quitte "
    f"la salle.",
    "The minister, known as a hard bargainer, said: “We will pay for every audiogram from January.”",
])
def test_words_said_stay_a_quotation(text):
    # near-misses: a sentence after « dit », and a verb of saying after "known as": quotations, as before
    assert len(quotes(text, own_voice=False)) == 1
