"""A broadcast script's lower third: who is on screen, on the label line right above the words.

TV and radio scripts put the words of the people they film on a line of their own, under a label that names them
as the caption will: ``SOT: NAME / Role, Body``, ``SOUND BITE: NAME, role``, « SYNCHRO : NAME, fonction », « ITW :
NAME, fonction », the name often in capitals, and a note of the language after the label or the role ("(FRENCH,
SUBTITLED)", « (en anglais, sous-titré) »). The words on the next line, alone, are that person's. A label that
names nobody ("SOT: VOX POP / residents") gives no speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import CONFIDENCE, Found, State, Unit, from_who
from .appos import parse_appos
from .people import clean_org, clean_role
from .roleparts import rest_parts
from .subject import classify_np, person_np

#: the label of a lower third, alone on its line: the label word, a note in brackets, a colon or a dash, then the
#: name and what the caption says of her; never a sentence (no full stop at its end, no quotation mark in it)
_LABEL = re.compile(r"^[ \t]*(?:\*\*)?(?:SOT|SOUND[ \t]?BITE|SOUNDBITE|GRAB|SYNCHRO|SYNC|ITW|INTERVIEW|SONORE|"
                    r"INSERT)(?:[ \t]*\([^()\n]{1,60}\))?[ \t\u00a0\u202f]*[:\u2014\u2013][ \t\u00a0\u202f]*(?:\*\*)?"
                    r"[ \t]*(?P<np>[^\n\u201c\u201d\u00ab\u00bb\"]{3,200}?)[ \t]*(?:\*\*)?[ \t]*$", re.M)
#: a note of the language or of the subtitles at the end of the caption: « (en anglais, sous-titré) »
_NOTE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
#: a caption that names nobody: a vox pop, passers-by, residents
_NOBODY = re.compile(r"(?i)^(?:vox[ \-]?pops?|micro-trottoirs?|passers-by|passants|residents|habitants|riverains|"
                     r"anonymous|anonyme|crowd|foule)\b")
_OPENING = " \t\u00a0\u202f\u201c\u00ab\u201e\"'\u2018"


def _title(word: str) -> str:
    """A word of a name printed in capitals, as it is written in running text: MOREL-DIAS → Morel-Dias."""
    return word.title() if word.isupper() and len(word) > 1 else word


def lower_third(st: State, u: Unit) -> Found | None:
    """The person the lower third right above the quotation names, when the quotation opens its line."""
    text = st.doc.text
    line_start = text.rfind("\n", 0, u.start) + 1
    if text[line_start:u.start].strip(_OPENING):
        return None
    head = text[:line_start].rstrip(" \t\n\u00a0\u202f")
    label_start = head.rfind("\n") + 1
    m = _LABEL.match(head, label_start)
    if m is None or m.group("np").rstrip().endswith((".", "!", "?")):
        return None
    np = _NOTE.sub("", m.group("np"))
    pos = m.start("np")
    span = (label_start, u.end)
    if _NOBODY.match(np):
        return Found("unnamed", confidence=CONFIDENCE["unnamed"], evidence=span, cue=True)
    name, sep, rest = np.partition(" / ")
    if not sep:
        name, sep, rest = np.partition(",")
    name = " ".join(_title(w) for w in name.split(" "))
    who = classify_np(name + (", " + rest.strip() if rest.strip() else ""), st.ctx, pos)
    if who is None or who.kind != "person" or not who.name:
        # « NAME, président de la Fédération des … »: the body's word is no reason to read the name as a body
        who = person_np(name, st.ctx.known, pos)
        if who is None or who.kind != "person" or not who.name:
            return None
        role, org = parse_appos(rest_parts(", " + rest)) if rest.strip() else ("", "")
        who = replace(who, role=clean_role(role) or who.role, org=clean_org(org) or who.org)
    return from_who(st, who, u, span)
