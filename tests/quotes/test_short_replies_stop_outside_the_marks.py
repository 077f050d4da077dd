"""A short reply after a verb of saying and a colon is a quotation also when its full stop stands outside the
marks, as many British and French writers put it ("The coalition answered: “Then sign first”.", « Un délégué nous
a dit : « nos vergers d’abord ». »), whoever says it: a body, an unnamed delegate or a person. A short phrase
nobody is said to say stays a scare quote. Written for these tests, in English and French, as different press
writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

EN = [  # (text, words, speaker, organisation)
    ("Velmora's envoy said the text was late. The coalition answered: “Then table it”.", "Then table it", "", ORG),
    ("Asked about the fund, a delegate from the north replied: “Not this year”.", "Not this year", "", ""),
    ("Asked at the briefing whether it would sign, the Tidewater Agency replied: “Only with a date”.", "Only with a date", "",
     "Tidewater Agency"),
    ("Ana Lind, who chairs the working group, told the Daily: “Tomorrow, maybe”.", "Tomorrow, maybe", "Ana Lind", ""),
    ("The ministers argued until midnight. A Velmoran adviser said: “never before 2035”.", "never before 2035", "",
     ""),
    ("In a one-line statement, the Tidewater Agency added: “Science first”. Nothing else was said.", "Science first",
     "", "Tidewater Agency"),
]
FR = [
    (f"L’envoyé velmoran a jugé le texte tardif. La coalition a répondu{NB}: «{NB}Alors déposez-le{NB}».",
     "Alors déposez-le", "", ORG),
    (f"Interrogé sur le fonds, un délégué venu de loin a répondu{NB}: «{NB}Pas cette année{NB}».", "Pas cette année", "", ""),
    (f"Interrogée au point de presse, l’Agence des marées a répondu{NB}: «{NB}Seulement avec une date{NB}».",
     "Seulement avec une date", "", "Agence des marées"),
    (f"Ana Lind, qui préside le groupe de travail, a tranché{NB}: «{NB}Demain, peut-être{NB}».", "Demain, peut-être",
     "Ana Lind", ""),
    (f"Les ministres ont débattu jusqu’à minuit. Un conseiller velmoran nous a dit{NB}: «{NB}jamais avant 2035{NB}».",
     "jamais avant 2035", "", ""),
    (f"Dans un communiqué d’une ligne, l’Agence des marées a ajouté{NB}: «{NB}La science d’abord{NB}». Rien de plus.",
     "La science d’abord", "", "Agence des marées"),
]


def _check(text, words, speaker, org, lang):
    qs = quotes(text, language=lang, own_voice=False, known_organisations=("Tidewater Agency", "Agence des marées"))
    got = [(q.speaker, q.organisation) for q in qs if q.text.rstrip(".") == words]
    assert got == [(speaker, org)], [(q.text, q.speaker, q.organisation) for q in qs]


@pytest.mark.parametrize("text,words,speaker,org", EN)
def test_english_short_reply_with_its_stop_outside_the_marks(text, words, speaker, org):
    _check(text, words, speaker, org, "en")


@pytest.mark.parametrize("text,words,speaker,org", FR)
def test_french_short_reply_with_its_stop_outside_the_marks(text, words, speaker, org):
    _check(text, words, speaker, org, "fr")


@pytest.mark.parametrize("text", [
    "Some delegates now call the draft the “empty hive”. The session resumed.",
    f"Le Bureau parle désormais de «{NB}charge toxique{NB}». La séance a repris.",
    "The slogan “Hedges not doses” was everywhere.",
    f"Le mot-dièse «{NB}#HaiesPasDoses{NB}» a circulé.",
])
def test_a_short_phrase_nobody_says_stays_out(text):
    assert quotes(text, own_voice=False) == []
