"""A body that said a quotation by its noun after it (« « … », estime la coalition », "“…,” the agency said") and
goes on with a pronoun in the same paragraph (« « … », ajoute-t-elle », "“…,” it added"): the body again, nobody
named, rather than the last woman or man the page named paragraphs before.

The pronoun must fit the body's noun: « elle » for « la coalition », « il » for « le syndicat », "it" for any body.
"She" in English is a person, never the body; « elle » after « le syndicat » is not the syndicat; someone named
between the two quotations, or someone unnamed the next sentence brings in, may be the one who goes on. Those near-misses keep the reading they had. The
sentences are written for these tests (a fact sheet, a newsletter, a wire story).
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_FR_ORG = "Coalition des dunes"
_SYND = "Syndicat des marins"
_EN_ORG = "Dune Coalition"

_PERSON_FR = "Mathilde Ravaz, chercheuse à l’Institut Korvel, a présenté la carte des plages mardi.\n\n"
_PERSON_EN = "Dr Mathilde Ravaz, a researcher at the Korvel Institute, presented the beach map on Tuesday.\n\n"

_GOES_ON = [
    (_PERSON_FR + f"«{NB}Un réseau de capteurs coûterait moins qu’un été de pelleteuses{NB}», estime la coalition. "
     f"«{NB}Nous publierons la carte chaque semaine{NB}», ajoute-t-elle.", _FR_ORG),
    (_PERSON_FR + f"«{NB}Les plages ferment trop tard{NB}», juge la coalition dans sa lettre. «{NB}Nous publierons la "
     f"carte chaque semaine{NB}», poursuit-elle.", _FR_ORG),
    ("Paul Gantier, chercheur à l’Institut Korvel, a présenté la carte des plages mardi.\n\n"
     f"«{NB}Nos bateaux restent à quai{NB}», affirme le syndicat. «{NB}Nous publierons la carte chaque semaine{NB}», "
     "ajoute-t-il.", _SYND),
    (_PERSON_EN + "“A network of sensors would cost less than a summer of diggers,” the coalition says. “We will "
     "publish the map every week,” it adds.", _EN_ORG),
    (_PERSON_EN + "“The beaches close too late,” the coalition said in its newsletter. “We will publish the map "
     "every week,” it added.", _EN_ORG),
]


@pytest.mark.parametrize("text,org", _GOES_ON)
def test_the_body_goes_on(text, org):
    q = next(q for q in quotes(text, default_organisation=org) if "publi" in q.text)
    assert (q.speaker, q.organisation) == ("", org)


_NOT = [
    # "she" in English is a person
    (_PERSON_EN + "“A network of sensors would cost less,” the coalition says. “We will publish the map every "
     "week,” she adds.", _EN_ORG, "Mathilde Ravaz"),
    # « elle » is not « le syndicat »
    ("Mathilde Ravaz, chercheuse, a présenté la carte des plages mardi.\n\n"
     f"«{NB}Nos bateaux restent à quai{NB}», affirme le syndicat. «{NB}Nous publierons la carte chaque semaine{NB}», "
     "ajoute-t-elle.", _SYND, "Mathilde Ravaz"),
    # someone unnamed brought in between the two quotations
    (f"«{NB}Le registre ne coûte rien{NB}», indique le ministère dans un communiqué. Un diplomate, lui, se montre "
     f"plus réservé : «{NB}Tout le monde est pour, jusqu’au jour où il faut le remplir{NB}», glisse-t-il.", _FR_ORG, ""),
    # someone named between the two quotations
    (f"«{NB}Les plages ferment trop tard{NB}», estime la coalition, dont Inès Farvaque est la porte-parole. "
     f"«{NB}Nous publierons la carte chaque semaine{NB}», ajoute-t-elle.", _FR_ORG, "Inès Farvaque"),
]


@pytest.mark.parametrize("text,org,who", _NOT)
def test_near_misses_keep_their_reading(text, org, who):
    q = next(q for q in quotes(text, default_organisation=org) if "publi" in q.text or "remplir" in q.text)
    assert q.speaker == who
