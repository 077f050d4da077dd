"""A place between a role and a name, with no comma: « le délégué d’Ysselmarque Joris Vosker », « l’ambassadeur
de Kasmirie Sefa Mahlangu-Roe », "the delegate of Ysselmark Joris Vosker". The place is whom the person speaks
for, never the first word of her name (« d’Ysselmarque Joris Vosker » is nobody).

A run of three capitalised words or more splits so only after a role noun and its link (« de », « d’ », « du »,
"of"), when its first word is not a first name: « la fille de Maria Lind Berg » is left alone.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .firstnames import FEMALE, MALE, first_name_gender
from .people import ORG_WORDS, ROLE_WORDS, People, clean_role, lower_token
from .vocab import DROP_TITLES, ROLE_TITLES, STOP_CAPS

#: the body a role belongs to, named before the place (« chef de la délégation d’Ysselmarque NAME »)
_BODIES = {"délégation", "delegation", "mission", "gouvernement", "government", "ambassade", "embassy"}
_UP = "A-ZÀ-Þ"
#: a role, its link, a place, then a name at the end of the text ("the delegate of Ysselmark Joris Vosker",
#: « l’ambassadeur de Kasmirie Sefa Mahlangu-Roe », « le délégué d’Ysselmarque Joris Vosker »)
_PLACED = re.compile(rf"(?P<role>(?:[\w\-\u2019']+[ \t]+){{0,3}}?[\w\-\u2019']+?)(?:[ \t]+(?P<link>de[ \t]+la|de|du|des|of[ \t]+the|of|"
                     rf"from)[ \t]+|[ \t]+(?P<elided>de[ \t]+l['\u2019]|[dD]['\u2019]))(?P<place>[{_UP}][\w\-]+)[ \t]+"
                     rf"(?P<name>[{_UP}][\w\-\u2019'.]*(?:[ \t]+[\w\-\u2019'.]+){{1,3}})$")
_TRAILING = re.compile(r"[.,;:]+$")
_ELIDED_RUN = re.compile(r"[dD]['\u2019][A-ZÀ-Þ]")
_LINK_END = re.compile(r"(?:^|\s)(?:of|the|from|de|du|des|la|l['\u2019])\s*$", re.I)
_PLACE_END = re.compile(r"(?:of|de|du|des|from|d['\u2019])\s*(?:the\s+|la\s+|l['\u2019])?[A-ZÀ-Þ][\w\-]+"
                        r"(?:\s+[A-ZÀ-Þ][\w\-\u2019']+){0,2}\s+$")
_LINKS = {"de", "du", "des", "la", "of", "the", "d"}


def place_split(before: str, run: str, *, within: bool = True) -> tuple[str, str, int] | None:
    """(role, place, offset in ``run`` where the person's name starts) when ``run``, after the text ``before``
    it, is a place then a person's name, with a role before the place; None otherwise. ``within``: the place
    is in ``run`` (else it may stand in ``before``, and the offset is then negative or 0)."""
    if within and (len(run.split()) < 3 or not (_ELIDED_RUN.match(run) or _LINK_END.search(before[-14:]))):
        return None  # (cheap tests first: this runs for every name of a document)
    if not within and not _PLACE_END.search(before[-80:]):
        return None
    before = before[-120:].replace("\n", " ")
    text = before + _TRAILING.sub("", run.replace("\n", " "))
    m = _PLACED.search(text)
    if m is None or within and (m.start("place") < len(before) - 2 or m.start("name") <= len(before)):
        return None
    words = [w for w in re.split(r"[\s\u2019']+", m.group("role")) if w]
    role: list[str] = []
    for w in reversed(words):  # the role words before the place: "chef de la délégation", "deputy head"
        if lower_token(w) in ROLE_WORDS or lower_token(w) in _BODIES or (role and lower_token(w) in _LINKS):
            role.insert(0, w)
        else:
            break
    while role and lower_token(role[0]) in _LINKS:
        role = role[1:]
    if not role or not (lower_token(words[-1]) in ROLE_WORDS or lower_token(words[-1]) in _BODIES):
        return None
    place = m.group("place")
    low = lower_token(place)
    if fold(place) in FEMALE | MALE or low in ORG_WORDS or low in ROLE_WORDS or low in STOP_CAPS:
        return None
    names = m.group("name").split()
    if not all(t[:1].isupper() for t in names) or any(lower_token(t) in ORG_WORDS for t in names):
        return None
    if _MINISTER.search(" ".join(role)) and _is_portfolio(place):
        # « la ministre de la Mer NAME », « le ministre des Pêches NAME »: the portfolio is part of the office, not
        # a place she speaks for
        office = re.sub(r"\s+", " ", text[m.start("role"):m.start("name")]).strip()
        office = office[office.lower().rfind(role[0].lower()):] if role[0].lower() in office.lower() else office
        return office, "", m.start("name") - len(before)
    return " ".join(role), place, m.start("name") - len(before)


_MINISTER = re.compile(r"(?i)(?<![\w\-])(?:minist(?:er|re)|secretary|secrétaire)(?![\w\-])")


def _is_portfolio(word: str) -> bool:
    from .appos import _PORTFOLIO  # (appos reads places through this module)
    return re.match(_PORTFOLIO, word, re.I) is not None


def placed_mention(got, placed: tuple[str, str, int], known: People):
    """The person a document introduces after a role and a place (:func:`place_split`), with that role and place
    as whom she speaks for; ``got`` is the mention of her name alone (or None)."""
    if got is not None and " " in got.person.name:
        role, place = clean_role(placed[0]), placed[1]
        known.add(got.person.name, role, place, got.pos, got.person.gender)
        got.person.role, got.person.organisation = got.person.role or role, got.person.organisation or place
    return got


_NO_DATIVE = re.compile(r"(?:^|\s)(?:in|at|near)\s*$", re.I)
_PLACE_PREP = re.compile(r"(?:^|\s)(?:à|in|at|from|near|en|au|to|depuis|près\s+de)\s*$", re.I)


def place_before_first_name(before: str, run: str) -> int:
    """The offset in ``run`` where a person's name starts when ``run`` opens with a place after a preposition of
    place and the next word is a first name (« j’ai rencontré à Corvelle Philippine Corbeau-Nyasha », "I met in
    Varna Elena Bors-Ivanova"); 0 otherwise."""
    toks = run.split()
    if len(toks) < 3 or not _PLACE_PREP.search(before[-14:].replace("\n", " ")):
        return 0
    first, second = fold(toks[0]), fold(toks[1])
    if first in FEMALE | MALE or lower_token(toks[0]) in STOP_CAPS:
        return 0
    if second not in FEMALE | MALE and not first_name_gender(f"{toks[1]} {toks[-1]}") and not (len(toks) == 3 and _NO_DATIVE.search(before[-14:].replace("\n", " "))):
        k = len(toks) - 2  # « a déclaré à Nordis Presse Aminata Brel »: a medium of two or three words told the
        if k in (2, 3) and fold(toks[k]) in FEMALE | MALE and not any(  # words, then her first name and surname
                fold(t) in FEMALE | MALE or lower_token(t) in STOP_CAPS for t in toks[1:k]):
            return len(run) - len(" ".join(toks[k:])) if run.endswith(" ".join(toks[k:])) else 0
        return 0  # (« a dit à Maria Lind Berg »: « à » may be whom she spoke to; "in", "at", "near" never are)
    return run.find(toks[1], len(toks[0]))


def cell_before_name(text: str, pos: int, run: str) -> int:
    """Where the name starts in a name run at ``pos`` that crosses line breaks after lines of one word each ("Sujet
    ¶ Nadège Vallancourt", "Jour ¶ Thème ¶ NAME": a PDF table's header cells read one by one, a heading's last
    word): those words are no part of the name when the last line holds a name of two words or more; 0 when the
    run is one name (a name wrapped in prose leaves more on the line before it; a title alone stays)."""
    lines = run.split("\n")
    if len(lines) < 2 or (pos > 0 and text[pos - 1] != "\n") or len(lines[-1].split()) < 2:
        return 0
    if any(len(ln.split()) != 1 or lower_token(ln.strip()) in DROP_TITLES | ROLE_TITLES for ln in lines[:-1]):
        return 0
    return len(run) - len(lines[-1])
