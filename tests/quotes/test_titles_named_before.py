"""Titles a press writer names just before the quotation marks are not quotations: a draft or a resolution
with its number and "titled" / « intitulé » after it, a report's title set after a comma ("in its latest
report, “Basin Outlook 2028”"), an analysis or an assessment by its name. The words a report is quoted
for stay quotations. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB

TITLES = [
    ("The draft decision IV/3, titled “Data Sharing on Shared Waters”, asks Parties to publish flows.",
     "Data Sharing on Shared Waters"),
    ("Resolution L.4, entitled “Oceans and Small Islands”, was adopted without a vote.", "Oceans and Small Islands"),
    ("“Salt now reaches forty kilometres inland,” the Bank wrote in its annual review, “Water Futures 2030”.",
     "Water Futures 2030"),
    ("“Salt now reaches forty kilometres inland,” the Kessel Water Institute wrote in its latest report, “Basin "
     "Outlook 2028”.", "Basin Outlook 2028"),
    ("Fields are lost, the Agency said. “Half the wells are salt,” the Agency noted in its annual report, “State "
     "of the Delta 2027”.", "State of the Delta 2027"),
    ("The legal adviser presented the analysis “Kelsa, Three Years On” to journalists.", "Kelsa, Three Years On"),
    ("The network's latest assessment, “Rivers at Risk”, ranks the basins by drought.", "Rivers at Risk"),
    (f"Le projet de décision V/2, intitulé «{NB}Échange de données sur les eaux partagées{NB}», invite les "
     f"Parties à agir.", "Échange de données sur les eaux partagées"),
    (f"La résolution L.7, baptisée «{NB}Océans et petites îles{NB}», a été adoptée sans vote.",
     "Océans et petites îles"),
    (f"Le conseiller juridique a présenté hier l'analyse «{NB}Kelsa, trois ans après{NB}», rédigée avec "
     f"l'Institut.", "Kelsa, trois ans après"),
    (f"«{NB}Le sel remonte à quarante kilomètres{NB}», écrit la Banque dans sa dernière évaluation, «{NB}Eaux du "
     f"Futur 2030{NB}».", "Eaux du Futur 2030"),
    (f"«{NB}Le sel remonte à quarante kilomètres{NB}», écrit l'Institut Kessel de l'eau dans son dernier rapport, "
     f"«{NB}Perspectives du Bassin 2028{NB}».", "Perspectives du Bassin 2028"),
    (f"Sa note d'analyse «{NB}Barrages et délais de préavis{NB}» circule depuis lundi.",
     "Barrages et délais de préavis"),
]


@pytest.mark.parametrize("text, title", TITLES)
def test_a_title_named_just_before_is_no_quotation(text, title):
    found = extract_quotes([text], default_organisation="Harbour Coalition")
    assert title not in [q.text.rstrip(",.") for q in found if q.kind == "quote"]


@pytest.mark.parametrize("text, words", [
    ("The Bank wrote in its annual review, “Salt now reaches forty kilometres inland and the fields are lost”.",
     "Salt now reaches forty kilometres inland and the fields are lost"),
    (f"La Banque écrit dans sa dernière évaluation{NB}: «{NB}Le sel remonte à quarante kilomètres et les champs "
     f"sont perdus.{NB}»", "Le sel remonte à quarante kilomètres et les champs sont perdus."),
    ("The analysis, she said, “shows that the dam broke the treaty twice”.", "shows that the dam broke the treaty twice"),
])
def test_the_words_a_report_is_quoted_for_stay_a_quotation(text, words):
    found = extract_quotes([text], default_organisation="Harbour Coalition")
    assert words in [q.text for q in found if q.kind == "quote"]
