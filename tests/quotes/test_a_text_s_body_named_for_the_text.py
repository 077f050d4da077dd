"""A body named for the text it serves ("the Marlow Convention Secretariat", "the Treaty Office", "the Protocol's
Bureau") that notes, says or writes in its report that “…” speaks: the words are the body's quotation, not the
text's. The text itself ("The Convention notes that “…”", "Article 7 asks each Party to “…”") is still quoted
text, nobody's.
"""

from __future__ import annotations

from presskit.quotes import extract_quotes
from tests.quotes.finding import NB, ORG


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.organisation) for q in extract_quotes([text], default_organisation=ORG)]


def test_a_convention_secretariat_notes_in_its_report():
    assert _kinds("The Marlow Convention Secretariat notes in its first synthesis report that “only twelve of the "
                  "forty Parties were able to report a single inspection of a weir in 2033”.") == [
        ("quote", "Marlow Convention Secretariat")]


def test_a_fact_sheet_s_treaty_office_says():
    assert _kinds("The Treaty Office says in its guidance that “a weir without a warden is a weir without a "
                  "rule”.") == [("quote", "Treaty Office")]


def test_a_french_secretariat_keeps_its_reading():
    kinds = _kinds(f"Le Secrétariat de la Convention de Marlow note dans son rapport que «{NB}seules douze des "
                   f"quarante Parties ont pu déclarer une inspection{NB}».")
    assert [k for k, _o in kinds] == ["quote"]


def test_near_miss_the_text_itself_is_still_quoted_text():
    assert [k for k, _o in _kinds("The Marlow Convention notes that “the inspection of weirs is a shared duty of "
                                  "the Parties”.")] == ["text"]
    assert [k for k, _o in _kinds("Article 7 asks each Party to “collect and publish data on the inspection of "
                                  "weirs”.")] == ["text"]
