"""A trade's or a profession's guild or confederation is a body, as a federation or a union is: its spokesman
by a possessive ("Its spokesman, NAME, said: “…”", « Son porte-parole, NAME, a ajouté : « … » »), its label in a
reactions list ("Guild of X (statement): "…"") and « À la Guilde …, on le dit sans détour : « … » » give it.

A person's "his" is no body, and a guild's name is never made from a place.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

_EN = [
    ("The Guild of River Pilots opposes the levy. Its spokesman, Tomas Brell-Ado, said on Monday: “A levy punishes "
     "the pilot who reports a wreck and spares the one who hides it.”", "Guild of River Pilots"),
    ("**10:40** — The Confederation of Inland Boatmen walked out. Its chair, Tomas Brell-Ado, told reporters: “We "
     "will come back when the levy is gone.”", "Confederation of Inland Boatmen"),
    ("Guild of River Pilots (statement): \"The Guild welcomes the removal of the levy and will work with the "
     "ports on a voluntary scheme.\"", "Guild of River Pilots"),
]
_FR = [
    (f"La Guilde des pilotes fluviaux qualifie la taxe de «{NB}impôt sur l’honnêteté{NB}». Son porte-parole, Tomas "
     f"Brell-Ado, a décliné l’invitation. «{NB}Nous débattrons en séance, pas sur une estrade{NB}», a-t-il fait "
     f"savoir.", "Guilde des pilotes fluviaux"),
    (f"La Guilde des pilotes fluviaux a publié un communiqué. Son porte-parole, Tomas Brell-Ado, a ajouté{NB}: "
     f"«{NB}Nous ne sommes pas les ennemis des mariniers{NB}».", "Guilde des pilotes fluviaux"),
    (f"À la Guilde des pilotes fluviaux, on le dit sans détour{NB}: «{NB}la taxe fera fuir les pilotes "
     f"honnêtes{NB}».", "Guilde des pilotes fluviaux"),
]


@pytest.mark.parametrize("text, body", _EN + _FR)
def test_a_guild_speaks_through_its_people_and_its_statements(text, body):
    qs = [q for q in quotes(text) if len(q.text) > 30]
    assert qs, text
    assert all(q.organisation == body for q in qs), [(q.text, q.organisation) for q in qs]


def test_his_guild_is_not_a_person_s_body_when_no_guild_is_named():
    text = ("Tomas Brell-Ado left the port at dawn. His boat, the Morning Guild, was late. “We will come back when "
            "the levy is gone,” he said.")
    q = next(q for q in quotes(text) if "levy" in q.text)
    assert q.speaker == "Tomas Brell-Ado"
    assert "Guild" not in q.organisation
