"""A body as the source of a quotation, in forms other writers use: its text that "reads" or "says" ("a statement
from the Coalition read", "the Network’s leaflet says", « peut-on lire dans le communiqué de … »), a promise
(« promet la Coalition »), « la Fondation » in the release of a trust (a trust is a « fondation » in French), and
"our board" in the answer of an interviewee who speaks for another body than the publisher. The sentences are
written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

NET = "Families of Crash Victims Network"
Q_EN = "We will judge this conference by one line of text on Friday"
Q_FR = "Nous jugerons cette conférence sur une ligne de texte vendredi"
INTERVIEW_EN = ("Professor Piet Varga leads the speed programme at the Kessel Institute for Road Safety. We spoke to him "
                "between two sessions.\n\n**Harbour:** And the Institute’s position on the draft?\n\n**Piet Varga:** "
                "Our board wrote it down last week: “The Institute supports shall and will not endorse encourage.”")
INTERVIEW_FR = ("Le professeur Piet Varga dirige le programme vitesse de l’Institut de Kessel. Nous l’avons rencontré "
                "entre deux séances.\n\n**Harbour :** Et la position de l’Institut ?\n\n**Piet Varga :** Notre conseil "
                "l’a écrit la semaine dernière : « L’Institut soutient le mot shall et rien d’autre. »")

EN = [  # (text, the document's organisation, whether it speaks in its voice, the organisation expected)
    (f"The Roadwise Coalition organised the vigil. “{Q_EN},” a statement from the Roadwise Coalition read.", ORG, False,
     "Roadwise Coalition"),
    (f"The {NET} has forty branches. “{Q_EN},” the Network’s leaflet says.", ORG, False, NET),
    (f"The {NET} has forty branches. “{Q_EN},” the Network says in the leaflet its volunteers hand out.", ORG, False,
     NET),
    (f"Two hundred riders crossed the city.\n\n“{Q_EN},” the Trust announced.", "Rider Safety Trust", True,
     "Rider Safety Trust"),
    (f"The {NET} met on Monday. “{Q_EN},” the Network’s statement said.", ORG, False, NET),
    (INTERVIEW_EN, ORG, False, "Kessel Institute for Road Safety"),
]
FR = [
    (f"«{NB}{Q_FR}{NB}», peut-on lire dans le communiqué de la Fondation Deux-Roues.", ORG, False,
     "Fondation Deux-Roues"),
    (f"«{NB}{Q_FR}{NB}», indique un communiqué de la Fondation Deux-Roues.", ORG, False, "Fondation Deux-Roues"),
    (f"Deux cents motocyclistes ont traversé la ville.\n\n«{NB}{Q_FR}{NB}», annonce la Fondation.",
     "Rider Safety Trust", True, "Rider Safety Trust"),
    (f"Le texte prévoit une limite de 30 km/h.\n\n«{NB}{Q_FR}{NB}», promet la Coalition.", ORG, False, ORG),
    (INTERVIEW_FR, ORG, False, "Institut de Kessel"),
    (f"Le Réseau des familles de victimes s’est réuni lundi. «{NB}{Q_FR}{NB}», jure le Réseau.", ORG, False,
     "Réseau des familles de victimes"),
]


@pytest.mark.parametrize("text,doc_org,own,org", EN)
def test_english_body_as_source(text, doc_org, own, org):
    q = quotes(text, language="en", default_organisation=doc_org, own_voice=own)[-1]
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text,doc_org,own,org", FR)
def test_french_body_as_source(text, doc_org, own, org):
    q = quotes(text, language="fr", default_organisation=doc_org, own_voice=own)[-1]
    assert (q.speaker, q.organisation) == ("", org)


def test_a_persons_statement_that_reads_is_no_body():
    q = quotes(f"“{Q_EN},” Ana Varga’s statement read.", language="en", own_voice=False)[-1]
    assert q.organisation == ""
