"""A heading that names its document by its kind and its speaker ("# Statement by NAME on …", « # Déclaration
de NAME sur … », « Discours de NAME », "Remarks by NAME") gives the person, not the document noun run into the
name: « Déclaration de Ngozi Okonkwo » is no one's name, and the quotation the text then gives to NAME keeps
NAME. Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

EN = [  # (text, speaker)
    ("# Statement by Halima Osei-Varga on fisheries subsidies\n\n“We can no longer pay for empty seas,” said "
     "Halima Osei-Varga.", "Halima Osei-Varga"),                                                  # statement
    ("## Remarks by Tomas Erlandsen at the opening plenary\n\nTomas Erlandsen told delegates: “The fleet is "
     "twice the size the fish can feed.”", "Tomas Erlandsen"),                                    # live blog
    ("# Speech of Minister Aiko Brandvold to the closing session\n\n“A subsidy is a promise to the next "
     "generation or against it,” Aiko Brandvold said.", "Aiko Brandvold"),                         # wire copy
    ("# Address by Halima Osei-Varga, Fisheries Commissioner\n\nHalima Osei-Varga opened with a warning. “The "
     "reefs will not wait for our calendar,” she said.", "Halima Osei-Varga"),                     # feature
    ("Interview with Tomas Erlandsen: the fleet question\n\nQ: What changed?\nA: “Nothing, yet,” said Tomas "
     "Erlandsen, who chairs the fleet panel.", "Tomas Erlandsen"),                                 # Q&A
    ("### Message from Aiko Brandvold to the network\n\nIn her message, Aiko Brandvold writes: “Every harbour "
     "counts its boats; few count their fish.”", "Aiko Brandvold"),                                # newsletter
]
FR = [
    (f"# Déclaration de Ngozi Okonkwo sur les subventions à la pêche\n\n«{NB}Nous ne pouvons plus financer la "
     f"destruction des océans{NB}», a déclaré Ngozi Okonkwo.", "Ngozi Okonkwo"),                   # statement
    (f"## Discours de Tomas Erlandsen en séance d’ouverture\n\nTomas Erlandsen a lancé aux délégués{NB}: «{NB}La "
     f"flotte est deux fois trop grande pour la mer{NB}».", "Tomas Erlandsen"),                    # live blog
    (f"# Allocution de Halima Osei-Varga, commissaire à la pêche\n\n«{NB}Les récifs n’attendront pas notre "
     f"calendrier{NB}», a prévenu Halima Osei-Varga.", "Halima Osei-Varga"),                       # wire copy
    (f"# Intervention d’Aiko Brandvold devant la plénière\n\n«{NB}Une subvention engage la génération suivante"
     f"{NB}», a affirmé Aiko Brandvold.", "Aiko Brandvold"),                                       # feature
    (f"Entretien avec Ngozi Okonkwo{NB}: la question des flottes\n\nQ{NB}: Qu’est-ce qui a changé{NB}?\nR{NB}: "
     f"«{NB}Rien, pour l’instant{NB}», répond Ngozi Okonkwo.", "Ngozi Okonkwo"),                    # Q&A
    (f"### Message de Tomas Erlandsen au réseau\n\nDans son message, Tomas Erlandsen écrit{NB}: «{NB}Chaque port "
     f"compte ses bateaux, peu comptent leurs poissons{NB}».", "Tomas Erlandsen"),                  # newsletter
]


@pytest.mark.parametrize("text,speaker", EN + FR)
def test_the_heading_s_document_noun_is_no_part_of_the_name(text, speaker):
    qs = quotes(text, language="fr" if "«" in text else "en", title=text.splitlines()[0].lstrip("# "))
    assert qs, text
    assert [q.speaker for q in qs] == [speaker] * len(qs)


def test_a_name_that_opens_with_de_keeps_its_particle():
    """A surname with a particle after a first name stays whole: only a document noun before « de » goes."""
    text = f"«{NB}Nous voulons une date{NB}», a déclaré Marie de Villeneuve, ministre de la Mer."
    assert [q.speaker for q in quotes(text, language="fr")] == ["Marie de Villeneuve"]
