"""A State's statement speaks of its own people with "our" / « nos »: "one of our district nurses", « un
inspecteur de nos douanes », "Dr NAME, our chief chemist". Whoever they are, named or not, they speak for the
statement's State; in an article (no body's own voice) "our" ties nobody to anything. Written for these
tests, as different writers of statements would put it, in English and French.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, quotes

UNNAMED_EN = [
    "One of our district health officers put it more bluntly: “We are painting over the problem.”",
    "One of our customs inspectors told me last week: “We are painting over the problem.”",
    "As one of our school nurses said to me in March, “we are painting over the problem”.",
    "Some of our border officials have a phrase for it: “We are painting over the problem.”",
    "One of our own inspectors wrote in her report that “we are painting over the problem”.",
    "A young officer of our customs service told the committee: “We are painting over the problem.”",
]
UNNAMED_FR = [
    "Un inspecteur de nos douanes m'a confié : « Nous repeignons par-dessus le problème. »",
    f"L'un de nos médecins de district l'a dit sans détour{NB}: «{NB}Nous repeignons par-dessus le problème.{NB}»",
    "Une de nos infirmières scolaires me l'a résumé ainsi : « Nous repeignons par-dessus le problème. »",
    "Un agent de nos services vétérinaires a écrit que « nous repeignons par-dessus le problème ».",
    "Un douanier de nos postes frontières m'a glissé : « Nous repeignons par-dessus le problème. »",
    "Une inspectrice de nos douanes a prévenu la commission : « Nous repeignons par-dessus le problème. »",
]
NAMED_EN = [
    "Last spring I visited a school with Dr Wenonah Faircloth, our chief toxicologist. She told me: "
    "“The children here have twice the lead levels.”",
    "Dr Wenonah Faircloth, our chief toxicologist, told the committee: “The children here have twice the lead "
    "levels.”",
    "“The children here have twice the lead levels,” said Wenonah Faircloth, our chief toxicologist.",
    "Wenonah Faircloth, our national chief toxicologist, who led the survey, said: “The children here have "
    "twice the lead levels.”",
    "Our chief toxicologist, Wenonah Faircloth, was blunt: “The children here have twice the lead levels.”",
    "As Wenonah Faircloth, one of our senior toxicologists, reminded me: “The children here have twice the "
    "lead levels.”",
]
NAMED_FR = [
    "J'ai visité une école avec la docteure Wenonah Faircloth, notre toxicologue en chef. Elle m'a dit : « Les "
    "enfants ici ont deux fois plus de plomb. »",
    "« Les enfants ici ont deux fois plus de plomb », a déclaré Wenonah Faircloth, notre toxicologue en chef.",
    "Wenonah Faircloth, notre toxicologue en chef, a prévenu : « Les enfants ici ont deux fois plus de plomb. »",
    "Notre toxicologue en chef, Wenonah Faircloth, l'a dit : « Les enfants ici ont deux fois plus de plomb. »",
    f"Comme me l'a rappelé Wenonah Faircloth, l'une de nos toxicologues, «{NB}les enfants ici ont deux fois plus "
    f"de plomb{NB}».",
    "Mme Wenonah Faircloth, notre inspectrice en chef, a écrit : « Les enfants ici ont deux fois plus de plomb. »",
]


def _one(text: str, **kw):
    lang = "fr" if "«" in text else "en"
    qs = quotes("Madam President, distinguished delegates,\n\n" + text, language=lang, own_voice=False, **kw)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize("text", UNNAMED_EN + UNNAMED_FR)
def test_one_of_our_people_speaks_for_the_statement_s_state(text):
    q = _one(text, default_organisation="Drevania", default_speaker="Helga Rosscarrow")
    assert (q.speaker, q.organisation) == ("", "Drevania")


@pytest.mark.parametrize("text", NAMED_EN + NAMED_FR)
def test_a_named_person_of_ours_speaks_for_the_statement_s_state(text):
    q = _one(text, default_organisation="Drevania", default_speaker="Helga Rosscarrow")  # the minister's statement
    assert (q.speaker, q.organisation) == ("Wenonah Faircloth", "Drevania")


@pytest.mark.parametrize("text", [UNNAMED_EN[0], UNNAMED_FR[0], NAMED_EN[1], NAMED_FR[1]])
def test_our_people_in_a_document_of_nobody_s_are_of_no_body(text):
    assert _one(text, default_organisation="").organisation == ""


@pytest.mark.parametrize("text", [
    "One of our own industry associations wrote to me that the rule would “cost our ports a decade”.",
    "L'une de nos fédérations professionnelles m'a écrit que la règle « coûterait une décennie à nos ports ».",
])
def test_one_of_our_country_s_bodies_is_not_the_state(text):
    q = _one(text, default_organisation="Drevania", default_speaker="Helga Rosscarrow")
    assert (q.speaker, q.organisation) == ("", "")
