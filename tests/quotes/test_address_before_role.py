"""A form of address or a title between a role and the name of the person who holds it.

French press keeps the forms of address of protocol: « a martelé Mme la ministre de l’Environnement, NAME »,
« M. le ministre …, NAME », « Son Excellence l’ambassadeur …, NAME ». The address is no part of a name, and
a portfolio (« de l’Environnement ») is part of the role, not an organisation. A role, then the person's
title and her name (« Comme l’a rappelé la rapporteuse spéciale …, la professeure NAME, « … » ») names her.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.quotes.finding import NB, one


def test_madame_la_ministre_then_her_name_after_an_inverted_verb():
    q = one(f"«{NB}Nous ne demandons pas l’aumône, nous demandons des règles{NB}», a martelé Mme la ministre de "
            f"l’Environnement, Odile Karamoko-Swann.")
    assert (q.speaker, q.role, q.organisation) == ("Odile Karamoko-Swann", "ministre de l’Environnement", "")
    q = one(f"«{NB}Nous ne demandons pas l’aumône, nous demandons des règles{NB}», a rappelé M. le ministre de la "
            f"Pêche de la Corvellie, Hugo Marangoni.")
    assert (q.speaker, q.organisation) == ("Hugo Marangoni", "Corvellie")
    q = one(f"«{NB}Le texte protège les bailleurs, pas les pêcheurs{NB}», a lancé Son Excellence l’ambassadeur de "
            f"la Corvellie, Hugo Marangoni.")
    assert q.speaker == "Hugo Marangoni"


def test_an_english_minister_named_after_her_portfolio():
    q = one("“We are not asking for charity; we are asking for rules,” said the Minister of the Environment, Odile "
            "Karamoko-Swann.")
    assert q.speaker == "Odile Karamoko-Swann"
    q = one("“We are not asking for charity; we are asking for rules,” said Environment Minister Odile "
            "Karamoko-Swann.")
    assert q.speaker == "Odile Karamoko-Swann"


def test_a_role_then_a_title_and_a_name_before_the_quotation():
    q = one(f"Comme l’a rappelé la rapporteuse spéciale sur le droit à l’eau, la professeure Ingeborg Sall-Ferreira, "
            f"«{NB}aucune ville n’a jamais prospéré en laissant ses puits se tarir{NB}».")
    assert q.speaker == "Ingeborg Sall-Ferreira"
    q = one("As the special rapporteur on the right to water, Professor Ingeborg Sall-Ferreira, reminded the "
            "plenary, “no city has ever prospered by letting its wells run dry”.")
    assert q.speaker == "Ingeborg Sall-Ferreira"


def test_a_role_alone_after_an_address_names_nobody():
    q = one(f"«{NB}Nous ne demandons pas l’aumône, nous demandons des règles{NB}», a martelé Mme la ministre.")
    assert q.speaker == ""
