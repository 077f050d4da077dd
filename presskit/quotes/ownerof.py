"""Someone unnamed of a named person's delegation, ministry or circle: "A member of her delegation, who asked not
to be named, was more hopeful: “…”" after "NAME said", "One of his advisers, whose name I will not give, said",
« Un conseiller de la ministre, qui a requis l’anonymat, reconnaît que … » after « Sa ministre, NAME, … ».

Nobody is named, but the possessive (or the title « de la ministre ») points back to a person the paragraph names:
the words are her side's, and speak for the body she speaks for. That body is the one the document gives her, or,
when the document gives none, the one the kit settles for her (:mod:`.settle`): the owner is carried there.

The owner must be one: exactly one person the paragraph names before the phrase and whose gender fits the
possessive; with none or two, nothing is given. A possessive that is the unnamed person's own ("an officer, who
asked not to be named because his ministry had not cleared him") is not this phrase: the phrase opens the clause.
"""

from __future__ import annotations

import re

from .record import State

#: the unnamed person of someone's side, at the head of the clause that leads the words in
_SIDE_EN = (r"delegation|ministry|cabinet|office|team|staff|entourage|department|government|mission|negotiating\s+team")
_PEOPLE_EN = (r"advisers|advisors|aides|officials|negotiators|delegates|diplomats|staffers|deputies|colleagues|"
              r"team|staff|delegation")
_PERSON_EN = (r"member|adviser|advisor|aide|official|diplomat|negotiator|delegate|staffer|source|spokesperson|"
              r"spokeswoman|spokesman")
_SIDE_FR = r"délégation|cabinet|ministère|équipe|entourage|gouvernement|mission"
_PEOPLE_FR = (r"conseillers|conseillères|collaborateurs|collaboratrices|négociateurs|négociatrices|délégués|"
              r"déléguées|diplomates|proches|collègues")
_PERSON_FR = (r"membre|conseiller|conseillère|collaborateur|collaboratrice|proche|diplomate|négociateur|négociatrice|"
              r"délégué|déléguée|source|porte-parole")
_TITLE_FR = r"ministre|vice-ministre|ambassadeur|ambassadrice|présidente?|secrétaire\s+d['\u2019]\s*[ÉE]tat"
_OWNED = re.compile(
    rf"(?:^|(?<=[.;:!?\n]\s)|(?<=[.;:!?\n]))\s*(?:"
    rf"(?:An?|One|Another)\s+(?:(?:senior|junior|close|young|veteran)\s+)?(?:{_PERSON_EN})\s+(?:of|on|to|in|from)\s+"
    rf"(?P<en1>her|his)\s+(?:own\s+)?(?:{_SIDE_EN})|"
    rf"(?:One|Another|Two|Some)\s+of\s+(?P<en2>her|his)\s+(?:own\s+|closest\s+|senior\s+)?(?:{_PEOPLE_EN})|"
    rf"(?:Un|Une|L['\u2019]\s*un|L['\u2019]\s*une)\s+(?:(?:de|d['\u2019])\s*)?(?:(?:{_PERSON_FR})\s+(?:de\s+sa\s+|de\s+son\s+)"
    rf"(?:{_SIDE_FR})|ses\s+(?:proches\s+)?(?:{_PEOPLE_FR}))|"
    rf"(?:Un|Une)\s+(?:{_PERSON_FR})\s+(?P<fr>de\s+la|du)\s+(?:{_TITLE_FR}))(?![\w\-])")


def _gender(m: re.Match) -> str:
    word = (m.group("en1") or m.group("en2") or m.group("fr") or "").lower()
    return {"her": "f", "his": "m", "de la": "f", "du": "m"}.get(word, "")


def owner_of_unnamed(st: State, lead: str, base: int) -> str:
    """The full name of the one person whose delegation, ministry or adviser the clause ``lead`` (at ``base``) makes
    the unnamed sayer of the words; "" when the clause is no such phrase or the paragraph names no one owner."""
    m = _OWNED.search(lead)
    if m is None:
        return ""
    at = base + m.start()
    para_start, _ = st.doc.paragraph(at)
    g = _gender(m)
    owners = {men.person.name for men in st.mentions
              if para_start <= men.pos < at and men.person.name and (not g or men.person.gender in ("", g))
              and not _complement(st.doc.text, men.pos, men.person.name)}
    full = {n for n in owners if " " in n}
    owners -= {n for n in owners if " " not in n and any(f.split()[-1] == n for f in full)}  # her surname again
    return next(iter(owners)) if len(owners) == 1 else ""


def _complement(text: str, pos: int, name: str) -> bool:
    """Whether a one-word name stands as a role's complement ("Minister of Fisheries", « ministre des Pêches »): no
    person."""
    return " " not in name and bool(re.search(r"(?i)(?:\bof|\bde|\bdes|\bdu)\s+(?:the\s+|la\s+|l['\u2019])?$",
                                              text[max(0, pos - 12):pos]))
