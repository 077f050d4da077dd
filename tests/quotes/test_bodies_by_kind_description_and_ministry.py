"""Whom a quotation speaks for when the text names the body in three ways press writers use: by its kind in
lower case after naming it ("A spokeswoman for the agency"), with a long description between the body and its
verb ("The X Coalition, an alliance of … that has lobbied … since 2028, said"), and as a State's ministry in lower
case ("an adviser to Dravonia's health ministry": the State). Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

AGENCY_EN = "The Delta Water Agency published its flood figures on Monday."
AGENCY_FR = "L’Agence de l’eau du Delta a publié ses chiffres lundi."

BY_KIND = [
    (f"{AGENCY_EN} A spokeswoman for the agency said the register was “the most important paragraph in the "
     f"draft”.", "Delta Water Agency"),                                                          # wire copy
    (f"{AGENCY_EN} “We will publish every death,” a spokesman for the agency told the Courier.",
     "Delta Water Agency"),                                                                      # feature
    (f"{AGENCY_EN}\n\n14:10 — An official of the agency, off the record: “The figures are low.”",
     "Delta Water Agency"),                                                                      # live blog
    ("The Rivers Institute sent its deputy. A researcher at the institute said: “Half the deaths are never "
     "recorded.”", "Rivers Institute"),                                                          # newsletter
    (f"{AGENCY_FR} Une porte-parole de l’agence a déclaré{NB}: «{NB}Nous publierons chaque décès.{NB}»",
     "Agence de l’eau du Delta"),                                                                # dépêche
    (f"{AGENCY_FR} «{NB}Les chiffres sont bas{NB}», reconnaît un responsable de l’agence.",
     "Agence de l’eau du Delta"),                                                                # reportage
    (f"L’Institut des rivières a envoyé son adjoint. Un chercheur de l’institut a résumé{NB}: «{NB}La moitié "
     f"des décès ne sont jamais comptés.{NB}»", "Institut des rivières"),                         # lettre
]


@pytest.mark.parametrize("text,org", BY_KIND)
def test_a_body_by_its_kind_in_lower_case_is_the_one_just_named(text, org):
    q = one(text)
    assert q.speaker == ""
    assert q.organisation == org


def test_a_kind_no_body_of_the_text_has_gives_none():
    q = one("A spokeswoman for the agency said the register was “the most important paragraph in the draft”.")
    assert q.speaker == "" and q.organisation == ""


DESCRIBED = [
    ("The Tidal Coalition, an alliance of lifeboat crews that has lobbied for the treaty since 2028, said in a "
     "statement that “a register delayed is a register denied”.", "Tidal Coalition"),             # wire copy
    ("The Harbour Swim Network, a group of village clubs which has trained ten thousand children, said: “Every "
     "child can float.”", "Harbour Swim Network"),                                               # release
    ("“Every child can float,” the Harbour Swim Network, a federation of clubs that began in a flooded quarry "
     "in 2019, said on Tuesday.", "Harbour Swim Network"),                                       # feature
    (f"Le Réseau Marée, une alliance de coopératives de pêche qui fait campagne pour le traité depuis 2028, a "
     f"déclaré{NB}: «{NB}Nous n’attendrons pas une autre crue.{NB}»", "Réseau Marée"),                # dépêche
    (f"La Fédération des sauveteurs, une association qui forme des bénévoles dans onze pays depuis 2015, a "
     f"rappelé{NB}: «{NB}Une corde coûte moins qu’un enterrement.{NB}»", "Fédération des sauveteurs"), # bulletin
    (f"«{NB}Une corde coûte moins qu’un enterrement{NB}», a rappelé la Fédération des sauveteurs, un collectif "
     f"qui regroupe des clubs de village depuis 2015.", "Fédération des sauveteurs"),                # reportage
]


@pytest.mark.parametrize("text,org", DESCRIBED)
def test_a_body_described_at_length_before_its_verb_is_the_source(text, org):
    q = one(text)
    assert q.speaker == ""
    assert q.organisation == org


MINISTRY = [
    "Jodoc Varga, an adviser to Dravonia’s health ministry who has costed the programme, said it was “the only "
    "line in our budget nobody has cut”.",                                                       # newsletter
    "“The only line in our budget nobody has cut,” said Jodoc Varga, a senior official at Dravonia’s finance "
    "ministry.",                                                                                 # wire copy
    "Feature. Jodoc Varga, who advises Dravonia’s water resources ministry, told me: “We costed every rope.”",
    f"Jodoc Varga, conseiller au ministère de la Santé de la Dravonie, a dit{NB}: «{NB}Nous avons chiffré chaque "
    f"corde.{NB}»",                                                                              # dépêche
    f"La Dravonie a présenté son programme. «{NB}Nous avons chiffré chaque corde{NB}», explique Jodoc Varga, haut fonctionnaire du ministère dravonien "
    f"des Finances.",                                                                            # reportage
    pytest.param(f"Bulletin. Jodoc Varga, qui conseille le ministère de l’Eau de la Dravonie, nous a dit{NB}: "
                 f"«{NB}Chaque corde est payée.{NB}»", marks=pytest.mark.xfail(
                     strict=True, reason="a lower-case ministry in a relative clause is not read as a body")),
]


@pytest.mark.parametrize("text", MINISTRY)
def test_a_state_s_ministry_in_lower_case_speaks_for_the_state(text):
    q = one(text)
    assert q.speaker == "Jodoc Varga"
    assert q.organisation in ("Dravonia", "Dravonie")
