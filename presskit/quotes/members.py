"""A body's members as the subject of what the body asks for, in its own release: « Les pêcheurs lacustres
demandent « un fonds d'urgence … » » in the release of the Fédération des pêcheurs lacustres, "Lake fishers call
for “an emergency fund …”" in the Federation of Lake Fishers' release. The members are the body: the words
are the publisher's, nobody named. Members whose noun is not in the publisher's name ("Farmers demand …" in a
coalition's release) are someone else, and are left to the other readings.
"""

from __future__ import annotations

import re

from ..textutil import fold

#: the members, then a verb of asking that takes the quotation as its object, ending the clause
_MEMBERS_ASK = re.compile(r"^\s*(?:#+\s*|\*\*)?(?:(?:Les|les|The|the|Nos|nos|Our|our)\s+)?(?P<np>[A-Za-zÀ-ÿ\-]+(?:\s+[A-Za-zÀ-ÿ\-]+){0,2})\s+"
                          r"(?:demandent|réclament|exigent|veulent|appellent\s+à|call\s+for|demand|want|ask\s+for|urge)"
                          r"[\s\u00a0\u202f]*$")


def _stem(word: str) -> str:
    w = fold(word)
    return re.sub(r"(?:es|s|x)$", "", w) if len(w) > 4 else w


def members_ask(clause: str, doc_org: str, own_voice: bool) -> bool:
    """Whether ``clause`` (the words before the quotation in its sentence) is the publisher's members asking
    for the words, in the publisher's own document."""
    if not doc_org or not own_voice:
        return False
    m = _MEMBERS_ASK.match(clause)
    if m is None:
        return False
    words = [_stem(w) for w in m.group("np").split()]
    org = {_stem(w) for w in re.findall(r"[A-Za-zÀ-ÿ\-]+", doc_org)}
    return len(words) >= 1 and all(w in org for w in words) and any(len(w) > 3 for w in words)
