"""A judge speaks for the court: in a report of a hearing, the words of the judge ("Judge NAME", "the presiding
judge, NAME", "NAME, presiding judge", "Quillfeather J", « la présidente du tribunal, NAME », « la juge NAME ») are
the court's, and the court is the one the report names, when it names one only ("Maritime Court of Morlande",
"High Court of Calpheny", « Tribunal correctionnel de Sainte-Aure »). A report that names two courts does not say
which one she sits on, and a judge quoted where no court is named (a retired judge in a feature) speaks for none.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CAP = r"[A-ZÀ-Þ][\w\-'\u2019]+"
#: a court's name: "Maritime Court of Morlande", "High Court of Calpheny", "Coastal Court of Varn", "Supreme Court";
#: « Tribunal correctionnel de Sainte-Aure », « Cour d’appel de Brenne », « Tribunal judiciaire de Brenne »
_COURT = re.compile(
    rf"(?<![\w\-])(?:(?:{_CAP}[ \t]+){{1,3}}Court(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}})?"
    rf"|Court[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    rf"|(?:Tribunal|Cour)[ \t]+(?:[a-zà-ÿ]+[ \t]+){{0,2}}(?:de[ \t]+(?:la[ \t]+)?|du[ \t]+|d['\u2019][ \t]*)"
    rf"{_CAP}(?:[ \t\-]+{_CAP}){{0,2}})(?![\w\-])")
#: words that open a sentence or a title, not a court's name ("The Court of X": "The" is no part of it)
_LEAD = {"the", "le", "la", "a", "an", "this", "that", "at", "in", "au", "à", "outside", "before", "told"}


@lru_cache(maxsize=16)
def the_court(text: str) -> str:
    """The one court the text names ("" when it names none, or two)."""
    names: set[str] = set()
    for m in _COURT.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _LEAD:
            words = words[1:]
        if len(words) > 1:
            names.add(" ".join(words))
    longest = {n for n in names if not any(n != o and n in o for o in names)}
    return longest.pop() if len(longest) == 1 else ""


_JUDGE_ROLE = re.compile(r"(?i)^(?:(?:the|le|la)\s+)?(?:presiding\s+|trial\s+)?(?:judge|juge)$|^(?:la\s+|le\s+)?"
                         r"présidente?\s+du\s+tribunal$|^presiding\s+judge$")


def _judge_around(text: str, surname: str) -> bool:
    """Whether the text calls the person of that surname the judge, right before or after a mention."""
    s = re.escape(surname)
    before = re.compile(rf"(?i:(?:presiding\s+|trial\s+)?judge|(?:la|le)\s+juge|présidente?\s+du\s+tribunal\s*,?)"
                        rf"[\s,]+(?:[A-ZÀ-Þ][\w\-]+\s+){{0,2}}{s}(?![\w\-])")
    after = re.compile(rf"(?<![\w\-]){s}(?:\s*,\s*(?i:(?:the\s+)?presiding\s+judge|(?:la\s+|le\s+)?présidente?\s+du\s+tribunal)|\s+J\b)")
    return before.search(text) is not None or after.search(text) is not None


def judge_s_court(text: str, speaker: str, role: str) -> str:
    """The court a judge's words speak for: the one the report names, when the speaker is its judge; else ""."""
    if not speaker.strip():
        return ""
    if not (_JUDGE_ROLE.match(role.strip()) or _judge_around(text, speaker.split()[-1])):
        return ""
    return the_court(text)
