"""A pronoun after a quotation, with two people in the paragraph and only one whose gender shows: the first name
says it (by its ending when no list has it), and a French masculine title does not make a woman a man. The
sentences are written for these tests, in the forms of several presses."""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _last(text: str):
    return quotes(text)[-1]


# a woman introduced first, then a person whose gender the text never states, then "she"
SHE_EN = [
    # wire copy
    ("The Minister for Fisheries of Lorvania, Ottavia Brenn-Sallis, opened the segment. Ambassador Tarquin Oduya-Vell "
     "of Castrel, who chairs the meeting, promised a short session. “Lorvania will put a date in its own law first,” "
     "she said afterwards.", "Ottavia Brenn-Sallis"),
    # feature
    ("Rosamund Kettleby-Ahn, the network's field coordinator, came straight from the airport. Dr Penrose Ukwu had "
     "kept her a seat near the door. “I have not slept since Tuesday, and I will not until there is a text,” she "
     "said, laughing.", "Rosamund Kettleby-Ahn"),
    # newsletter, an apposition and no verb of saying
    ("Castrel's deputy minister for water, Ludmilla Orsanti, arrived in Vessen last night. Ambassador Quillon "
     "Mbeki-Hart had asked delegations to settle the budget. “We will pay for pumps, not for studies of pumps,” "
     "she told the Daily.", "Ludmilla Orsanti"),
    # live blog
    ("14:10 — Seraphine Dukov-Amari, head of the Lorvanian delegation, took the floor. Chair Ellery Voss-Nakamura "
     "called for order twice. “We came to close this file, not to open another,” she said.", "Seraphine Dukov-Amari"),
    # statement reported in a release
    ("Minister Clementine Arkwright-Obi led the Castrel delegation. Secretary Ridley Ferrante-Oyelaran read the "
     "agenda. “Every river we clean is a school we keep open,” she told the plenary.", "Clementine Arkwright-Obi"),
    # a man this time: "he", a man's first name by its ending, and a person of no stated gender
    ("Lorenzo Quaresma-Dahl, who speaks for the fishers' union, waited outside the hall. Delegate Morrow Ekwueme "
     "walked past without a word. “They will hear us at the vote,” he said.", "Lorenzo Quaresma-Dahl"),
]

SHE_FR = [
    # dépêche
    (f"La ministre de la Pêche de Lorvanie, Ottavia Brenn-Sallis, a ouvert la séance. L'ambassadeur Tarquin "
     f"Oduya-Vell, président de la réunion, a promis une session courte. «{NB}La Lorvanie inscrira une date dans sa "
     f"propre loi{NB}», a-t-elle déclaré ensuite.", "Ottavia Brenn-Sallis"),
    # reportage
    (f"Rosamund Kettleby-Ahn, coordinatrice de terrain du réseau, arrive directement de l'aéroport. Penrose Ukwu lui "
     f"avait gardé une place. «{NB}Je n'ai pas dormi depuis mardi{NB}», sourit-elle.", "Rosamund Kettleby-Ahn"),
    # bulletin, une apposition sans verbe de parole
    (f"La vice-ministre de l'Eau de Castrel, Séraphine Orsanti, est arrivée hier soir à Vessen. Quillon Mbeki-Hart "
     f"avait demandé aux délégations de boucler le budget. «{NB}Nous paierons des pompes, pas des études sur les "
     f"pompes{NB}», a-t-elle dit au Bulletin.", "Séraphine Orsanti"),
    # fil en direct
    (f"14 h 10 — Ludivine Dukov-Amari, cheffe de la délégation lorvanienne, prend la parole. Ellery Voss-Nakamura "
     f"rappelle la salle à l'ordre. «{NB}Nous sommes venus fermer ce dossier{NB}», lance-t-elle.", "Ludivine Dukov-Amari"),
    # communiqué
    (f"Clémentine Arkwright-Obi conduisait la délégation de Castrel. Ridley Ferrante-Oyelaran a lu l'ordre du jour. "
     f"«{NB}Chaque rivière assainie, c'est une école qui reste ouverte{NB}», a-t-elle affirmé.", "Clémentine Arkwright-Obi"),
    # un homme : « il », un prénom d'homme par sa fin, une personne dont le texte ne dit pas le genre
    (f"Lorenzo Quaresma-Dahl, porte-parole du syndicat des pêcheurs, attendait devant la salle. Morrow Ekwueme a "
     f"traversé le couloir sans un mot. «{NB}Ils nous entendront au vote{NB}», a-t-il glissé.", "Lorenzo Quaresma-Dahl"),
]


@pytest.mark.parametrize("text,who", SHE_EN + SHE_FR)
def test_the_pronoun_goes_to_the_person_its_gender_fits(text, who):
    q = _last(text)
    assert q.speaker == who
    assert q.attribution == "pronoun"


# a woman with a French masculine title (« le professeur », « le ministre », « le docteur »)
MASCULINE_TITLE = [
    (f"Le professeur Ottilie Vanderhagen, toxicologue indépendante, a relu l'étude. «{NB}La méthode est solide{NB}», "
     f"estime-t-elle.", "Ottilie Vanderhagen"),
    (f"Le ministre Aurélie Castagnède a reçu les ONG lundi. «{NB}Je ne signerai pas un texte vide{NB}», a-t-elle "
     f"prévenu.", "Aurélie Castagnède"),
    (f"Le docteur Henriette Lamorak, qui dirige le service de toxicologie, était dans la salle. Piet Varga a parlé "
     f"avant elle. «{NB}Nos chiffres sont prudents{NB}», a-t-elle ajouté.", "Henriette Lamorak"),
    (f"Présent à la tribune, le rapporteur Fabienne Okotie a présenté les conclusions. «{NB}Le texte est "
     f"mûr{NB}», juge-t-elle.", "Fabienne Okotie"),
    ("Le professeur Ottilie Vanderhagen juge les chiffres prudents.\n\nR. : Oui. Elle nous a écrit, en anglais : "
     "“The real exposure is at least twice what we publish”.", "Ottilie Vanderhagen"),
    (f"Le délégué Marcelline Obuya est restée jusqu'à la fin. «{NB}Nous reviendrons demain{NB}», dit-elle.",
     "Marcelline Obuya"),
]


@pytest.mark.parametrize("text,who", MASCULINE_TITLE)
def test_a_masculine_french_title_does_not_make_a_woman_a_man(text, who):
    assert _last(text).speaker == who


def test_a_man_is_still_a_man_by_monsieur_whatever_his_first_name_ends_with():
    text = (f"M. Andrea Colvane, délégué de Castrel, et Mme Ottavia Brenn ont parlé. «{NB}Ce n'est pas fini{NB}», "
            f"a-t-il dit.")
    assert _last(text).speaker == "Andrea Colvane"


@pytest.mark.parametrize("name", ["Mattia Ferrone", "Elia Castagna", "Augustine Obi", "Charlie Wendt", "Yoko Tanabe"])
def test_names_whose_ending_misleads_say_nothing_of_gender(name):
    from presskit.quotes.firstnames import first_name_gender
    assert first_name_gender(name) == ""


@pytest.mark.parametrize("name,g", [("Aurelia Vantongeren", "f"), ("Séverine Mbatha", "f"), ("Nadège Vall", "f"),
                                    ("Ottilie Brancusi", "f"), ("Fabienne Okotie", "f"), ("Lorenzo Dahl", "m"),
                                    ("Rasmus Oyelaran", "m")])
def test_a_first_name_no_list_holds_is_read_by_its_ending(name, g):
    from presskit.quotes.firstnames import first_name_gender
    assert first_name_gender(name) == g
