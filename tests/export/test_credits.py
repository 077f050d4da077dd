"""presskit.export.credits: CREDITS.txt and index.html carry every credit, offline."""

from __future__ import annotations

import datetime as dt
import re

from presskit.export.common import Entry
from presskit.export.credits import credits_text, index_html
from presskit.export.texts import Texts
from presskit.model import Item, KitInfo

INFO = KitInfo(title="Kit <1>", organisation="Coalition", start="2026-11-16", end="2026-11-20", languages=["fr"])
NOW = dt.datetime(2026, 11, 21, 9, 30)
PHOTO = Item(id="p", path="photos/p.jpg", sha256="", bytes=1, kind="photo", media="image", caption="Hall",
             credit="Zoë Martin", copyright="© 2026 Coalition")
NO_CREDIT = Item(id="q", path="photos/q.jpg", sha256="", bytes=1, kind="photo", media="image")
DOC = Item(id="d", path="s/a.pdf", sha256="", bytes=12_345, kind="statement", media="pdf", title="A <b>", pages=2,
           language="fr", date="2026-11-17", speakers=["Amara Diallo"])


def test_credits_text_names_every_photo_and_document():
    text = credits_text(INFO, [Entry(PHOTO, "photos/p.jpg"), Entry(NO_CREDIT, "photos/q.jpg"), Entry(DOC, "statements/a.pdf")], NOW)
    assert "Credit: Zoë Martin" in text and "Copyright: © 2026 Coalition" in text
    assert "Credit: (unknown — ask the publisher before use)" in text
    # the sheet's fixed words are English by default, so is the name of the document's language
    assert "Language: French" in text and "Speakers: Amara Diallo" in text and "2026-11-21 09:30" in text


def test_credits_text_in_french_has_french_words_and_french_spacing():
    text = credits_text(INFO, [Entry(PHOTO, "photos/p.jpg"), Entry(DOC, "statements/a.pdf")], NOW, Texts("fr"))
    assert "Langue : français" in text and "Language" not in text
    assert "17 novembre 2026" in text


def test_index_html_is_escaped_relative_and_offline():
    page = index_html(INFO, [Entry(PHOTO, "photos/p.jpg"), Entry(DOC, "statements/a b.pdf")], NOW)
    assert "Kit &lt;1&gt;" in page and "A &lt;b&gt;" in page and 'href="statements/a%20b.pdf"' in page
    # the page is marked with the language of its fixed words (English here), each item with its own
    assert '<html lang="en">' in page and 'lang="fr"' in page and not re.search(r"(src|href)=\"(https?:|//)", page)
    assert '<html lang="fr">' in index_html(INFO, [Entry(DOC, "statements/a b.pdf")], NOW, Texts("fr"))


def test_index_html_gives_sizes_in_the_readers_units():
    """A document of 12,345 bytes is "12 KB" on an English page and "12 Ko" on a French one (a French
    reader does not read "KB"), its number never parted from its unit by a line break."""
    doc = [Entry(DOC, "statements/a.pdf")]
    assert "12\u00a0KB" in index_html(INFO, doc, NOW) and "Ko" not in index_html(INFO, doc, NOW)
    assert "12\u00a0Ko" in index_html(INFO, doc, NOW, Texts("fr")) and "KB" not in index_html(INFO, doc, NOW, Texts("fr"))
