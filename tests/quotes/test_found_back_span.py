"""A quotation joined over paragraphs is checked against its own stretch of text, not the whole
document: on a 1,200-page manual the whole-document check held some 400 MB of per-character maps
and took most of the finder's time, once per joined quotation."""

from __future__ import annotations

import presskit.quotes.attribute as attribute
from presskit.quotes import extract_quotes

JOINED = ("“We came to listen,” said Amaru Quispe, the network's coordinator. “We will keep the draft open.\n\n"
          "“And we will come back tomorrow with the delegations that asked for more time.”\n\n")
FILLER = "The plenary resumed its work on the annex and the secretariat read the list of speakers. " * 40


def test_a_joined_quotation_is_found_back_in_its_own_span_only(monkeypatch):
    pages = [FILLER + "\n\n" + JOINED + FILLER] + [FILLER] * 30
    seen: list[int] = []
    real = attribute.found_back

    def spy(text, words):
        seen.append(len(text))
        return real(text, words)

    monkeypatch.setattr(attribute, "found_back", spy)
    quotes = extract_quotes(pages, language="en", document_id="d", title="t", date="",
                            default_speaker="", default_organisation="")
    joined = [q for q in quotes if "come back tomorrow" in q.text]
    assert joined and joined[0].text.startswith("We will keep the draft open")
    assert joined[0].speaker == "Amaru Quispe"
    assert seen and max(seen) <= len(JOINED)  # never the other pages

