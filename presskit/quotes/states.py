"""A State as press copy names it without its name: by its adjective ("the Belmoran ambassador", « la délégation
tarsienne », "One Orlandian official"), when the document, or the kit, names the State itself. Adjectives of
a region ("un diplomate africain", "a Western negotiator") name no State.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .context import Context
from .people import ORG_WORDS, ROLE_WORDS, People, lower_token

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


#: a State's adjective as one word ("Vardian", « vardienne »), the stem the State's name starts with
DEMONYM = _DEMONYM

_CAPITALISED = re.compile(r"(?<![\w\-])[A-ZÀ-Þ][a-zà-ÿ]{2,}(?![\w\-])")


def state_of_demonym(phrase: str, ctx: Context, text: str = "") -> str:
    """"the Belmoran ambassador", "la délégation tarsienne": the State the document names elsewhere
    (``Belmora``, ``Tarsie``), when exactly one capitalised word starts like the adjective; "" otherwise."""
    for m in _DEMONYM.finditer(phrase):
        adj, stem = m.group(), m.group("adj")
        if len(stem) < 3 or lower_token(adj) in ROLE_WORDS or lower_token(adj) in ORG_WORDS:
            continue
        key = fold(stem)  # « talvésienne » beside « la Talvèse », "Serevian" beside "Sérevia": accents differ
        cands = {w for w in _CAPITALISED.findall(text) if fold(w).startswith(key) and len(w) - len(stem) <= 3}
        cands |= {n for n in ctx.states | set(ctx.org_names) if fold(n).startswith(fold(stem)) and len(n) - len(stem) <= 3}
        cands = {c for c in cands if fold(c) != fold(adj)}
        if len(cands) == 1:
            return cands.pop()
    return ""


def state_adjective_role(s: str) -> bool:
    """Whether ``s`` opens with a State's adjective and a role noun right after it ("Vardian Minister of Cities",
    "Vardian water minister"): a role by the State it is of, not a name."""
    words = s.split()
    return len(words) >= 2 and bool(DEMONYM.fullmatch(words[0])) and not REGIONAL.match(words[0]) \
        and any(lower_token(w) in ROLE_WORDS for w in words[1:4])


def states_of_kit(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """The one-word names a kit gives bodies or States (with the languages of the documents that give them):
    what a State's adjective in another document may stand for."""
    return {n: langs for n, langs in names.items() if " " not in n and n[:1].isupper() and len(n) > 3}


