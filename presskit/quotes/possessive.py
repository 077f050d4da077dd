"""The body a possessive points back to: "The X Union brought forty members. Its secretary general …",
« Le Bureau X a publié ses chiffres. Son porte-parole … »: the body the sentence before (or this one, before the
possessive) names. Only a body's name counts: a State, a town or a person there is no body of hers."""

from __future__ import annotations

from .context import Context
from .people import ORG_WORDS, lower_token


def body_before(ctx: Context, text: str, at: int) -> str:
    """The body named in the sentence holding ``at`` before it (the nearest) or else first in the sentence
    before; "" when neither names one, or the sentence before is over 400 characters long."""
    cur = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    prev = max(text.rfind(". ", 0, max(0, cur - 2)), text.rfind("\n", 0, max(0, cur - 2))) + 1
    if not cur or cur - prev > 400:
        return ""
    bodies = sorted((p, n) for p, n in ctx.orgs_seen if prev <= p < at and len(n.split()) > 1
                    and any(lower_token(w) in ORG_WORDS for w in n.split()))
    here = [b for b in bodies if b[0] >= cur]  # "The X Union said its president, NAME, …": the nearest
    return here[-1][1] if here else bodies[0][1] if bodies else ""
