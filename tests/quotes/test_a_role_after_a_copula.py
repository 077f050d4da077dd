"""A role the sentence gives after a copula ("Today's guest was the health minister of X, NAME", « L’invité du
jour était le ministre de la Santé de X, NAME ») is the named person's role: the subject before the copula is the
occasion (a guest, a speaker, a winner), not a part of the role. So a later "the minister said", « a déclaré le
ministre » means her or him. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAME = "Teodora Vinskaya"

EN = [
    # a spokesperson's briefing highlights: a guest briefer introduced by title
    f"The guest at the noon briefing was the health minister of Oskeland, {NAME}, who passed a bread law in "
    "2034. “Our bakers had three years to adapt, and not one of them closed,” the minister said.",
    # wire copy
    f"LUND, 4 May (Wire) — The first speaker was Oskeland's health minister, {NAME}. “Nobody noticed the salt "
    "had gone, except the doctors,” the minister told delegates.",
    # a radio script
    f"PRESENTER: Our studio guest this morning is the minister of health, {NAME}. “We measured for a year before "
    "we set a single limit,” the minister said.",
    # a newsletter
    f"This month's speaker was the agriculture minister, {NAME}, who grew up on a farm. “I will not ask farmers "
    "for a change I would not make myself,” the minister said.",
]
FR = [
    # des faits saillants d'un point de presse
    f"L’invité du point de presse était le ministre de la Santé de l’Oskélie, {NAME}, qui a fait adopter une loi "
    f"en 2034. «{NB}Nos boulangers ont eu trois ans pour s’adapter, et aucun n’a fermé{NB}», a déclaré le ministre.",
    # une dépêche
    f"LUND, 4 mai (Dépêche) — Le premier orateur était le ministre de la Santé, {NAME}. «{NB}Personne n’a remarqué "
    f"que le sel était parti, sauf les médecins{NB}», a affirmé le ministre.",
    # une lettre d'information
    f"L’invitée du mois a été la ministre de l’Agriculture, {NAME}, fille d’agriculteurs. «{NB}Je ne demanderai "
    f"rien aux paysans que je ne ferais pas moi-même{NB}», a dit la ministre.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_the_role_after_the_copula_is_the_named_person_s(text):
    q = one(text, own_voice=False)
    assert q.speaker == NAME
    assert q.attribution in ("named", "pronoun")


NEAR = [
    # the role the sentence gives is another one: "the minister" is nobody the text names
    f"The winner was the baker, {NAME}. “Our bakers had three years to adapt, and not one closed,” the minister "
    "said.",
    f"Le lauréat était le boulanger, {NAME}. «{NB}Nos boulangers ont eu trois ans pour s’adapter{NB}», a déclaré "
    "un ministre.",
]


@pytest.mark.parametrize("text", NEAR)
def test_another_role_after_the_copula_names_nobody(text):
    q = one(text, own_voice=False)
    assert q.speaker == ""
