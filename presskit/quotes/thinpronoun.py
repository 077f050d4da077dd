"""Where a pronoun's reading is too thin to name anyone, and where it goes on for someone the text does not name.

:func:`.found.pronoun_found` picks the person a pronoun after a quotation means (the rule "Who spoke" in
docs/quotes.md). Two forms press writers use leave that pick a guess, and a wrong name is worse than none:

* **two people made one subject** before the pronoun: « Le ministre NAME2 l'y attendait. Les deux hommes ont
  parlé vingt minutes. « … », a-t-il ensuite assuré », "The two women spoke for an hour. “…,” she said": after
  "the two men", « les deux femmes », « tous deux », the pronoun may be either of them;
* **a subject of no known gender with a "he" of her own sentence**: "NAME2 had just left the podium when he
  took his seat. “…,” he warned": the clause's "he" is the man the paragraph is about, maybe NAME2, maybe not.

Both give nobody when the paragraph names another person the pronoun fits. A person introduced by someone
else's possessive ("Minister NAME came to our congress. His adviser, NAME2, walked me to the car. He had told the
hall that “…”") takes no gender from the next sentence's pronoun (:func:`possessed_by_another`, read by
:mod:`.genders`): "his" is the minister's, and "He" may be his too, so the man the text says is one comes first.

And **an unnamed person goes on**: « Une garde …, dont je tairai le nom, m'a écrit : « … » Et elle ajoutait : « … » », "A delegate who asked not
to be named said: “…” “…,” she added": the one who adds is the unnamed person of the quotation before, in the
same paragraph with nobody named, not the statement's speaker or someone named paragraphs before.
"""

from __future__ import annotations

import re

from .cues import say_verbs
from .firstnames import first_name_gender
from .people import Person

#: "the two men", "both women", « les deux hommes », « tous deux », « l'une et l'autre »: two people, one subject
_TWO_OF = re.compile(r"(?i)(?<![\w\-])(?:(?:the\s+two|both)\s+(?P<en>men|women)|les\s+deux\s+(?P<fr>hommes|femmes)|"
                     r"(?P<tous>tous|toutes)\s+(?:les\s+)?deux|l['\u2019](?P<un>un|une)\s+et\s+l['\u2019]autre)(?![\w\-])")


def _two_of_gender(m: re.Match) -> str:
    word = (m.group("en") or m.group("fr") or m.group("tous") or m.group("un")).lower()
    return "f" if word in ("women", "femmes", "toutes", "une") else "m"


def _gender(p: Person) -> str:
    return p.gender or first_name_gender(p.name)


def _others_fit(mentions, para_start: int, at: int, p: Person, want: str) -> bool:
    """Whether the paragraph names, before ``at``, a person other than ``p`` whom the pronoun could mean."""
    return any(para_start <= m.pos < at and m.person.name and m.person.name != p.name
               and not p.name.endswith(" " + m.person.name) and not m.person.name.endswith(" " + p.name)
               and _gender(m.person) in ("", want) for m in mentions)


#: a clause of time inside a sentence whose subject is a pronoun: "when he took his seat", « quand il est entré »
_CLAUSE_PRONOUN = {
    "m": re.compile(r"(?i)(?<![\w\-])(?:when|as|while|before|after|until|once|quand|lorsque|lorsqu['\u2019]|"
                    r"alors\s+qu['\u2019]|tandis\s+qu['\u2019]|avant\s+qu['\u2019]|dès\s+qu['\u2019])\s*(?:he|il)(?![\w\-])"),
    "f": re.compile(r"(?i)(?<![\w\-])(?:when|as|while|before|after|until|once|quand|lorsque|lorsqu['\u2019]|"
                    r"alors\s+qu['\u2019]|tandis\s+qu['\u2019]|avant\s+qu['\u2019]|dès\s+qu['\u2019])\s*(?:she|elle)(?![\w\-])"),
}
#: someone else's possessive before a role and the name in apposition: "his adviser, NAME,", "her deputy, NAME"
_POSSESSED = {
    "m": re.compile(r"(?i)(?<![\w\-])his\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+,\s*$"),
    "f": re.compile(r"(?i)(?<![\w\-])her\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+,\s*$"),
}
_QUOTE_MARK = re.compile(r"[\u201c\u201d\u00ab\u00bb\"]")
_SENTENCE_END = re.compile(r"[.!?][\u201d\u00bb\"']?\s+(?=[A-Z\u00c0-\u00de\u201c\u00ab\"])|\n\s*\n")


