"""A quotation signed with a dash by a role, then the name ("“…” — the harbour's fire chief, NAME, at the welcome
session", « « … » — la maire de Velden, NAME »): the person named, with that role, as a caption or a live blog's
quote of the day writes it.

A testimonial signed with a dash by a first name alone and where the person lives or works ("“…” ¶ — NAME,
Tembarou village", « « … » — NAME, Vresse-les-Puits », "— NAME, 34, farmer"): an NGO's report and a feature's pull
quote give the people they met no surname. The first name is the speaker when it is clearly a first name (one
:func:`firstnames.first_name_gender` gives a gender); a publisher, a place or a year after the dash names nobody.
"""

from __future__ import annotations

import re

from .firstnames import first_name_gender
from .found import CONFIDENCE, Found, State, Unit, from_who
from .people import NAMERUN, clean_role, lower_token
from .personphrase import person_np
from .subject import Who
from .vocab import ORG_WORDS, STOP_CAPS

#: a dash, one capitalised word, then the end of the line or a comma and a short description (no sentence)
_SIGNED = re.compile(r"^[ \t\u00a0\u202f\u00bb\u201d\"]*(?:\n[ \t\u00a0\u202f]*){0,2}[\u2014\u2013][ \t\u00a0\u202f]*(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+"
                     r"(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t\u00a0\u202f]*(?:,[ \t\u00a0\u202f]*(?P<rest>[^\n.!?;:]{1,80}))?"
                     r"[ \t\u00a0\u202f]*(?:\n|$)")


#: the next line opening on a capitalised word then a comma or the line's end: the rest of a broken name
_SURNAME_NEXT = re.compile(r"[ \t\u00a0\u202f]*[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?[ \t\u00a0\u202f]*(?:,|\n|$)")


def signed_by_first_name(st: State, after: str, u: Unit) -> Found | None:
    """The first name a dash signs the quotation with, right after it or on the next line."""
    m = _SIGNED.match(after)
    if m is None:
        return None
    first = m.group("first")
    if m.group("rest") is None and _SURNAME_NEXT.match(after[m.end():]):
        return None  # "— Ingrid ¶ Solberg, Pax Meridian": a narrow column broke the full name after its first name
    low = lower_token(first)
    if low in STOP_CAPS or low in ORG_WORDS or not first_name_gender(first + " X"):
        return None
    if (m.group("rest") or "").strip()[:1].isdigit() and not re.match(r"\d{1,2}\b(?!\d)", m.group("rest").strip()):
        return None  # "— Ottoline, 2031": a work signed by its year, not a person
    g = first_name_gender(first + " X")
    return Found("named", first, "", "", CONFIDENCE["surname"], False, g, (u.start, u.end + m.end()), cue=True)


#: a dash, then a role opened by an article, a comma and a name: "— the fire chief, NAME, in …"
_ROLE_SIGNED = re.compile(rf"^[ \t\u00a0\u202f\u00bb\u201d\"]*(?:\n[ \t\u00a0\u202f]*){{0,2}}[\u2014\u2013][ \t\u00a0\u202f]*(?:the|an?|la|le|"
                          rf"l['\u2019])[ \t\u00a0\u202f]*(?P<role>[^,\n\u201c\u00ab\"]{{2,80}}?),[ \t\u00a0\u202f]*(?P<name>{NAMERUN})"
                          rf"(?=[ \t\u00a0\u202f]*(?:[,.;]|\n|$))")


def signed_by_role_and_name(st: State, after: str, u: Unit) -> Found | None:
    """The person a dash signs the quotation with, after her role."""
    m = _ROLE_SIGNED.match(after)
    if m is None or not any(w[:1].islower() for w in m.group("role").split()):  # a role has its lower-case noun
        return None
    name = m.group("name")
    who = person_np(name, st.ctx.known, u.end + m.start("name"))
    if (who is None or who.kind != "person" or not who.name) and " " not in name and lower_token(name) not in \
            STOP_CAPS | ORG_WORDS:  # "— the fire chief, SURNAME,": a surname for the kit to complete
        who = Who("person", name, "", "", True, "", u.end + m.start("name"))
    if who is None or who.kind != "person" or not who.name:
        return None
    who.role = who.role or clean_role(m.group("role"))
    return from_who(st, who, u, (u.start, u.end + m.end()))
