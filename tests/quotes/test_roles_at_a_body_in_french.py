"""A role held at a body, after the name: « NAME, chargée de plaidoyer au Réseau Justice Eaux de fonte, … »
(« au », « aux » as « à la »), "NAME, advocacy officer at the Meltwater Network": the role ends where the body
begins, and the body is whom she speaks for (it was written into the role). Written for these tests as
newsletters, releases, features, live blogs and wire copy write, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

QEN = "“The villages below will pay for the melt above.”"
QFR = f"«{NB}Les villages d’en bas paieront la fonte d’en haut.{NB}»"

FR = [
    (f"Gaëlle Morvan, chargée de plaidoyer au Réseau Justice Eaux de fonte, a pris la parole mardi : {QFR}",
     "chargée de plaidoyer", "Réseau Justice Eaux de fonte"),
    (f"{QFR}, a déclaré Gaëlle Morvan, chargée de mission au Réseau Delta.", "chargée de mission", "Réseau Delta"),
    (f"Pour Gaëlle Morvan, chercheuse aux Archives nationales du Tarn, le constat est clair : {QFR}",
     "chercheuse", "Archives nationales du Tarn"),
    (f"Gaëlle Morvan, directrice au Secrétariat de la Convention, résume{NB}: {QFR}", "directrice",
     "Secrétariat de la Convention"),
    (f"{QFR}, estime Gaëlle Morvan, juriste au Centre pour le droit des montagnes.", "juriste",
     "Centre pour le droit des montagnes"),
    (f"Interrogée, Gaëlle Morvan, porte-parole au Bureau des guides de Vaudrieux, a répondu : {QFR}",
     "porte-parole", "Bureau des guides de Vaudrieux"),
]
EN = [
    (f"Gaëlle Morvan, advocacy officer at the Meltwater Justice Network, took the floor on Tuesday: {QEN}",
     "advocacy officer", "Meltwater Justice Network"),
    (f"{QEN[:-2]},” said Gaëlle Morvan, a campaigner with the Delta Alliance.", "campaigner", "Delta Alliance"),
    (f"Gaëlle Morvan, a researcher at the Tarn Archives, put it plainly: {QEN}", "researcher", "Tarn Archives"),
    (f"{QEN[:-2]},” Gaëlle Morvan, director at the Convention Secretariat, told reporters.", "director",
     "Convention Secretariat"),
    (f"Asked about the fund, Gaëlle Morvan, a lawyer at the Mountain Law Centre, said: {QEN}", "lawyer",
     "Mountain Law Centre"),
    (f"Gaëlle Morvan, spokeswoman at the Vaudrieux Guides' Office, answered: {QEN}", "spokeswoman",
     "Vaudrieux Guides' Office"),
]


@pytest.mark.parametrize("text,role,body", FR)
def test_french_role_at_a_body_ends_where_the_body_begins(text, role, body):
    q = quotes(text, language="fr", own_voice=False)[-1]
    assert (q.speaker, q.role, q.organisation) == ("Gaëlle Morvan", role, body)


@pytest.mark.parametrize("text,role,body", EN)
def test_english_role_at_a_body_ends_where_the_body_begins(text, role, body):
    q = quotes(text, language="en", own_voice=False)[-1]
    assert (q.speaker, q.role, q.organisation) == ("Gaëlle Morvan", role, body)


def test_a_one_word_country_after_au_is_where_she_works_not_a_body():
    q = quotes(f"Gaëlle Morvan, médecin au Kenya, a raconté : {QFR}", language="fr", own_voice=False)[-1]
    assert (q.speaker, q.organisation) == ("Gaëlle Morvan", "")
