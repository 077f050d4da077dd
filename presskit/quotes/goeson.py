"""The speaker of the quotation that ends a paragraph goes on in the next one, when that paragraph is a quotation
alone followed by "she added" / « a-t-elle ajouté » ("“…,” NAME said. ¶ “…,” she added."), or a short clause of
hers that hands over to the words (« « … », a déclaré NAME. ¶ Elle a ensuite détaillé ses demandes : ¶ « … »).
The pronoun is that speaker, at the confidence of a quotation carried on, even when the document named her in full pages
before. Read by :func:`.found.pronoun_found`.
"""

from __future__ import annotations

import re

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

