"""A headline's quotation that the text below repeats as someone's words.

An interview or a profile opens on a line in quotation marks and says, in the paragraph below, whose line it is
without marks: "“A battery in a bin is a fire with a timer we cannot see” ¶ Teodor NAME has spent three winters …
He repeats the line he has used all week: a battery in a bin is a fire with a timer we cannot see." The quotation is
the words of the person that paragraph names before repeating them. Read only for a quotation nothing else
attributes, standing at the top of its document.
"""

from __future__ import annotations

import re

from .record import CONFIDENCE, Found, State, Unit

#: how far into the document the quotation may stand, and how far below it its words may be repeated
_TOP, _BELOW = 400, 1500
#: the fewest words a repeated line has (a shorter one is a phrase anyone may use again)
_MIN_WORDS = 5


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def repeated_below(st: State, u: Unit) -> Found | None:
    """The person the paragraph below names before repeating the words of ``u`` without quotation marks; None when
    ``u`` is not near the document's top, its words are not repeated, or the paragraph names nobody before them."""
    text = st.doc.text
    words = _words(u.text)
    if u.start > _TOP or len(words) < _MIN_WORDS:
        return None
    below = text[u.end:u.end + _BELOW]
    found = re.search(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", below, re.IGNORECASE)
    if found is None:  # (the same document writes the same words the same way: no folding, exact offsets)
        return None
    at = u.end + found.start()
    para_start, _ = st.doc.paragraph(at)
    named = [m for m in st.mentions if para_start <= m.pos < at and m.person.name and len(m.person.name.split()) > 1
             and not re.fullmatch(r"(?:[A-ZÀ-Þ]\.[\s\-]*)+", m.person.name)]  # (not an answer's label "A. V.")
    if not named or len({m.person.name for m in named}) > 1 and not re.search(
            r"(?i)(?<!\w)(?:he|she|il|elle)\s+(?:repeats|répète|says|dit)\b", below[:found.start()]):
        return None
    p = named[0].person if len({m.person.name for m in named}) == 1 else named[-1].person
    return Found("named", p.name, p.role, p.organisation, CONFIDENCE["headline"], evidence=(u.start, at + len(found.group())))


#: the text below a headline's quotation saying whose line it is without repeating it: "The line in our headline is
#: one she repeats to every new call handler", « La phrase de notre titre, il la répète à chaque promotion »
_OUR_HEADLINE = re.compile(r"(?i)(?<!\w)(?:(?:line|words|phrase|sentence|quote)\s+(?:in|of|from)\s+our\s+(?:headline|title)"
                           r"|(?:phrase|formule|citation|mots|paroles?)\s+(?:de|en|qui\s+fait)\s+notre\s+(?:titre|une))(?!\w)")


def named_in_headline(st: State, u: Unit) -> Found | None:
    """The person the paragraph that says "the line in our headline" opens on, for the quotation that stands alone
    at the document's top (the headline); None when ``u`` is no such headline or nothing below says whose it is."""
    text = st.doc.text
    if u.start > _TOP or len(_words(u.text)) < 3:
        return None
    para_start, para_end = st.doc.paragraph(u.start)
    if len(_words(text[para_start:para_end])) > len(_words(u.text)):
        return None  # (the quotation is not its paragraph's only words: no headline)
    said = _OUR_HEADLINE.search(text, u.end, u.end + _BELOW)
    if said is None:
        return None
    below_start, _ = st.doc.paragraph(said.start())
    named = [m for m in st.mentions if below_start <= m.pos < said.start() and m.person.name
             and len(m.person.name.split()) > 1 and not re.fullmatch(r"(?:[A-ZÀ-Þ]\.[\s\-]*)+", m.person.name)]
    if not named:
        return None
    p = min(named, key=lambda m: m.pos).person  # the one the paragraph opens on: the interviewee, not her predecessor
    return Found("named", p.name, p.role, p.organisation, CONFIDENCE["headline"], evidence=(u.start, said.end()))
