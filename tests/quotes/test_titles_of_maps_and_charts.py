"""The name of a map, a chart, an infographic or an app in quotation marks is a title, not a quotation.

« La coalition présentera sa carte « … » », "the Agency launched its app “…”": what is named is a thing the
body made, as a report or a film is. The sentences are written for these tests, as a wire, a feature, a live
blog, a newsletter, a statement and a release would write them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

TITLES = [
    "GENEVA (Wire) - The coalition will present its map “Cool Islands, Living Islands” on Wednesday.",
    "In the lobby, volunteers handed out the Institute's new heat map, “Where the Nights Stay Hot”, to delegates.",
    "**14:30** — The Agency has just launched its app “Heat Check” for mayors and nurses.",
    "This week's chart, “Ten Cities, One Summer”, shows how fast the nights have warmed.",
    "The Network's infographic “Thirty-Five Degrees” was printed on 5,000 leaflets.",
    "We will publish the interactive map “Shade for All” on our website on Friday.",
    f"La coalition présentera mercredi sa carte «{NB}Îlots de fraîcheur, îlots de vie{NB}» et ses chiffres.",
    f"Dans le hall, les bénévoles distribuent la nouvelle carte de l’Institut, «{NB}Là où les nuits restent chaudes{NB}».",
    f"**14 h 30** — L’Agence vient de lancer son application «{NB}Alerte chaleur{NB}» pour les maires.",
    f"Le graphique de la semaine, «{NB}Dix villes, un été{NB}», montre la vitesse du réchauffement nocturne.",
    f"L’infographie du Réseau «{NB}Trente-cinq degrés{NB}» a été imprimée à 5 000 exemplaires.",
    f"Nous publierons vendredi la carte interactive «{NB}De l’ombre pour tous{NB}» sur notre site.",
]


@pytest.mark.parametrize("text", TITLES)
def test_the_name_of_a_map_or_a_chart_is_no_quotation(text):
    assert quotes(text) == []


def test_words_said_about_a_map_are_still_a_quotation():
    qs = quotes("“This map tells a mayor where to open the doors,” said Ana Ruiz, the coalition's director.")
    assert [q.speaker for q in qs] == ["Ana Ruiz"]
