"""A person named, then a relative clause in which she told the writer the words: "I want to thank Minister NAME of
Kasamwe, who told me last night, in French, …: “…”", « Je salue la ministre NAME, qui m'a dit hier : « … » ». The
relative's antecedent is the speaker, never the speech's own speaker ("me") nor the State after "of". Read by
:mod:`.attribute` before the sentence's other forms.
"""

from __future__ import annotations

import re

from .people import NAMERUN, person
from .record import CONFIDENCE, Found

_QM = "\u201c\u201d\u00ab\u00bb\u201e\""
#: the name, its State or body after "of" / « de », the relative clause of telling, then a colon before the words
_WHO_TOLD = re.compile(
    rf"(?P<name>{NAMERUN})(?:\s+(?:of|from|de|du)\s+(?P<of>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){{0,3}}))?\s*,\s+"
    rf"(?:who|qui)\s+(?:had\s+|has\s+|once\s+|then\s+)?(?:told|wrote\s+to|said\s+to|m['\u2019]a\s+(?:dit|écrit|confié)|"
    rf"nous\s+a\s+(?:dit|écrit|confié))\s+(?:me|us|him|her)?(?P<gap>[^.;!?{_QM}]{{0,160}}):[\s\u00a0\u202f]*$")


def who_told(text: str, start: int, lo: int, known) -> Found | None:
    """The person a relative clause of telling names, right before the quotation at ``start`` (its paragraph from
    ``lo``); None when there is none or the run is no person's name."""
    m = _WHO_TOLD.search(text, max(lo, start - 320), start)
    if m is None:
        return None
    if re.search(r"[A-ZÀ-Þ][\w\-]+\s+[A-ZÀ-Þ][\w\-]+", m.group("gap")):
        return None  # "NAME, who told me that her husband NAME2 had said:": another person's words
    res = person(m.group("name"), from_right=True, known=known, at=m.start("name"))
    if res is None or not res[0]:
        return None
    speaker, role, surname_only, _left, gender = res
    return Found("named", speaker, role, m.group("of") or "", CONFIDENCE["named"], surname_only, gender,
                 (m.start("name"), start), cue=True)