def state_in_kit(phrase: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State ``phrase`` names by its adjective ("the Dravonian delegation", « un diplomate dravonien »)
    among the names the kit gives (:func:`states_of_kit`), in the document's language when the kit gives it
    in two ("Dravonia", « la Dravonie »); "" when none, or when the adjective fits two different States."""
    if REGIONAL.search(phrase) and not re.search(r"[A-ZÀ-Þ]", phrase[1:]):
        return ""
    hits = [n for n in states if state_of_demonym(phrase, Context(People(), org_names=[n]))]
    if not hits or len({fold(n)[:5] for n in hits}) > 1:
        return ""  # none, or two States whose names begin alike: a guess
    return next((n for n in sorted(hits) if language in states[n]), sorted(hits)[0])


#: the endings of a French State adjective the usual ones (:data:`DEMONYM`) do not hold: « ostvalde » (Ostvaldie),
#: « brégantine » (Brégantie), « barsakhie » (Barsakh), « mendrave » (Mendravie)
_FR_ENDING = re.compile(r"^(?P<stem>[a-zà-ÿ]{5,}?)(?:ines?|ins?|ies?|es?)$")


def state_of_french_adjective(adj: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State of the kit a lower-case French adjective of any ending stands for (« délégation ostvalde »): the one
    State whose name starts with the adjective's stem and is at most three letters longer; "" when none, or when the
    stem fits two States ("Ostvaldie" and "Ostvaldor"), or for a word of a body's kind or a region's."""
    m = _FR_ENDING.match(adj or "")
    if m is None or REGIONAL.match(adj) or lower_token(adj) in ROLE_WORDS or lower_token(adj) in ORG_WORDS:
        return ""
    key = fold(m.group("stem"))
    hits = sorted(n for n in states if n[:1].isupper() and fold(n).startswith(key) and len(n) - len(key) <= 3
                  and fold(n) != fold(adj) and lower_token(n) not in ORG_WORDS)
    if not hits or len({fold(n)[:len(key) + 1] for n in hits}) > 1:
        return ""  # none, or two States the stem fits: a guess
    return next((n for n in hits if language in states[n]), hits[0])


#: a body of a State named by the State's adjective, in Title Case or not, with up to two words between: "Tessarian
#: delegation", "the Tessarian mines ministry", "Solmarean presidency", « délégation tessarienne », « ministère
#: tessarien des Mines »: the State when the document, or the kit, names it
STATE_BODY = re.compile(r"(?i)^(?:the\s+|la\s+|le\s+|l['\u2019])?(?:(?-i:(?P<en>[A-ZÀ-Þ][a-zà-ÿ]+))\s+(?:[a-z\-]+\s+){0,2}"
                        r"(?:delegation|government|ministry|mission|embassy|presidency|authorities)"
                        r"|(?:délégation|gouvernement|ministère|mission|ambassade|présidence|autorités)\s+"
                        r"(?P<fr>[a-zà-ÿ]{4,}))\b")


def body_of_state(phrase: str) -> str:
    """The words of ``phrase`` that name a State's body by the State's adjective (:data:`STATE_BODY`), or ""."""
    m = STATE_BODY.search(phrase.strip())
    adj = m and (m.group("en") or m.group("fr")) or ""
    return m.group(0).strip() if m and _DEMONYM.fullmatch(adj) and not REGIONAL.match(adj) else ""



_NATIONAL = re.compile(r"(?i)(?<![\w\-])nationale?s?(?![\w\-])")


def state_of_national_body(org: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State a national body of its own speaks for: « l’Observatoire national du bruit de Kestrovie », "the
    National Noise Authority of Dravonia" (its head speaks for the State), named as the kit names the State;
    "" when ``org`` is no national body or names no State of the kit ("International" is not "national")."""
    if not org or not _NATIONAL.search(org):
        return ""
    words = [fold(w) for w in re.findall(r"[\w\-]+", org) if w[:1].isupper()]

    def same_state(w: str, n: str) -> bool:  # "Kestrovie" for "Kestrovia": the name in the other language
        k = max(5, len(n) - 2)
        return len(w) >= 5 and abs(len(w) - len(n)) <= 2 and w[:k] == n[:k]
    hits = sorted(n for n in states if any(same_state(w, fold(n)) for w in words))
    if not hits or len({fold(n)[:5] for n in hits}) > 1:
        return ""  # none, or two States: a guess
    return next((n for n in hits if language in states[n]), hits[0])


#: a State's office with the State's name before it and only lower-case words between ("the Halmyre veterinary
#: service", "Orsk health ministry"): a State's own office; a Title Case name ("the Orsk Food Agency", "Friends of
#: the Orsk Fens") is a body of its own
_STATE_OFFICE = re.compile(r"^(?:the\s+)?(?P<en>[A-ZÀ-Þ][a-zà-ÿ\-]{2,})\s+(?:[a-z\-]+\s+){0,2}"
                           r"(?:ministry|service|services|department|directorate|government|authorities)$")


def state_of_its_office(org: str, states: dict[str, set[str]]) -> str:
    """The State whose own office ``org`` is, by the State's name the kit gives (:data:`_STATE_OFFICE`): "the
    Halmyre veterinary service" is Halmyre; "" when ``org`` is no such office or its name is no State of the kit."""
    m = _STATE_OFFICE.match(org.strip())
    name = m.group("en") if m else ""
    return name if name and name in states else ""


#: a State's agency named by the State's adjective, as its own Title Case name ("Brovanian Crop Protection Agency",
#: "the Tessarian Food Safety Authority", « l'Agence brovanienne des produits phytosanitaires », « l'Inspection
#: tessarienne des sols »): a State's own agency, whose head and staff speak for the State; not a news agency
_AGENCY_OF_ADJ = re.compile(r"^(?:the\s+|l['\u2019]\s*)?(?:(?P<en>[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?:[A-Z][\w\-]*\s+){0,3}"
                            r"(?:Agency|Authority|Inspectorate|Directorate)"
                            r"|(?:Agence|Autorité|Inspection|Direction)\s+(?P<fr>[a-zà-ÿ]{4,})(?:\s+[^,;]{0,60})?)$")
_PRESS = re.compile(r"(?i)(?<![\w\-])(?:press|presse|news|information|informations)(?![\w\-])")


def state_of_its_agency(org: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State whose own agency ``org`` is, named by the State's adjective (:data:`_AGENCY_OF_ADJ`), as the kit
    names the State; "" when ``org`` is no such agency, names a news agency, or its adjective is no State's
    (a region's, or one two States' names fit)."""
    m = _AGENCY_OF_ADJ.match(org.strip())
    adj = m and (m.group("en") or m.group("fr")) or ""
    if not adj or not _DEMONYM.fullmatch(adj) or REGIONAL.match(adj) or _PRESS.search(org):
        return ""
    return state_in_kit(adj, states, language)
