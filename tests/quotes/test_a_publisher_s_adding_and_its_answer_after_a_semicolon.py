"""A publisher's own words in its release and daily (written for these tests): "…, the coalition said in the
audit's summary, adding: “…”" (the participle is the coalition's, not an unnamed summary's), and "Delegates have
suggested “endeavour to”; the coalition’s answer is the one we gave on Monday: “…”" (the clause after the semicolon,
up to its colon, introduces the words)."""

from __future__ import annotations

from tests.quotes.finding import ORG, quotes


def test_the_coalition_said_adding():
    text = ("We have counted the books; now the Parties must count the readers, the coalition said in the audit’s "
            "summary, adding: “Every clause that forbids lending across a border is a door shut in a reader's face.”")
    q = quotes(text, language="en", own_voice=True)[0]
    assert q.speaker == "" and q.organisation == ORG


def test_the_coalition_s_answer_after_a_semicolon():
    text = ("We have one ask for tonight: take “may” out of the text. Delegates who want a gentler word have suggested "
            "“endeavour to”; the coalition’s answer is the one we gave on Monday: “A treaty that endeavours is a "
            "treaty that waits.”")
    q = [q for q in quotes(text, language="en", own_voice=True) if q.text.startswith("A treaty")][0]
    assert q.speaker == "" and q.organisation == ORG and q.attribution == "organisation"


def test_a_clause_after_a_semicolon_that_refers_back_keeps_the_sentence():
    text = ("The Secretariat has published the guidance *Sampling at the Quayside*; its first line sums up the "
            "Secretariat’s position: “A sample of ten containers tells you more than a thousand declarations.”")
    q = quotes(text, language="en", own_voice=True)[0]
    assert q.organisation != ORG
