"""Whom a minister or an unnamed representative speaks for, and who "the coalition" is, in English and French.

A minister's portfolio is part of her role, never an organisation ("ministre de la Solidarité et de
l’Action humanitaire du Kéroual" speaks for Kéroual); "Pour la ministre …, NAME, « … »" names the
speaker; an unnamed representative speaking on behalf of a group speaks for the group; "la coalition"
in a coalition's release is the publisher. The sentences are written for these tests.
"""

from __future__ import annotations

from presskit.quotes.appos import parse_appos
from tests.quotes.finding import NB, one


def test_a_portfolio_is_part_of_the_role_and_the_state_is_whom_the_minister_speaks_for():
    assert parse_appos(["ministre de la Santé et de la Famille du Vardien"]) == \
        ("ministre de la Santé et de la Famille", "Vardien")
    assert parse_appos(["Minister of Foreign Affairs of Vardia"]) == ("Minister of Foreign Affairs", "Vardia")
    assert parse_appos(["Minister for Refugees and Migration"]) == ("Minister for Refugees and Migration", "")


def test_a_minister_with_a_long_portfolio_speaks_for_her_state():
    q = one(f"Mme Lina Varo, ministre de la Solidarité et de l’Action humanitaire du Vardien, qui a présidé la table "
            f"ronde, a estimé que «{NB}la générosité ne peut pas tenir lieu de budget{NB}».")
    assert (q.speaker, q.role, q.organisation) == (
        "Lina Varo", "ministre de la Solidarité et de l’Action humanitaire", "Vardien")
    q = one("Lina Varo, Minister of Health and Social Affairs of Vardia, who chaired the round table, said that "
            "“generosity cannot stand in for a budget”.")
    assert (q.speaker, q.organisation) == ("Lina Varo", "Vardia")


def test_pour_a_role_then_a_name_names_the_speaker():
    q = one(f"Le Vardien accueille 300 000 réfugiés. Pour la ministre vardienne de la Santé, Lina Varo, «{NB}le Pacte "
            f"ne vaudra que ce que vaudront les versements{NB}».")
    assert (q.speaker, q.attribution) == ("Lina Varo", "named")
    q = one("Vardia hosts 300,000 refugees. According to the Vardian health minister, Lina Varo, “the pact will be "
            "worth what the payments are worth”.")
    assert q.speaker == "Lina Varo"


def test_an_unnamed_representative_speaks_for_the_group_on_whose_behalf_he_speaks():
    q = one("The representative of Sarnia, speaking on behalf of the Coastal States Group, said host States had "
            "“done everything the pact asked of them, and more”, and sat down.")
    assert (q.speaker, q.organisation, q.attribution) == ("", "Coastal States Group", "unnamed")
    q = one(f"Le représentant de la Sarnie, au nom du Groupe des États côtiers, a affirmé que les pays d’accueil "
            f"avaient «{NB}fait tout ce que le pacte leur demandait, et plus{NB}».")
    assert (q.speaker, q.organisation) == ("", "Groupe des États côtiers")


def test_an_unnamed_representative_of_a_state_speaks_for_it():
    q = one("The representative of Sarnia said host States had “done everything the pact asked of them, and more”.")
    assert (q.speaker, q.organisation) == ("", "Sarnia")


def test_the_coalition_in_a_coalition_s_release_is_the_publisher():
    q = one(f"«{NB}Nous demandons aux donateurs de publier leurs engagements ligne par ligne{NB}», souligne la coalition.",
            default_organisation="Open Roads Alliance")
    assert (q.speaker, q.organisation, q.attribution) == ("", "Open Roads Alliance", "organisation")
    q = one("“We ask donors to publish their pledges line by line,” the coalition said.",
            default_organisation="Open Roads Alliance")
    assert (q.speaker, q.organisation) == ("", "Open Roads Alliance")


def test_the_network_s_officer_is_the_network_the_document_introduced():
    q = one("Open Wells, a network of engineers working in nine countries, met donors on Monday. The network's chief "
            "engineer in Sarn, Dr Ivo Laine, said the pumps were old. “Half of them were installed before 1990,” said "
            "Dr Laine.")
    assert (q.speaker, q.organisation) == ("Ivo Laine", "Open Wells")


def test_a_state_in_a_headline_is_the_state_not_a_person():
    en = one("Vardia: “We will not sign a blank page”\n\nThe Vardian delegation walked out on Monday evening.",
             default_organisation="")
    fr = one(f"Vardie{NB}: «{NB}Nous ne signerons pas une page blanche{NB}»\n\nLa délégation vardienne a quitté la salle "
             f"lundi soir.", default_organisation="")
    for q in (en, fr):
        assert q.speaker == "" and q.organisation in ("Vardia", "Vardie") and q.attribution == "organisation"


def test_a_surname_in_a_headline_is_still_a_person():
    q = one("Ruiz: “We will not sign a blank page”\n\nMs Ruiz walked out on Monday evening.", default_organisation="")
    assert q.speaker == "Ruiz"
