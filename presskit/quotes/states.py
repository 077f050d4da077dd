"""A State as press copy names it without its name: by its adjective ("the Belmoran ambassador", « la délégation
tarsienne », "One Orlandian official"), when the document, or the kit, names the State itself. Adjectives of
a region ("un diplomate africain", "a Western negotiator") name no State.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .context import Context
from .people import ORG_WORDS, ROLE_WORDS, lower_token

#: a State's government, ministry or delegation by its adjective ("the Senevalese delegation", « le
#: gouvernement tavrénien »): the State, when the document names it (:func:`state_of_demonym`)
BODY_OF_ADJ = re.compile(r"(?i)^(?:the\s+|la\s+|le\s+|l['\u2019])?(?:(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)\s+)?"
                         r"(?:delegation|government|ministry|mission|embassy|délégation|gouvernement|ministère|"
                         r"ambassade)(?:\s+(?-i:[a-zà-ÿ]+))?\s*$")


#: adjectives of a region, not of one State ("un diplomate africain", "a Western negotiator")
REGIONAL = re.compile(r"(?i)\b(?:afric|europ|asia|americ|améric|occident|western|eastern|northern|southern|arab|"
                      r"latin|nordic|pacific|caribbean|antill|maghr|sahel)\w*")


_DEMONYM = re.compile(r"(?<![\w\-])(?P<adj>[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{3,}?)(?:ans?|ians?|iens?|iennes?|éens?|éennes?|"
                      r"ese|ois|oise|ais|aise|ish|i|ic|ique|ien|ienne|anes?|oises|aises)(?![\w\-])")


def state_of_demonym(phrase: str, ctx: Context, text: str = "") -> str:
    """"the Belmoran ambassador", "la délégation tarsienne": the State the document names elsewhere
    (``Belmora``, ``Tarsie``), when exactly one capitalised word starts like the adjective; "" otherwise."""
    for m in _DEMONYM.finditer(phrase):
        adj, stem = m.group(), m.group("adj")
        if len(stem) < 3 or lower_token(adj) in ROLE_WORDS or lower_token(adj) in ORG_WORDS:
            continue
        cands = {w for w in re.findall(rf"(?<![\w\-]){re.escape(stem[0].upper() + stem[1:])}[a-zà-ÿ]{{0,3}}(?![\w\-])", text)}
        cands |= {n for n in ctx.states | set(ctx.org_names) if fold(n).startswith(fold(stem)) and len(n) - len(stem) <= 3}
        cands = {c for c in cands if fold(c) != fold(adj)}
        if len(cands) == 1:
            return cands.pop()
    return ""
