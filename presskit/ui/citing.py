"""Copy with citation: the verbatim text plus its citation, as plain text and HTML on the clipboard.

:func:`copy_citation` puts a :class:`presskit.citation.Citation` on the clipboard (``text/plain`` and
``text/html``). :func:`citation_for_selection` builds one from the text selected in the reader; when the
selection lies inside a quotation the kit knows (``Searcher.quotes``), the quotation's speaker, role and
organisation are used.
"""

from __future__ import annotations

from ..citation import Citation, cite
from ..citation import cite_quote as core_cite_quote
from ..model import Item, Quote
from ..textutil import fold
from .qt import QApplication, QMimeData


def copy_citation(c: Citation) -> None:
    """Put ``c`` on the clipboard as plain text and as HTML."""
    mime = QMimeData()
    mime.setText(c.plain)
    mime.setHtml(c.html)
    QApplication.clipboard().setMimeData(mime)


def cite_quote(kit, q: Quote, style: str) -> Citation | None:
    """The citation of a quotation, carrying how its speaker was found (see :func:`presskit.citation.cite`)."""
    item = kit.get(q.document_id)
    if item is None:
        return None
    return core_cite_quote(q, item, kit.info, style)


def _norm(s: str) -> str:
    return " ".join(fold(s).split())


def matching_quote(quotes: list[Quote], item: Item, page: int | None, text: str) -> Quote | None:
    """The quotation of ``item`` (on ``page`` if given) that contains ``text`` or is contained in it."""
    t = _norm(text).strip(" \"'.,;:«»“”")
    if len(t) < 8:
        return None
    for q in quotes:
        if q.document_id != item.id or (page is not None and item.media == "pdf" and abs(q.page - page) > 1):
            continue
        qt = _norm(q.text)
        if t in qt or (qt and qt in t):
            return q
    return None


def citation_for_selection(kit, item: Item, text: str, page: int | None, style: str,
                           quotes: list[Quote] | None = None) -> Citation | None:
    """A citation of ``text`` selected in ``item`` (None when nothing is selected)."""
    if not text or not text.strip() or item is None:
        return None
    q = matching_quote(quotes or [], item, page, text)
    kw = dict(speaker=q.speaker, role=q.role, organisation=q.organisation, attribution=q.attribution,
              language=q.language) if q else {}
    return cite(text, item=item, kit_info=kit.info, page=page if item.media == "pdf" else None, style=style, **kw)
