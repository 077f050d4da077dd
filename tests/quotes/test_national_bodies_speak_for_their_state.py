"""The head of a State's own national body (« directeur de l’Observatoire national du bruit de Dravonie », "head
of the National Noise Authority of Dravonia") speaks for that State, named as the kit names it; an
international body stays itself, and a national body of no State the kit names stays as the text gives it.
The sentences are written for these tests, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

MINISTER_EN = "“We will map every valley,” said Anneli Varga, the environment minister of Dravonia."
MINISTER_FR = f"«{NB}Nous cartographierons chaque vallée{NB}», a déclaré Anneli Varga, ministre de la Dravonie."

EN = [
    "Wire copy. Radim Kessler, director of the National Noise Authority of Dravonia, said: “Our sensors record "
    "wake-ups every night.”",
    "“Our sensors record wake-ups every night,” said Radim Kessler, head of the National Noise Observatory of "
    "Dravonia.",
    "09:40 — Radim Kessler, who directs the National Acoustics Institute of Dravonia, told the panel: “The "
    "maps will be public.”",
    "In this issue. Radim Kessler, chief engineer at the National Noise Agency of Dravonia, was blunt: “Airports "
    "are not the whole story,” he said.",
    "After the questions, Radim Kessler, director of the Dravonia National Noise Office, answered: “We publish every reading.”",
    "Statement. Radim Kessler, head of the National Quiet Areas Board of Dravonia, told delegates: “Two winters "
    "are enough for the survey.”",
]
FR = [
    f"Dépêche. Radim Kessler, directeur de l’Observatoire national du bruit de Dravonie, a déclaré{NB}: «{NB}Nos "
    f"capteurs enregistrent des réveils chaque nuit.{NB}»",
    f"«{NB}Nos capteurs enregistrent des réveils chaque nuit{NB}», affirme Radim Kessler, directeur de l’Agence "
    f"nationale du bruit de Dravonie.",
    f"9 h 40 — Radim Kessler, ingénieur en chef de l’Institut national d’acoustique de Dravonie, a prévenu{NB}: "
    f"«{NB}Les cartes seront publiques.{NB}»",
    f"Dans ce numéro. Radim Kessler, directeur de l’Office national des zones calmes de Dravonie, a tranché{NB}: "
    f"«{NB}Les aéroports ne sont pas toute l’histoire.{NB}»",
    f"Entretien. Radim Kessler, responsable de l’Observatoire national du bruit de Dravonie, a répondu{NB}: "
    f"«{NB}Nous publions chaque mesure.{NB}»",
    f"Communiqué. Radim Kessler, directeur de la Régie nationale du bruit de Dravonie, a dit aux délégués{NB}: "
    f"«{NB}Deux hivers suffisent pour l’enquête.{NB}»",
]


@pytest.mark.parametrize("text, lang, minister",
                         [(t, "en", MINISTER_EN) for t in EN] + [(t, "fr", MINISTER_FR) for t in FR])
def test_the_head_of_a_national_body_speaks_for_the_state(text, lang, minister):
    _m, doc = settled_kit(("minister", lang, minister), ("doc", lang, text))
    q = next(q for q in doc if q.kind == "quote")
    assert q.speaker == "Radim Kessler"
    assert q.organisation in ("Dravonia", "Dravonie")


def test_an_international_body_is_not_national():
    _m, doc = settled_kit(("minister", "en", MINISTER_EN), (
        "doc", "en", "“Our sensors record wake-ups,” said Radim Kessler, director of the International Noise "
                     "Agency of Dravonia."))
    assert doc[0].organisation.startswith("International Noise Agency")
