"""The finder reads English and French documents, and those whose language is not known; a document
in another language gets no quotations (docs/quotes.md, "Language": its rules are not written for it)."""

from __future__ import annotations

import pytest

from presskit.model import Item
from presskit.quotes.settle import QUOTE_LANGUAGES, quotes_of_item

EN = "“We will not step back from the verification regime,” said Amara Diallo, director of the coalition."
FR = "« Nous ne reculerons pas sur la vérification », a déclaré Amara Diallo, directrice de la coalition."
DE = ("b) Für n ≠ m sind Rn und Rm nicht homöomorph. Zum Beweis benutzt man den „Satz von der "
      "Gebietstreue“ (Brouwer): Ist U offen und f stetig und injektiv, so ist f(U) offen.")


def item(lang):
    return Item(id="d", path="d.txt", sha256="", bytes=0, media="text", language=lang)


@pytest.mark.parametrize("lang, text", [("en", EN), ("fr", FR), (None, EN), ("und", FR)])
def test_english_french_and_unknown_documents_are_read(lang, text):
    assert [q.speaker for q in quotes_of_item(item(lang), [text], "Coalition")] == ["Amara Diallo"]


@pytest.mark.parametrize("lang", ["de", "es", "ar", "ru", "zh"])
def test_a_document_in_another_language_gets_no_quotations(lang):
    # a German mathematics text gave a quotation of "Zum Beweis" ("for the proof"), read as a name
    assert quotes_of_item(item(lang), [DE], "Coalition") == []
    assert quotes_of_item(item(lang), [EN], "Coalition") == []
    assert lang not in QUOTE_LANGUAGES
