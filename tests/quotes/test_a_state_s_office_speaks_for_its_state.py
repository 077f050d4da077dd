"""A State's office for an unnamed official: by the State's adjective where the kit names the State only for a
person it introduces and never quotes ("the host country's health minister, NAME of Orskland, welcomed …"), and
by the State's own name before the office ("the Orskland veterinary service"). A body of its own in Title Case, and an office of a place that is no
State of the kit, stay as written. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, settled_kit

INTRO_EN = ("intro", "en", "The host country's Minister of Health, Adela Brunvik of Orskland, welcomed the "
                            "delegations on Monday. “We are ready,” said Ida Marr, who chairs the conference.")
INTRO_FR = ("intro", "fr", "La ministre de la Santé du pays hôte, Adela Brunvik, d'Orskland, a accueilli les "
                            "délégations lundi. « Nous sommes prêts », a dit Ida Marr, qui préside la conférence.")

ADJ_EN = [
    "An Orsklandish health ministry official said privately that the host would “not block a number”.",
    "A veterinary officer of the Orsklandish agriculture ministry told us: “We vaccinate on market day.”",
    "“We will look at the money with our partners,” a spokeswoman for the Orsklandish government said.",
]
ADJ_FR = [
    f"Une porte-parole du ministère orsklandais de la Santé a indiqué que le pays «{NB}examinerait la question du "
    f"financement avec ses partenaires{NB}».",
    "« Nous vaccinons le jour du marché », a confié un agent du ministère orsklandais de l'Agriculture.",
    "Un fonctionnaire du gouvernement orsklandais a glissé : « Nous ne paierons pas seuls. »",
]
NAMED_BEFORE = [
    ("en", "An official of the Orskland veterinary service said the district had “run out of fuel money in August”."),
    ("en", "“We ran out of fuel in August,” said an officer of the Orskland health ministry."),
    ("en", "A press officer of the Orskland agriculture department told us: “We vaccinate on market day or not at all.”"),
]


def _org(doc_lang: str, text: str, intro=INTRO_EN) -> str:
    [_intro, [q]] = settled_kit(intro, ("doc", doc_lang, text))
    return q.organisation


@pytest.mark.parametrize("text", ADJ_EN)
def test_english_adjective_of_a_state_the_kit_names_for_an_introduced_person(text):
    assert _org("en", text) == "Orskland"


@pytest.mark.parametrize("text", ADJ_FR)
def test_french_adjective_of_a_state_the_kit_names_for_an_introduced_person(text):
    assert _org("fr", text, INTRO_FR) == "Orskland"


@pytest.mark.parametrize("lang,text", NAMED_BEFORE)
def test_a_state_s_own_office_by_its_name(lang, text):
    assert _org(lang, text, INTRO_FR if lang == "fr" else INTRO_EN) == "Orskland"


def test_a_body_of_its_own_in_title_case_stays():
    text = "An official of the Orskland Food Agency said the stocks had “run out in August”."
    assert _org("en", text) != "Orskland"


def test_an_office_of_a_place_that_is_no_state_stays():
    text = "An official of the Tarrun district service said the clinic had “run out of fuel money in August”."
    assert _org("en", text) != "Tarrun"