def possessed_by_another(text: str, pos: int, gender: str) -> bool:
    """Whether the name at ``pos`` follows someone else's possessive of ``gender`` and a role: "his adviser, NAME"."""
    return gender in _POSSESSED and _POSSESSED[gender].search(text[max(0, pos - 60):pos]) is not None


def _sentence_at(text: str, lo: int, pos: int) -> tuple[int, int]:
    start = lo
    for e in _SENTENCE_END.finditer(text, lo, pos):
        start = e.end()
    e = _SENTENCE_END.search(text, pos)
    return start, e.start() + 1 if e else len(text)


def too_thin(text: str, para_start: int, at: int, want: str, p: Person | None, mentions) -> Person | None:
    """``p``, or nobody when one of the forms of the module's docstring makes the pronoun (of gender ``want``) at
    ``at`` a guess between ``p`` and another person of the paragraph."""
    if p is None or not p.name or want not in ("f", "m"):
        return p
    mine = [m.pos for m in mentions if m.person.name == p.name and para_start <= m.pos < at]
    if not mine:
        return p
    if not _others_fit(mentions, para_start, at, p, want):
        return p
    last = max(mine)
    two = [m for m in _TWO_OF.finditer(text, last, at) if _two_of_gender(m) == want]
    if two:  # "NAME2 was waiting for him. The two men talked. “…,” he said": either of them
        return None
    if not _gender(p):
        s, e = _sentence_at(text, para_start, last)
        clause = _CLAUSE_PRONOUN[want].search(text, last, min(e, at))
        if clause is not None and not say_verbs(text[last:clause.start()]) \
                and not _QUOTE_MARK.search(text, last, clause.start()):
            # "NAME2 had just left the podium when he took his seat. “…,” he warned" (not "“…,” NAME2 said as
            # she left the room", where the clause is the speaker's own)
            return None
    return p


_ADD = (r"(?:added|adds|went\s+on|goes\s+on|continued|continues|ajout(?:e|ait|a)|a\s+ajouté|avait\s+ajouté|"
        r"poursui(?:t|vait|vit)|a\s+poursuivi|continu(?:e|ait|a)|a\s+continué)")
#: the pronoun and its verb of adding right before the quotation: "She added: “…”", « Et elle ajoutait : « … »
_ADDS_BEFORE = re.compile(rf"(?i)(?<![\w\-])(?:he|she|il|elle)\s+(?:then\s+|also\s+|alors\s+|aussi\s+)?{_ADD}"
                          r"[^.!?:\u201c\u00ab]{0,30}[:,][\s\u00a0\u202f]*$")
#: after it: "“…,” she added", « « … », a-t-elle ajouté », « ajoutait-elle »
_ADDS_AFTER = re.compile(rf"(?i)^[\s,.\u00a0\u202f\u201d\u00bb]*(?:(?:he|she)\s+(?:then\s+)?{_ADD}|a-t-(?:il|elle)\s+"
                         r"(?:ajouté|poursuivi|continué)|(?:ajoute|ajoutait|poursuit|poursuivait|continue)-t?-?(?:il|elle))(?![\w\-])")


def adds(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``start:end`` is introduced or followed by a pronoun's verb of adding."""
    return _ADDS_BEFORE.search(text, max(0, start - 60), start) is not None or _ADDS_AFTER.match(text[end:end + 60]) is not None


def unnamed_goes_on(text: str, para_start: int, at: int, last, mentions):
    """The previous quotation's attribution when it is someone unnamed in this paragraph and nobody is named
    between (``last``: a :class:`.found.Found`); else None."""
    if last is None or last.how != "unnamed" or last.speaker or not last.evidence or last.evidence[0] < para_start:
        return None
    if any(para_start <= m.pos < at and m.person.name for m in mentions):
        return None  # ("A delegate said: “…” NAME nodded. “…,” she added": someone named between)
    return last
