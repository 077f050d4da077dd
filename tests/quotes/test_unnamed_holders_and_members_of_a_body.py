"""Whom a person speaks for when the text gives the body only by pointing back to it or by where she is in it.

* "The X Office published its figures. Its spokeswoman said …" / « Son porte-parole a jugé … »: the holder of
  a role the possessive ties to the body the sentence before names, nobody named, speaks for that body ("her
  assistant" after a person is hers, not a body's: none);
* « une source au sein du Bureau X », "a source inside the X Office": the body she is inside;
* "NAME, a docker from the X Federation’s northern branch" (wire, feature, live blog, newsletter, statement,
  Q&A): the body after "from", up to the part of it the possessive gives; "a farmer from Quillon" is a place.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

_ITS_EN = [
    # wire copy
    "LUND, 3 June (Wire) — The Lowland Grain Office published its estimates on Monday. Its spokeswoman said the "
    "figures were “cautious, probably by a quarter”.",
    # feature
    "The Lowland Grain Office keeps its figures in a cellar of ledgers. Its spokesman, asked about them, said they "
    "were “cautious, probably by a quarter”.",
    # live blog
    "**11:05** — The Lowland Grain Office has released its numbers. Its press officer told us: “They are "
    "cautious, probably by a quarter.”",
    # newsletter
    "The Lowland Grain Office put out new estimates this week. “They are cautious, probably by a quarter,” its "
    "spokeswoman admitted.",
    # statement
    "We thank the Lowland Grain Office for its estimates. Its director has said herself that they are “cautious, "
    "probably by a quarter”.",
    # Q&A lead-in
    "The Lowland Grain Institute counts what farms lose. Their spokesperson said the count was “cautious, "
    "probably by a quarter”.",
]
_ITS_FR = [
    # dépêche
    f"LUND, 3 juin — Le Bureau des grains de la plaine a publié ses estimations lundi. Sa porte-parole a jugé "
    f"qu’elles étaient «{NB}prudentes, sans doute d’un quart{NB}».",
    # reportage
    f"Le Bureau des grains de la plaine range ses chiffres dans une cave. Son porte-parole a affirmé qu’ils "
    f"étaient «{NB}prudents, sans doute d’un quart{NB}».",
    # direct
    f"**11 h 05** — Le Bureau des grains de la plaine a publié ses chiffres. «{NB}Ils sont prudents, sans doute "
    f"d’un quart{NB}», a reconnu sa porte-parole.",
    # lettre d’information
    f"L’Institut des grains de la plaine a publié de nouvelles estimations. Son directeur a déclaré{NB}: "
    f"«{NB}Elles sont prudentes, sans doute d’un quart.{NB}»",
    # communiqué
    f"Nous remercions l’Agence des grains de la plaine pour ses estimations. Sa directrice a assuré qu’elles "
    f"sont «{NB}prudentes, sans doute d’un quart{NB}».",
    # entretien
    f"L’Office des grains de la plaine compte ce que perdent les fermes. Son porte-parole a estimé que ce compte "
    f"était «{NB}prudent, sans doute d’un quart{NB}».",
]


@pytest.mark.parametrize("text", _ITS_EN + _ITS_FR)
def test_the_holder_of_its_role_speaks_for_the_body_of_the_sentence_before(text):
    q = one(text)
    assert q.speaker == ""
    words = q.organisation.split()
    assert any(w in words for w in ("Office", "Institute", "Bureau", "Institut", "Agence")), q.organisation
    assert "grains" in q.organisation.lower() or "Grain" in q.organisation


@pytest.mark.parametrize("text", [
    "Marta Lindqvist-Oduya arrived late from the airport. Her assistant said the figures were “cautious, "
    "probably by a quarter”.",
    "Lund published its estimates on Monday. Its spokesman said the figures were “cautious, probably by a quarter”.",
])
def test_her_assistant_or_a_place_s_spokesman_speaks_for_no_body(text):
    assert one(text).organisation == ""


_INSIDE = [
    f"«{NB}Personne n’a voulu payer pour les routes{NB}», a confié une source au sein du Bureau des grains de la "
    f"plaine.",
    f"«{NB}Personne n’a voulu payer pour les routes{NB}», nous a confié une source au sein de l’Agence des grains "
    f"de la plaine.",
    f"Une source au sein du Bureau des grains de la plaine reconnaît que «{NB}personne n’a voulu payer pour les "
    f"routes{NB}».",
    f"«{NB}Personne n’a voulu payer pour les routes{NB}», a glissé un cadre au sein de l’Institut des grains de "
    f"la plaine.",
    f"«{NB}Personne n’a voulu payer pour les routes{NB}», a regretté un responsable au sein du Bureau des grains "
    f"de la plaine, sous couvert d’anonymat.",
    f"**16 h 20** — «{NB}Personne n’a voulu payer pour les routes{NB}», a soufflé une source au sein de l’Office "
    f"des grains de la plaine.",
    "“Nobody wanted to pay for the roads,” said a source inside the Lowland Grain Office.",
    "“Nobody wanted to pay for the roads,” a source within the Lowland Grain Institute told us.",
    "A source inside the Lowland Grain Office said that “nobody wanted to pay for the roads”.",
    "**16:20** — “Nobody wanted to pay for the roads,” an official within the Lowland Grain Agency said.",
    "“Nobody wanted to pay for the roads,” said one official inside the Lowland Grain Office, who asked not to "
    "be named.",
    "“Nobody wanted to pay for the roads,” a staff member inside the Lowland Grain Institute admitted.",
]


@pytest.mark.parametrize("text", _INSIDE)
def test_a_source_inside_a_body_speaks_for_it(text):
    q = one(text)
    assert q.speaker == ""
    assert "grain" in q.organisation.lower() and q.organisation.split()[0] in (
        "Bureau", "Agence", "Institut", "Office", "Lowland"), q.organisation


_FROM_EN = [
    # wire copy
    "“We carry what the cranes drop,” said Per Lund-Okafor, a docker from the Riverside Dockers Federation’s "
    "northern branch.",
    # feature
    "The Riverside Dockers Federation marched at dawn. “We carry what the cranes drop,” said Per Lund-Okafor, a "
    "docker from the Federation's northern branch.",
    # live blog
    "**09:40** — Per Lund-Okafor, a crane driver from the Riverside Dockers Federation, took the floor: “We carry "
    "what the cranes drop.”",
    # newsletter
    "Per Lund-Okafor, a shop steward from the Riverside Dockers Federation’s southern section, told us: “We carry "
    "what the cranes drop.”",
    # statement
    "“We carry what the cranes drop,” said Per Lund-Okafor, a volunteer from the Riverside Dockers Federation.",
    # Q&A lead-in
    "The Riverside Dockers Federation sent its members. “We carry what the cranes drop,” said Per Lund-Okafor, "
    "a docker from the Federation’s port branch, who has worked the quays for twenty years.",
]
_FROM_FR = [
    f"«{NB}Nous portons ce que les grues laissent tomber{NB}», a dit Per Lund-Okafor, membre de la section nord "
    f"de la Fédération des dockers riverains.",
    f"Per Lund-Okafor, docker à la Fédération des dockers riverains, a lancé{NB}: «{NB}Nous portons ce que les "
    f"grues laissent tomber.{NB}»",
    f"«{NB}Nous portons ce que les grues laissent tomber{NB}», a raconté Per Lund-Okafor, membre de la "
    f"Fédération des dockers riverains.",
    f"**9 h 40** — Per Lund-Okafor, bénévole de la Fédération des dockers riverains, a pris la parole{NB}: "
    f"«{NB}Nous portons ce que les grues laissent tomber.{NB}»",
    f"«{NB}Nous portons ce que les grues laissent tomber{NB}», a témoigné Per Lund-Okafor, délégué syndical de la "
    f"Fédération des dockers riverains.",
    f"Per Lund-Okafor, grutier à la Fédération des dockers riverains, nous l’a dit{NB}: «{NB}Nous portons ce que "
    f"les grues laissent tomber.{NB}»",
]


@pytest.mark.parametrize("text", _FROM_EN + _FROM_FR)
def test_a_member_from_a_body_s_branch_speaks_for_the_body(text):
    q = one(text)
    assert q.speaker == "Per Lund-Okafor"
    assert q.organisation in ("Riverside Dockers Federation", "Fédération des dockers riverains"), q.organisation


def test_a_farmer_from_a_town_speaks_for_no_body():
    q = one("“We carry what the cranes drop,” said Per Lund-Okafor, a farmer from Quillon.")
    assert (q.speaker, q.organisation) == ("Per Lund-Okafor", "")
