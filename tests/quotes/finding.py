"""What the quote tests ask the finder: the quotations found in a text, or the one quotation in it."""

from __future__ import annotations

from presskit.model import Quote
from presskit.quotes import extract_quotes

NB = "\u00a0"
ORG = "Harbour Coalition"  # the publisher of the tests' releases: "we" and "the coalition" resolve to it


def quotes(pages: str | list[str], **kw) -> list[Quote]:
    """The quotations (not titles or quoted text) ``extract_quotes`` finds in ``pages``."""
    kw.setdefault("default_organisation", ORG)
    return [q for q in extract_quotes([pages] if isinstance(pages, str) else pages, **kw) if q.kind == "quote"]


def one(pages, **kw) -> Quote:
    """The one quotation in ``pages`` (the test fails, listing them, when there are others)."""
    qs = quotes(pages, **kw)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]
