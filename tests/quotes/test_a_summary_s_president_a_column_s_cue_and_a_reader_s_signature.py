"""Forms of round 55's second part. A summary's heading line "President: Ambassador NAME (State)." makes "The
PRESIDENT opened the meeting and said that …" hers; "The Executive Secretary, NAME, said that the number of
Parties …" gives her no body "Parties" (a verb follows her name, no apposition). In a narrow column, a quotation
closed after a comma ("… the black market,”") goes on with "NAME said." on the next line however short the line
is. "SURNAME, the coalition's spokeswoman, told …" is that surname's, never the coalition's one other person
named before. « Selon la docteure NAME, directrice du Centre … de Halvick, qui reçoit … » is hers, not a person
"Halvick". A reader's message signed « — Clervie, bâtiment C » is that first name's. « Les habitants appellent
« la chaudière du palier » l’appareil » gives a name, nobody's words. Written for these tests.
"""

from __future__ import annotations

import pytest

from tests.quotes.finding import one, quotes

pytestmark = pytest.mark.abstains


def test_the_president_of_a_summary_s_heading_line():
    text = ("Summary of the first day, prepared by the Secretariat. President: Ambassador Halla Brynjolf (Vestmark).\n\n"
            "The PRESIDENT opened the meeting and said that the Parties had \"four days to turn a treaty into a rule "
            "anyone can read\".")
    q = one(text, language="en")
    assert (q.speaker, q.organisation) == ("Halla Brynjolf", "Vestmark")


def test_a_verb_after_the_name_is_no_apposition():
    text = ("The Executive Secretary, Ottoline Marsh-Eddery, said that the number of Parties reporting data had "
            "risen, and that \"the countries that measure are the countries that act\".")
    q = one(text, language="en")
    assert q.speaker == "Ottoline Marsh-Eddery" and "Parties" not in q.organisation


def test_a_comma_closed_quotation_in_a_narrow_column():
    text = ("Coalition · Analysis · 16 May 2041 · a header line that runs the whole width of the page\n"
            "Korvath, whose islands lose power for days in\nevery storm season, has pushed for a ban.\n"
            "“They run it because the clinic is dark and the\nfreezer is full. If you ban the cheap ones you\n"
            "will only move the deaths to the black market,”\nAbernethy-Sol said.\nThe policy view")
    q = one(text, language="en")
    assert q.speaker == "Abernethy-Sol"


def test_a_surname_apposed_to_the_coalition_s_role():
    text = ("Tobin Markwell, head of policy at the Harbour Coalition, says the rule should come with a trade-in: "
            "“Take back the old machine.”\n\n"
            "Quenneville, the coalition’s French-speaking spokeswoman, told the briefing in French: « On ne négocie "
            "pas avec un gaz qui ne sent rien. »")
    qs = quotes(text, language="en")
    assert [q.speaker for q in qs] == ["Tobin Markwell", "Quenneville"]


def test_near_miss_the_coalition_s_spokeswoman_with_no_name():
    text = ("Tobin Markwell, head of policy at the Harbour Coalition, says the rule should come with a trade-in: "
            "“Take back the old machine.”\n\nThe coalition’s spokeswoman told the briefing: “We will not wait.”")
    assert quotes(text, language="en")[1].speaker != "Quenneville"


def test_a_person_before_who_and_a_town_inside_her_body_s_name():
    q = one("Selon la docteure Ysaline Corbière, directrice du Centre antipoison de Marvejac, qui reçoit chaque hiver "
            "neuf mille appels, « un foyer sur trois qui nous appelle possédait un détecteur ».", language="fr")
    assert (q.speaker, q.organisation) == ("Ysaline Corbière", "Centre antipoison de Marvejac")


def test_a_reader_s_message_signed_with_a_first_name():
    text = ("## Vos messages\n\n« Mon détecteur a sonné deux fois en février. Les pompiers sont venus. » — Maëlys, "
            "bâtiment B\n\nLa permanence a lieu le mardi.")
    assert one(text, language="fr").speaker == "Maëlys"


def test_near_miss_a_body_signs_in_capitals():
    text = "« Les détecteurs doivent être fournis par le bailleur, partout et sans délai. » — ADIL, bâtiment B"
    assert one(text, language="fr").speaker != "ADIL"


def test_a_name_the_residents_give_a_thing():
    text = ("Dans les immeubles anciens, les habitants appellent « la chaudière du palier » l’appareil commun qui "
            "chauffe quatre appartements.")
    assert quotes(text, language="fr") == []


def test_near_miss_an_appeal_in_quotation_marks_is_no_name_given():
    from presskit.quotes.kinds import is_name_given

    text = "La ministre appelle « à la plus grande prudence » les familles."
    start = text.index("«")
    assert not is_name_given(text, start, "à la plus grande prudence")
    named = "Les habitants appellent « la chaudière du palier » l’appareil."
    assert is_name_given(named, named.index("«"), "la chaudière du palier")
