"""Whom a person speaks for is a body, not the town she is mayor of, nor the meeting at which she spoke: "mayor
of Port-Ilse and president of the Harbour Towns Union" speaks for the Union; "mayor of Port-Ilse" alone for no
body the sentence names (the kit may know hers); "At the close of the X Conference, NAME said" gives no body.
Written for these tests, in English and French, as different press writers put it.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, one, settled_kit

Q_EN = "“A harbour needs light to be safe, not to be seen from the sky.”"
Q_FR = f"«{NB}Un port a besoin de lumière pour être sûr, pas pour être vu du ciel.{NB}»"

TWO_ROLES = [
    ("en", f"{Q_EN[:-2]},” said Maud Kerhervé, mayor of Port-Ilse and president of the Harbour Towns Union."),  # release
    ("en", f"Maud Kerhervé, mayor of Port-Ilse and chair of the Harbour Towns Union, told reporters: {Q_EN}"),  # wire
    ("en", f"Maud Kerhervé, the mayor of Port-Ilse and head of the Harbour Towns Union, was blunt: {Q_EN}"),  # feature
    ("en", f"14:05 — Maud Kerhervé, mayor of Port-Ilse and spokeswoman of the Harbour Towns Union: {Q_EN}"),  # live blog
    ("en", f"{Q_EN[:-2]},” Maud Kerhervé, mayor of Port-Ilse and founder of the Harbour Towns Union, said."),  # newsletter
    ("en", f"Maud Kerhervé, mayor of Port-Ilse and coordinator of the Harbour Towns Union, said: {Q_EN}"),  # statement
    ("fr", f"{Q_FR[:-2]}{NB}», a déclaré Maud Kerhervé, maire de Port-Ilse et présidente de l’Union des ports."),
    ("fr", f"Maud Kerhervé, maire de Port-Ilse et porte-parole de l’Union des ports, a résumé : {Q_FR}"),
    ("fr", f"Maud Kerhervé, mairesse de Port-Ilse et coordinatrice de l’Union des ports, a lancé : {Q_FR}"),
    ("fr", f"14 h 05 — Maud Kerhervé, maire de Port-Ilse et fondatrice de l’Union des ports : {Q_FR}"),
    ("fr", f"{Q_FR[:-2]}{NB}», affirme Maud Kerhervé, maire de Port-Ilse et secrétaire de l’Union des ports."),
    ("fr", f"Maud Kerhervé, la maire de Port-Ilse et directrice de l’Union des ports, a dit : {Q_FR}"),
]


@pytest.mark.parametrize("lang,text", TWO_ROLES)
def test_a_mayor_who_heads_a_body_speaks_for_the_body(lang, text):
    q = one(text, language=lang, own_voice=False)
    assert q.speaker == "Maud Kerhervé"
    assert q.organisation in ("Harbour Towns Union", "Union des ports")
    assert "Port-Ilse" in q.role  # the town stays in her role


MAYOR_ONLY = [
    ("en", f"{Q_EN[:-2]},” said Maud Kerhervé, mayor of Port-Ilse."),
    ("en", f"Maud Kerhervé, the mayor of the fishing town of Port-Ilse, told the plenary: {Q_EN}"),
    ("en", f"Maud Kerhervé, mayor of Port-Ilse, was asked about cost. {Q_EN[:-2]},” she said."),
    ("fr", f"Maud Kerhervé, maire de Port-Ilse, a résumé l’état d’esprit des ports : {Q_FR}"),
    ("fr", f"{Q_FR[:-2]}{NB}», a lancé Maud Kerhervé, maire de Port-Ilse."),
    ("fr", f"La maire de Port-Ilse, Maud Kerhervé, a été nette : {Q_FR}"),
]


@pytest.mark.parametrize("lang,text", MAYOR_ONLY)
def test_a_mayor_s_town_is_no_body_and_the_kit_gives_hers(lang, text):
    release = ("Maud Kerhervé, mayor of Port-Ilse and president of the Harbour Towns Union, opened the meeting. "
               "“We will dim every quay by spring, and we will count the stars again,” she said.")
    _release, doc = settled_kit(("release", "en", release), ("other", lang, text))
    assert [(q.speaker, q.organisation) for q in doc] == [("Maud Kerhervé", "Harbour Towns Union")]


OCCASIONS = [
    ("en", f"At the close of the Lantern Conference, Maud Kerhervé said: {Q_EN}"),
    ("en", f"On the fourth evening of the Lantern Conference, Maud Kerhervé stood on the terrace. {Q_EN[:-2]},” she said."),
    ("en", f"On the sidelines of the Lantern Conference, Maud Kerhervé told us: {Q_EN}"),
    ("en", f"At the opening of the Lantern Conference, Maud Kerhervé was blunt: {Q_EN}"),
    ("en", f"On the last day of the Lantern Conference, Maud Kerhervé added: {Q_EN}"),
    ("en", f"At the end of the Lantern Conference, Maud Kerhervé wrote to members: {Q_EN}"),
    ("fr", f"À la clôture de la Conférence Lanterne, Maud Kerhervé a déclaré : {Q_FR}"),
    ("fr", f"En marge de la Conférence Lanterne, Maud Kerhervé nous a dit : {Q_FR}"),
    ("fr", f"Au soir de la Conférence Lanterne, Maud Kerhervé a lancé : {Q_FR}"),
    ("fr", f"À l’ouverture de la Conférence Lanterne, Maud Kerhervé a été nette : {Q_FR}"),
    ("fr", f"Au lendemain de la Conférence Lanterne, Maud Kerhervé a écrit : {Q_FR}"),
    ("fr", f"À la fin de la Conférence Lanterne, Maud Kerhervé a ajouté : {Q_FR}"),
]


@pytest.mark.parametrize("lang,text", OCCASIONS)
def test_the_meeting_at_which_she_spoke_is_not_her_body(lang, text):
    q = one(text, language=lang, own_voice=False)
    assert (q.speaker, q.organisation) == ("Maud Kerhervé", "")


def test_a_head_of_a_body_introduced_before_her_name_still_speaks_for_it():
    q = one(f"When I met the director-general of the Kessel Agency, Maud Kerhervé, in January, she said: {Q_EN}",
            language="en", own_voice=False)
    assert q.organisation == "Kessel Agency"
