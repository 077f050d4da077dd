"""Names, organisations and sources as press writing gives them, each in English and French.

Names with an elided particle (N’Dour, M’Bala), headlines in single quotes in wrapped PDF text, reading
lists whose source stands in brackets, the whole name of an organisation the kit knows, and events
that are no organisation. The sentences are written for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, quotes

SECRETARIAT = ["Varnholm Inspection Secretariat", "Secrétariat d’inspection de Varnholm"]


# --- names with an elided particle -------------------------------------------------------------------


@pytest.mark.parametrize("text, org", [
    ("“We have counted every well in the district,” said Idrissa N’Dour, a hydrologist with the Kessa Water "
     "Board.", "Kessa Water Board"),
    (f"«{NB}Nous avons compté chaque puits du district{NB}», a déclaré Idrissa N’Dour, hydrologue de l’Office "
     "des eaux de Kessa.", "Office des eaux de Kessa"),
])
def test_a_name_with_an_elided_particle_is_a_name(text, org):
    q = one(text)
    assert (q.speaker, q.organisation, q.attribution) == ("Idrissa N’Dour", org, "named")


@pytest.mark.parametrize("text, speaker", [
    ("Dr Fatou N'Gom, a paediatrician, examined the children on Tuesday. Kofi Mensah, the mayor, watched. "
     "“Not one of them had seen a doctor in a year,” she said.", "Fatou N'Gom"),
    (f"La docteure Fatou N’Gom, pédiatre, a examiné les enfants mardi. Kofi Mensah, le maire, regardait. "
     f"«{NB}Aucun d’eux n’avait vu de médecin depuis un an{NB}», a-t-elle dit.", "Fatou N’Gom"),
])
def test_a_pronoun_finds_a_person_whose_name_has_an_elided_particle(text, speaker):
    q = one(text)
    assert (q.speaker, q.attribution) == (speaker, "pronoun")


def test_an_elided_pronoun_is_still_no_name():
    q = one(f"«{NB}N’attendez pas la prochaine conférence pour ouvrir les sites{NB}», a lancé un délégué.")
    assert q.speaker == "" and q.attribution == "unnamed"


# --- a headline in single quotes, in wrapped (PDF) text ----------------------------------------------

WRAPPED_EN = (
    "Delegates spent the whole morning on the budget and the afternoon on the draft text of the\n"
    "decision. Most of them expect a first text by Thursday.\n"
    "‘We ran out of insulin twice this spring,’ says Odile M’Bala\n"
    "Kwame Asante, the network’s director, opened the side event on rural clinics: “Today you will\n"
    "hear from the people who count the patients, not the budgets.”\n"
    "Dr Odile M’Bala, a nurse with the Rural Clinics Federation, has worked in four countries. She\n"
    "described the shortages week by week, and the queues that formed at dawn.\n")
WRAPPED_FR = (
    "Les délégués ont passé toute la matinée sur le budget et l’après-midi sur le projet de texte de\n"
    "la décision. La plupart attendent un premier texte jeudi.\n"
    "'Nous avons manqué d'insuline deux fois ce printemps', dit Odile M'Bala\n"
    "Kwame Asante, directeur du réseau, a ouvert la réunion sur les dispensaires ruraux : « Vous allez\n"
    "entendre ceux qui comptent les patients, pas les budgets. »\n"
    "La docteure Odile M'Bala, infirmière de la Fédération des dispensaires ruraux, a travaillé dans\n"
    "quatre pays. Elle a décrit les pénuries semaine après semaine, et les files d’attente à l’aube.\n")


@pytest.mark.parametrize("page, org", [(WRAPPED_EN, "Rural Clinics Federation"),
                                       (WRAPPED_FR, "Fédération des dispensaires ruraux")])
def test_a_single_quoted_headline_is_a_heading_of_its_own(page, org):
    headline, speech = quotes(page)
    assert headline.speaker.replace("’", "'") == "Odile M'Bala" and headline.organisation == org
    assert speech.speaker == "Kwame Asante"


def test_a_possessive_short_form_with_no_such_organisation_named_gives_none():
    speech = quotes(WRAPPED_EN)[1]
    assert speech.organisation == ""


# --- reading lists with the source in brackets -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Further reading\n\n• “Wells Without Water: A Field Survey” (Kessa Water Board, 2026)\n\n"
    "• “What the soil remembers after a flood” (Halvard Institute, 2025)",
    f"À lire\n\n• «{NB}Puits sans eau : une enquête de terrain{NB}» (Office des eaux de Kessa, 2026)\n\n"
    f"• «{NB}Ce que la terre garde après une crue{NB}» (Institut Halvard)",
])
def test_a_reading_list_entry_with_its_source_in_brackets_is_a_title(text):
    assert quotes(text) == []


def test_words_in_brackets_after_a_said_quotation_keep_it():
    q = one("“We will publish every figure tonight,” she said (in French).")
    assert q.text.startswith("We will publish")


# --- the whole name of an organisation the kit knows -------------------------------------------------


@pytest.mark.parametrize("text", [
    f"Pieter Holm, directeur général du Secrétariat d’inspection de Varnholm, a été accueilli lundi par la "
    f"présidente de la séance, Ana Varga. «{NB}Nos équipes sont prêtes à partir demain{NB}», a-t-il lancé.",
    "Pieter Holm, who heads the Varnholm Inspection Secretariat, was welcomed on Monday by the chair, Ana Varga. "
    "“Our teams are ready to leave tomorrow,” he said.",
])
def test_an_organisation_name_with_lower_case_words_is_the_name_the_kit_knows(text):
    q = one(text, known_organisations=SECRETARIAT)
    assert q.speaker == "Pieter Holm" and q.organisation in SECRETARIAT
    assert "Secrétariat" not in q.role


@pytest.mark.parametrize("text", [
    "The Secretariat's legal adviser, Dr Ana Brel, told delegates on Tuesday: “Nothing in the text forbids a "
    "fixed time limit.”",
    f"La conseillère juridique du Secrétariat, Ana Brel, a déclaré mardi aux délégués{NB}: «{NB}Rien dans le texte "
    f"n’interdit un délai fixe.{NB}»",
])
def test_a_one_word_organisation_is_the_one_of_that_kind_the_kit_knows(text):
    q = one(text, known_organisations=SECRETARIAT)
    assert q.speaker == "Ana Brel" and q.organisation in SECRETARIAT


def test_a_place_named_like_an_organisation_is_not_widened_when_the_whole_name_is_not_there():
    q = one("Ambassador Ana Varga of Varnholm told reporters: “We will sign on Friday.”",
            known_organisations=SECRETARIAT)
    assert q.organisation == "Varnholm"


# --- an event is no organisation ---------------------------------------------------------------------


@pytest.mark.parametrize("text, org", [
    ("Mira Osei, a survivor of the Kessa bombing, then read a letter to the plenary on behalf of the Kessa "
     "Families Network:\n\n“We waited for the inspectors for a whole year.”", "Kessa Families Network"),
    (f"Mira Osei, rescapée de l’attaque de Kessa, a ensuite lu une lettre au nom du Réseau des familles de "
     f"Kessa{NB}:\n\n«{NB}Nous avons attendu les inspecteurs pendant une année entière.{NB}»",
     "Réseau des familles de Kessa"),
])
def test_an_event_is_not_whom_a_survivor_speaks_for(text, org):
    q = one(text)
    assert q.speaker == "Mira Osei" and q.organisation == org


def test_a_survivor_of_an_attack_with_nobody_to_speak_for_has_no_organisation():
    q = one("“The water still smells of it,” said Mira Osei, a survivor of the Kessa attack.")
    assert q.speaker == "Mira Osei" and q.organisation == ""
