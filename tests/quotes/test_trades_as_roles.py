"""A trade the text gives a person (a river warden, a swimming instructor, « gardienne de rivière », « monitrice »)
is her role, and the State or body after it (« … en chef du Qelmaria », "… of Dravonia") is whom she speaks for;
where she comes from (« venu de Lormes ») is a place, not a body. Written for these tests, in English and French,
as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    # (text, role, organisation)
    ("Wire copy. Temperance Okafor, chief river warden of Dravonia, said: “I count the children in and out.”",
     "chief river warden", "Dravonia"),
    ("“I count the children in and out,” said Ivo Marsh, a senior park ranger of Dravonia.",
     "senior park ranger", "Dravonia"),
    ("Feature. At the ford we met Ama Boateng, head lifeguard of the Tessel Rescue Federation. “Nobody swims "
     "alone here,” she said.", "head lifeguard", "Tessel Rescue Federation"),
    ("10:05 — Pia Lund, swimming instructor at the Harbour Swim Network, told the panel: “Ten lessons are enough.”",
     "swimming instructor", "Harbour Swim Network"),
    ("Newsletter. “The river does not forgive,” says Kofi Mensah, the hydrologist of the Delta Water Institute.",
     "hydrologist", "Delta Water Institute"),
    ("Statement. Jonas Berg, chief engineer of the Coastal Works Agency, told delegates: “The dykes held.”",
     "chief engineer", "Coastal Works Agency"),
]
FR = [
    (f"Dépêche. Temperance Okafor, gardienne de rivière en chef de la Dravonie, a déclaré{NB}: «{NB}Je compte "
     f"les enfants à l’aller et au retour.{NB}»", "gardienne de rivière en chef", "Dravonie"),
    (f"«{NB}Personne ne nage seul ici{NB}», assure Ama Boateng, monitrice de la Fédération des sauveteurs du "
     f"Tessel.", "monitrice", "Fédération des sauveteurs du Tessel"),
    (f"Reportage. Pia Lund, maître-nageuse au Réseau Baignade Sûre, a prévenu{NB}: «{NB}Dix leçons suffisent.{NB}»",
     "maître-nageuse", "Réseau Baignade Sûre"),
    (f"Kofi Mensah, hydrologue de l’Institut de l’eau du Delta, résume{NB}: «{NB}Le fleuve ne pardonne pas.{NB}»",
     "hydrologue", "Institut de l’eau du Delta"),
    (f"11 h 20 — Jonas Berg, ingénieur en chef de l’Agence des digues côtières, a dit{NB}: «{NB}Les digues ont "
     f"tenu.{NB}»", "ingénieur en chef", "Agence des digues côtières"),
    (f"Lettre d’information. Inès Varga, pédiatre au Collectif Santé des Rives, a lancé{NB}: «{NB}Un enfant "
     f"qui flotte est un enfant sauvé.{NB}»", "pédiatre", "Collectif Santé des Rives"),
]


@pytest.mark.parametrize("text,role,org", EN + FR)
def test_a_trade_is_the_role_and_its_body_whom_she_speaks_for(text, role, org):
    q = one(text)
    assert q.speaker and q.role == role
    assert q.organisation == org


#: where a person comes from is no body: « venu de Lormes », « originaire de Castelle »
FROM = [
    (f"Bastien Morel, moniteur de natation venu de Lormes, n’est pas d’accord. «{NB}Cinq étés, c’est trop{NB}», "
     f"a-t-il dit.", "moniteur de natation"),
    (f"Léa Roux, monitrice originaire de Castelle, a souri{NB}: «{NB}Ils nagent tous, maintenant.{NB}»", "monitrice"),
    (f"«{NB}La corde suffit{NB}», affirme Paul Nègre, sauveteur venu du village de Harrowby.", "sauveteur"),
]


@pytest.mark.parametrize("text,role", FROM)
def test_where_she_comes_from_is_no_body(text, role):
    q = one(text)
    assert q.speaker and q.role == role
    assert q.organisation == ""
