"""A signed op-ed ("By Dr NAME, ROLE at the X Institute") that quotes its author's own paper ("In our 2038 paper on the
farmhouses, we wrote that “…”") gives the words to its author, for her institute; and a body's document that warns
"that old farmhouses remain “…”" (a short clause between its verb and the words) is the body's. Written for these
tests."""

from __future__ import annotations

from tests.quotes.finding import quotes

OPED = ("By Dr Ysaline Corbeau, building physicist at the Morvane Institute of Building Science\n\n"
        "For twelve years my team has measured radon in the houses of the plateau.\n\n"
        "In our 2037 paper on the plateau’s barns, we wrote that “the oldest houses hold the highest levels and the "
        "poorest owners”. Nothing we measured since has changed that sentence.\n\n"
        "The Institute’s latest bulletin warns that old barns remain “the blind spot of every radon plan”.\n")


def test_an_op_ed_s_we_wrote_is_its_author_s():
    q = quotes(OPED, language="en", default_speaker="Ysaline Corbeau", own_voice=False)[0]
    assert q.speaker == "Ysaline Corbeau" and q.organisation == "Morvane Institute of Building Science"


def test_a_body_s_bulletin_that_warns_that_x_remain_is_the_body_s():
    q = quotes(OPED, language="en", default_speaker="Ysaline Corbeau", own_voice=False)[-1]
    assert q.speaker == "" and q.attribution == "organisation" and "Morvane Institute" in q.organisation


def test_we_wrote_in_a_body_s_own_release_stays_the_body_s():
    text = "In our 2037 report, we wrote that “the oldest houses hold the highest levels and the poorest owners”."
    q = quotes(text, language="en", own_voice=True)[0]
    assert q.speaker == "" and q.organisation == "Harbour Coalition"
