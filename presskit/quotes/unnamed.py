"""Whom an unnamed person speaks for, as press copy says it: "a spokesperson for the International Clearance
Agency", « une porte-parole de l’Agence … », "an official of the Ysselmark delegation", "a colleague of NAME at
the Institute", and "the spokesperson" again in the next sentence (the one introduced just before, for that
body). Nobody is named, but the body is, and the quotation speaks for it.
"""

from __future__ import annotations

import re
from typing import Callable

from ..textutil import fold
from .appos import TITLED_BODY
from .context import Context
from .cues import APO
from .people import ORG_WORDS, ROLE_TITLES, UP, clean_org, lower_token
from .states import REGIONAL, body_of_state, state_of_demonym

#: where the body follows the person: "for the X", "of X", "at the Institute", « de l’Agence », « auprès du … »
_PREP = re.compile(r"(?:^|\s)(?:for|of|from|at|to|with|inside|within|du|de|des|d['\u2019]|à|au|aux|chez|auprès\s+d[eu]s?|"
                   r"au\s+sein\s+d[eu]s?)\s*"
                   r"(?=(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ])")

_DELEGATION_OF = re.compile(rf"(?i:\b(?:delegation|délégation|mission|government|gouvernement))\s+(?:of|from|de|du|d{APO})"
                            rf"\s*(?:the\s+|la\s+|le\s+|l{APO}\s*)?(?P<state>{UP}[\w\-]+(?:\s+{UP}[\w\-]+){{0,2}})")
#: "an official of the Ysselmark delegation", "a member of Lund's delegation": the State
_STATE_DELEGATION = re.compile(rf"\s(?:of|from|in|with|on|to)\s+(?:the\s+)?(?P<state>{UP}[\w\-]+)(?:{APO}s)?\s+"
                               r"(?:delegation|mission|government|embassy)\b")
_ONE_OF = re.compile(r"(?i)\b(?:one|some|several|any|each)\s+of\s*$|\b(?:l['\u2019]|d['\u2019])?une?\s+des\s*$|"
                     r"\b(?:a|an|un|une|d['\u2019]une?)\s+(?:country|state|nation|pays|état|nation)\b")
#: a part of a body by its possessive: "the X’s board", "the X’s staff"
_PART_OF = re.compile(rf"^(?P<org>.+?){APO}s\s+(?:board|staff|team|secretariat|leadership|management|executive|"
                      r"delegation|office)$", re.I)
_ADJECTIVE = re.compile(r"(?:ish|ian|ese|ean|ois|ais|ic|i)$")  # ("the Lundish delegation": a State's adjective)
#: a body of the document's own by "our": "an engineer from our space agency", « un ingénieur de notre agence »
_OUR_BODY = re.compile(r"(?i)(?<![\w\-])(?:of|from|at|in|with|de|à|au\s+sein\s+de|chez)\s+(?:our|notre|nos)\s+"
                       r"(?:[a-zà-ÿ\-]+\s+){0,2}?(?:agency|agence|ministry|ministère|ministères|government|gouvernement|"
                       r"delegation|délégation|mission|institute|institut|administration|service|services|office|"
                       r"secretariat|secrétariat|team|équipe|staff|network|réseau|coalition|organisation|organization|"
                       r"customs|douanes?|inspectorate|inspection|border|postes|police|hospitals?|hôpitaux|hôpital|"
                       r"schools?|écoles?|districts?|ports?|laborator(?:y|ies)|laboratoires?)"
                       r"(?![\w\-])"
                       #: or one of "our" people: "one of our district health officers", « l’un de nos médecins »
                       r"|(?i:\b(?:one|some|several|many|a\s+few|two|three|each|any|none|l['\u2019]\s*une?|une?|"
                       r"certains|certaines|plusieurs|deux|trois|aucune?)\s+(?:of|de|d['\u2019])\s*(?:our|nos)\s+"
                       r"(?:own\s+|propres\s+)?(?:[a-zà-ÿ\-]+\s+){0,2}?(?:officers?|officials?|inspectors?|nurses?|doctors?|"
                       r"staff|experts?|scientists?|engineers?|teachers?|diplomats?|negotiators?|advisers?|advisors?|"
                       r"delegates?|colleagues?|médecins?|infirmières?|infirmiers?|agents?|agentes?|fonctionnaires?|"
                       r"experts?|diplomates?|délégués?|déléguées?|conseillers?|conseillères?|collègues?|"
                       r"[a-zà-ÿ\-]+(?:ists?|eurs|euses?|rices?|iers?|ières?|iciens?|iciennes?|ologues?))(?![\w\-]))")
