"""A pronoun that says who spoke, in the forms the first attribution rules did not read: "According to her, the
stakes …: “…”" / « Selon elle, l’enjeu … : « … » » (a clause between the pronoun and the colon); "He quoted the
slogan “X”, then added: “…”" (a short title in quotation marks inside the clause is no quotation of its own);
and "NAME arrived …. Her deputy, NAME2, …. “…,” she said" (the possessive that opens the next sentence says
NAME is a woman, so "she" is NAME, not the deputy whose gender the text does not give). The sentences are
written for these tests, in the forms of wire copy, features, newsletters, statements and live blogs.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    ("Health Minister Rosa Ilvesköld-Amari welcomed the delegations on Monday. According to her, the stakes go "
     "beyond hospitals: “Our farmers and our nurses carry the same burden.”", "Rosa Ilvesköld-Amari"),
    ("Minister Piet Aalders-Nkemelu spoke for twenty minutes.\n\nHe quoted his government’s slogan, “Every "
     "Dose Counts”, then added: “I would rather be early than sorry.”", "Piet Aalders-Nkemelu"),
    ("Tarvania’s ambassador, Mirela Okonedo-Lind, arrived early with a folder of data. Her deputy, Kaito "
     "Ferraz-Ulu, was left to face the cameras. “We will not sign a number we cannot count,” she said.",
     "Mirela Okonedo-Lind"),
    ("Dr Hanne Solvik-Oduya chairs the panel. According to her, the method matters more than the number: “Count "
     "first, cut second.”", "Hanne Solvik-Oduya"),
    ("**10:05** — Commissioner Lars Ebbesen-Tall opened the day. He read out the campaign’s motto, “No Cure, No "
     "Care”, and went on: “That is not a slogan, it is a description.”", "Lars Ebbesen-Tall"),
    ("The chair of the nurses’ union, Greta Halloran-Mbeki, toured the ward. Her adviser, Jun Ortega-Paasi, took "
     "notes. “Sinks save more lives than slogans,” she told us.", "Greta Halloran-Mbeki"),
]

FR = [
    ("La ministre de la Santé, Rosa Ilvesköld-Amari, a accueilli les délégations. Selon elle, l’enjeu dépasse "
     f"les hôpitaux : «{NB}Nos éleveurs et nos infirmières portent le même fardeau.{NB}»", "Rosa Ilvesköld-Amari"),
    ("Le ministre Piet Aalders-Nkemelu a parlé vingt minutes.\n\nIl a cité en anglais le slogan de son "
     f"gouvernement, «{NB}Chaque dose compte{NB}», puis ajouté : «{NB}Mieux vaut être en avance qu’en retard.{NB}»",
     "Piet Aalders-Nkemelu"),
    ("La docteure Hanne Solvik-Oduya préside le groupe. D’après elle, la méthode compte plus que le chiffre : "
     f"«{NB}Comptons d’abord, réduisons ensuite.{NB}»", "Hanne Solvik-Oduya"),
    ("Le commissaire Lars Ebbesen-Tall a ouvert la journée. Il a lu la devise de la campagne, « Pas de remède, "
     "pas de soins », et poursuivi : « Ce n’est pas un slogan, c’est une description. »", "Lars Ebbesen-Tall"),
    ("Mirela Okonedo-Lind, ambassadrice de Tarvanie, est arrivée tôt. Selon elle, rien n’est joué avant jeudi "
     f": «{NB}Nous ne signerons pas un chiffre que nous ne savons pas compter.{NB}»", "Mirela Okonedo-Lind"),
    ("Greta Halloran-Mbeki, présidente du syndicat infirmier, a visité le service. Elle a rappelé le mot d’ordre "
     f"« Des lavabos, pas des slogans », avant d’ajouter : «{NB}Un lavabo sauve plus de vies qu’un discours.{NB}»",
     "Greta Halloran-Mbeki"),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_the_pronoun_names_the_speaker_en(text, speaker):
    assert one(text, language="en").speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_the_pronoun_names_the_speaker_fr(text, speaker):
    assert one(text, language="fr").speaker == speaker
