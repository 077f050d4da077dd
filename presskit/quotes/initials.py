"""A Q&A's turns labelled with initials: « **H.G. :** » for the interviewer, « **L.V.-K. :** » for the interviewee.

French and English interviews often print each turn under the speaker's initials once the standfirst has named
her (« La docteure Liesbet NAME-NAME dirige … ¶ **H.G. :** … ¶ **L.V.-K. :** … »). The label is the one person
the document names whose initials, one a word and one a part of a hyphenated word, are the label's letters;
two such people, or none, make it nobody's (a label is never guessed).
"""

from __future__ import annotations

import re

from ..textutil import fold

#: initials as a turn's label: "L.V.-K.", "H.G.", "MT", "J.-P.R." (two to five capitals, dots and hyphens)
INITIALS = r"(?:[A-ZÀ-Þ]\.?-?){1,4}[A-ZÀ-Þ]\.?(?![\w\u00c0-\u024f])"
#: two to four initials printed spaced, each with its full stop, as French interviews label turns: « A. V. », « R. K.-L. »
SPACED_INITIALS = r"(?:[A-ZÀ-Þ]\.[ \u00a0\-]?){1,3}[A-ZÀ-Þ]\."
#: one to four initials each with its full stop, spaced or not, before a turn's dash or colon: « A. — », « M. F. : »
DOTTED_INITIALS = r"(?:[A-ZÀ-Þ]\.[ \t\u00a0\u202f]?){1,4}"


def _letters(label: str) -> str:
    return fold("".join(c for c in label if c.isalpha())).upper()


def initials_of(name: str) -> str:
    """"LVK" for "Liesbet Vaudremont-Klee": the first letter of each word and of each part of a hyphenated one
    (particles left out: "Jan van der Berg" is "JB")."""
    parts = [w for word in name.split() for w in word.split("-") if w]
    return fold("".join(w[0] for w in parts if w[:1].isupper())).upper()


def by_initials(label: str, mentions, known) -> str:
    """The full name of the one person of ``mentions`` (or of ``known``, the document's people) whose initials
    are ``label``'s; "" when none or several are."""
    want = _letters(label)
    if len(want) < 2:
        return ""
    names = {m.person.name for m in mentions if m.person.name and len(m.person.name.split()) >= 2}
    names |= {p.name for p in known.seen if p.name and len(p.name.split()) >= 2}
    hits = {n for n in names if initials_of(n) == want
            and not re.fullmatch(r"(?:[A-ZÀ-Þ]\.[\s\-]?)+", n)}  # (the label itself, « A. V. », read as a name)
    return next(iter(hits)) if len(hits) == 1 else ""
