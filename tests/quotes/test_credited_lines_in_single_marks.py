"""A credited line in British single marks after a colon, "Quote of the day: ‘…’ — NAME, ORG", is a quotation
of the person the dash credits, as newsletters, live blogs and features set a quote of the day or a pull quote.
Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

#: (text, the quotation's first words, the speaker)
CASES = [
    ("**Quote of the day:** ‘You cannot bargain with a river’ — Ilse Marwood-Tan, Network of Delta Farmers",
     "You cannot bargain", "Ilse Marwood-Tan"),
    ("Quote of the day: ‘A fund without money is a slogan’ — Karim Belloumi, Harbour Coalition",
     "A fund without money", "Karim Belloumi"),
    ("The session closed at midnight.\n\nPull quote: ‘We came for a date and we leave with one’ – Ana Ferreira-Lund",
     "We came for a date", "Ana Ferreira-Lund"),
    ("## 18:40 — Words of the day: ‘Nobody in that room has lagged a pipe’ — Tomas Eriksen, retired lagger",
     "Nobody in that room", "Tomas Eriksen"),
    ("Q: Which line stays with you? A: This one: ‘The dust came home on his clothes’ — Maria Olufemi",
     "The dust came home", "Maria Olufemi"),
    ("In our statement today: ‘Every exemption is a decision about whose lungs count’ — Sofia Lindqvist, director",
     "Every exemption is", "Sofia Lindqvist"),
    (f"**Citation du jour{NB}:** ‘On ne négocie pas avec une fibre’ — Odile Verlaque, Réseau des veuves",
     "On ne négocie pas", "Odile Verlaque"),
    (f"Citation du jour{NB}: ‘Un fonds sans argent est un slogan’ — Karim Belloumi, Coalition du port",
     "Un fonds sans argent", "Karim Belloumi"),
    (f"La séance a été levée à minuit.\n\nEn exergue{NB}: ‘Nous sommes venus chercher une date’ – Ana Ferreira-Lund",
     "Nous sommes venus", "Ana Ferreira-Lund"),
    (f"## 18 h 40 — Le mot du jour{NB}: ‘Personne dans cette salle n’a calorifugé un tuyau’ — Tomas Eriksen",
     "Personne dans cette salle", "Tomas Eriksen"),
    (f"Q{NB}: Quelle phrase vous reste{NB}? R{NB}: Celle-ci{NB}: ‘La poussière rentrait sur ses habits’ — Maria Olufemi",
     "La poussière rentrait", "Maria Olufemi"),
    (f"Dans notre déclaration{NB}: ‘Chaque dérogation décide quels poumons comptent’ — Sofia Lindqvist, directrice",
     "Chaque dérogation", "Sofia Lindqvist"),
]


@pytest.mark.parametrize("text, start, speaker", CASES)
def test_a_credited_line_in_single_marks_is_its_person_s_quotation(text, start, speaker):
    found = [(q.text[:len(start)], q.speaker) for q in quotes(text)]
    assert (start, speaker) in found
