"""A fragment in lower case is a quotation of the person the sentence gives it to: after "According to NAME,
ROLE, whose …," / « Selon NAME, ROLE, dont …, » (two appositions between the name and the words), and after the
speaker's own words of an earlier day (« Comme je le disais déjà à Genève, « … » », "As I was saying in
Geneva, “…”"). Written for these tests, in English and French, as different press writers would put them.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

WORDS_EN = "“drowning has become the first cause of death of small children in river villages”"
WORDS_FR = f"«{NB}la noyade est devenue la première cause de mort des petits enfants dans les villages{NB}»"

ACCORDING = [
    f"According to Dr Hafsa Omar, director-general of the Water Safety Agency, whose report is out today, {WORDS_EN}.",
    f"Wire copy. According to Hafsa Omar, the agency's director-general, who has run surveys in fourteen countries, "
    f"{WORDS_EN}.",
    f"09:40 — According to Hafsa Omar, head of the Water Safety Agency, {WORDS_EN}.",
    f"Newsletter. In the view of Hafsa Omar, the agency's director, whose figures the ministers now quote, {WORDS_EN}.",
    f"According to Professor Hafsa Omar, an epidemiologist at the Delta Institute, which ran the survey, {WORDS_EN}.",
    f"Statement. According to Hafsa Omar, our chief epidemiologist, who led the survey, {WORDS_EN}.",
    f"Selon la docteure Hafsa Omar, directrice générale de l’Agence de sécurité aquatique, dont le rapport paraît "
    f"aujourd’hui, {WORDS_FR}.",
    f"Dépêche. Selon Hafsa Omar, directrice de l’Agence, qui a mené des enquêtes dans quatorze pays, {WORDS_FR}.",
    f"10 h 40 — D’après Hafsa Omar, cheffe de l’Agence de sécurité aquatique, {WORDS_FR}.",
    f"Lettre d’information. Pour Hafsa Omar, épidémiologiste à l’Institut du Delta, qui a conduit l’enquête, "
    f"{WORDS_FR}.",
    f"Aux yeux de Hafsa Omar, directrice de l’Agence, dont les chiffres font foi, {WORDS_FR}.",
    f"Reportage. Selon la professeure Hafsa Omar, pédiatre, qui soigne des enfants du delta depuis vingt ans, "
    f"{WORDS_FR}.",
]


@pytest.mark.parametrize("text", ACCORDING)
def test_a_fragment_after_according_to_a_person_with_two_appositions_is_hers(text):
    [q] = quotes(text)
    assert q.speaker == "Hafsa Omar"


SAID_BEFORE = [
    f"Comme je le disais déjà à Genève, {WORDS_FR}.",
    f"Madame la Présidente, comme je le répétais l’an dernier, {WORDS_FR}.",
    f"Je le rappelais à Lormes{NB}: {WORDS_FR}.",
    f"Comme je l’écrivais dans ma lettre aux ministres, {WORDS_FR}.",
    f"Je le soulignais hier encore{NB}: {WORDS_FR}.",
    f"Comme je le déclarais à l’ouverture, {WORDS_FR}.",
]


@pytest.mark.parametrize("text", SAID_BEFORE)
def test_the_speaker_s_own_earlier_words_are_a_quotation(text):
    [q] = quotes(text, default_speaker="Séverine Malgouyres", own_voice=True)
    assert q.speaker in ("", "Séverine Malgouyres")  # hers or nobody's, never another person's
