"""A body's name with "and" between capitalised words, in a speaker's apposition ("general secretary of the
International Union of Stone and Quarry Workers (IUSQW)", « secrétaire général du Syndicat des Carriers et
Tailleurs ») is one name, not cut at the "and".

An apposition that goes on into a clause with a lower-case word after "and" ("director of the Union, and reviewed
the method"), or into the next person ("of Veloria and Mr NAME of Mbalenga"), is still cut there. The sentences
are written for these tests, as a release, wire copy, a summary and a newsletter would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes

NB = "\u00a0"


def _one(text):
    qs = [q for q in extract_quotes([text], default_organisation="Road Coalition") if q.kind == "quote"]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize("text,body", [
    ("Pietra Vallonde, general secretary of the International Union of Kiln and Quarry Workers (IUKQW), spoke after "
     "her: “Our members did not choose this dust.”", "International Union of Kiln and Quarry Workers"),
    ("LONDRINA, Oct 4 (Courlis) - Pietra Vallonde, general secretary of the Federation of Kiln and Quarry Workers, "
     "said: “We will call a strike if the article falls.”", "Federation of Kiln and Quarry Workers"),
    (f"Pietra Vallonde, secrétaire générale de la Fédération des Fours et Carrières, a répondu{NB}: «{NB}Nous "
     f"appellerons à la grève si l’article tombe.{NB}»", "Fédération des Fours et Carrières"),
])
def test_a_name_with_and_between_capitals_is_one_name(text, body):
    assert _one(text).organisation == body


def test_an_apposition_going_on_into_a_clause_is_still_cut():
    q = _one("Pietra Vallonde, director of the Kiln Institute, and reviewed the method herself, said: “It holds.”")
    assert q.organisation == "Kiln Institute", q.organisation


def test_and_before_the_next_person_still_cuts():
    q = _one("The President said that consultations, chaired by Ms Liv Sandberg of Veloria and Mr Kofi Mensari of "
             "Mbalenga, would go on. Mensari, asked by the President to report, said the consultations had been "
             "“constructive, which in this building means slow”.")
    assert q.organisation == "Mbalenga", q.organisation
