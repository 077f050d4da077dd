"""Whom a pronoun after a quotation may stand for when it is no person named before it: the body that said the
quotation before ("… », estime la coalition. « … », ajoute-t-elle"), or a State's representative a meeting summary
leaves unnamed ("The representative of Sarnia said …. She added: “…”"). Read by :func:`.found.pronoun_found`.
"""

from __future__ import annotations

import re

from .people import ORG_WORDS
from .record import Found, State, Unit


#: a meeting summary's unnamed speaker, a State's representative: "The representative of Sarnia said …",
#: « La représentante de la Belvanie a souligné … »
_HEAD_NOUN = (r"director-general|director|head|chief|chair|president|coordinator|secretary-general|spokesperson|"
              r"spokesman|spokeswoman|executive\s+secretary|directeur\s+général|directrice\s+générale|directeur|"
              r"directrice|présidente?|coordinat(?:eur|rice)|secrétaire\s+général(?:e)?|porte-parole")
_BODY_NAME = r"[A-ZÀ-Þ][\w\-]+(?:(?:\s+(?:of|for|on|de|des|du|d['\u2019]))?\s*[A-ZÀ-Þ][\w\-]+){0,4}"
_DELEGATE_OF = re.compile(rf"(?:^|[.!?]\s+)(?:The|La|Le|L['\u2019])\s*(?:(?P<noun>representative|delegate|envoy|ambassador|"
                          rf"représentante?|déléguée?|envoyée?|ambassadrice|ambassadeur|{_HEAD_NOUN})\s+(?:of|de\s+la|"
                          rf"de\s+l['\u2019]|du|des|de|d['\u2019])\s*(?:the\s+)?(?P<org>{_BODY_NAME})"
                          rf"|(?P<org2>[A-Z]{{2,}}|{_BODY_NAME})\s+(?P<noun2>{_HEAD_NOUN})\b)")


#: a body's noun after its article, where a verb of saying puts it after the quotation (« », estime la coalition »,
#: "”, the agency said"): the article's gender
_BODY_AFTER = re.compile(r"(?i)(?<![\w\-])(?:(?P<m>le|du|au)|(?P<f>la)|(?P<n>the))\s+(?P<noun>[\w\-]+)")
#: the body's clause runs on to the quotation that goes on, with nobody else brought in: a short complement ("in
#: its newsletter", « dans sa lettre »), at most a sentence's end, and no colon introducing someone else's words
_BODY_CLAUSE_END = re.compile(r"[^.!?:;\u00ab\u201c]{0,60}[.!?]?[\s\u00a0\u202f]*[\u00ab\u201c]?[\s\u00a0\u202f]*$")
_QUOTED = re.compile(r"\u00ab[^\u00bb]*\u00bb|\u201c[^\u201d]*\u201d")


def body_goes_on(st: State, para_start: int, u: Unit, want: str) -> Found | None:
    """The quotation before, when a body said it by its noun after the quotation ("estime la coalition", "the
    agency said") in this paragraph, nobody is named since, and the pronoun here fits the noun: « elle » for « la
    coalition », « il » for « le syndicat », "it" for any body ("she" in English is a person, never the body)."""
    last = st.last
    if last is None or last.how != "organisation" or last.speaker or not last.organisation or not last.evidence \
            or not para_start <= last.evidence[0] < u.start:
        return None
    if any(last.evidence[0] <= m.pos < u.start and m.person.name for m in st.mentions):
        return None  # ("… », estime la coalition, dont NAME est la porte-parole. « … », ajoute-t-elle": maybe her)
    between = _QUOTED.sub(" ", st.doc.text[last.evidence[0]:u.start])
    bodies = [b for b in _BODY_AFTER.finditer(between) if b.group("noun").lower() in ORG_WORDS]
    if not bodies:
        return None
    b = bodies[-1]
    if not _BODY_CLAUSE_END.match(between, b.end()):
        return None  # (« « … », indique le ministère. Un diplomate, lui, se montre réservé : « … », glisse-t-il »)
    gender = "m" if b.group("m") else "f" if b.group("f") else "n"
    return last if gender == want else None


def article_gender_at(text: str, at: int) -> str:
    """The gender of the French article opening the sentence at ``at`` (« Le Forum », « La coalition »), or ""."""
    m = re.match(r"\s*(?:(?P<m>Le|Du|Au)|(?P<f>La|Cette))\s", text[at:at + 8])
    return "" if m is None else "m" if m.group("m") else "f"


def delegate_of(par: str, want: str) -> str:
    """The State a paragraph's unnamed representative speaks for, when the pronoun's gender fits her noun."""
    m = None
    for m in _DELEGATE_OF.finditer(par):
        pass  # the last one before the quotation: the one who goes on speaking
    if m is None:
        return ""
    noun = (m.group("noun") or m.group("noun2")).lower().split()[0]  # ("The IALS director-general": its head too)
    g = "f" if noun.endswith(("ée", "ante", "rice", "ente")) else \
        "m" if noun in ("représentant", "délégué", "envoyé", "ambassadeur", "directeur", "président", "coordinateur") else ""
    return (m.group("org") or m.group("org2")) if not want or not g or g == want else ""
