"""A body's document after "whose" or a possessive and an adjective ("the Convention Secretariat, whose technical
note puts it plainly: “no …”", « notre propre note … ») is a noun, not the verb "notes": the quotation that follows
is the document's words, a quotation, not quoted treaty text.

The Convention that "notes that “…”" and a text that "requires “…”" are still a text's words. The sentences are
written for these tests, as a minister's statement, a briefing and wire copy would put them.
"""

from __future__ import annotations

import pytest

from presskit.quotes import extract_quotes


def _kinds(text):
    return [q.kind for q in extract_quotes([text], default_organisation="Road Coalition")]


@pytest.mark.parametrize("text", [
    "I thank the Velmaro Convention Secretariat, whose technical note puts it plainly: “no exposure limit yet adopted "
    "has protected workers who cut stone dry”.",
    "We thank the Convention Secretariat, whose annual note to delegates is blunt: “no limit has yet protected the "
    "workers it was written for”.",
])
def test_a_document_after_whose_is_a_noun(text):
    assert _kinds(text) == ["quote"]


@pytest.mark.parametrize("text", [
    "The Convention notes that “every worker exposed shall be examined free of charge”.",
    "The treaty's text requires each State to submit “a report on silica every year”.",
])
def test_a_text_s_verb_still_quotes_the_text(text):
    assert _kinds(text) == ["text"]
