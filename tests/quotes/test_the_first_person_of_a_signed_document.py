"""The first person of a document the kit gives no speaker for, signed by a byline at its head (« *Par NAME,
chargée de mission …* », "By NAME") or by a signature closing it, as letters, notices and open letters are
signed ("NAME ¶ Mayor of Port Ilse", « NAME ¶ Maire de Marnay »): « je vous avais dit : « … » », "I told the
council: “…”" are that person's own earlier words. A document signed by no one keeps its "I" unnamed, and an
interview's "I" stays its answerer's. Written for these tests, in the forms of a mayor's notice, an open letter,
a blog post and a field diary.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import quotes

FR_NOTICE = ("MAIRIE DE MARNAY\n\nAVIS À LA POPULATION\n\nChères habitantes, chers habitants,\n\nLors de la réunion "
             "publique d'octobre, je vous avais dit : « la sirène sera sur le toit de l'école avant les pluies ». Je "
             "n'ai pas pu tenir cette parole.\n\nLa mairie reste ouverte jour et nuit.\n\nInès Varga Lorre\nMaire de "
             "Marnay\n")
EN_LETTER = ("OPEN LETTER TO THE DONORS\n\nDear colleagues,\n\nIn March I told the council: “a warning that stops at "
             "the valley floor is no warning”. I was right, and I am sorry for it.\n\nYours sincerely,\n\n"
             "Tomas Verhoeven\nDirector, Delta Rescue Network\n")
EN_BLOG = ("# Notes from the dyke\n\n*By Hana Lorre, field officer*\n\nIn March I told the mayor: “the "
           "river is empty of boats and full of trees”. By noon the water had reached the school.")


@pytest.mark.parametrize("text,lang,name", [
    (FR_NOTICE, "fr", "Inès Varga Lorre"),
    (EN_LETTER, "en", "Tomas Verhoeven"),
    (EN_BLOG, "en", "Hana Lorre"),
])
def test_the_signatory_s_own_words(text, lang, name):
    q = quotes(text, language=lang)[-1]
    assert q.speaker == name, (q.speaker, q.attribution)


def test_near_miss_unsigned_keeps_no_speaker():
    text = FR_NOTICE.replace("Inès Varga Lorre\nMaire de Marnay\n", "La mairie\n")
    q = quotes(text, language="fr")[-1]
    assert q.speaker == "", (q.speaker, q.attribution)


def test_a_titled_byline_gives_the_name_without_its_title():
    text = EN_BLOG.replace("*By Hana Lorre,", "*By Dr Hana Lorre,")
    q = quotes(text, language="en")[-1]
    assert q.speaker == "Hana Lorre", (q.speaker, q.attribution)
