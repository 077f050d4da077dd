"""Whom a person speaks for, when press writing names the organisation once and then by its kind.

French names in sentence case ("Réseau pour l’entraide des paysans"), an organisation introduced with
the kind of body it is ("Open Wells, a network of engineers …", then "the network's director"), and a
release's letterhead in capitals. Each in English and French; the sentences are written for these tests.
"""

from __future__ import annotations

from presskit.quotes.mentions import letterhead_org
from tests.quotes.finding import NB, one, quotes


def test_a_french_name_in_sentence_case_is_taken_whole():
    q = one(f"Ana Ferraz, fondatrice du Réseau pour l’entraide des paysans, a quitté Sarn à vingt ans. Jeudi, elle a "
            f"présenté le bilan de son réseau. «{NB}Chaque village a désormais son propre puits{NB}», a-t-elle affirmé.")
    assert (q.speaker, q.organisation) == ("Ana Ferraz", "Réseau pour l’entraide des paysans")


def test_a_french_name_stops_before_its_verb():
    q = one(f"«{NB}Les fonds arrivent toujours après l’hiver, jamais avant{NB}», a déclaré Ana Ferraz, coordinatrice "
            f"du Réseau, qui regroupe 40 coopératives.\n\nLe Réseau appelle à une véritable réforme du financement.",
            default_organisation="")
    assert q.organisation == "Réseau"  # never "Réseau appelle à une véritable"


def test_the_network_is_the_organisation_introduced_as_a_network():
    text = ("Open Wells, a network of engineers working in nine countries, asked donors for a water fund.\n\n"
            "“Nine wells out of ten we repair were built less than five years ago,” said Dr Ivo Laine, the "
            "network's director.\n\n“We can repair 300 more wells before the rains,” the network said.")
    first, second = quotes(text)
    assert (first.speaker, first.organisation) == ("Ivo Laine", "Open Wells")
    assert (second.speaker, second.organisation, second.attribution) == ("", "Open Wells", "organisation")


def test_le_reseau_is_the_organisation_introduced_as_a_reseau():
    q = one(f"Puits ouverts, un réseau d’ingénieurs présent dans neuf pays, a demandé un fonds pour l’eau.\n\n"
            f"La directrice du réseau, Ina Laine, a présenté le bilan. «{NB}Neuf puits sur dix que nous réparons ont "
            f"moins de cinq ans{NB}», a-t-elle dit.")
    assert (q.speaker, q.organisation) == ("Ina Laine", "Puits ouverts")


def test_without_an_introduction_the_network_is_no_organisation():
    q = one("“Nine wells out of ten we repair were built less than five years ago,” said Dr Ivo Laine, the "
            "network's director.", default_organisation="")
    assert q.organisation == ""


def test_a_letterhead_in_capitals_names_the_organisation():
    assert letterhead_org("OPEN WELLS - PRESS RELEASE\nFor release on 3 May\n\nOpen Wells asked …") == "Open Wells"
    assert letterhead_org("RÉSEAU POUR L’ENTRAIDE DES PAYSANS\nCommuniqué de presse\n") == \
        "Réseau pour l’entraide des paysans"
    assert letterhead_org("WATER-USERS NETWORK\nStatement\n") == "Water-Users Network"


def test_capitals_that_name_no_organisation_are_no_letterhead():
    assert letterhead_org("EMBARGOED UNTIL 10:00\nText …") == ""
    assert letterhead_org("GOOD NEWS AT LAST\nThe wells are open.\n") == ""
    assert letterhead_org("Open Wells - press release\n") == ""


def test_the_letterhead_says_which_reseau_la_coordinatrice_du_reseau_means():
    q = one(f"RÉSEAU POUR L’ENTRAIDE DES PAYSANS\nCommuniqué de presse — Sarn, le 3 mai\n\n«{NB}Les fonds arrivent "
            f"toujours après l’hiver, jamais avant{NB}», a déclaré Ana Ferraz, coordinatrice du Réseau, qui regroupe "
            f"40 coopératives.", default_organisation="")
    assert q.organisation == "Réseau pour l’entraide des paysans"


