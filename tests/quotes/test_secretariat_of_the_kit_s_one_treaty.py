"""The executive secretary of "the Convention", in a kit whose event is the conference of one convention and that
writes no name for its secretariat, speaks for the secretariat of that convention, named as a reader would name
it ("Harrowgate Convention Secretariat", « secrétariat de la Convention de Harrowgate »), not for a
"Convention Secretariat" the finder composes."""

from __future__ import annotations

import pytest

from presskit.model import Item, KitInfo
from presskit.quotes.settle import quotes_of_item, settle_attribution

EVENT = "First Conference of the Parties to the Quillmoor Convention on Mine Waste"

CASES = [
    ("en", "The Convention's executive secretary, Anouk Delorme-Baptiste, said a fund was \"the only honest answer\" "
           "to the problem, and added: “We can start on Monday.”", "Quillmoor Convention Secretariat"),
    ("en", "“The secretariat is ready; it is waiting for a mandate,” said Anouk Delorme-Baptiste, executive secretary "
           "of the Convention.", "Quillmoor Convention Secretariat"),
    ("en", "14:10 — The executive secretary of the Convention, Anouk Delorme-Baptiste, tells the room: “The register "
           "can be hosted from January.”", "Quillmoor Convention Secretariat"),
    ("en", "Q: Is the secretariat ready?\n\nAnouk Delorme-Baptiste, the Convention's executive secretary, was clear: "
           "“We are ready when the Parties are.”", "Quillmoor Convention Secretariat"),
    ("en", "In her closing remarks, the executive secretary of the Convention, Anouk Delorme-Baptiste, said: “The "
           "work starts on Monday.”", "Quillmoor Convention Secretariat"),
    ("en", "Anouk Delorme-Baptiste, executive secretary of the Convention, told this newsletter: “Every Party will "
           "report within a year.”", "Quillmoor Convention Secretariat"),
    ("fr", "« Le secrétariat se mettra au travail dès lundi », a assuré la secrétaire exécutive de la Convention, "
           "Anouk Delorme-Baptiste.", "secrétariat de la Convention de Quillmoor"),
    ("fr", "« Le secrétariat est prêt ; il attend un mandat », a indiqué Anouk Delorme-Baptiste, secrétaire exécutive "
           "de la Convention.", "secrétariat de la Convention de Quillmoor"),
    ("fr", "14 h 10 — La secrétaire exécutive de la Convention, Anouk Delorme-Baptiste, l'annonce : « Le registre "
           "peut être hébergé dès janvier. »", "secrétariat de la Convention de Quillmoor"),
    ("fr", "Anouk Delorme-Baptiste, secrétaire exécutive de la Convention, a été claire : « Nous serons prêts quand "
           "les Parties le seront. »", "secrétariat de la Convention de Quillmoor"),
    ("fr", "Dans son discours de clôture, la secrétaire exécutive de la Convention, Anouk Delorme-Baptiste, a déclaré : "
           "« Le travail commence lundi. »", "secrétariat de la Convention de Quillmoor"),
    ("fr", "Anouk Delorme-Baptiste, secrétaire exécutive de la Convention, a confié à ce bulletin : « Chaque Partie "
           "rendra compte dans l'année. »", "secrétariat de la Convention de Quillmoor"),
]


def _settled(lang: str, text: str, event: str) -> list:
    item = Item(id="doc", path="doc.md", sha256="", bytes=0, media="text", language=lang)
    pending = [(item, quotes_of_item(item, [text], "Road Coalition"))]
    settle_attribution(pending, KitInfo(event=event))
    return [q for q in pending[0][1] if q.kind == "quote" and q.speaker]


@pytest.mark.parametrize("lang, text, body", CASES)
def test_the_convention_s_executive_secretary_speaks_for_its_secretariat(lang, text, body):
    qs = _settled(lang, text, EVENT)
    assert qs and [q.organisation.lower() for q in qs] == [body.lower()] * len(qs)


def test_two_conventions_leave_the_short_name():
    qs = _settled("en", CASES[1][1], EVENT + " and the Brightwater Convention")
    assert qs and "Quillmoor" not in qs[0].organisation and "Brightwater" not in qs[0].organisation
