"""A headline that gives its speaker's surname in capitals ("## AALVANG: “…”", « VARRIGAN : « … » », a PDF
newsletter's "Daily — Issue 2 ¶ OKAFOR-LUND: “…”") names that person, as in Title Case: the document or the kit
gives the full name. An acronym in capitals (one the text writes so elsewhere, or a body the kit knows) stays a
body, and a surname ending like a State's adjective ("Varrigan") is no State. Written for these tests, in
English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

NAMING_EN = ("naming", "en", "Ambassador Mirela Okafor-Lund of Velmora opened the session. “We came for a date,” "
             "said Mirela Okafor-Lund. Minister Tobias Harrigan spoke after her. “The fund comes next,” said Tobias Harrigan.")
NAMING_FR = ("nommer", "fr", f"L’ambassadrice Mirela Okafor-Lund a ouvert la séance. «{NB}Nous voulons une date{NB}», a "
             f"dit Mirela Okafor-Lund. Le ministre Tobias Harrigan a parlé ensuite. «{NB}Le fonds viendra après{NB}», a dit "
             "Tobias Harrigan.")

EN = [  # (text, speaker)
    ("# Tidewater Daily — Issue 2\n\n## OKAFOR-LUND: “No text without a date”\n\nThe ambassador spoke first.",
     "Mirela Okafor-Lund"),                                                                      # newsletter
    ("Tidewater Daily — Issue 3\nHARRIGAN: “The fund cannot wait another year”\nThe minister spoke at noon.",
     "Tobias Harrigan"),                                                                         # PDF newsletter
    ("## HARRIGAN: “We will table the amendment ourselves”\n\nTobias Harrigan told a side event that limits "
     "must come first.", "Tobias Harrigan"),                                                     # feature
    ("**HARRIGAN**: “Limits first, then the fund”\n\nA short exchange at the door.", "Tobias Harrigan"),  # live blog
    ("# Wire round-up\n\nOKAFOR-LUND: “Velmora will sign on Friday”\n\nThe ambassador said so twice.",
     "Mirela Okafor-Lund"),                                                                      # wire copy
    ("### HARRIGAN: “Our farmers will not wait”\n\nThe statement was read in plenary.", "Tobias Harrigan"),  # statement
]
FR = [
    (f"# Veille — numéro 2\n\n## OKAFOR-LUND{NB}: «{NB}Pas de texte sans date{NB}»\n\nL’ambassadrice a parlé.",
     "Mirela Okafor-Lund"),
    (f"Veille quotidienne — numéro 3\nHARRIGAN{NB}: «{NB}Le fonds ne peut pas attendre{NB}»\nLe ministre a parlé à midi.",
     "Tobias Harrigan"),
    (f"## HARRIGAN{NB}: «{NB}Nous déposerons l’amendement nous-mêmes{NB}»\n\nTobias Harrigan a parlé en marge de la "
     "séance.", "Tobias Harrigan"),
    (f"**HARRIGAN**{NB}: «{NB}Les seuils d’abord, le fonds ensuite{NB}»\n\nUn bref échange à la porte.", "Tobias Harrigan"),
    (f"# Revue de presse\n\nOKAFOR-LUND{NB}: «{NB}La Velmorie signera vendredi{NB}»\n\nL’ambassadrice l’a répété.",
     "Mirela Okafor-Lund"),
    (f"### HARRIGAN{NB}: «{NB}Nos agriculteurs n’attendront pas{NB}»\n\nLa déclaration a été lue en plénière.",
     "Tobias Harrigan"),
]


@pytest.mark.parametrize("text,speaker", EN)
def test_english_headline_surname_in_capitals(text, speaker):
    _naming, doc = settled_kit(NAMING_EN, ("doc", "en", text))
    assert [q.speaker for q in doc if q.kind == "quote"] == [speaker]


@pytest.mark.parametrize("text,speaker", FR)
def test_french_headline_surname_in_capitals(text, speaker):
    _naming, doc = settled_kit(NAMING_FR, ("doc", "fr", text))
    assert [q.speaker for q in doc if q.kind == "quote"] == [speaker]


@pytest.mark.parametrize("text", [
    "## TIDAL: “The survey will be out on Friday”\n\nTIDAL, the agency, said it twice.",
    f"## MAREE{NB}: «{NB}L’étude paraîtra vendredi{NB}»\n\nMAREE l’a redit en séance.",
])
def test_an_acronym_the_text_writes_in_capitals_is_nobody(text):
    _naming, doc = settled_kit(NAMING_EN, ("doc", "en", text))
    assert not [q.speaker for q in doc if q.speaker]
