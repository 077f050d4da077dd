"""A person introduced before a paragraph that the paragraph names again by the head of her role, as the subject a
sentence opens on ("Professor NAME … ¶ The professor’s answer was blunt. “…,” she said", « La ministre a souri. « … »,
a-t-elle dit »): she is named there, for the pronoun after the words, as if by her name. A role inside another's
sentence ("the fabricator the minister quoted", « a répondu à la maire ») names no one. Read by
:func:`.found.pronoun_found`.
"""

from __future__ import annotations

import re

from ..textutil import fold

__all__ = ["named_by_role_last", "role_named_here"]


def _role_head(person) -> str:
    head = fold(person.role or "").split()[-1:] if person is not None and person.name else []
    return head[0] if head and len(head[0]) >= 4 else ""


def _by_role(folded: str, para_start: int, head: str) -> list[int]:
    """Where the paragraph, ``folded`` from ``para_start`` to the words, opens a sentence on the head of a role
    ("The professor’s", « La ministre »)."""
    return [para_start + m.start() for m in re.finditer(rf"(?:^|(?<=[.!?]) +|(?<=[.!?][\u201d\u00bb\"]) +)(?i:the|la|le|l')"
                                                        rf"\s*{re.escape(head)}(?:'s)?(?![\w\-])", folded)]


def _folded(text: str, para_start: int, start: int) -> str:
    return fold(text[para_start:start]).replace("\u2019", "'")


def named_by_role_last(text: str, para_start: int, start: int, want: str, p, mentions):
    """The person a pronoun means when the paragraph, after naming ``p``, names someone introduced before it by the
    head of her role ("The rapporteur, NAME2, asked …. The professor’s answer was blunt. “…,” she said": the
    professor, the one the pronoun follows); ``p`` when no one else fits, or two do."""
    if p is None or want not in ("f", "m"):
        return p
    last = max([m.pos for m in mentions if m.person is p and para_start <= m.pos < start]
               + ([p.pos] if para_start <= p.pos < start else []), default=-1)
    if last < 0:
        return p
    before = {m.person.name: m.person for m in mentions if m.pos < para_start and m.person is not p and m.person.name
              and _role_head(m.person) and (m.person.gender or "") in ("", want)}
    if not before:
        return p
    folded = _folded(text, para_start, start)
    fits = [q for q in before.values() if any(pos > last for pos in _by_role(folded, para_start, _role_head(q)))]
    if len(fits) == 1 and _role_head(fits[0]) not in fold(p.role or "").split():
        return fits[0]
    return p


def role_named_here(text: str, para_start: int, start: int, person, mentions) -> bool:
    """Whether the paragraph names ``person`` (introduced before it) by the head of her role before the words;
    not when someone else the paragraph names holds a role of that head."""
    head = _role_head(person)
    if not head or any(m.person is not person and para_start <= m.pos < start and head in fold(m.person.role or "").split()
                       for m in mentions):
        return False
    return bool(_by_role(_folded(text, para_start, start), para_start, head))
