"""A slogan in quotation marks that opens a headline set in capitals, before the rest of the headline (« « DES
QUAIS SÛRS, PAS DES DISCOURS » : LES DOCKERS INTERPELLENT LA CONFÉRENCE », "“NO SHADE, NO WORK”: PICKERS MARCH
ON THE PLENARY"), is what the headline carries, a title, when nobody is said to have said it. A quotation in a
headline that names its speaker, or a slogan in lower case in the text, keeps its reading.
"""

from __future__ import annotations

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG, quotes


def _kept(text: str) -> list[str]:
    return [q.text for q in extract_quotes([text], default_organisation=ORG) if q.kind == "quote"]


def test_a_french_release_s_headline_slogan_is_no_quotation():
    text = (f"SYNDICAT DES DOCKERS DE PORT-AVELINE\nCommuniqué de presse\n\n"
            f"«{NB}DES QUAIS SÛRS, PAS DES DISCOURS{NB}» : LES DOCKERS INTERPELLENT LA CONFÉRENCE\n\n"
            f"«{NB}Nous ne déchargerons plus sous les grues sans frein{NB}», a déclaré Maëlle Rocard-Diop, secrétaire "
            f"générale du syndicat.")
    assert _kept(text) == ["Nous ne déchargerons plus sous les grues sans frein"]


def test_an_english_newsletter_s_headline_slogan_is_no_quotation():
    text = ("# “NO SHADE, NO WORK”: PICKERS MARCH ON THE PLENARY\n\n"
            "“We walked here from the orchards,” said Tobiah Kessendorf, a picker from the valley.")
    assert _kept(text) == ["We walked here from the orchards,"]


def test_near_miss_a_headline_that_names_its_speaker_keeps_the_quotation():
    qs = quotes("## KESSENDORF: “WE WILL NOT PICK IN THE AFTERNOON”\n\n"
                "Tobiah Kessendorf, a picker from the valley, spoke to the plenary on Tuesday.")
    assert [q.speaker for q in qs] == ["Tobiah Kessendorf"]


def test_near_miss_a_sentence_in_capitals_with_its_stop_keeps_its_reading():
    text = "“NO SHADE, NO WORK.” That was Tobiah Kessendorf, speaking to the plenary."
    assert [q.speaker for q in quotes(text)] == ["Tobiah Kessendorf"]
