"""Two more guesses the finder no longer makes. A role noun after a quotation (« a reconnu la ministre », "the
minister conceded") is never given a person the paragraph made something else (« Odile NAME, présidente du
Forum »): the one of that role, or nobody. A place after « à » / "at" before a first name no list holds
(« rencontré à Corvelle Philippine NAME ») is no part of her name. The sentences are written for these tests,
as wire copy, a feature, a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

ROLE_NOUN = [
    ("Odile Marceau, president of the River Women's Forum, handed her the village's notebooks. “These notebooks "
     "are worth more than our satellites,” the minister conceded."),
    ("10:20 — Jonas Perrault, head of the fishers' union, laid the map on the table. “We will look at every "
     "kilometre of it,” the ambassador said."),
    ("Q: Who spoke first? A: Ruth Kamsky, the network's coordinator, opened the meeting. “The fund exists and it "
     "is empty,” the minister replied."),
    ("Noor Haddane, a researcher at the institute, presented the figures. “Those figures are already old,” "
     "the commissioner said dryly."),
    ("Ilse Marrow, chair of the growers' cooperative, asked about the timetable. “June is too late,” the "
     "envoy admitted."),
    ("Oren Valadez, the federation's treasurer, gave the delegates the accounts. “The accounts are clear,” "
     "said the ambassador."),
    (f"Odile Marceau, présidente du Forum des femmes riveraines, lui a remis les relevés du village. «{NB}Ces "
     f"carnets valent mieux que nos satellites{NB}», a reconnu la ministre."),
    (f"Jonas Perrault, chef du syndicat des pêcheurs, a posé la carte sur la table. «{NB}Nous en regarderons "
     f"chaque kilomètre{NB}», a dit l'ambassadrice."),
    (f"Ruth Kamsky, coordinatrice du réseau, a ouvert la réunion. «{NB}Le fonds existe et il est vide{NB}», a "
     f"répondu la ministre."),
    (f"Noor Haddane, chercheuse à l'institut, a présenté les chiffres. «{NB}Ces chiffres sont déjà "
     f"anciens{NB}», a sèchement relevé la commissaire."),
    (f"Ilse Marrow, présidente de la coopérative, a posé la question du calendrier. «{NB}Juin, c'est trop "
     f"tard{NB}», a admis l'envoyée."),
    (f"Oren Valadez, trésorier de la fédération, a remis les comptes aux délégués. «{NB}Les comptes sont "
     f"clairs{NB}», a assuré l'ambassadeur."),
]


@pytest.mark.parametrize("text", ROLE_NOUN)
def test_a_role_noun_is_not_given_someone_of_another_role(text):
    assert one(text).speaker == ""


PLACED = [
    ("Last week I met at Harwell Ottilie Brand-Mase, a nurse for twenty years. She told me: “We wash our hands "
     "a hundred times a day.”", "Ottilie Brand-Mase"),
    ("In March we met in Varnholt Séverine Ocampo-Lind, who runs the clinic. She said: “The sinks came last.”",
     "Séverine Ocampo-Lind"),
    ("I spoke at Dunmore Henriette Vasko-Amal, a midwife. She told me: “Soap is cheaper than a funeral.”",
     "Henriette Vasko-Amal"),
    ("Our team met near Kessa Fabienne Orlu-Strand, who keeps the ward's records. She said: “Nobody reads "
     "them.”", "Fabienne Orlu-Strand"),
    ("At the clinic we met in Brenna Nadège Solberg-Amin. She told our reporter: “The water comes twice a "
     "week.”", "Nadège Solberg-Amin"),
    ("The delegation met at Orvel Aurelia Tavish-Kone, a teacher. She told them: “My pupils draw the river "
     "dry.”", "Aurelia Tavish-Kone"),
    (f"La semaine dernière, j'ai rencontré à Corvelle Philippine Corbeau-Nyasha, infirmière. Elle m'a "
     f"dit{NB}: «{NB}Nous lavons nos mains cent fois par jour.{NB}»", "Philippine Corbeau-Nyasha"),
    (f"En mars, nous avons vu à Varnholt Séverine Ocampo-Lind, qui dirige le dispensaire. Elle a "
     f"dit{NB}: «{NB}Les lavabos sont arrivés en dernier.{NB}»", "Séverine Ocampo-Lind"),
    (f"J'ai rencontré à Dunmore Henriette Vasko-Amal, sage-femme. Elle m'a dit{NB}: «{NB}Le savon coûte moins "
     f"cher qu'un enterrement.{NB}»", "Henriette Vasko-Amal"),
    (f"Notre équipe a rencontré à Kessa Fabienne Orlu-Strand, qui tient les registres. Elle a dit{NB}: "
     f"«{NB}Personne ne les lit.{NB}»", "Fabienne Orlu-Strand"),
    (f"Au dispensaire, nous avons rencontré à Brenna Nadège Solberg-Amin. Elle a confié{NB}: «{NB}L'eau arrive "
     f"deux fois par semaine.{NB}»", "Nadège Solberg-Amin"),
    (f"La délégation a rencontré à Orvel Aurelia Tavish-Kone, enseignante. Elle leur a dit{NB}: «{NB}Mes élèves "
     f"dessinent la rivière à sec.{NB}»", "Aurelia Tavish-Kone"),
]


@pytest.mark.parametrize("text,name", PLACED)
def test_a_place_before_a_first_name_is_no_part_of_her_name(text, name):
    assert one(text).speaker == name
