"""Kit-supplied text made safe to show (:mod:`presskit.plaintext`), for widgets told ``Qt.PlainText``.

``display_text`` is :func:`presskit.plaintext.plain` (control and bidirectional characters
neutralised, length bounded). Until that module is in the tree, a minimal equivalent is used.
"""

from __future__ import annotations

try:
    from ..plaintext import plain as _plain
except ImportError:  # pragma: no cover - until presskit.plaintext lands
    import re

    _UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

    def _plain(value: object, limit: int = 300) -> str:
        text = _UNSAFE.sub("\ufffd", "" if value is None else str(value).replace("\n", " ").replace("\t", " "))
        return text if not limit or len(text) <= limit else text[: limit - 1].rstrip() + "…"


def display_text(value: object, limit: int = 300) -> str:
    """One line of display-safe text (at most ``limit`` characters; 0: no bound)."""
    return _plain(value, limit)
