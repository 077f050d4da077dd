"""The name is the person's own, not what stands before it: a medium of two or three capitalised words told the
words between an inverted French verb and its subject (« a déclaré à Nordis Presse NAME SURNAME, astronome de
… »: Nordis Presse is whom she told, not part of her name), and a trade opening a caption before the name
("Technician NAME of the X Institute checks …", « Technicienne NAME … »). A one-word medium and a full name after
a place are read as before. Written for these tests, in the forms of wires and photo captions.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one

CASES = [
    ("« Sur nos plaques de l’an dernier, une photo sur cinq est rayée », a déclaré à Nordis Presse Aminata Brel, "
     "astronome de la Société astronomique de Kessa.", "fr", "Aminata Brel"),
    ("« Nos filets reviennent vides », a confié à Radio Tavre Info Jean Kessa, pêcheur de Vailo.", "fr",
     "Jean Kessa"),
    ("Technician Boubacar Niua of the Kessa Institute for Orbital Tracking checks the dome of a telescope. “On a "
     "clear night I log two hundred objects,” Niua says.", "en", "Boubacar Niua"),
    ("Astronomer Ana Brel shows a long exposure of the sky. “My students read the stars through a barcode,” "
     "says Brel.", "en", "Ana Brel"),
]


@pytest.mark.parametrize("text,lang,speaker", CASES)
def test_the_name_without_the_medium_or_the_trade(text, lang, speaker):
    assert one(text, language=lang).speaker == speaker


NEAR_MISSES = [
    ("« Nos filets reviennent vides », a déclaré à Belga Jean Kessa, pêcheur.", "fr", "Jean Kessa"),
    ("« Nos filets reviennent vides », a déclaré à Ouagadougou Aminata Brel, pêcheuse.", "fr", "Aminata Brel"),
    ("Ambassador Lagi Semu of Malota told the session: “We are not asking anyone to stop launching.”", "en",
     "Lagi Semu"),
]


@pytest.mark.parametrize("text,lang,speaker", NEAR_MISSES)
def test_near_miss_a_one_word_medium_or_a_title(text, lang, speaker):
    assert one(text, language=lang).speaker == speaker
