"""A university's department or laboratory speaks for the university: "Department of Information Science", "the
Reading Access Laboratory of Vaulmière University", « Laboratoire d'accès à la lecture de l'Université de X ».

A researcher quoted "of the Department of X" in the university's own news release, or with a laboratory named with
its university, speaks for the university, as the press writes it and as a journalist files her; a unit named
without its university, in another publisher's document, stays as written (a "Department of Health" is a State's).
"""

from __future__ import annotations

import re

from ..textutil import fold

__all__ = ["universities_of_kit", "university_of_unit"]

#: a university's unit by its kind, in English or French
_UNIT = re.compile(r"^(?i:the\s+|le\s+|la\s+|l['\u2019]\s*)?(?:[A-ZÀ-Þ][\w\-]+\s+){0,4}(?i:department|dept\.?|laboratory|lab|"
                   r"faculty|school|centre|center|unit|chair|institute|département|laboratoire|faculté|école|chaire|"
                   r"institut)(?![\w\-])")
_UNIVERSITY = re.compile(r"(?i)(?<![\w\-])universit(?:y|é|e|ät)(?![\w\-])")


def university_of_unit(org: str, universities: list[str], publisher: str = "") -> str:
    """The university a unit ``org`` belongs to: one of ``universities`` (the kit's) whose name the unit's holds, or
    ``publisher`` when it is a university and the unit names none; "" when ``org`` is no university's unit."""
    if not org or _UNIT.match(org.strip()) is None or _UNIVERSITY.fullmatch(org.strip()):
        return ""
    if _UNIVERSITY.search(org):
        words = set(fold(org).split())
        own = [u for u in universities if set(fold(u).split()) - {"university", "universite", "the", "of", "de", "l"}
               <= words]
        return own[0] if len(own) == 1 else ""
    return publisher if publisher and _UNIVERSITY.search(publisher) else ""


def universities_of_kit(orgs, names) -> list[str]:
    """The kit's universities, each once (one name an entity), from its organisations and ``names`` (its items')."""
    out: list[str] = []
    for n in [x for e in orgs.entities for x in e.all_names()] + [n for n in names if n]:
        if _UNIVERSITY.search(n) and _UNIT.match(n.strip()) is None and not any(orgs.same(n, u) or n == u for u in out):
            out.append(n)
    return out
