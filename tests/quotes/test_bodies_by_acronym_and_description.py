"""An unnamed spokesperson speaks for a body named by its acronym ("a spokesman for the IALS", « un porte-parole
de l’AINE »), and a body's description between its name and its verb ("the X Coalition, a group of 60
environmental groups, said") leaves the body as the source. Written for these tests, in English and French, as
different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

Q_EN = "“the first certifications will come in March, not before”"
Q_FR = f"«{NB}les premières certifications auront lieu en mars, pas avant{NB}»"

ACRONYMS = [
    ("en", f"A spokesman for the IALS said that {Q_EN}."),                                          # wire copy
    ("en", f"A spokeswoman for IALS told the Courier that {Q_EN}."),                                # feature
    ("en", "16:20 — An official of the IALS, on the record: “The first certifications will come in March.”"),  # live blog
    ("en", "An IALS spokesperson was clear: “The first certifications will come in March.”"),      # newsletter
    ("en", f"A press officer at the IALS added that {Q_EN}."),                                      # release
    ("en", f"According to a spokesperson for the IALS, {Q_EN}."),                                   # statement
    ("fr", f"Un porte-parole de l’AINE a précisé que {Q_FR}."),
    ("fr", f"Une porte-parole de l’AINE a indiqué au Courrier que {Q_FR}."),
    ("fr", f"16 h 20 — Un responsable de l’AINE, officiellement : «{NB}Les certifications auront lieu en mars.{NB}»"),
    ("en", f"An official at the IALS, speaking on the record, said that {Q_EN}."),
    ("fr", f"Un responsable de l’AINE, s’exprimant officiellement, a dit que {Q_FR}."),
    ("fr", f"Un porte-parole de l'AINE a été clair : «{NB}Les certifications auront lieu en mars.{NB}»"),
    ("fr", f"Selon un porte-parole de l’AINE, {Q_FR}."),
    ("fr", f"Un chargé de presse de l’AINE a ajouté que {Q_FR}."),
]


@pytest.mark.parametrize("lang,text", ACRONYMS)
def test_an_unnamed_spokesperson_of_a_body_by_its_acronym_speaks_for_it(lang, text):
    q = one(text, language=lang, own_voice=False)
    assert (q.speaker, q.organisation) == ("", "AINE" if lang == "fr" else "IALS")


DESCRIBED = [
    ("en", "“We will not be the generation that switched off the stars,” the Dimlight Coalition, a group of 60 "
           "environmental groups, said in a statement."),
    ("en", "The Dimlight Coalition, a network of 60 groups, said in a statement: “We will not be the generation "
           "that switched off the stars.”"),
    ("en", "“We will not be the generation that switched off the stars,” the Dimlight Coalition, an alliance of "
           "some 60 groups, said."),
    ("fr", f"«{NB}Nous ne serons pas la génération qui a éteint les étoiles{NB}», a déclaré la Coalition Lumière "
           f"douce, un collectif de 60 associations."),
    ("fr", f"La Coalition Lumière douce, un réseau de 60 associations, a déclaré : «{NB}Nous ne serons pas la "
           f"génération qui a éteint les étoiles.{NB}»"),
    ("fr", f"La Coalition Lumière douce, un groupement de 60 associations, a réagi : «{NB}Nous ne serons pas la "
           f"génération qui a éteint les étoiles.{NB}»"),
]


@pytest.mark.parametrize("lang,text", DESCRIBED)
def test_a_body_described_between_its_name_and_its_verb_is_the_source(lang, text):
    q = one(text, language=lang, own_voice=False)
    assert q.speaker == ""
    assert q.organisation.startswith("Dimlight Coalition" if lang == "en" else "Coalition Lumière")
