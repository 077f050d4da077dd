"""A quote box's or a "They said" list's entry: a line that opens on a full name, its role and body after commas
and a colon, and then the words ("**NAME**, director, X Institute: “…”", « **NAME**, vice-ministre de
l'Environnement, Vardie : « … » »). The name is the speaker's, the appositions her role and body: never the
last word before the colon (a State, a body) read as a speaker's name. Read by :mod:`.attribute`.
"""

from __future__ import annotations

import re

from .appos import parse_appos
from .people import DROP_TITLES, NAMERUN, ORG_WORDS, ROLE_WORDS, lower_token
from .record import CONFIDENCE, Found
from .roleparts import HOME_TOWN
from .vocab import STOP_CAPS

_ENTRY = re.compile(rf"[ \t]*(?:(?P<bullet>[\-\u2022*])[ \t]+)?(?P<b>\*\*|__)?(?P<name>{NAMERUN})(?(b)(?P=b))[ \t]*,[ \t]*"
                    rf"(?P<appos>[^:.!?;\n\u201c\u00ab\"]{{2,160}}?)[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*$")


#: a personal pronoun: the words before the colon are a sentence ("Madam President, when I took office my predecessor
#: gave me one piece of advice:"), not a role
_PRONOUN = re.compile(r"(?i)(?<![\w\-])(?:i|we|he|she|they|you|me|my|our|her|his|their|its|je|j|nous|il|elle|ils|elles|"
                      r"on|vous|mon|ma|notre|sa|son|ses|leur)(?![\w\-])")


def box_entry(text: str, start: int) -> Found | None:
    """The speaker of the quotation at ``start`` when its line is such an entry (the name in full: two words at
    least), with the role and body its appositions give; None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _ENTRY.fullmatch(text, line_start, start)
    words = m.group("name").split() if m is not None else []
    if len(words) < 2 or any(lower_token(w) in ORG_WORDS for w in words) \
            or lower_token(words[0]) in STOP_CAPS | ROLE_WORDS | DROP_TITLES:  # ("Minister NAME, in …:": as before)
        return None  # ("Delta Network, statement of 4 May: “…”": a body's name; « À Ritipata, le soir, …»: a place)
    parts = [p.strip() for p in m.group("appos").split(",") if p.strip()]
    if not parts or len(parts) > 3 or not parts[0][:1].islower() or any(not p[:1].isupper() for p in parts[1:]) \
            or len(parts[0].split()) > 8 or _PRONOUN.search(parts[0]):
        return None  # (a role in lower case, then a body or a State in capitals: not "NAME, a physician with X, put it
        # simply:", « M. NAME, le chef de la délégation, a été clair : », sentences)
    if HOME_TOWN.match(parts[0]):
        parts = parts[1:]  # "NAME, of Lannbury, nurse:": where she lives, then her role
    role, org = parse_appos(parts) if parts else ("", "")
    return Found("named", m.group("name"), role, org, CONFIDENCE["named"], evidence=(line_start, start), cue=True)
