"""A person named after "beside" / « à côté de » in a sentence whose subject is a person named before her:
"Minister NAME, who signed …, sat down beside Ms NAME2 for the signing. “…,” she said". The one sat beside is
a place in the sentence, not whom the next pronoun stands for: she is dropped from the pronoun's candidates when
the subject could be of her gender. Read by :func:`.mentions.scan_mentions`.
"""

from __future__ import annotations

import re

from .firstnames import first_name_gender

#: "beside", "next to", "alongside", « à côté de », « aux côtés de », then a title at most, right before the name
_BESIDE = re.compile(r"(?i)(?<![\w\-])(?:beside|next\s+to|alongside|à\s+côté\s+d(?:e|u)|aux\s+côtés\s+d(?:e|u))\s+"
                     r"(?:(?:Ms|Mrs|Mr|Dr|Mme|M\.|Madame|Monsieur)\.?\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][\u201d\u00bb\"]?\s+(?=[A-ZÀ-Þ\u201c\u00ab])|\n[ \t]*\n")


def _gender(m) -> str:
    return m.person.gender or first_name_gender(m.person.name)


def beside_a_subject(text: str, mentions: list) -> list:
    """``mentions`` without the people named after "beside" in a sentence whose named subject, before them, may
    share their gender."""
    out = []
    for i, m in enumerate(mentions):
        if m.person.name and _BESIDE.search(text[max(0, m.pos - 40):m.pos]):
            lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.pos - 600), m.pos)), default=0)
            if any(o.subject and o.person.name and o.person.name != m.person.name and lo <= o.pos < m.pos
                   and (not _gender(m) or _gender(o) in ("", _gender(m)))
                   for o in mentions[:i]):
                continue  # "NAME … sat down beside Ms NAME2": NAME2 is where NAME sat
        out.append(m)
    return out
