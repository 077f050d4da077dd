"""Whom a speaker speaks for, where the words around her name a body or only a place. « Le centre hospitalier de
X » is a hospital, the body its doctor speaks for (« urgentiste au centre hospitalier de Lormeuil »); « le ramoneur
de X » plies a trade in a town, no body. A name the sentence goes on to call "it" ("Brackley Lettings said that it
had …") is a company, no person. A coroner speaks for the court the record names, as a judge does. « Un conseiller
de mon cabinet » in a minister's statement speaks for her State. A table read cell by cell (a delegate's name on
one line, his function on the next) names no body "NAME". Written for these tests, in the forms of a wire
dispatch, a coroner's record and a minister's statement.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes

pytestmark = pytest.mark.abstains


def test_a_hospital_centre_is_its_doctor_s_body():
    q = one("Le docteur Hugo Vassereau, urgentiste au centre hospitalier de Lormeuil, a résumé l'enjeu : « Nous "
            "soignons chaque hiver les mêmes familles. »", language="fr")
    assert (q.speaker, q.organisation) == ("Hugo Vassereau", "centre hospitalier de Lormeuil")


def test_the_head_of_a_hospital_s_emergencies():
    q = one("Le docteur Hugo Vassereau, chef des urgences du centre hospitalier de Lormeuil, m’a dit : « Nous voyons "
            "arriver des familles entières. »", language="fr")
    assert q.organisation == "centre hospitalier de Lormeuil"


def test_near_miss_a_hospital_named_by_its_town_stays_a_place():
    q = one("Clémence Arbois, chirurgienne à l’hôpital de Kessac, a raconté : « Nous opérons la nuit, sans "
            "électricité. »", language="fr")
    assert q.organisation == ""


def test_a_trade_plied_in_a_town_is_no_body():
    text = ("## « Un détecteur ne remplace pas un couvreur », dit Bellechasse\n\nLe couvreur de Miravaux dont la lettre "
            "a été lue mardi est venu en personne. « Un détecteur vous réveille trop tard ; le couvreur, lui, passe "
            "avant », nous a-t-il expliqué.")
    assert {q.organisation for q in quotes(text, language="fr")} == {""}


def test_near_miss_a_minister_of_a_state_keeps_the_state():
    q = one("Le ministre de Miravaux, Octave Lenglet, a déclaré : « Nous paierons les détecteurs. »", language="fr")
    assert q.organisation == "Miravaux"


def test_a_name_the_sentence_calls_it_is_a_company():
    q = one("In a written statement read to the court, Brackley Lettings said that it had “relied on the certificate "
            "supplied by the previous contractor”.", language="en")
    assert (q.speaker, q.organisation) == ("", "Brackley Lettings")


def test_near_miss_a_person_who_said_it_was_late():
    q = one("Agnes Brackley said it was late: “We relied on the certificate supplied by the contractor.”",
            language="en")
    assert q.speaker == "Agnes Brackley"


def test_a_coroner_speaks_for_the_court():
    text = ("**Court:** Hollin Coroner's Court. **Senior Coroner:** Edmund Varley-Croft. **Heard:** 2 May 2042.\n\n"
            "Giving his findings, Mr Varley-Croft said: “The law asks a landlord to check a boiler, but not to fit "
            "the one device that would have saved him.”")
    q = one(text, language="en")
    assert (q.speaker, q.organisation) == ("Edmund Varley-Croft", "Hollin Coroner's Court")


def test_an_adviser_of_my_office_speaks_for_the_minister_s_state():
    text = ("Monsieur le Président, un conseiller de mon cabinet me l’a résumé plus durement : « Nous savons où ils "
            "vont mourir, nous ne savons pas seulement quand. »")
    q = one(text, language="fr", default_speaker="Inès Volcart", default_organisation="Brévaine")
    assert (q.speaker, q.organisation) == ("", "Brévaine")


def test_a_table_read_cell_by_cell_names_no_body_after_a_person():
    text = ("Delegation of Ostrevia\nFunction\nMarit Solvang\nMinister of Housing, head of delegation\nTorben Aske\n"
            "Chief Fire Officer, Ostrevia Fire and Rescue Service\n\n"
            "Our chief fire officer, Torben Aske, who has investigated more deaths than anyone else in our country, "
            "told me on the flight here: “Every one of those houses had a smoke alarm.”")
    q = one(text, language="en", default_speaker="Marit Solvang", default_organisation="Ostrevia")
    assert (q.speaker, q.organisation) == ("Torben Aske", "Ostrevia")


def test_one_of_my_firefighters_speaks_for_the_interviewee_s_body_but_not_his_widow():
    from presskit.quotes.ownbody import one_of_mine

    assert one_of_mine("Un de mes sapeurs m’a dit en redescendant : ")
    assert one_of_mine("One of our paramedics told me: ")
    assert not one_of_mine("a letter written by the widow of one of our firefighters, who died in 2039: ")
    assert not one_of_mine("Un de mes voisins m’a dit : ")
