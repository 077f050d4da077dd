"""A treaty's secretary speaks for its secretariat. Where the finder has to make the secretariat's name up from
her role ("executive secretary of the Harwick Accord" gives "Harwick Accord Secretariat") and another document
of the kit writes that secretariat's name its own way ("the Harwick Secretariat", "the Secretariat of the
Harwick Accord", « le Secrétariat de Harwick »), the kit's written name is the body: a name nobody wrote is no
name a journalist can check. Written for these tests, in English and French; the per-kit table of
secretariats is read once a kit.
"""

from __future__ import annotations

import pytest

from presskit.quotes.entities import Organisations
from presskit.quotes.treatybodies import full_secretariat, secretariats_of_kit
from tests.quotes.finding import NB, settled_kit

WRITTEN_EN = [
    ("en", "A senior official of the Harwick Secretariat said that “the template will change in May”."),
    ("en", "The Harwick Secretariat said in a note to Parties that “the template will change in May”."),
]
WRITTEN_FR = [
    ("fr", "Un haut fonctionnaire du Secrétariat de Harwick a assuré que « le modèle changera en mai »."),
    ("fr", f"Selon le Secrétariat de Harwick, «{NB}le modèle changera en mai{NB}»."),
]
SECRETARY_EN = [
    "Ana Velt, executive secretary of the Harwick Accord, told the plenary: “No Party has reported a seizure.”",
    "“No Party has reported a seizure,” said Ana Velt, the executive secretary of the Harwick Accord.",
    "10:05 — Ana Velt, Executive Secretary of the Harwick Accord, opened the day: “No Party has reported a seizure.”",
    "Q: Who is counting? A: Ana Velt, executive secretary of the Harwick Accord, put it simply: “No Party has "
    "reported a seizure.”",
    "In a newsletter to delegates, Ana Velt, deputy executive secretary of the Harwick Accord, wrote: “No Party "
    "has reported a seizure.”",
    "Ana Velt, the acting executive secretary of the Harwick Accord, was blunt with reporters: “No Party has "
    "reported a seizure.”",
]
SECRETARY_FR = [
    "Ana Velt, secrétaire exécutive de l'Accord de Harwick, a déclaré : « Aucune Partie n'a signalé de saisie. »",
    f"«{NB}Aucune Partie n'a signalé de saisie{NB}», a dit Ana Velt, secrétaire exécutive de l'Accord de Harwick.",
    "10 h 05 — Ana Velt, secrétaire exécutive de l'Accord de Harwick, a ouvert la journée : « Aucune Partie n'a "
    "signalé de saisie. »",
    "Pour Ana Velt, secrétaire exécutive de l'Accord de Harwick, « aucune Partie n'a signalé de saisie ».",
    "Dans sa lettre aux délégués, Ana Velt, secrétaire exécutive adjointe de l'Accord de Harwick, écrit : « Aucune "
    "Partie n'a signalé de saisie. »",
    "Ana Velt, secrétaire exécutive par intérim de l'Accord de Harwick, a prévenu : « Aucune Partie n'a signalé "
    "de saisie. »",
]


@pytest.mark.parametrize("text", SECRETARY_EN)
@pytest.mark.parametrize("written", WRITTEN_EN)
def test_an_english_secretary_s_body_is_the_name_the_kit_writes(text, written):
    _, (q,) = settled_kit(("w",) + written, ("s", "en", text))
    assert (q.speaker, q.organisation) == ("Ana Velt", "Harwick Secretariat")


@pytest.mark.parametrize("text", SECRETARY_FR)
@pytest.mark.parametrize("written", WRITTEN_FR)
def test_a_french_secretary_s_body_is_the_name_the_kit_writes(text, written):
    _, (q,) = settled_kit(("w",) + written, ("s", "fr", text))
    assert (q.speaker, q.organisation) == ("Ana Velt", "Secrétariat de Harwick")


def test_the_secretariat_of_the_treaty_written_in_full_in_english():
    written = ("w", "en", "The Secretariat of the Harwick Accord said that “the template will change in May”.")
    _, (q,) = settled_kit(written, ("s", "en", SECRETARY_EN[0]))
    assert q.organisation == "Secretariat of the Harwick Accord"


def test_a_name_the_kit_writes_in_the_other_language_only_leaves_the_made_one():
    _, (q,) = settled_kit(("w",) + WRITTEN_FR[0], ("s", "en", SECRETARY_EN[0]))
    assert q.organisation == "Harwick Accord Secretariat"


def test_another_treaty_s_written_secretariat_is_not_taken():
    other = ("w", "en", "A senior official of the Dunmore Secretariat said that “the template will change in May”.")
    _, (q,) = settled_kit(other, ("s", "en", SECRETARY_EN[0]))
    assert q.organisation == "Harwick Accord Secretariat"


def test_the_kit_s_secretariats_are_read_once_by_their_treaty_s_own_words():
    orgs = Organisations()
    table = secretariats_of_kit(orgs, ["Esterlune Protocol Secretariat", "Secrétariat du Protocole d'Esterlune",
                                       "Protocol Secretariat", "Harbour Coalition"])
    assert table == {frozenset({"esterlune"}): ["Esterlune Protocol Secretariat",
                                                "Secrétariat du Protocole d'Esterlune"]}
    assert full_secretariat("Protocol Secretariat", table, orgs, "en") == "Esterlune Protocol Secretariat"
    assert full_secretariat("secrétariat du Protocole", table, orgs, "fr") == "Secrétariat du Protocole d'Esterlune"
    assert full_secretariat("Convention Secretariat", table, orgs, "en") == ""
