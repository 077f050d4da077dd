"""A possessive noun of kinship or friendship right before a name (« Sa cousine Maëlis Oyelaran, du Réseau …, a
ajouté », "His sister Anna Berg said") introduces that named person, not someone unnamed; without a name ("my
neighbour told me") the speaker stays unnamed. The sentences are written for these tests, as different press
writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAMED = [
    ("His sister Anna Berglund, of the Moss Network, added: “Wet farms are our best laboratories.”",
     "Anna Berglund"),
    ("FENHAM (Wire) — Her cousin Tomas Reyes-Holm, who farms the next valley, told reporters: “We will block the "
     "ditches when someone pays for the cows.”", "Tomas Reyes-Holm"),
    ("14:20 — Their neighbour Ilse Marwick, a peat cutter for forty years, was blunt: “Nobody here wants the "
     "ditches back.”", "Ilse Marwick"),
    ("Q: Who came with you? A: My brother Jonas Vell came. “The bog feeds us both,” Jonas Vell said.",
     "Jonas Vell"),
    ("In this issue: his daughter Mira Osterholt, who runs the farm now, said: “The cranes came back before "
     "the money did.”", "Mira Osterholt"),
    ("We thank the farmers who came. Her friend Lena Korvacs, a farmer, summed it up for them: “We ask for a "
     "price for the water we keep.”",
     "Lena Korvacs"),
    (f"Sa cousine Maëlis Ortegaz, du Réseau Sphaigne, qui mesure les mousses depuis douze ans, a ajouté{NB}: "
     f"«{NB}Les fermes remouillées sont nos meilleurs laboratoires{NB}».", "Maëlis Ortegaz"),
    (f"DÉPÊCHE — Son frère Paul Lemarchal, éleveur, a déclaré{NB}: «{NB}On ne remouille pas une ferme avec des "
     f"promesses.{NB}»", "Paul Lemarchal"),
    (f"14 h 20 — Leur voisine Ilse Marwick, tourbière depuis quarante ans, a tranché{NB}: «{NB}Personne ici ne "
     f"veut revoir les fossés.{NB}»", "Ilse Marwick"),
    (f"«{NB}La tourbe nous nourrit tous les deux{NB}», a confié sa fille Mira Osterholt, qui tient la ferme.",
     "Mira Osterholt"),
    (f"Dans ce numéro, les voix du marais. Son amie Lena Korvacs, agricultrice, résume{NB}: «{NB}Nous demandons "
     f"un prix pour l'eau que nous gardons.{NB}»", "Lena Korvacs"),
    (f"Sa sœur Anna Berglund a lu notre déclaration{NB}: «{NB}Les grues sont revenues avant les subventions.{NB}»",
     "Anna Berglund"),
]


@pytest.mark.parametrize("text, name", NAMED)
def test_a_kin_noun_before_a_name_introduces_the_named_person(text, name):
    assert one(text, own_voice=False).speaker == name


UNNAMED = [
    "My neighbour told me over the fence: “Nothing changes for us here.”",
    f"Ma voisine m'a dit par-dessus la haie{NB}: «{NB}Rien ne change pour nous ici.{NB}»",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_a_kin_noun_with_no_name_stays_unnamed(text):
    q = one(text, own_voice=False)
    assert q.speaker == "" and q.attribution == "unnamed"
