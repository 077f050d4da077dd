"""A person a speech or an article introduces with her role and body before the name, in a sentence that
is not the one carrying the words ("When I met the Director-General of the X Agency, NAME, in January, she
said …: “…”"; « J'ai croisé la directrice générale de l'Agence X, NAME, qui m'a dit : « … » ») speaks for
that body. The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one

AGENCY = ("Kessel Water Agency", "Agence de l'eau de Kessel")

CASES = [
    "When I met the Director-General of the Kessel Water Agency, Maren Tollefsen, in January, she said "
    "something that has stayed with me: “Sharing data is cheaper than hiding it.”",
    "Last year I sat beside the chief hydrologist of the Kessel Water Agency, Maren Tollefsen, at a dinner. She "
    "told me: “Every gauge we lose is a village we cannot warn.”",
    "I remember a visit from the head of the Kessel Water Agency, Maren Tollefsen. Over coffee, she put it "
    "simply: “The river does not read the treaty.”",
    "We were joined by the deputy director of the Kessel Water Agency, Maren Tollefsen, who later told the "
    "room: “Open data is the cheapest insurance there is.”",
    "In Geneva, I spent an hour with the director of the Kessel Water Agency, Maren Tollefsen. “Averages are "
    "where droughts go to hide,” she said.",
    f"Quand j'ai rencontré la directrice générale de l'Agence de l'eau de Kessel, Maren Tollefsen, en janvier, "
    f"elle m'a dit une phrase que je n'oublie pas{NB}: «{NB}Partager les données coûte moins cher que les "
    f"cacher.{NB}»",
    f"L'an dernier, j'étais assis à côté de l'hydrologue en chef de l'Agence de l'eau de Kessel, Maren "
    f"Tollefsen, lors d'un dîner. Elle m'a confié{NB}: «{NB}Chaque station perdue est un village qu'on ne "
    f"peut plus prévenir.{NB}»",
    f"Je me souviens d'une visite de la directrice de l'Agence de l'eau de Kessel, Maren Tollefsen. Autour "
    f"d'un café, elle l'a dit simplement{NB}: «{NB}Le fleuve ne lit pas le traité.{NB}»",
    f"À Genève, j'ai passé une heure avec la directrice adjointe de l'Agence de l'eau de Kessel, Maren "
    f"Tollefsen. «{NB}Les moyennes sont l'endroit où les sécheresses se cachent{NB}», a-t-elle dit.",
    f"Nous avons été rejoints par le directeur de l'Agence de l'eau de Kessel, Marc Tollefsen, qui a lancé "
    f"à la salle{NB}: «{NB}Les données ouvertes sont l'assurance la moins chère qui soit.{NB}»",
]


@pytest.mark.parametrize("text", CASES)
def test_the_body_given_before_the_name_goes_with_the_person(text):
    q = one(text, own_voice=False)
    assert q.speaker in ("Maren Tollefsen", "Marc Tollefsen")
    assert q.organisation in AGENCY


@pytest.mark.parametrize("text", [
    "I met the High Commissioner for Land Restoration, Amadou Keita, last spring. “We did not wait for a fund,” "
    "he said.",
    f"J'ai rencontré le haut-commissaire à la restauration des terres, Amadou Keita, au printemps. «{NB}Nous "
    f"n'avons pas attendu de fonds{NB}», a-t-il dit.",
])
def test_an_office_by_its_remit_is_no_body(text):
    q = one(text, own_voice=False)
    assert q.speaker == "Amadou Keita"
    assert "Restoration" not in q.organisation and "restauration" not in q.organisation


def test_a_name_wrapped_at_its_hyphen_and_a_body_by_its_short_name():
    q = one("When I met the Director-General of the Kessel Water Agency, Maren Tollefsen-\nBrandt, in January, "
            "she said something that stayed with me: “Sharing data is cheaper than hiding it.”", own_voice=False)
    assert q.organisation == "Kessel Water Agency"
    q = one(f"L'Agence de l'eau de Kessel publie ses relevés. Nous avons croisé l'hydrologue de l'Agence, Pavel "
            f"Orsini, au sortir de la séance. «{NB}Huit stations muettes, ce sont huit angles morts{NB}», a-t-il "
            f"insisté.", own_voice=False)
    assert q.organisation == "Agence de l'eau de Kessel"
