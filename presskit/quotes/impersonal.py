"""Words a sentence gives to a body through an impersonal subject: « Chez les Sentinelles, on le dit sans détour :
« … » », "At the Wardens Network, they put it bluntly: “…”". Nobody in particular says them: the body is the
source, and the person quoted the sentence before is not (the README's `organisation`)."""

from __future__ import annotations

import re

from ..textutil import fold
from .cues import say_verbs
from .found import Found, State, Unit, from_who
from .personphrase import Who
from .subject import classify_np

#: « Chez les Vigies, on le répète : », « Au Réseau X, on l'affirme sans fard : », « Au sein de l'Alliance, on aime
#: le dire : »
_FR = re.compile(r"^\s*(?:[Cc]hez|[Aa]u\s+sein\s+d(?:e\s+la|e\s+l['\u2019]|es|u|e)|[Aa]ux?|[ÀA]\s+la|[ÀA]\s+l['\u2019]|"
                 r"[Dd]ans)(?:\s+|(?<=['\u2019]))(?P<np>[^,:;\u00ab\u201c]{3,80}?)\s*,\s*on\s+(?P<rest>[^:;\u00ab\u201c.]{0,60}?)\s*:\s*$")
#: "At the Wardens Network, they put it bluntly:", "Inside the Federation, people say it plainly:"
_EN = re.compile(r"^\s*(?:[Aa]t|[Ii]nside|[Ww]ithin|[Aa]mong)\s+(?P<np>(?:the\s+)?(?:[a-z\-]+\s+(?:[a-z\-]+\s+)?(?:of|at)\s+(?:the\s+)?)?"
                 r"[A-Z][^,:;\u201c]{2,80}?)\s*,\s*"
                 r"(?:they|people|staff|members)\s+(?P<rest>[^:;\u201c.]{0,60}?)\s*:\s*$")
#: the people of a body, before its name: « les maîtres-nageurs de la Fédération X », "the teachers of the X"
_PEOPLE_OF = re.compile(r"^(?:les|the)\s+[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+)?\s+(?:de\s+la|de\s+l['\u2019]|du|des|of\s+the|of|at\s+the)"
                        r"\s*(?P<body>[A-ZÀ-Þ].+)$")
#: verbs that say a saying is repeated or held, beside the verbs of saying: « on le martèle », "they keep saying"
_HOLD = re.compile(r"(?i)\b(?:dit|dire|martèle|répète|redit|affirme|assure|put\s+it|say|saying|repeat|insist|"
                   #: or concede it: « Au BIPA, on le reconnaît sans détour : », "At the Office, they admit it:"
                   r"reconna[iî]t|admet|avoue|concède|admit|acknowledge|concede|own\s+up)\b")


def said_at_body(st: State, cur: str, cur_start: int, u: Unit) -> Found | None:
    """The body an impersonal « on » / "they" of the sentence before the quotation speaks for, else None."""
    m = _FR.match(cur) or _EN.match(cur)
    if m is None or not (say_verbs(m.group("rest")) or _HOLD.search(m.group("rest"))):
        return None
    np = m.group("np").strip()
    np = np[0].upper() + np[1:] if np[:1].islower() and not np.startswith(("les ", "la ", "le ", "l'", "the ")) else np
    who = classify_np(np, st.ctx, cur_start + m.start("np"))
    if who is None or who.kind not in ("org", "publisher"):
        who = _seen_as(np, st)
    of = _PEOPLE_OF.match(np)
    if who is None and of is not None:  # « Chez les maîtres-nageurs de la Fédération X, on le dit »: the body
        who = classify_np(of.group("body"), st.ctx, cur_start + m.start("np") + of.start("body"))
        who = who if who is not None and who.kind in ("org", "publisher") else None
    if who is None:
        return None
    return from_who(st, who, u, (cur_start, u.end))


def _seen_as(np: str, st: State) -> Who | None:
    """The body the text named before whose name ends with these words: « les Sentinelles de digues » for the
    « Réseau des sentinelles de digues » of the paragraph before."""
    words = fold(re.sub(r"^(?:les|la|le|l['\u2019]|the)\s*", "", np, flags=re.I)).split()
    if len(words) < 2:
        return None
    for _pos, org in reversed(st.ctx.orgs_seen):
        if fold(org).split()[-len(words):] == words:
            return Who("org", org=org)
    return None
