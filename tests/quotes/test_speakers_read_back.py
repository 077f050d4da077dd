"""Speakers a quotation names only by reading back: a role alone after a titled introduction, a paragraph of
quotation after a paragraph split by its attribution, "the last word goes to", an unnamed representative's
"he said", and "the coalition's NAME". The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes


def _last(text: str, **kw):
    return quotes(text, **kw)[-1]


ROLE_ALONE = [
    "Ambassador Margaret Roche, head of the Valdorian delegation, presented Valdoria's draft register.\n\n“If a "
    "contact is legitimate, there is no reason to hide it,” said the ambassador, who negotiated the text for six "
    "months.",
    "Ambassador Margaret Roche, head of the Valdorian delegation, presented Valdoria's draft register.\n\n“If a "
    "contact is legitimate, there is no reason to hide it,” the ambassador insisted.",
    f"L'ambassadrice Margaret Roche, cheffe de la délégation valdorienne, a présenté le projet de registre de la "
    f"Valdorie.\n\n«{NB}Si un contact est légitime, il n'y a aucune raison de le cacher{NB}», a martelé "
    f"l'ambassadrice, qui a négocié le texte pendant six mois.",
    f"L'ambassadrice Margaret Roche, cheffe de la délégation valdorienne, a présenté le projet de registre de la "
    f"Valdorie.\n\n«{NB}Si un contact est légitime, il n'y a aucune raison de le cacher{NB}», a insisté "
    f"l'ambassadrice.",
]


@pytest.mark.parametrize("text", ROLE_ALONE)
def test_a_role_alone_means_the_person_introduced_with_that_title(text):
    q = _last(text)
    assert q.speaker == "Margaret Roche"
    assert q.organisation in ("Valdoria", "Valdorie")


GOES_ON = [
    ("“Nobody is against health,” Kofi Asante, who grew tobacco himself until 1995, added, “but health has to be "
     "paid for by someone.”\n\n“Give us a buyer and a price, and you will never hear from us again.”"),
    ("“We came with a text,” said Kofi Asante, “and we will leave with one.”\n\n“Anything less would be a defeat "
     "for every grower in the room.”"),
    (f"«{NB}Personne n'est contre la santé{NB}», a ajouté Kofi Asante, «{NB}mais il faut bien que quelqu'un la "
     f"paie.{NB}»\n\n«{NB}Donnez-nous un acheteur et un prix, et vous n'entendrez plus parler de nous.{NB}»"),
    (f"«{NB}Nous sommes venus avec un texte{NB}», a dit Kofi Asante, «{NB}et nous repartirons avec un texte.{NB}»"
     f"\n\n«{NB}Moins que cela serait une défaite pour tous les planteurs.{NB}»"),
]


@pytest.mark.parametrize("text", GOES_ON)
def test_a_quotation_paragraph_after_a_paragraph_split_by_its_attribution_is_the_same_speakers(text):
    assert _last(text).speaker == "Kofi Asante"


LAST_WORD = [
    ("The last word went to Mariam Tall, a grower and an observer for Valdor: “Now someone has to buy our "
     "sorghum.”", "Mariam Tall"),
    ("We leave the last word to Dr Awa Keita of the Lung Society: “We will not give up this fight, not now.”",
     "Awa Keita"),
    (f"Le mot de la fin revient à Mariam Tall, planteuse et observatrice pour le Valdor{NB}: «{NB}Maintenant, il "
     f"faut que quelqu'un achète notre sorgho.{NB}»", "Mariam Tall"),
    (f"Laissons le dernier mot à la docteure Awa Keita, de la Société de pneumologie{NB}: «{NB}Nous ne lâcherons "
     f"pas ce combat.{NB}»", "Awa Keita"),
    (f"Le dernier mot est revenu à l'ambassadeur Tomas Reyes, chef de la délégation du Valdor{NB}: «{NB}Nous "
     f"reviendrons l'an prochain.{NB}»", "Tomas Reyes"),
]


@pytest.mark.parametrize("text, speaker", LAST_WORD)
def test_the_one_given_the_last_word_speaks(text, speaker):
    assert _last(text).speaker == speaker


REPRESENTATIVE = [
    ("Rodrigo Salas, the head of the Convention Secretariat, opened the session. He said: “We start on time today, "
     "for once.”\n\nThe representative of the Union of Island Exporters said members were asked to bear the cost "
     "of a policy designed elsewhere. “Nobody in this room has ever been offered a fund,” he said.",
     "Union of Island Exporters"),
    ("The representative of Valdoria spoke first and supported the register.\n\nRodrigo Salas opened the debate "
     "after him. “We start on time today, for once,” he said.\n\nThe representative of the Alliance of Small "
     "Producer States said members were asked to pay for it. “We have been offered workshops,” he said.",
     "Alliance of Small Producer States"),
    (f"Rodrigo Salas, chef du Secrétariat de la Convention, a ouvert la séance. Il a déclaré{NB}: «{NB}Nous "
     f"commençons à l'heure, pour une fois.{NB}»\n\nLe représentant de l'Union des exportateurs insulaires a "
     f"estimé que ses membres payaient pour une politique conçue ailleurs. «{NB}Personne ici ne s'est vu proposer "
     f"un fonds{NB}», a-t-il ajouté.", "Union des exportateurs insulaires"),
]


@pytest.mark.parametrize("text, org", REPRESENTATIVE)
def test_he_after_an_unnamed_representative_is_nobody_named_earlier(text, org):
    q = _last(text)
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text", [
    "The coalition's Mariam Tall, who has attended every session, said: “Someone has to buy our sorghum.”",
    "The final word belongs to the coalition's Mariam Tall, who has attended every session: “Someone has to buy "
    "our sorghum.”",
])
def test_the_coalitions_person_speaks_for_the_coalition_with_no_role_made_of_its_name(text):
    q = _last(text)
    assert (q.speaker, q.role, q.organisation) == ("Mariam Tall", "", ORG)


ADDING = [
    "Asked about it, the head of the Secretariat, Rodrigo Salas, admitted that “few Parties have indexed their "
    "excise to inflation”, before adding: “That is the single cheapest thing a finance ministry can do.”",
    "Rodrigo Salas admitted that “few Parties have indexed their excise to inflation”, adding: “That is the "
    "cheapest thing a ministry can do.”",
    "Rodrigo Salas conceded that “few Parties index their excise”, before adding, in French: “C'est la mesure la "
    "moins chère qui soit.”",
    f"Interrogé sur ce point, le chef du Secrétariat, Rodrigo Salas, a reconnu que «{NB}peu de Parties ont indexé "
    f"leurs droits d'accise{NB}», avant d'ajouter, en anglais{NB}: “That is the single cheapest thing a finance "
    f"ministry can do.”",
    f"Rodrigo Salas a reconnu que «{NB}peu de Parties ont indexé leurs droits{NB}», et d'ajouter{NB}: «{NB}C'est la "
    f"mesure la moins chère qu'un ministère puisse prendre.{NB}»",
    f"Rodrigo Salas a reconnu que «{NB}peu de Parties ont indexé leurs droits{NB}», avant d'ajouter{NB}: «{NB}C'est "
    f"la mesure la moins chère qu'un ministère puisse prendre.{NB}»",
]


@pytest.mark.parametrize("text", ADDING)
def test_a_second_quotation_joined_by_adding_is_the_first_ones_speakers(text):
    first, second = quotes(text)
    assert first.speaker == second.speaker == "Rodrigo Salas"


@pytest.mark.parametrize("text", [
    "Dr Awa Keita, a lung specialist and secretary-general of the Lung Society, was taking notes. “What she "
    "describes, we see in our wards every day,” said the doctor, who founded the country's first cessation clinic.",
    "Dr Awa Keita, a lung specialist, was taking notes. “What she describes, we see in our wards every day,” the "
    "physician said.",
    f"La docteure Awa Keita, pneumologue et secrétaire générale de la Société de pneumologie, prenait des notes. "
    f"«{NB}Ce qu'elle décrit, nous le voyons dans nos services tous les jours{NB}», glisse la médecin, qui a fondé "
    f"le premier service de sevrage du pays.",
    f"Le docteur Awa Keita, pneumologue, prenait des notes. «{NB}Ce qu'elle décrit, nous le voyons tous les "
    f"jours{NB}», souffle le médecin.",
])
def test_the_doctor_is_the_doctor_the_paragraph_named(text):
    assert _last(text).speaker == "Awa Keita"


_INTRO_EN = ("Mariam Tall, 47, chair of the Soumbala growers' cooperative, had never flown before.\n\nHer minister, Awa "
             "Keita, had her invited onto the official delegation.\n\n")
_INTRO_FR = ("Mariam Tall, 47 ans, présidente de la coopérative des planteuses de Soumbala, n'avait jamais pris "
             "l'avion.\n\nSa ministre, Awa Keita, l'a fait inviter dans la délégation officielle.\n\n")


@pytest.mark.parametrize("text", [
    _INTRO_EN + "The chair, for her part, has no such qualms. On the second day, she spoke at a side event.\n\n“We "
    "were taught to plant tobacco at ten, nobody taught us anything else,” she told a packed room.",
    _INTRO_EN + "The chair, herself, has no such qualms.\n\n“We were taught to plant tobacco at ten,” she said.",
    _INTRO_EN + "The chair has no such qualms.\n\n“We were taught to plant tobacco at ten,” she said.",
    _INTRO_EN + "The chair, she, has no such qualms, and said so.\n\n“We were taught to plant tobacco at ten,” she "
    "said.",
    _INTRO_EN + "The chair, for her part, spoke first.\n\n“Nobody taught us to plant anything else,” she added.",
    _INTRO_FR + f"La présidente, elle, n'a pas ces scrupules. Au deuxième jour, elle a pris la parole.\n\n«{NB}On nous "
    f"a appris à planter du tabac à dix ans{NB}», a-t-elle lancé devant une salle comble.",
    _INTRO_FR + f"La présidente, pour sa part, n'a pas ces scrupules.\n\n«{NB}On nous a appris à planter du tabac à "
    f"dix ans{NB}», a-t-elle lancé.",
    _INTRO_FR + f"La présidente, quant à elle, a parlé la première.\n\n«{NB}Personne ne nous a appris autre "
    f"chose{NB}», a-t-elle ajouté.",
    _INTRO_FR + f"La présidente, de son côté, n'a pas ces scrupules.\n\n«{NB}On nous a appris à planter du tabac à "
    f"dix ans{NB}», a-t-elle dit.",
    _INTRO_FR + f"La présidente n'a pas ces scrupules.\n\n«{NB}On nous a appris à planter du tabac à dix ans{NB}», "
    f"a-t-elle lancé.",
])
def test_she_after_a_role_noun_taken_up_between_commas_is_the_one_given_that_role(text):
    assert _last(text).speaker == "Mariam Tall"
