"""A pronoun whose verb says how the words follow what was said before: "she added" goes on for the person who
spoke last (not someone who only nodded since), "he replied" answers someone (not the person whose words he
answers). Both people of the paragraph are of the pronoun's gender, or of no stated gender, so only the verb
tells them apart. The sentences are written for these tests, in the forms of several presses."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _last(text: str):
    return quotes(text)[-1]


ADDING_EN = [
    # wire copy
    "“We accept 2032 if nobody reopens the text,” Ambassador Kiran Mbatha told the plenary. Ambassador Tamsin Orley "
    "nodded from the chair. “It is a compromise we can defend at home,” she added.",
    # live blog
    "16:40 — “The fund must open in 2029,” Kiran Mbatha said as she left the room. Delegate Tamsin Orley waved to "
    "the cameras. “After that, everything is negotiable,” she added.",
    # feature
    "“I have seen this river die twice,” says Kiran Mbatha, who grew up on its banks. Her neighbour Tamsin Orley "
    "looks away. “I do not want to see it a third time,” she goes on.",
    # newsletter, the pronoun and its verb before the words
    "“Money first,” Kiran Mbatha told the Daily on Tuesday. Minister Tamsin Orley smiled across the table. She "
    "added: “Calendar second.”",
    # Q&A introduction
    "“The text is weak,” Kiran Mbatha said before the session. Tamsin Orley, sitting beside her, took notes. "
    "“But it is a text,” she continued.",
    # statement reported
    "“We came to listen,” said Kiran Mbatha, head of the Lorvanian delegation. Tamsin Orley arrived late. “And we "
    "will stay to the end,” she went on.",
]

ADDING_FR = [
    f"«{NB}Nous acceptons 2032{NB}», a déclaré Kiran Mbatha en plénière. Tamsin Orley a hoché la tête depuis la "
    f"tribune. «{NB}C'est un compromis que nous pourrons défendre{NB}», a-t-elle ajouté.",
    f"16 h 40 — «{NB}Le fonds doit ouvrir en 2029{NB}», a lancé Kiran Mbatha en quittant la salle. Tamsin Orley a "
    f"fait signe aux caméras. «{NB}Après, tout se discute{NB}», a-t-elle poursuivi.",
    f"«{NB}J'ai vu cette rivière mourir deux fois{NB}», raconte Kiran Mbatha, qui a grandi sur ses rives. Sa voisine "
    f"Tamsin Orley détourne les yeux. «{NB}Je ne veux pas la voir mourir une troisième fois{NB}», ajoute-t-elle.",
    f"«{NB}L'argent d'abord{NB}», a déclaré Kiran Mbatha mardi au Bulletin. Tamsin Orley souriait de l'autre côté de "
    f"la table. Elle a ajouté : «{NB}Le calendrier ensuite.{NB}»",
    f"«{NB}Le texte est faible{NB}», a estimé Kiran Mbatha avant la séance. Tamsin Orley, assise à côté, prenait des "
    f"notes. «{NB}Mais c'est un texte{NB}», poursuit-elle.",
    f"«{NB}Nous sommes venus écouter{NB}», a affirmé Kiran Mbatha, cheffe de la délégation. Tamsin Orley est arrivée "
    f"en retard. «{NB}Et nous resterons jusqu'au bout{NB}», a-t-elle ajouté.",
    f"«{NB}Nous sommes venus écouter{NB}», a affirmé Kiran Mbatha. Tamsin Orley est arrivée en retard. «{NB}Et nous "
    f"resterons jusqu'au bout{NB}», a-t-elle enchaîné.",
]


@pytest.mark.parametrize("text", ADDING_EN + ADDING_FR)
def test_adding_goes_on_for_the_person_who_spoke_last(text):
    first, second = quotes(text)
    assert first.speaker == second.speaker == "Kiran Mbatha"


def test_adding_after_someone_else_has_spoken_since_is_hers():
    text = ("“We accept 2032,” Kiran Mbatha told the plenary. Tamsin Orley said the chair would rule on Friday. "
            "“Nobody will reopen the text,” she added.")
    assert _last(text).speaker == "Tamsin Orley"


REPLYING_EN = [
    # wire copy
    "Dr Halvard Nkemelu, chief scientist of the Programme, presented the data. Asked whether the numbers could be "
    "wrong, Casimir Ferro suggested they were “a snapshot”. “Six snapshots in six years make a film,” he replied.",
    # feature
    "Dr Halvard Nkemelu listens. Across the table, Casimir Ferro says the figures are “too old to matter”. “Old "
    "figures are still figures,” he replies.",
    # live blog
    "11:05 — Halvard Nkemelu is at the microphone. Casimir Ferro interrupts him: “Your sample is too small.” “It "
    "is the largest anyone has taken,” he retorted.",
    # newsletter
    "Halvard Nkemelu had the floor for ten minutes. Casimir Ferro then called the study “a guess”. He replied: "
    "“A guess with four thousand samples.”",
    # Q&A
    "Halvard Nkemelu, who led the survey, sat in the front row. Casimir Ferro told the room the data were "
    "“outdated”. “They were collected last spring,” he answered.",
    # statement reported
    "Dr Halvard Nkemelu presented the findings. Minister Casimir Ferro said the study was “premature”. “The rivers "
    "are not waiting for us,” he countered.",
    "Dr Halvard Nkemelu listens. Across the table, Casimir Ferro calls the figures “too old to matter”. “Old "
    "figures are still figures,” he shoots back.",
]

REPLYING_FR = [
    f"Le docteur Halvard Nkemelu a présenté les données. Casimir Ferro y a vu un «{NB}instantané{NB}». «{NB}Six "
    f"instantanés en six ans, cela s'appelle un film{NB}», a-t-il répliqué.",
    f"Halvard Nkemelu écoute. En face, Casimir Ferro juge les chiffres «{NB}trop anciens{NB}». «{NB}Des chiffres "
    f"anciens restent des chiffres{NB}», rétorque-t-il.",
    f"11 h 05 — Halvard Nkemelu est au micro. Casimir Ferro l'interrompt : «{NB}Votre échantillon est trop "
    f"petit.{NB}» «{NB}C'est le plus grand jamais constitué{NB}», a-t-il rétorqué.",
    f"Halvard Nkemelu a parlé dix minutes. Casimir Ferro a ensuite qualifié l'étude de «{NB}pari{NB}». Il a "
    f"répondu : «{NB}Un pari sur quatre mille échantillons.{NB}»",
    f"Halvard Nkemelu, qui a dirigé l'enquête, était au premier rang. Casimir Ferro a déclaré que les données "
    f"étaient «{NB}dépassées{NB}». «{NB}Elles datent du printemps dernier{NB}», répond-il.",
    f"Le docteur Halvard Nkemelu a présenté les résultats. Le ministre Casimir Ferro a jugé l'étude "
    f"«{NB}prématurée{NB}». «{NB}Les rivières ne nous attendent pas{NB}», réplique-t-il.",
    f"Le docteur Halvard Nkemelu a présenté les résultats. Le ministre Casimir Ferro a jugé l'étude "
    f"«{NB}prématurée{NB}». «{NB}Les rivières ne nous attendent pas{NB}», a-t-il riposté.",
]


@pytest.mark.parametrize("text", REPLYING_EN + REPLYING_FR)
def test_a_reply_is_not_the_words_of_the_person_it_answers(text):
    assert _last(text).speaker == "Halvard Nkemelu"


@pytest.mark.parametrize("text", [
    "Casimir Ferro was asked whether the numbers could be wrong. “Six snapshots make a film,” he replied.",
    f"Interrogé sur les chiffres, Casimir Ferro a souri. «{NB}Six instantanés font un film{NB}», a-t-il répondu.",
])
def test_a_reply_with_nobody_else_to_answer_for_is_the_paragraphs_person(text):
    assert _last(text).speaker == "Casimir Ferro"
