"""The publication a reporter writes for, read from her own article: a document that says where it first appeared
("This article first appeared in The X Courier", « Article paru dans Le Courrier de Y ») or gives it in its by-line
("Par NAME, Le Courrier de Y"), and signs "By NAME" / « Par NAME ». The reporter quoted in her own article (« … »,
écrit NAME; "…," writes NAME in a note to readers) speaks for that publication. A by-line with no publication
("Par NAME, journaliste"), or a publication named for someone who did not sign the article, gives none: whom a
person writes for is never guessed."""

from __future__ import annotations

import re

from .vocab import untitled

#: how far into a document its by-line and the note on where it first appeared stand (characters)
_HEAD = 1500

#: a publication's name: its article, then capitalised words (a particle of a place between them)
_PUB = (r"(?P<pub>(?:The|Le|La|Les|L['\u2019])[ \t]*[A-ZÀ-Ý][\w\-\u2019']*"
        r"(?:[ \t]+(?:(?:de|du|des|d['\u2019]|of|on|la|le|l['\u2019]|sur)[ \t]*)*[A-ZÀ-Ý][\w\-\u2019']*){0,5})")
#: "first appeared in", "was first published in", « paru dans », « publié dans », "reprinted from" (a mark of emphasis
#: may stand around the name: « *Reportage paru dans* Le Courrier de X *le 4 novembre* »)
_APPEARED = re.compile(r"(?:first\s+appeared\s+in|(?:first\s+)?published\s+in|reprinted\s+from|(?:paru|parue|publié|publiée)"
                       r"\s+(?:le\s+[^,.\n]{1,30}\s+)?dans)\s*\*?\s*" + _PUB)
#: the word of a reporter's trade after her name in a by-line ("Par NAME, journaliste — Le Courrier de Y")
_TRADE = r"(?:(?:journaliste|reporter|correspondent|correspondante?|staff\s+writer|envoyée?\s+spéciale?)\s*(?:[\u2014\u2013,-]\s*)?)?"


#: the particles a name may have between its words ("Marie de La Tour", "Jan van der Berg")
_PARTICLES = {"de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "le", "la"}
_WORD = r"[A-ZÀ-Ý][\w\-\u2019']+"
#: THE one reading of a head's by-line: at the head of a line (or after a dot or a dash), in bold or italics or not,
#: "By" / "BY" / "Par" / "PAR" / "Written by" / « Texte de » / « Texte : », a title ("Dr", "Mme") the name keeps out,
#: the name (two to four capitalised words, particles between them; never "By The …"), then what ends it: a comma,
#: a middle dot, a dash, a closing mark of emphasis, the end of the line (the role may stand on the next) — that
#: end, ``after``, is missing when the words run on in a sentence ("By Friday Harbour Town we had …")
_SIGNED = re.compile(
    r"(?:^|(?<=[\n.*_\u2014]))[ \t]*[*_]{0,3}[ \t]*"
    r"(?:By|BY|Par|PAR|(?:Written|WRITTEN)[ \t]+(?:by|BY)|(?:Texte|TEXTE)[ \t]+(?:de|DE)|(?:Texte|TEXTE)[ \t]*:)[ \t]+"
    r"(?:(?:Dr|Pr|Prof|Mme|Mrs|Ms|Mr|Me|M)\.[ \t]+)?"
    r"(?!(?:The|THE|Le|LE|La|LA|Les|LES|L['\u2019])\b)"
    r"(?P<name>" + _WORD + r"(?:[ \t]+(?:(?:" + "|".join(sorted(_PARTICLES)) + r")[ \t]+)*" + _WORD + r"){1,3})"
    r"(?P<after>[ \t]*[*_]{0,3}[ \t]*(?:,|\u00b7|\u2014|\u2013|\||(?<=[*_])|\n|$)(?![ \t]*(?:and|et|&)\b)[^\n]{0,40})?")


def _byline(head: str, speaker: str):
    """Where the head signs "By NAME" / « Par NAME » for ``speaker`` (her full name, or the one full name a by-line
    gives with her surname): the end of the name, or None."""
    said = speaker.split()
    for m in _SIGNED.finditer(head):
        name = _name(m).split()
        if name == said or len(said) == 1 and name[-1] == said[0]:
            return m.end("name")
    return None


def publication_of_author(text: str, speaker: str) -> str:
    """The publication the document says its signed author writes for, when ``speaker`` is that author (her full
    name, or her surname); "" otherwise."""
    if not speaker:
        return ""
    head = text[:_HEAD]
    end = _byline(head, speaker)
    if end is None:
        return ""
    m = re.match(r"\s*,\s*" + _TRADE + r"\*?" + _PUB, head[end:])
    if m is None:
        m = _APPEARED.search(head)
    return re.sub(r"\s+(?:on|du|le|of)$", "", m.group("pub").strip()) if m else ""


def _name(m: re.Match) -> str:
    """The name a by-line gives, without its title ("Dr"), in its own case when the press prints it in capitals."""
    name = m.group("name")
    if name.isupper():
        name = " ".join(w if w.lower() in _PARTICLES else w.title() for w in name.split())
    return untitled(name)


def signer(text: str) -> str:
    """The one person a document's head (its first 1,500 characters) signs as its author, in any form the press
    prints a by-line in: "By NAME", "BY NAME", "By Dr NAME, ROLE", « Par NAME », « PAR NAME », "Written by NAME",
    « Texte de NAME », « Texte : NAME », on its own line with the role on the next, in bold or italics. Her "I" is
    the document's first person. "" when the head signs no one, or two people who differ ("By NAME and NAME", two
    by-lines)."""
    found = {_name(m) for m in _SIGNED.finditer(text[:_HEAD]) if m.group("after") is not None
             and not re.match(r"[ \t]*(?:,[ \t]*)?[A-ZÀ-Ý][\w\-\u2019']+[ \t]+(?:and|et)[ \t]", m.group("after"))}
    return found.pop() if len(found) == 1 else ""
