"""An unnamed person "at" a place speaks for nobody there: "a customs officer at Port Elvane", « un douanier à
Port-Elvane ». After "at" a name is a body only when it reads as one (a body's word in it, an acronym) or the
text or the kit names that body: "a researcher at the Kestervale Institute" keeps the Institute.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_SAID_EN = "“We weigh the trucks at the border, but nobody asks where the sand was dug.”"
_SAID_FR = f"«{NB}Nous pesons les camions à la frontière, mais personne ne demande d’où vient le sable{NB}»"

_PLACES = [
    f"A customs officer at Port Elvane, who spoke on condition of anonymity, told the coalition: {_SAID_EN}",
    f"WIRE — A dock worker at Saint-Marlo said on Tuesday: {_SAID_EN}",
    f"**09:15** — A harbour pilot at Castelbrune, on the record: {_SAID_EN}",
    f"Q: Who told you? A: A truck driver at Kerlow Bridge. He said: {_SAID_EN}",
    f"A ferry captain at New Tessel put it plainly to our newsletter: {_SAID_EN}",
    f"A border guard at Velmar Crossing, asked about the draft, said: {_SAID_EN}",
    f"Un douanier à Port-Elvane, qui a requis l’anonymat, a confié{NB}: {_SAID_FR}.",
    f"Mardi, un docker à Saint-Marlo a déclaré{NB}: {_SAID_FR}.",
    f"**9 h 15** — Une pilote de port à Castelbrune, sous couvert d’anonymat{NB}: {_SAID_FR}.",
    f"Un chauffeur à Kerlow-le-Pont nous l’a dit{NB}: {_SAID_FR}.",
    f"Une capitaine de bac à Nouvelle-Tessel l’a résumé pour notre lettre{NB}: {_SAID_FR}.",
    f"Un garde-frontière à Velmar, interrogé sur le projet, a dit{NB}: {_SAID_FR}.",
]


@pytest.mark.parametrize("text", _PLACES)
def test_an_unnamed_person_at_a_place_speaks_for_no_body(text):
    q = one(text, default_organisation="")
    assert (q.speaker, q.organisation) == ("", "")


def test_a_body_after_at_is_still_the_body():
    q = one(f"A researcher at the Kestervale Institute for Sediment Science told us: {_SAID_EN}", default_organisation="")
    assert q.organisation == "Kestervale Institute for Sediment Science"
    q = one(f"An official at the Port Elvane Harbour Authority said: {_SAID_EN}", default_organisation="")
    assert q.organisation == "Port Elvane Harbour Authority"
    q = one(f"Une chercheuse à l’Institut Kestervale nous a dit{NB}: {_SAID_FR}.", default_organisation="")
    assert q.organisation == "Institut Kestervale"
