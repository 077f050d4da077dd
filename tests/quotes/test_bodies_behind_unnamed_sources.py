"""The body behind a source the text does not name a person for: a spokesperson of a body described in an
apposition ("A spokesman for the X, the U.N.-backed body that monitors …, said"), an official of a State named by
its name ("A Quelland official, who declined to be identified, said" — not a regional adjective: "a Western
negotiator" has none), a body's short name after its full one ("the Sepsis Survivors Forum …. A spokesperson
for the Forum said"), and a body that says it in a relative clause ("according to the X Institute, which said
in a statement that …"). Never a compound word ("Drug-resistant") read as a surname. The sentences are written
for these tests, in the forms of wire copy, captions, newsletters and features.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

EN = [
    ("A spokesman for the Orbis Water Authority, the treaty-backed body that monitors the basin, said the "
     "authority stood ready to \"help any Party that asks for data.\"", "Orbis Water Authority"),
    ("A Tarvania official, who declined to be identified because the talks were private, said his delegation "
     "would \"move on the date if the money moves first.\"", "Tarvania"),
    ("Marchers from the Clean Rivers Forum held up a banner outside the hall. A spokesperson for the Forum said: "
     "“Every name on this banner lost a river they fished in.”", "Clean Rivers Forum"),
    ("Dry-season flows fell by a third in 2027, according to the Halden Institute for Water Research, which said "
     "in a statement that the figure was \"almost certainly too low, and by a wide margin.\"", "Halden Institute for Water Research"),
    ("An Ostrava delegate, speaking on condition of anonymity, said the text \"will not survive the night in "
     "its current form.\"", "Ostrava"),
    ("Water-borne disease rose sharply, according to the Kessel Health Observatory, which warned that \"the "
     "worst months are still ahead of us.\"", "Kessel Health Observatory"),
]

FR = [
    ("Un porte-parole de l’Autorité de l’eau d’Orbis, l’organisme régional qui surveille le bassin, a assuré que "
     f"l’autorité était prête à «{NB}aider toute Partie qui demande des données{NB}».", "Autorité de l’eau d’Orbis"),
    ("Des marcheurs du Forum des Rivières Propres ont déployé une banderole. Un porte-parole du Forum a déclaré : "
     f"«{NB}Chaque nom sur cette banderole a perdu une rivière où il pêchait.{NB}»", "Forum des Rivières Propres"),
    ("Les débits ont baissé d’un tiers en 2027, selon l’Institut Halden, qui a estimé dans un communiqué que ce "
     f"chiffre était «{NB}très probablement sous-estimé, et de loin{NB}».", "Institut Halden"),
    ("Les maladies hydriques ont fortement augmenté, d’après l’Observatoire Kessel de la santé, qui a averti que "
     f"«{NB}les pires mois sont encore devant nous{NB}».", "Observatoire Kessel de la santé"),
    ("Des pêcheuses du Syndicat des Pêcheurs du Lac ont bloqué l’entrée. Une porte-parole du Syndicat a lancé : "
     f"«{NB}Sans poisson, il n’y a pas de village.{NB}»", "Syndicat des Pêcheurs du Lac"),
    ("Un porte-parole de l’Agence de bassin, organisme public, a indiqué que l’agence voulait «{NB}des chiffres "
     f"publiés chaque année, sans exception{NB}».", "Agence de bassin"),
]


@pytest.mark.parametrize("text,org", EN)
def test_the_body_behind_an_unnamed_source_en(text, org):
    q = one(text, language="en", default_organisation="")
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text,org", FR)
def test_the_body_behind_an_unnamed_source_fr(text, org):
    q = one(text, language="fr", default_organisation="")
    assert (q.speaker, q.organisation) == ("", org)


def test_a_regional_adjective_is_no_state():
    q = one("“Everybody is waiting for somebody else to blink,” said a Western negotiator.", language="en",
            default_organisation="")
    assert (q.speaker, q.organisation) == ("", "")
