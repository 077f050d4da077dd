"""A person a paragraph names by one word before a pronoun quotes them: « À Ritipata, le soir, Huamanchumo est
passé. Il m'a glissé : « … » », "I rang Okafor that night. He told me: “…”", "Mr Anderleigh’s service has measured …
“…,” he told the committee". The pronoun is that person, whom the
kit may name in full elsewhere, and never someone named paragraphs or a heading before. Read by :mod:`.found`.
"""

from __future__ import annotations

import re

from .people import lower_token
from .vocab import STOP_CAPS

_CAP = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
#: one capitalised word after a fronted time or place ("Later, NAME came by", « Le soir, NAME est passé »), the
#: subject of a verb of coming or going, which only a person does
_SUBJECT = re.compile(rf",[ \t]+(?P<tok>{_CAP})[ \t]+(?:(?:est|était)[ \t]+(?:passée?|venue?|arrivée?|montée?|descendue?|"
                      rf"revenue?|rentrée?|repassée?)|came|went|dropped|stopped|arrived|returned|walked|turned[ \t]+up)"
                      rf"(?![\w\-])")
#: one capitalised word as the object of a verb of calling, meeting or reaching ("I rang NAME", « J'ai appelé NAME »)
_OBJECT = re.compile(rf"(?i:\b(?:appelé|rappelé|rencontré|croisé|joint|téléphoné\s+à|écrit\s+à|called|rang|phoned|met|"
                     rf"reached|texted|visited))[ \t]+(?P<tok>{_CAP})(?![\w\-]|[ \t]+[A-ZÀ-Þ]|['\u2019]s)")


def one_word_person(text: str, lo: int, hi: int, known: set[str]) -> tuple[int, str] | None:
    """(where, word) of the last person ``text[lo:hi]`` names by one capitalised word as above, when that word is
    no name of ``known`` (the States and bodies the document names), no word the document also writes in lower
    case and no sentence's capitalised opener; None otherwise."""
    found = None
    seg = text[lo:hi]
    for m in sorted([*_SUBJECT.finditer(seg), *_OBJECT.finditer(seg), *_TITLED.finditer(seg)], key=lambda m: m.start("tok")):
        tok = m.group("tok")
        if tok in known or lower_token(tok) in STOP_CAPS \
                or re.search(rf"(?<![\w\-]){re.escape(tok.lower())}(?![\w\-])", text):
            continue
        found = (lo + m.start("tok"), tok)
    return found


#: one capitalised word after a title of address, a possessive's too ("Mr NAME's service has measured …", « M. NAME
#: a répondu »): a person by the surname alone
_TITLED = re.compile(rf"(?<![\w\-])(?:Mr|Mrs|Ms|Dr|Prof\.|Professor|M\.|Mme)[ \t\u00a0]+(?P<tok>{_CAP})"
                     rf"(?![\w\-]|[ \t\u00a0]+[A-ZÀ-Þ])")
