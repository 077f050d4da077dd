"""Whom a sentence speaks to: "Ostrander gave her the floor", « NAME l’a saluée », « NAME le remercie » —
someone of that gender the sentence's subject addresses, thanks or lets speak, who is therefore not the
subject. A pronoun of that gender after the quotation cannot mean the subject."""

from __future__ import annotations

import re

from .genders import _OBJECT_PRONOUN, object_gender


def speaks_to(text: str, lo: int, hi: int, want: str) -> bool:
    """Whether the sentence opening at ``lo`` (up to ``hi``) has an object of gender ``want`` ("f"/"m")."""
    if want not in ("f", "m"):
        return False
    end = re.search(r"[.!?](?:\s|$)|[\u201c\u00ab\"]", text[lo:hi])
    sent = text[lo:lo + end.start() if end else hi]
    return any(object_gender(m) == want for m in _OBJECT_PRONOUN.finditer(sent))
