"""A sentence whose subject is a definite role noun the text gave one named person: "Grace Mensah-Uhl met
the Corvellan minister, Ana Varga-Holm, on Tuesday. The minister listened for an hour. “…,” she said."

The role noun ("The minister", « La ministre ») stands for the person the text introduced with that role,
so the sentence is about her: for a pronoun after it, she is that sentence's subject. Only a role that
exactly one person of the text before it was given is read so (two such people: nobody).
"""

from __future__ import annotations

import re

from .people import ROLE_WORDS, Person, lower_token

#: "The minister listened", « La ministre a écouté »: a definite role noun opening a sentence, then its verb
#: (also with its subject taken up between commas: « La présidente, elle, n’a pas … », "The chair, for her part, has …")
_ROLE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?P<det>The|La|Le|L['\u2019])\s*(?P<role>(?:[a-zà-ÿ\-]+\s+){0,2}?"
                           r"(?P<head>[a-zà-ÿ\-]+))(?:\s*,\s*(?:elle|il|lui|she|he|herself|himself|for\s+(?:her|his)\s+"
                           r"part|pour\s+sa\s+part|quant\s+à\s+(?:elle|lui)|de\s+son\s+côté)\s*,)?\s+(?=[a-zà-ÿ])")
_REACH = 1500


def role_subjects(text: str, people: list[tuple[int, Person]], aliases: dict[str, list[str]],
                  spans: list[tuple[int, int]] | None) -> list[tuple[int, Person]]:
    """(where, person) for each sentence opened by a role noun that one person named before it was given."""
    out: list[tuple[int, Person]] = []
    for m in _ROLE_SUBJECT.finditer(text):
        pos = m.start("det")
        head = lower_token(m.group("head"))
        if head not in ROLE_WORDS or (spans is not None and not any(a <= pos < b for a, b in spans)):
            continue
        held = {p.name: p for at, p in people if pos - _REACH <= at < pos and p.name and head in [
                lower_token(w) for r in [p.role, *aliases.get(p.name, [])] for w in re.split(r"[\s\u2019']+", r or "")]}
        if len(held) == 1:
            out.append((pos, next(iter(held.values()))))
    return out
