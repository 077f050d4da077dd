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


def settled_kit(*docs: tuple[str, str, str], organisation: str = "Road Coalition") -> list[list[Quote]]:
    """The quotations of a small kit of text documents ``(id, language, text)``, settled across the kit as a
    build settles them: one list a document, in the order given."""
    from presskit.model import Item
    from presskit.quotes.settle import quotes_of_item, settle_attribution

    items = [Item(id=i, path=f"{i}.md", sha256="", bytes=0, media="text", language=lang) for i, lang, _t in docs]
    pending = [(it, quotes_of_item(it, [text], organisation)) for it, (_i, _l, text) in zip(items, docs)]
    settle_attribution(pending)
    by_id = {it.id: qs for it, qs in pending}
    return [by_id[i] for i, _l, _t in docs]
