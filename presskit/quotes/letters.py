"""A letter the one who speaks reads out, and its writer.

A minister's statement or an interview reads a letter aloud: « Je voudrais vous lire la lettre que m’a adressée
Lucien NAME, ramoneur à Vionnaz : « … » », "Let me read you the letter Anna NAME sent me: “…”". The words are the
writer's, never the speaker's own, and nobody's named when the text names no writer.
"""

from __future__ import annotations

import re

from .record import CONFIDENCE, Found, State, Unit

#: the one who speaks reads out a letter and names its writer: « vous lire la lettre que m’a adressée NAME », "read
#: you the letter NAME sent me", "a letter from NAME"
LETTER_OF = re.compile(r"(?i)(?<![\w\-])(?:lire|read(?:\s+(?:you|out))?)\s+(?:la|le|the|a|une?|this)\s+(?:lettre|message|"
                       r"courriel|mot|letter|note|e-?mail)\s+(?:que\s+m['\u2019]a\s+(?:adress|envoy|écri)\w*|from|de|d['\u2019])"
                       r"\s*(?P<w>(?-i:[A-ZÀ-Þ]))")


def letter_writer(st: State, u: Unit, span: tuple[int, int]) -> Found | None:
    """The writer of a letter the one who speaks reads out, named right after it (« Je voudrais vous lire la lettre
    que m’a adressée Lucien NAME, ramoneur : « … » »): a :class:`~.record.Found` of that person; someone unnamed when
    the clause names a letter's writer the document does not introduce; None when no letter is read out."""
    text = st.doc.text[span[0]:u.start]
    m = LETTER_OF.search(text)
    if m is None:
        return None
    p = next((x.person for x in st.mentions if span[0] + m.start("w") <= x.pos < u.start and x.person.name), None)
    if p is None:
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    return Found("named", p.name, p.role, p.organisation, CONFIDENCE["named"], evidence=span)
