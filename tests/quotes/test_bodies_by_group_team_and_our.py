"""The body speaks when the text names it by what it is to the document: "the group" / « le groupe » in the
release of a body whose name does not say "group"; "the coalition’s team" / « l’équipe de la coalition » (its
staff, nobody named); and an unnamed person of "our" agency or ministry in a statement speaks for the
statement's body. Written for these tests, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

GROUP_EN = [
    "\"The census shows no Party on track for the 25-year rule,\" the group said.",
    "“The census shows no Party on track for the 25-year rule,” the group said in a statement.",
    "The group said: “The census shows no Party on track for the 25-year rule.”",
    "“The census shows no Party on track for the 25-year rule,” the group warned on Tuesday.",
    "According to the group, “the census shows no Party on track for the 25-year rule”.",
    "“The census shows no Party on track for the 25-year rule,” the group added.",
]
GROUP_FR = [
    "« Le recensement ne montre aucune Partie sur la bonne voie », a déclaré le groupe.",
    f"«{NB}Le recensement ne montre aucune Partie sur la bonne voie{NB}», affirme le groupe.",
    "Le groupe a prévenu : « Le recensement ne montre aucune Partie sur la bonne voie. »",
    "« Le recensement ne montre aucune Partie sur la bonne voie », a ajouté le groupe mardi.",
    "Selon le groupe, « le recensement ne montre aucune Partie sur la bonne voie ».",
    "« Le recensement ne montre aucune Partie sur la bonne voie », souligne le groupe.",
]
TEAM_EN = [
    "“We will be back at eight tomorrow, and so will the debris,” the coalition’s team signed off.",
    "“We will be back at eight tomorrow, and so will the debris,” the coalition’s live team signed off.",
    "“We will be back at eight tomorrow, and so will the debris,” the coalition’s staff wrote.",
    "The coalition’s team signed off: “We will be back at eight tomorrow, and so will the debris.”",
    "“We will be back at eight tomorrow, and so will the debris,” the coalition’s team said.",
    "“We will be back at eight tomorrow, and so will the debris,” signs off the coalition’s team.",
]
OUR_FR = [
    "Un ingénieur de notre agence spatiale, qui ne souhaite pas être cité, m’a confié que « nous ne savons plus où sont nos débris ».",
    "Une conseillère de notre ministère m’a dit : « Nous ne savons plus où sont nos débris. »",
    "Un technicien de notre agence m’a glissé : « Nous ne savons plus où sont nos débris. »",
    "Un fonctionnaire de notre délégation m’a confié : « Nous ne savons plus où sont nos débris. »",
    "Une ingénieure de notre administration spatiale m’a dit que « nous ne savons plus où sont nos débris ».",
    f"Un membre de notre équipe a résumé : «{NB}Nous ne savons plus où sont nos débris.{NB}»",
]
OUR_EN = [
    "An engineer from our space agency, who does not wish to be named, told me that “we no longer know where our debris is”.",
    "An adviser at our ministry told me: “We no longer know where our debris is.”",
    "A technician of our agency put it simply: “We no longer know where our debris is.”",
    "An official of our delegation told me: “We no longer know where our debris is.”",
    "An engineer in our space administration said that “we no longer know where our debris is”.",
    "A member of our team summed it up: “We no longer know where our debris is.”",
]


@pytest.mark.parametrize("text", GROUP_EN + GROUP_FR)
def test_the_group_in_a_body_s_own_release_is_that_body(text):
    lang = "fr" if "«" in text else "en"
    [q] = quotes("KESSEL WATCH — PRESS RELEASE\n\n" + text, language=lang, default_organisation="Kessel Watch")
    assert (q.speaker, q.organisation) == ("", "Kessel Watch")


def test_the_group_in_an_article_is_no_body_by_default():
    [q] = quotes("“The census shows no Party on track for the 25-year rule,” the group said.", language="en",
                 default_organisation="Kessel Watch", own_voice=False)
    assert q.organisation == ""


@pytest.mark.parametrize("text", TEAM_EN)
def test_the_publisher_s_team_is_the_publisher(text):
    [q] = quotes("### 17:40 — Closing the day\n\n" + text, language="en", default_organisation="Harbour Coalition",
                 own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Harbour Coalition")


@pytest.mark.parametrize("text", OUR_EN + OUR_FR)
def test_someone_of_our_agency_speaks_for_the_statement_s_state(text):
    lang = "fr" if "«" in text else "en"
    [q] = quotes("Madam President,\n\n" + text, language=lang, default_organisation="Kalindor", own_voice=False)
    assert (q.speaker, q.organisation) == ("", "Kalindor")
