"""Quotations and their attribution, from a document's page texts. Pure Python, no Qt.

* :mod:`.scan` - the quotation marks of a text, the quote text's normal form, finding a quote back;
* :mod:`.people` - names, roles and organisations; who a surname or a pronoun means;
* :mod:`.attribute` - who said each quote of a document (:func:`extract_quotes`);
* :mod:`.settle` - quotes across a kit: per item, and attribution settled kit-wide.
"""

from .attribute import extract_quotes
from .scan import MAX_QUOTE_CHARS, find_quote_span, normalise_quote_text, strip_page_furniture

__all__ = ["extract_quotes", "normalise_quote_text", "find_quote_span", "strip_page_furniture", "MAX_QUOTE_CHARS"]
