"""The speaker of the quotation that ends a paragraph goes on in the next one, when that paragraph is a quotation
alone followed by "she added" / « a-t-elle ajouté » ("“…,” NAME said. ¶ “…,” she added."), or a short clause of
hers that hands over to the words (« « … », a déclaré NAME. ¶ Elle a ensuite détaillé ses demandes : ¶ « … »).
A person introduced before the paragraph that the paragraph names again by the head of her role ("The professor’s
answer was blunt. “…,” she said") is named there too (:func:`role_named_here`, :func:`named_by_role_last`). The pronoun is
that speaker, at the confidence of a quotation carried on, even when the document named her in full pages
before. Read by :func:`.found.pronoun_found`.
"""

from __future__ import annotations

import re

from ..textutil import fold

#: "she added" / "he went on" / « a-t-elle ajouté » / « ajoute-t-il » right after the quotation's closing mark
_ADDED = re.compile(r"[\s\u00a0\u202f]*[,.]?[\s\u00a0\u202f]*[\u201d\u00bb\"]?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*"
                    r"(?:(?:she|he)\s+(?:added|went\s+on|continued)|(?:a-t-(?:elle|il)\s+(?:ajouté|poursuivi|"
                    r"enchaîné))|(?:ajoute|poursuit|enchaîne)-t-(?:elle|il))(?![\w\-])")


def _same(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or a.endswith(" " + b) or b.endswith(" " + a))


def goes_on(text: str, para_start: int, start: int, end: int, last, name: str) -> bool:
    """Whether the quotation ``text[start:end]`` opens its paragraph (from ``para_start``) and is followed by
    "she added", right after a paragraph whose last words are the previous quotation ``last`` of ``name``."""
    if last is None or not last.evidence or not _same(last.speaker, name):
        return False
    lead = text[para_start:start].strip(" \t\n\u00a0\u202f\u201c\u00ab\"*_")
    if lead and not _SHE_GOES_ON.fullmatch(lead):
        return False  # (the paragraph says something before the words)
    if not re.fullmatch(r"[^\n.!?]{0,40}[.!?]?[ \t\u00a0]*\n[ \t]*\n?[ \t]*", text[last.evidence[1]:para_start]):
        return False  # (another sentence after the previous quotation, or a paragraph between)
    return bool(lead) or _ADDED.match(text, end) is not None


#: a paragraph of its own that only hands over to the words: « Elle a ensuite détaillé les trois demandes de la
#: coalition : », "She then listed them:" (a pronoun, a short clause, a colon; no name, no other sentence)
_SHE_GOES_ON = re.compile(r"(?:She|He|Elle|Il)\s+[^.!?\n\u201c\u00ab\"A-ZÀ-Þ]{2,90}:")


def _role_head(person) -> str:
    head = fold(person.role or "").split()[-1:] if person is not None and person.name else []
    return head[0] if head and len(head[0]) >= 4 else ""


def _by_role(text: str, para_start: int, start: int, head: str) -> list[int]:
    """Where the paragraph names someone by the head of a role ("The professor’s", « La ministre »), as the subject a
    sentence opens on, before ``start`` (not "the fabricator the minister quoted", « a répondu à la maire »)."""
    folded = fold(text[para_start:start]).replace("\u2019", "'")
    return [para_start + m.start() for m in re.finditer(rf"(?:^|(?<=[.!?]) +|(?<=[.!?][\u201d\u00bb\"]) +)(?i:the|la|le|l')"
                                                        rf"\s*{re.escape(head)}(?:'s)?(?![\w\-])", folded)]


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
    fits = [q for q in before.values() if any(pos > last for pos in _by_role(text, para_start, start, _role_head(q)))]
    if len(fits) == 1 and _role_head(fits[0]) not in fold(p.role or "").split():
        return fits[0]
    return p


def role_named_here(text: str, para_start: int, start: int, person, mentions) -> bool:
    """Whether the paragraph names ``person`` (introduced before it) by the head of her role before the words:
    "Professor NAME … ¶ The professor’s answer was blunt. “…,” she said", « La ministre a souri. « … », a-t-elle dit »;
    not when someone else the paragraph names holds a role of that head."""
    head = _role_head(person)
    if not head or any(m.person is not person and para_start <= m.pos < start and head in fold(m.person.role or "").split()
                       for m in mentions):
        return False
    return bool(_by_role(text, para_start, start, head))