#: a body by its kind in lower case after the person: "a spokeswoman for the agency", « un porte-parole de l’agence »
_FOR_THE_KIND = re.compile(r"(?:^|\s)(?i:for|of|at|from|with|de|du|chez)\s+(?i:the\s+|la\s+|le\s+|l['\u2019]\s*)?"
                           r"(?P<kind>[a-zà-ÿ]+)\s*$")
#: "the spokesperson", « la porte-parole »: the unnamed person of that noun introduced just before
_AGAIN = re.compile(r"^(?:the|this|le|la|l['\u2019]|cette|ce)\s*(?P<noun>[a-zà-ÿ\-]+)$", re.I)


def unnamed_for(s: str, ctx: Context, at: int, org_np: Callable) -> str:
    """The organisation an unnamed person (the noun phrase ``s``) speaks for, when it is a known one or reads
    as one; "" otherwise. ``org_np`` reads an organisation's noun phrase (:func:`.subject.org_np`)."""
    d = _DELEGATION_OF.search(s)
    if d is not None:  # "un membre de la délégation de Tolvanie", "a member of the delegation of Lund"
        return clean_org(d.group("state"))
    head = re.split(r",|\s(?:who|qui|whose|dont)\s", s)[0]
    if _OUR_BODY.search(head) and ctx.doc_org:
        return ctx.doc_org  # « un ingénieur de notre agence spatiale » in a State's statement: the State's own
    if ctx.text and not REGIONAL.search(head):  # "an Orlandian official", « un conseiller de la délégation
        state = state_of_demonym(head, ctx, ctx.text)  # tavrénienne »: the State the document names
        if state:
            return state
        body = body_of_state(re.sub(r"(?i)^.*?\b(?:for|of|from|at|de|du|d['\u2019])\s+", "", head))
        if body:  # "a spokeswoman for the Solmarean presidency" where the document never names Solmarea: the
            return clean_org(body)  # body, for the kit to read as its State (``settle``)
    d = _STATE_DELEGATION.search(head)
    if d is not None and not REGIONAL.search(d.group("state")) and not _ADJECTIVE.search(d.group("state")):
        return clean_org(d.group("state"))  # "an official of the Ysselmark delegation"
    again = _AGAIN.match(s.strip())
    if again is not None and ctx.text:
        return _introduced(again.group("noun"), ctx, at, org_np)
    ministry = _MINISTRY_OF.search(head)
    if ministry is not None:  # « un haut fonctionnaire du ministère du Logement »: the ministry, for the kit to
        return ministry.group("org")[0].upper() + ministry.group("org")[1:]  # read as its State's (``settle``)
    low = _FOR_THE_KIND.search(head)
    if low is not None and len(head[: low.start()].split()) <= 3 and lower_token(low.group("kind")) in ORG_WORDS:
        found = ctx.resolve_org(low.group("kind"), at)  # "A spokeswoman for the agency" after the text named it
        if len(found.split()) > 1 or found in ctx.states:
            return found
    for m in list(_PREP.finditer(head))[:3]:  # "a colleague of Quist at the Institute": the body, not the person
        if len(head[: m.start()].split()) > 4 or _ONE_OF.search(head[: m.end()]):  # ("one of the X States": none)
            break
        state = _STATE_NAME.match(head[m.end():].strip(" .,"))
        if state is not None and _DIPLOMAT.search(head[:m.start()]) and lower_token(state.group("s")) not in ORG_WORDS \
                and not REGIONAL.match(state.group("s")):  # (« un diplomate d’Europe du Nord »: a region, no State)
            return state.group("s")  # « Un délégué de la Tessarie », "a diplomat from Vardia": a State's
        found = _body(head[m.end():], ctx, at, org_np) or _body("the " + head[m.end():], ctx, at, org_np)
        if found and (_a_place_of_work(m.group(0), found, ctx) or REGIONAL.match(found)):  # (or a region's name)
            continue  # "A customs officer at Port Elvane": where she works, not whom she speaks for
        if found:
            return found
    return ""


def _a_place_of_work(prep: str, found: str, ctx: Context) -> bool:
    """"at Port Elvane", « à Port-Elvane »: a name after "at" that is no body's (no body's word in it, no body
    the kit or the text names so) is a place."""
    if prep.strip().lower() not in ("at", "à"):
        return False
    if any(lower_token(w) in ORG_WORDS for w in found.split()) or re.fullmatch(r"[A-ZÀ-Þ]{2,6}", found):
        return False
    key = fold(found)
    return not any(fold(n) == key for n in [*ctx.org_names, *ctx.own_orgs, *(n for _p, n in ctx.orgs_seen)])


