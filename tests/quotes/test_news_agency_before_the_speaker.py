"""A news agency between an inverted verb and the speaker (« a déclaré à l’Agence Ostrel la secrétaire exécutive
du Protocole, NAME »): the agency is whom the words were said to, so the quotation is found and the agency is
neither glued to the speaker's role nor given as her organisation. English wire copy names the agency in the
ordinary order ("NAME told the Ostrel agency"), read the same way. The sentences are written for these tests, as
wire copy, a feature, a live blog, an interview, a newsletter and a statement would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

NAME = "Mireille Korva-Bom"
EN = [
    f"“We are one word away from a deal,” the executive secretary, {NAME}, told the Ostrel agency.",
    f"10:40 — “That word is ‘independent’,” {NAME}, executive secretary of the Protocol, told Agence Ostrel.",
    f"{NAME}, the executive secretary, told the Ostrel news agency: “The register will be online in June.”",
    f"Q: What did she say? A: {NAME} told the Ostrel agency: “We are close, very close.”",
    f"In brief: “Nobody wants to be the last to sign,” {NAME} told the Ostrel agency on Thursday.",
    f"“The yards will have to open their gates,” {NAME} said in an interview with the Ostrel agency.",
]
FR = [
    f"«{NB}Nous sommes à un mot d’un accord{NB}», a déclaré à l’Agence Ostrel la secrétaire exécutive du Protocole, {NAME}.",
    f"10 h 40 — «{NB}Ce mot, c’est “indépendants”{NB}», a précisé à l’Agence Ostrel la secrétaire exécutive du Protocole, {NAME}.",
    f"«{NB}Le registre sera en ligne en juin{NB}», a assuré à l’agence Ostrel la secrétaire exécutive du Protocole, {NAME}.",
    f"Q{NB}: Qu’a-t-elle dit{NB}? R{NB}: «{NB}Nous sommes tout près{NB}», a confié à l’Agence Ostrel la porte-parole du Protocole, {NAME}.",
    f"En bref. «{NB}Personne ne veut signer le dernier{NB}», a indiqué jeudi à l’Agence Ostrel la secrétaire exécutive du Protocole, {NAME}.",
    f"«{NB}Les chantiers devront ouvrir leurs portes{NB}», a affirmé à l’Agence Ostrel la secrétaire exécutive du Protocole, {NAME}.",
]


#: Not yet: a role of one word group without its body before the name (« la secrétaire exécutive, NAME ») still
#: glues the agency into the organisation (docs/quotes.md, "Left to do"); it stays here to show it, expected to
#: fail until it is read right.
NOT_YET = [
    f"«{NB}Nous sommes tout près{NB}», a confié à l’Agence Ostrel la secrétaire exécutive, {NAME}.",
]


@pytest.mark.parametrize("text", NOT_YET)
@pytest.mark.xfail(reason="the agency is still glued to a role without its body", strict=True)
def test_a_news_agency_before_a_bare_role_is_not_yet_read(text):
    q = one(text)
    assert q.speaker == NAME
    assert "Ostrel" not in q.organisation and "Ostrel" not in q.role


@pytest.mark.parametrize("text", EN + FR)
def test_a_news_agency_before_the_speaker_is_whom_she_spoke_to(text):
    q = one(text)
    assert q.speaker == NAME
    assert "Ostrel" not in q.organisation and "Ostrel" not in q.role
