"""The body a possessive points back to: "The X Union brought forty members. Its secretary general …",
« Le Bureau X a publié ses chiffres. Son porte-parole … »: the body the sentence before (or this one, before the
possessive) names. Only a body's name counts: a State, a town or a person there is no body of hers. A body the
sentence names only by its short form ("The Fund today announced …", « Le Réseau a distribué … ») counts when the
document gave its full name before (:meth:`Context.resolve_org`)."""

from __future__ import annotations

import re

from .context import Context
from .people import ORG_WORDS, lower_token

#: a body by its short form, capitalised after its article: "The Fund", "the Office", « le Réseau », « l’Office »
#: (not "the Fund’s": a possessive of its own; not a meeting, a treaty or a State's body, whose "its" is another's)
_SHORT_FORM = re.compile(r"(?<![\w\-])(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['\u2019])\s*(?P<head>[A-ZÀ-Þ][a-zà-ÿ]{2,})"
                         r"(?![\w\-]|['\u2019]s?\b)")
_NOT_A_BODY = {"conference", "conférence", "convention", "treaty", "traité", "meeting", "réunion", "summit",
               "sommet", "assembly", "assemblée", "government", "gouvernement", "republic", "république",
               "parties", "states", "declaration", "report", "rapport", "act", "court", "cour", "kingdom"}


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
    if here or bodies:
        return here[-1][1] if here else bodies[0][1]
    return _short_form_before(ctx, text, prev, cur, at)


def _short_form_before(ctx: Context, text: str, prev: int, cur: int, at: int) -> str:
    """"The Fund today announced …. Its director, NAME": the full name, given before, of the one body the
    sentences name by a short form (the nearest in the sentence of ``at``, else the first of the sentence
    before); "" when none is named so, or the document never gave the short form's full name."""
    forms = [m for m in _SHORT_FORM.finditer(text, prev, at)
             if lower_token(m.group("head")) in ORG_WORDS and lower_token(m.group("head")) not in _NOT_A_BODY]
    here = [m for m in forms if m.start() >= cur]
    m = here[-1] if here else forms[0] if forms else None
    if m is None:
        return ""
    full = ctx.resolve_org(m.group("head"), m.start()) or _written_in_full(text[:m.start()], m.group("head"))
    return full if len(full.split()) > 1 and any(lower_token(w) in ORG_WORDS for w in full.split()) else ""


def _written_in_full(text: str, head: str) -> str:
    """The one name in Title Case ``text`` writes that ends on the noun ``head`` ("The Marrow Valley Relief Fund"
    for "the Fund"), its article left out; "" when none is written, or two different ones are."""
    h = re.escape(head)
    names = {re.sub(r"^(?:The|Le|La|L['\u2019])\s*", "", n) for n in
             re.findall(rf"(?<![\w\-])((?:[A-ZÀ-Þ][\w\-\u2019']+[ \t]+){{1,5}}{h})(?![\w\-])", text)}
    names = {n for n in names if len(n.split()) > 1}
    return names.pop() if len(names) == 1 else ""
