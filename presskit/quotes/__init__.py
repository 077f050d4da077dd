"""Quotations and their attribution, from a document's page texts. Pure Python, no Qt.

* :mod:`.scan` - the quotation marks of a text, the quote text's normal form, finding a quote back;
* :mod:`.people` - names, roles and organisations; who a surname or a pronoun means;
* :mod:`.attribute` - who said each quote of a document (:func:`extract_quotes`); :mod:`.found` - how;
* :mod:`.settle` - quotes across a kit: per item, and attribution settled kit-wide.

Importing the package imports none of them: a program that reads quotations already found (the
viewer's Quotes view, its lists of speakers and organisations) does not pay for compiling the
attribution patterns (:mod:`.forms`, :mod:`.cues`), which only finding new quotations needs. The names
below are read from their modules when first asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: The version of what the quote finder gives (quotations, speakers, roles, organisations). Bump it
#: whenever a change to this package changes a quotation or its attribution: a rebuild then makes
#: every item's quotations again (from the cached text), instead of keeping the previous build's.
QUOTES_VERSION = 100

_NAMES = {"extract_quotes": ".attribute", "MAX_QUOTE_CHARS": ".scan", "find_quote_span": ".scan",
          "normalise_quote_text": ".scan", "strip_page_furniture": ".scan"}

__all__ = ["extract_quotes", "normalise_quote_text", "find_quote_span", "strip_page_furniture", "MAX_QUOTE_CHARS",
           "QUOTES_VERSION"]


def __getattr__(name: str) -> Any:
    if name in _NAMES:
        value = getattr(import_module(_NAMES[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
