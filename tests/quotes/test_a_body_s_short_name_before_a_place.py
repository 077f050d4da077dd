"""A body's short name followed by where its member works is the body the document named in full.

"a shop steward for the Union at the Calvenne docks", « déléguée du Syndicat au port de Calvenne »: the place
("at the Calvenne docks", « au port de Calvenne », « dans la vallée de la Lenne ») is where she works, no part of
the body's name, and "the Union" / « le Syndicat » is the body the document named in full before. The sentences
are written for these tests, as a wire, a feature, a live blog, a newsletter, a statement and a release would
write them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

CASES = [
    # wire copy
    ("The Harbour Workers' Union, which has forty branches, met ministers on Monday. “We want shade on the quays, "
     "not posters,” said Ana Ruiz, a shop steward for the Union at the Calvenne docks.", "Harbour Workers' Union"),
    # feature, read back by a pronoun
    ("The Street Cleaners' Federation marched on Monday. Ana Ruiz, an organiser with the Federation in the Lenne "
     "depots, walked at the front. “We start at five because by noon the pavement burns,” she said.",
     "Street Cleaners' Federation"),
    # live blog
    ("**09:10** — The Heat Nurses Network is in the room. Ana Ruiz, a nurse for the Network at the Lenne hospital, "
     "told us: “Our wards reached thirty-four degrees last August.”", "Heat Nurses Network"),
    # newsletter
    ("The Outdoor Pickers' Alliance brings together 64 unions. “A poster in the canteen is not a law,” said Ana "
     "Ruiz, a delegate of the Alliance in the northern vineyards.", "Outdoor Pickers' Alliance"),
    # statement
    ("The Dockers' Union wrote to every delegation. “Heat kills on the quays before it kills anywhere else,” wrote "
     "Ana Ruiz, secretary of the Union in the Calvenne docks.", "Dockers' Union"),
    # release
    ("The Farmhands' Network today asked the Parties for a law. Ana Ruiz, a delegate for the Network in the Lenne "
     "valley, described a day in August. “Two of us fainted before ten,” she said.", "Farmhands' Network"),
    # dépêche
    (f"Le Syndicat des dockers réclame une loi. «{NB}Il fait quarante degrés sur les quais{NB}», a déclaré Ana Ruiz, "
     f"déléguée du Syndicat au port de Calvenne.", "Syndicat des dockers"),
    # reportage
    (f"La Fédération des balayeurs a défilé lundi. Ana Ruiz, organisatrice de la Fédération dans les dépôts de "
     f"Lenne, marchait en tête. «{NB}Nous commençons à cinq heures{NB}», a-t-elle dit.", "Fédération des balayeurs"),
    # fil en direct
    (f"**09 h 10** — Le Réseau des infirmières de la chaleur est dans la salle. Ana Ruiz, infirmière du Réseau à "
     f"l’hôpital de Lenne, nous a dit{NB}: «{NB}Nos services ont atteint trente-quatre degrés{NB}».",
     "Réseau des infirmières de la chaleur"),
    # bulletin
    (f"L’Alliance des cueilleurs regroupe 64 syndicats. «{NB}Une affiche n’est pas une loi{NB}», estime Ana Ruiz, "
     f"déléguée de l’Alliance dans les vignobles du nord.", "Alliance des cueilleurs"),
    # déclaration
    (f"Le Syndicat des dockers a écrit aux Parties. «{NB}La chaleur tue sur les quais avant de tuer ailleurs{NB}», "
     f"écrit Ana Ruiz, secrétaire du Syndicat sur le port de Calvenne.", "Syndicat des dockers"),
    # communiqué
    (f"Le Réseau des cueilleurs a demandé une loi. Ana Ruiz, déléguée du Réseau dans la vallée de la Lenne, a "
     f"raconté le mois d’août. «{NB}Deux d’entre nous se sont évanouies avant dix heures{NB}», a-t-elle dit.",
     "Réseau des cueilleurs"),
]


@pytest.mark.parametrize("text, body", CASES)
def test_the_place_after_a_body_s_short_name_is_no_part_of_it(text, body):
    q = one(text)
    assert q.speaker == "Ana Ruiz"
    assert q.organisation == body


def test_a_body_whose_name_holds_a_place_keeps_it():
    q = one("“We want shade,” said Ana Ruiz, a delegate of the Dockers' Union of Calvenne.")
    assert q.organisation == "Dockers' Union of Calvenne"