#: a person who speaks for a State, and the State's one-word name after her: « un délégué de la Tessarie »
_DIPLOMAT = re.compile(r"(?i)\b(?:delegate|diplomat|negotiator|envoy|official|representative|member\s+of\s+the\s+"
                       r"delegation|délégué|déléguée|diplomate|négociateur|négociatrice|émissaire|représentant|"
                       r"représentante|responsable)\s*$")
_STATE_NAME = re.compile(r"(?:(?:the|la|le)\s+|l['\u2019])?(?P<s>[A-ZÀ-Þ][a-zà-ÿ]{3,})(?=\s*$|\s+(?:lundi|mardi|mercredi|jeudi|"
                         r"vendredi|samedi|dimanche|on|in|at|à|en|au|hier|ce|cette|this|last|yesterday|during|pendant|"
                         r"lors|said|told|says|a|has|had)\b)")


def _body(np: str, ctx: Context, at: int, org_np: Callable) -> str:
    owned = _ITS_BODY.fullmatch(np.strip(" .,"))
    part = _PART_OF.match(np.strip(" .,")) if owned is None else None
    if owned is not None:  # "an official from the Convention's Secretariat": the Convention Secretariat
        np = f"the {owned.group('owner')} {owned.group('body')}"
    elif part is not None:  # "a member of the Rider Safety Trust’s board": the trust
        np = part.group("org")
    who = org_np(np, ctx, at)
    if who is not None and who.kind == "org" and (len(who.org.split()) > 1 or who.org in ctx.states
                                                  or re.fullmatch(r"[A-ZÀ-Þ]{2,6}", who.org)):
        return who.org  # a known organisation, a State ("the representative of Lourmel"), an acronym (« de l’AINE »)
    named = TITLED_BODY.fullmatch(np.strip(" .,"))  # "for the Lowland Water Board": a name in Title Case
    return clean_org(named.group("org")) if named and lower_token(named.group("org").split()[-1]) not in ROLE_TITLES else ""


#: a ministry by its portfolio, in lower case: "of the ministry of Housing", « du ministère du Logement »
_MINISTRY_OF = re.compile(r"(?:^|\s)(?:of|from|at|for|in|du|au|de)\s+(?:the\s+|le\s+)?(?P<org>(?:ministry|ministère)\s+(?:of\s+"
                          r"(?:the\s+)?|de\s+la\s+|de\s+l['\u2019]\s*|du\s+|des\s+|de\s+)[A-ZÀ-Þ][\w\-]+(?:\s+(?:and|et|de|des|"
                          r"du)\s+[A-ZÀ-Þ][\w\-]+)*)")
#: a body named by what it belongs to, in the possessive: "the Convention's Secretariat", "the Treaty’s Bureau"
_ITS_BODY = re.compile(r"(?:the\s+)?(?P<owner>[A-ZÀ-Þ][\w\-]+)['\u2019]s\s+(?P<body>Secretariat|Bureau|Registry|"
                       r"Committee|Council|Board|Commission)")


def _introduced(noun: str, ctx: Context, at: int, org_np: Callable) -> str:
    """"A spokesperson for the Agency said …. “…,” the spokesperson said": whom the one introduced with that
    noun, in the 600 characters before, speaks for."""
    before = ctx.text[max(0, at - 600):at]
    intro = list(re.finditer(rf"(?i)(?:^|[\s(])(?:a|an|one|un|une)\s+(?:[a-zà-ÿ\-]+\s+)?{re.escape(noun)}\s+"
                             r"(?P<rest>[^.;:!?\n\u201c\u00ab]{3,120})", before))
    if not intro and lower_token(noun) in _DELEGATES:  # "A member of the X delegation told us …. “…,” the delegate said"
        intro = [m for m in _MEMBER_OF_DELEGATION.finditer(before)]
        if intro:
            m = intro[-1]
            return unnamed_for(f"a member {m.group('rest')}", ctx, at - len(before) + m.start(), org_np)
    if not intro:
        return ""
    m = intro[-1]
    return unnamed_for(f"a {noun} {m.group('rest')}", ctx, at - len(before) + m.start(), org_np)


#: the nouns that read back a member of a delegation, and that member introduced
_DELEGATES = {"delegate", "délégué", "déléguée", "diplomat", "diplomate", "official", "negotiator", "négociateur",
              "négociatrice"}
_MEMBER_OF_DELEGATION = re.compile(r"(?i)(?:^|[\s(])(?:a|an|one|un|une)\s+(?:member|membre)\s+(?P<rest>(?:of|from|de)\s+"
                                   r"[^.;:!?\n\u201c\u00ab]{0,60}?(?:delegation|délégation)[^.;:!?\n\u201c\u00ab]{0,60})")
