"""Capitalised words next to a name that are no part of it: the ordinal of a meeting's name is no first name
(« Quatrième Réunion de haut niveau », "Fourth High-Level Meeting" is nobody a pronoun may mean), and a place after
a preposition of place is not the first word of the name that follows it (« j'ai rencontré à Corvelle Hélène
Corbeau-Nyasha », "I met in Varna Pilar Bors-Ivanova"). The speeches and reports are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

HEAD_EN = "Fourth High-Level Meeting of the Orsa Accord, Vestrand, 14 June 2028\n\nMr President, dear friends,\n\n"
HEAD_FR = "Quatrième Réunion de haut niveau de l’Accord d’Orsa, Vestrand, 14 juin 2028\n\nMonsieur le Président,\n\n"

EN = [
    (HEAD_EN + "Last week I met in Varna Pilar Bors-Ivanova, a ward nurse. She told me: “We wash our hands a hundred "
               "times a day.”", "Pilar Bors-Ivanova"),
    (HEAD_EN + "In Kessa I met Elena Dragan-Holt, a vet. She said: “Give us vaccines and we will drop the "
               "antibiotics.”", "Elena Dragan-Holt"),
    (HEAD_EN + "Last month, at Corvelle Hospital, a nurse told me: “We lose patients we would have saved ten years "
               "ago.”", ""),
    ("Second Review Conference, Day 3\n\nAt the podium, Ambassador Ruth Omondi-Laar was brief. “We have a date,” she "
     "said.", "Ruth Omondi-Laar"),
    (HEAD_EN + "I sat at Lakeside Tomas Vrba-Sein, the farmers' leader, down with the ministers. He said: “We can "
               "change, but not alone.”", "Tomas Vrba-Sein"),
    ("Third Session of the Working Group\n\nThe chair, Ines Walde-Moro, opened the floor. “Short statements, please,” "
     "she said.", "Ines Walde-Moro"),
]

FR = [
    (HEAD_FR + f"La semaine dernière, j’ai rencontré à Corvelle Hélène Corbeau-Nyasha, infirmière. Elle m’a dit : "
               f"«{NB}Nous lavons nos mains cent fois par jour.{NB}»", "Hélène Corbeau-Nyasha"),
    (HEAD_FR + f"À Kessa, j’ai rencontré Elena Dragan-Holt, vétérinaire. Elle m’a dit : «{NB}Donnez-nous des vaccins "
               f"et nous lâcherons les antibiotiques.{NB}»", "Elena Dragan-Holt"),
    (HEAD_FR + f"Le mois dernier, à l’hôpital de Corvelle, une infirmière m’a dit : «{NB}Nous perdons des patients que "
               f"nous aurions sauvés il y a dix ans.{NB}»", ""),
    (f"Deuxième Conférence d’examen, jour 3\n\nÀ la tribune, l’ambassadrice Ruth Omondi-Laar a été brève. «{NB}Nous "
     f"avons une date{NB}», a-t-elle dit.", "Ruth Omondi-Laar"),
    (HEAD_FR + f"J’ai croisé à Lakeside Tomas Vrba-Seine, le responsable des éleveurs, qui m’a dit : «{NB}Nous pouvons "
               f"changer, mais pas seuls.{NB}»", "Tomas Vrba-Seine"),
    (f"Troisième Session du groupe de travail\n\nLa présidente, Ines Walde-Moro, a ouvert la séance. «{NB}Des "
     f"déclarations courtes, s’il vous plaît{NB}», a-t-elle dit.", "Ines Walde-Moro"),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_ordinals_and_places_are_no_names_en(text, speaker):
    assert one(text, language="en").speaker == speaker


@pytest.mark.parametrize("text,speaker", FR)
def test_ordinals_and_places_are_no_names_fr(text, speaker):
    assert one(text, language="fr").speaker == speaker


SPEECH = [
    ("en", "# Statement by Minister Carla Ruiz-Obi\n\nLast week I met a nurse from Corvelle and her colleague. She told "
           "me: “We wash our hands a hundred times a day.”"),
    ("en", "# Statement by Minister Carla Ruiz-Obi\n\nMr President,\n\nIn Kessa I met the head of the clinic. She "
           "asked me: “Where will the money come from?”"),
    ("en", "# Statement by Minister Carla Ruiz-Obi\n\n“Give us vaccines first,” she told us, a farmer from the hills "
           "whose herd I visited."),
    ("fr", f"# Déclaration de la ministre Carla Ruiz-Obi\n\nJ’ai rencontré une infirmière de Corvelle. Elle m’a dit : "
           f"«{NB}Nous lavons nos mains cent fois par jour.{NB}»"),
    ("fr", f"# Déclaration de la ministre Carla Ruiz-Obi\n\nMonsieur le Président,\n\nÀ Kessa, la directrice de la "
           f"clinique m’a reçue. Elle m’a demandé : «{NB}D’où viendra l’argent ?{NB}»"),
    ("fr", f"# Déclaration de la ministre Carla Ruiz-Obi\n\n«{NB}Donnez-nous d’abord des vaccins{NB}», nous a dit "
           f"une éleveuse des collines."),
]


@pytest.mark.parametrize("lang,text", SPEECH)
def test_she_who_told_the_speaker_is_not_the_speaker(lang, text):
    q = one(text, language=lang, default_speaker="Carla Ruiz-Obi", default_organisation="")
    assert q.speaker != "Carla Ruiz-Obi"
