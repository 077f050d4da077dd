"""A named body's document as the sayer of the clause before a quotation ("The Secretariat's progress report
… states that “…”", "the X Federation, whose written submission states that “…”", "A paper from the X Institute
found that “…”", « Le Réseau X, dans sa note d’ouverture, parle d’une « … » », « Le rapport d’étape du
Secrétariat X indique que « … » »): the body whose document it is, nobody named. A document of no body, of a
meeting or of a person, and a clause that names a person between the document and its verb, give no body from
it. The sentences are written for these tests, in the forms of a wire story, a feature, a statement, a briefing
note and a newsletter.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import NB, ORG, quotes

CASES = [
    # a briefing note: the body's short form in lower case, its full name given before
    ("The Varrow Basin Commission Secretariat opened the session on Monday.\n\n## What delegates have heard\n\nThe "
     "secretariat’s progress report to the session states that “nine Parties have sent their lists; none gives "
     "inspection results”.\n",
     "Varrow Basin Commission Secretariat"),
    # a release: the document fronted, the body by its short form
    ("The Outdoor Heat Workers Network marched to the hall on Monday. In its written submission, the workers’ "
     "network was just as blunt: “no worker should have to choose between a day’s pay and a safe body "
     "temperature”.\n",
     "Outdoor Heat Workers Network"),
    # a wire story: the body's possessive, its short form given in full before
    ("Orvelle, 3 May (Colporte) — The Marrow Valley Relief Fund met donors on Monday. The Fund’s progress report, "
     "published on Tuesday, states that “three hundred families are still without a roof this winter”.\n",
     "Marrow Valley Relief Fund"),
    # a briefing note: "whose written submission states:" after the sentence's own subject
    ("## Who agrees\n\nDelegates heard the Tidewatch Institute for Flood Science, whose written submission states: “A "
     "time target is the only indicator a household can check for itself.”\n",
     "Tidewatch Institute for Flood Science"),
    # a French wire story: « dans sa note d’ouverture, parle d’une »
    (f"Port-Valmont, 3 mai (AIP) — Le Réseau Valmine, dans sa note d’ouverture, parle d’une «{NB}conférence de la "
     f"dernière chance pour les pêcheurs du delta{NB}».\n",
     "Réseau Valmine"),
    # a French newsletter: « dont la contribution écrite souligne que »
    (f"## Dans les couloirs\n\nLes délégués ont entendu la Guilde des armateurs côtiers, dont la contribution écrite "
     f"souligne que «{NB}les petits ports ne peuvent pas payer seuls{NB}».\n",
     "Guilde des armateurs côtiers"),
]


@pytest.mark.parametrize("text,org", CASES)
def test_the_document_speaks_for_its_body(text, org):
    (q,) = quotes(text)
    assert (q.speaker, q.organisation) == ("", org)


@pytest.mark.parametrize("text", [
    # a document of no body: nothing from here (the publisher's, as before)
    "Orvelle, 3 May — The progress report, published on Tuesday, states that “three hundred families are still "
    "without a roof this winter”.\n",
    # a short form never written in full
    "The Fund’s progress report states that “three hundred families are still without a roof this winter”.\n",
])
def test_near_miss_no_body_named_gives_none_from_here(text):
    (q,) = quotes(text)
    assert (q.speaker, q.organisation) == ("", ORG)


def test_near_miss_a_meeting_s_document_is_no_body_s():
    text = "The Conference’s draft report states that “three hundred families are still without a roof this winter”.\n"
    assert not any("Conference" in q.organisation for q in quotes(text))


def test_near_miss_a_person_between_the_document_and_its_verb():
    text = ("The Marrow Valley Relief Fund met donors on Monday. The Fund’s progress report, which Idris "
            "Tallant-Oko presented, says that “three hundred families are still without a roof this winter”.\n")
    (q,) = quotes(text)
    assert q.organisation != "Marrow Valley Relief Fund" or q.speaker == "Idris Tallant-Oko"
