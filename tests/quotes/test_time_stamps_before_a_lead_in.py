"""A live blog's time stamp at the head of an entry ("**11:30** — A delegate told us: “…”.", « 16 h 20 — Une
porte-parole de l'Office a dit : « … ». ») is not part of the sentence: the unnamed source, the body or the
publisher after it is the source, as without the stamp, also when the full stop stands outside the marks.
Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

EN = [  # (text, organisation): nobody named
    ("**09:45** — A Velmoran negotiator told us: “Velmora will not sign a text without a date”.", "Velmora"),
    ("10.15 – A spokesman for the Tidewater Agency said: “Our survey will be out on Friday”.", "Tidewater Agency"),
    ("**13:05** — The coalition: “Today the plenary chose delay over action”.", ORG),
    ("14:40 | The Tidewater Agency said in a statement: “A budget without a date is a budget lost”.",
     "Tidewater Agency"),
    ("**[16:20]** A Velmoran delegate, leaving the hall, said: “Velmora needs more time on the annex”.", "Velmora"),
    ("UPDATE 18:55 — A spokeswoman for the Tidewater Agency told reporters: “The numbers will not change”.",
     "Tidewater Agency"),
]
FR = [
    (f"**09 h 45** — Un négociateur velmoran nous a dit{NB}: «{NB}La Velmorie ne signera pas sans date{NB}».", "Velmorie"),
    (f"10h15 – Une porte-parole de l’Agence des marées a indiqué{NB}: «{NB}Notre étude paraîtra vendredi{NB}».",
     "Agence des marées"),
    (f"**13:05** — La coalition{NB}: «{NB}La plénière a choisi d’attendre, pas d’agir{NB}».", ORG),
    (f"14 h 40 | L’Agence des marées a déclaré dans un communiqué{NB}: «{NB}Un budget sans date est perdu{NB}».",
     "Agence des marées"),
    (f"**16h20** — Un délégué velmoran, en sortant de la salle, a glissé{NB}: «{NB}Il nous faut plus de temps{NB}».",
     "Velmorie"),
    (f"18 h 55 — Une porte-parole de l’Agence des marées a déclaré{NB}: «{NB}Les chiffres ne changeront pas{NB}».",
     "Agence des marées"),
]


def _kit_context(lang: str) -> str:
    # the kit's State, so that its adjective means it
    return ("Velmora has asked for more time.\n\n" if lang == "en" else "La Velmorie a demandé plus de temps.\n\n")


@pytest.mark.parametrize("text,org", EN)
def test_english_time_stamp_before_an_unnamed_source_or_a_body(text, org):
    qs = quotes(_kit_context("en") + text, language="en", own_voice=False, known_organisations=("Tidewater Agency",))
    assert [(q.speaker, q.organisation) for q in qs] == [("", org)]


@pytest.mark.parametrize("text,org", FR)
def test_french_time_stamp_before_an_unnamed_source_or_a_body(text, org):
    qs = quotes(_kit_context("fr") + text, language="fr", own_voice=False,
                known_organisations=("Agence des marées",))
    assert [(q.speaker, q.organisation) for q in qs] == [("", org)]


@pytest.mark.parametrize("text", [
    "**11:10** — Ana Lind of the Tidewater Agency told us: “The survey comes first, the budget after”.",
    f"11 h 10 — Ana Lind, de l’Agence des marées, nous a dit{NB}: «{NB}L’étude d’abord, le budget ensuite{NB}».",
])
def test_a_person_after_a_time_stamp_still_speaks(text):
    [q] = quotes(text, own_voice=False, known_organisations=("Tidewater Agency", "Agence des marées"))
    assert q.speaker == "Ana Lind" and q.organisation in ("Tidewater Agency", "Agence des marées")


@pytest.mark.parametrize("text,speaker,org", [
    ("**12:40** — Heard from a Velmoran delegate in the coffee queue: “We are not the ones blocking this”.", "",
     "Velmora"),
    ("Overheard from a spokesman for the Tidewater Agency at lunch: “The survey is late, not lost.”", "",
     "Tidewater Agency"),
    ("Heard from Ana Lind, of the Tidewater Agency, on the stairs: “The survey comes first.”", "Ana Lind",
     "Tidewater Agency"),
    (f"12 h 40 — Entendu auprès d’un délégué velmoran, dans la file du café{NB}: «{NB}Ce n’est pas nous qui bloquons{NB}».",
     "", "Velmorie"),
    (f"Entendu de la bouche d’une porte-parole de l’Agence des marées{NB}: «{NB}L’étude est en retard, pas perdue.{NB}»",
     "", "Agence des marées"),
    (f"Glané auprès d’Ana Lind, qui dirige l’Agence des marées{NB}: «{NB}L’étude d’abord, le budget ensuite.{NB}»",
     "Ana Lind", None),
])
def test_words_heard_from_someone_are_theirs(text, speaker, org):
    lang = "fr" if "«" in text else "en"
    qs = quotes(_kit_context(lang) + text, language=lang, own_voice=False,
                known_organisations=("Tidewater Agency", "Agence des marées"))
    assert [(q.speaker, q.organisation if org is not None else None) for q in qs] == [(speaker, org)]
