"""Which organisation a sentence before a quotation is about, for "it said" / « a-t-elle dit » after it."""

from __future__ import annotations

import re

from .people import sentence_ends
from .subject import _PRONOUN, _WE, Context, org_np, person_np


#: a subject opened by a person's possessive: « Son syndicat », « Sa fédération », "His union", "Her network"
_SOMEONES = re.compile(r"(?:Son|Sa|Ses|His|Her)\s+[a-zà-ÿ]")


def org_subject(text: str, lo: int, hi: int, ctx: Context) -> tuple[int, str] | None:
    """The last sentence in ``text[lo:hi]`` whose subject is an organisation or "we" ("The coalition
    welcomed the vote.", "L’Agence a publié …"): (where, organisation), for "it said" / "a-t-elle dit"."""
    seg = text[lo:hi]
    found = None
    for s0 in [0] + sentence_ends(seg):
        head = seg[s0:].lstrip()
        if not head or head[0] in "\u201c\u00ab\u201e\"'":
            continue
        at = lo + s0 + (len(seg) - s0 - len(head))
        np = " ".join(head.split(",")[0].split()[:8])
        if _WE.match(np):
            found = (at, ctx.doc_org)
            continue
        if _PRONOUN.match(np) or person_np(np, ctx.known, at) is not None:
            continue
        if _SOMEONES.match(np):
            continue  # « Son syndicat menaçait … »: someone's body, no name, and no "il" of its own after a person

        w = org_np(np, ctx, at)
        if w is not None and w.org:
            found = (at, w.org)
    return found
