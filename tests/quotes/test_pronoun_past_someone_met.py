"""A pronoun after a quotation in a paragraph that opens on that pronoun and then names someone only as whom
she met, spoke with or sat beside: the pronoun goes on for the person before ("She was less diplomatic
after a word with NAME2, the Assembly's president. ‘…,’ she said": not NAME2), and with nobody before, to
nobody. Written for these tests as wire copy, features, newsletters and live blogs write, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

LEAD_EN = "Freya Lindqvist, Borvik’s chief negotiator, opened the talks on Monday: “Every bracket is a valley.”\n\n"
LEAD_FR = "Freya Lindqvist, négociatrice en chef du Borvik, a ouvert les débats lundi : « Chaque crochet est une vallée. »\n\n"
QEN = "‘A formula nobody can explain is a formula nobody will pay into,’"
QFR = f"«{NB}Une formule que personne ne comprend est une formule que personne ne paiera{NB}»,"

EN = [
    f"She was less diplomatic after a word in the corridor with Nkem Aldervane, the Assembly’s president. {QEN} she said.",
    f"She was blunter after lunch with Tomas Ried of the Agency. “{QEN[1:-2]},” she told reporters.",
    f"She left the room with Jonas Pell, the donors’ spokesman. {QEN} she said on the stairs.",
    f"Later she sat beside Ivo Marten, the Tannerais envoy, at the press table. “{QEN[1:-2]},” she said.",
    f"She spent an hour with Piotr Vance, who chairs the finance group. {QEN} she said afterwards.",
    f"She came out of a meeting with Dario Kell, the Assembly’s president, looking tired. “{QEN[1:-2]},” she said.",
]
FR = [
    f"Elle s’est montrée moins diplomate après un échange avec Nkem Aldervane, président de l’Assemblée. {QFR} a-t-elle lancé.",
    f"Elle est sortie de la salle avec Jonas Pell, porte-parole des donateurs. {QFR} a-t-elle dit dans l’escalier.",
    f"Elle a déjeuné avec Tomas Ried, de l’Agence, avant de revenir en séance. {QFR} a-t-elle glissé.",
    f"Plus tard, elle s’est assise à côté de Jonas Marten, envoyé du Tannerais. {QFR} a-t-elle déclaré.",
    f"Elle a passé une heure avec Piotr Vance, qui préside le groupe financier. {QFR} a-t-elle confié.",
    f"Elle a quitté la réunion avec Dario Kell, président de l’Assemblée, l’air fatigué. {QFR} a-t-elle soufflé.",
]


@pytest.mark.parametrize("para", EN)
def test_english_pronoun_goes_on_for_the_woman_before_not_the_man_met(para):
    q = quotes(LEAD_EN + para, language="en", own_voice=False)[-1]
    assert (q.speaker, q.organisation) == ("Freya Lindqvist", "Borvik")


@pytest.mark.parametrize("para", FR)
def test_french_pronoun_goes_on_for_the_woman_before_not_the_man_met(para):
    q = quotes(LEAD_FR + para, language="fr", own_voice=False)[-1]
    assert (q.speaker, q.organisation) == ("Freya Lindqvist", "Borvik")


@pytest.mark.parametrize("para,lang", [(EN[0], "en"), (FR[0], "fr"), (EN[2], "en"), (FR[1], "fr")])
def test_with_nobody_before_the_person_met_is_not_given(para, lang):
    q = quotes(para, language=lang, own_voice=False)[-1]
    assert q.speaker == ""


def test_a_woman_met_who_is_the_sentence_subject_still_speaks():
    text = (LEAD_EN + "Later Dana Ried, the Agency’s director, came over with her own figures. “We have the money,” "
            "she said.")
    assert quotes(text, language="en", own_voice=False)[-1].speaker == "Dana Ried"