def test_a_deputy_by_a_possessive_speaks_for_her_superior_s_organisation():
    en = quotes("“Our members receive less than 1 per cent of the funds,” said Ana Varga, coordinator of the Water Users "
                "Network.\n\nHer deputy, Ivo Laine, presented a survey of 400 groups on Thursday. “Four groups in five "
                "never received any direct funding,” he said.")[-1]
    fr = quotes(f"«{NB}Nos membres reçoivent moins de 1 % des fonds{NB}», a déclaré Ana Varga, coordinatrice du Réseau "
                f"des usagers de l’eau.\n\nSon adjointe, Ina Laine, a présenté jeudi une enquête. «{NB}Quatre groupes sur "
                f"cinq n’ont jamais reçu de financement direct{NB}», a-t-elle précisé.")[-1]
    assert (en.speaker, en.organisation) == ("Ivo Laine", "Water Users Network")
    assert (fr.speaker, fr.organisation) == ("Ina Laine", "Réseau des usagers de l’eau")


def test_a_deputy_with_nobody_before_has_no_organisation():
    q = one("Her deputy, Ivo Laine, presented a survey of 400 groups on Thursday. “Four groups in five never received "
            "any direct funding,” he said.", default_organisation="")
    assert (q.speaker, q.organisation) == ("Ivo Laine", "")


def test_who_coordinates_or_founded_an_organisation_speaks_for_it():
    for text, org in [
        ("Ana Varga, who fled Sarn at sixteen and now coordinates the Water Users Network, told the session: "
         "“Nobody asked us what we needed.”", "Water Users Network"),
        ("Ana Varga, who founded the Water Users Network in 2015, told the session: “Nobody asked us what we "
         "needed.”", "Water Users Network"),
        (f"Ana Varga, qui a fui Sarn à seize ans et coordonne aujourd’hui le Réseau des usagers de l’eau, a "
         f"déclaré{NB}: «{NB}Personne ne nous a demandé ce dont nous avions besoin.{NB}»", "Réseau des usagers de l’eau"),
    ]:
        q = one(text, default_organisation="")
        assert (q.speaker, q.organisation) == ("Ana Varga", org)


def test_an_organisation_a_person_only_met_is_not_hers():
    q = one("Ana Varga, who fled Sarn and met the Water Users Network twice, told the session: “Nobody asked us what "
            "we needed.”", default_organisation="")
    assert (q.speaker, q.organisation) == ("Ana Varga", "")


def test_where_an_organisation_is_is_no_part_of_whom_a_person_speaks_for():
    fr = one(f"«{NB}Nous ne signerons pas une page blanche{NB}», a déclaré Ana Varga, chercheuse à l’Institut de Sarn "
             f"à Valmont.", default_organisation="")
    en = one("“We will not sign a blank page,” said Ana Varga, a researcher with the Sarn Institute at Valmont.",
             default_organisation="")
    assert (fr.role, fr.organisation) == ("chercheuse", "Institut de Sarn")
    assert (en.role, en.organisation) == ("researcher", "Sarn Institute")


def test_according_to_an_organisation_s_report_after_the_quotation():
    fr = one(f"«{NB}Les chiffres sont pires que l’an dernier{NB}», selon le rapport de l’Institut de Sarn.",
             default_organisation="")
    en = one("“The numbers are worse than last year,” according to the Sarn Institute’s annual report.",
             default_organisation="")
    assert (fr.speaker, fr.organisation, fr.attribution) == ("", "Institut de Sarn", "organisation")
    assert (en.speaker, en.organisation, en.attribution) == ("", "Sarn Institute", "organisation")
    assert one("“The numbers are worse than last year,” according to Ivo Laine, the author.").speaker == "Ivo Laine"
