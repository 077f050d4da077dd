"""A capitalised word that opens a sentence before a verb only a plural subject takes ("Locals call the place
“the harbour”", "Regulars say …", "Dockers still remember …") is a common noun, not a surname met alone: a
pronoun after it goes to the person the text is about, never to "Locals". A surname alone takes "calls", "says":
that near-miss keeps its reading. French writers put an article before such nouns (« Les habitués disent »), so
the French sentences check that the person stays the speaker. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes


def _of(text: str, words: str):
    return next(q for q in quotes(text) if words in q.text)


PLURAL = [
    # feature
    ("“Every plank here was a tree I knew,” says Tove Aaskjer, a boatbuilder in Lisvik.\n\nAaskjer has built "
     "boats for forty years. Locals call the shed “the chapel”. She works alone, she says.\n\n“The wood tells you "
     "where it wants to bend,” she adds.", "wood tells you", "Tove Aaskjer"),
    # newsletter
    ("Our member of the month is Harald Quist-Berge, who runs the ferry to Oddholm. Regulars say he has never "
     "missed a crossing. “The sea decides the timetable, not me,” he told us.", "sea decides", "Harald Quist-Berge"),
    # wire copy
    ("LISVIK (Wire) — Ingrid Saltvedt, the harbour master, opened the new quay on Monday. Dockers still remember "
     "the old one collapsing. “This one will outlast all of us,” she said.", "outlast all of us", "Ingrid Saltvedt"),
    # live blog
    ("**10:05** — Marit Oyelade-Fors, who chairs the fishers’ council, is on the quay. Skippers tell us the fuel "
     "price is the real story. “Nobody here talks about anything else,” she says.", "talks about anything",
     "Marit Oyelade-Fors"),
    # statement
    ("I thank Ambassador Nils Rydquist-Amo for his chairing. Delegates know how hard the week was. “We did not "
     "leave the room without a text,” he told me last night.", "without a text", "Nils Rydquist-Amo"),
]
FR = [
    (f"Tove Aaskjer construit des bateaux depuis quarante ans. Les habitués appellent l’atelier «{NB}la chapelle{NB}». "
     f"«{NB}Le bois vous dit où il veut plier{NB}», ajoute-t-elle.", "Le bois vous dit", "Tove Aaskjer"),
    (f"Harald Quist-Berge assure la liaison vers Oddholm. Les habitués disent qu’il n’a jamais manqué une traversée. "
     f"«{NB}C’est la mer qui fait l’horaire{NB}», nous a-t-il dit.", "la mer qui fait", "Harald Quist-Berge"),
]


@pytest.mark.parametrize("text, words, speaker", PLURAL + FR)
def test_a_plural_noun_before_a_plural_verb_is_nobody(text, words, speaker):
    q = _of(text, words)
    assert q.speaker == speaker, (q.speaker, q.attribution)


def test_a_surname_before_a_singular_verb_is_still_a_subject():
    """Near-miss: "Aaskjer says …" is a surname alone, read as the subject the pronoun goes to (the surname, for
    the kit to complete, as before)."""
    text = ("Tove Aaskjer builds boats in Lisvik. Ole Brandt, her apprentice, sands the hulls. Aaskjer says the "
            "wood is the teacher. “I only listen to it,” she said.")
    assert _of(text, "only listen").speaker == "Aaskjer"
