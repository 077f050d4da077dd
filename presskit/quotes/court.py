"""A judge speaks for the court: in a report of a hearing, the words of the judge ("Judge NAME", "the presiding
judge, NAME", "NAME, presiding judge", "Quillfeather J", « la présidente du tribunal, NAME », « la juge NAME », a coroner: "Senior
Coroner: NAME") are the court's, and the court is the one the report names, when it names one only ("Maritime Court of Morlande",
"High Court of Calpheny", « Tribunal correctionnel de Sainte-Aure »). A report that names two courts does not say
which one she sits on, and a judge quoted where no court is named (a retired judge in a feature) speaks for none.
Counsel speak for the party the report says they appear for ("NAME, counsel for X", "Counsel for the X, NAME",
« Me NAME, avocate de X », « X, représentée par Me NAME »): :func:`counsel_s_party`.
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


_JUDGE_ROLE = re.compile(r"(?i)^(?:(?:the|le|la)\s+)?(?:presiding\s+|trial\s+)?(?:judge|juge)$|^(?:the\s+)?(?:senior\s+|assistant\s+|area\s+)?"
                         r"coroner$|^(?:la\s+|le\s+)?"
                         r"présidente?\s+du\s+tribunal$|^presiding\s+judge$")


def _judge_around(text: str, surname: str) -> bool:
    """Whether the text calls the person of that surname the judge, right before or after a mention."""
    s = re.escape(surname)
    before = re.compile(rf"(?i:(?:presiding\s+|trial\s+)?judge|(?:la|le)\s+juge|présidente?\s+du\s+tribunal\s*,?"
                        # or a coroner, as an inquest's record heads it: "Senior Coroner: NAME"
                        rf"|(?:senior\s+|assistant\s+|area\s+)?coroner(?:[*_]*\s*:[*_]*)?)"
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


#: a body's name as a report of a hearing writes the party: Title Case words and the small words between them
_PARTY = (r"(?P<b>[A-ZÀ-Þ][\w\-'\u2019]+(?:[ \t]+(?:(?:of|for|and|the|de|du|des|la|le|et|d['\u2019]|l['\u2019])[ \t]*)*"
          r"[A-ZÀ-Þ][\w\-'\u2019]*){0,6})")


def _counsel_forms(surname: str) -> list[re.Pattern]:
    s = re.escape(surname)
    name = rf"(?:(?:Me|Mr|Ms|Mrs|Maître)\.?\s+)?(?:[A-ZÀ-Þ][\w\-]+\s+){{0,2}}{s}(?![\w\-])"
    return [
        # "NAME, counsel for Brassfinch Logistics", "NAME KC, lead counsel for the X"
        re.compile(rf"(?<![\w\-]){s}(?:\s+KC|\s+QC|\s+SC)?\s*,\s*(?:(?:lead|senior|junior|defence|defense)\s+)?"
                   rf"counsel\s+for\s+(?:the\s+)?{_PARTY}"),
        # "Counsel for the Watch, Florent Ysambard", a table's "Counsel for the X | NAME"
        re.compile(rf"(?<![\w\-])(?i:counsel)\s+for\s+(?:the\s+)?{_PARTY}[ \t]*[,|:\n][ \t|]*{name}"),
        # « Me NAME, avocate d’Animalia Trésors », « NAME, avocat de la Coalition X »
        re.compile(rf"(?<![\w\-]){s}\s*,\s*(?:l['\u2019]\s*)?avocate?\s+(?:de\s+(?:la\s+|l['\u2019]\s*)?|du\s+|des\s+|d['\u2019]\s*)"
                   rf"(?:la\s+société\s+)?{_PARTY}"),
        # « la Coalition X, représentée par Me NAME », "the X, represented by NAME"
        re.compile(rf"{_PARTY}\s*,\s*(?:représentée?s?\s+par|represented\s+by)\s+{name}"),
    ]


def counsel_s_party(text: str, speaker: str, resolve) -> str:
    """The party counsel speak for, as the report says whom they appear for ("NAME, counsel for X", "Counsel for
    the X, NAME", « Me NAME, avocate de X », « X, représentée par Me NAME »); "" when it says none, or two."""
    if not speaker.strip():
        return ""
    surname = speaker.split()[-1]
    bodies = set()
    for form in _counsel_forms(surname):
        for m in form.finditer(text):
            b = m.group("b").strip()
            if len(b.split()) == 1:
                b = resolve(b, m.start("b"))  # "Counsel for the Watch": the party the report named in full
            if len(b.split()) > 1:
                bodies.add(b)
    longest = {b for b in bodies if not any(b != o and b in o for o in bodies)}
    return longest.pop() if len(longest) == 1 else ""
