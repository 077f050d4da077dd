"""Attribution forms: regular expressions for the ways press writing names who said a quote.

``“…,” said NAME, ROLE of ORG`` / ``NAME, ROLE, said: “…”`` / ``according to NAME`` / ``selon NAME`` /
``les mots de NAME`` / ``“…” — NAME, ORG`` / pronouns (``she added``, ``a-t-elle ajouté``).
:func:`find_attributions` returns every form found in a window of text around a quote;
:mod:`.attribute` chooses among them and weighs them against the subject of the clause
(:mod:`.subject`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textutil import fold
from .cues import ADV_EN, B, FR_SAY, NB, RE_PRONOUN, V_EN, V_EN_INV, WHEN, alt, pronoun_gender
from .appos import ON_BEHALF, parse_appos, split_role_org
from .placed import place_split
from .people import (
    APOS, LETTER, NAMERUN, ORG_WORDS, POSSESSIVE_BEFORE, RELATIVE, ROLE_WORDS, UP, People, clean_org, clean_role,
    gender, holds_office, lower_token, name_tokens, person, personal_mandate, split_name,
)
from .roleparts import rest_parts

APPOS_CHUNK = r"(?:[^,.;:!?\u201c\u201d\u00ab\u00bb\u201e\"\n(|]|\n(?![ \t]*\n)|\.(?=[\w,])|\([^()\n]{0,60}\))"
APPOS = rf"{APPOS_CHUNK}{{1,120}}(?:,{APPOS_CHUNK}{{1,120}}){{0,2}}"
_REST = r"(?:[^;:!?\u201c\u201d\u00ab\u00bb\u201e\"|\n]|\n(?![ \t]*\n)){0,220}"

_ROLE_ALT = alt(w for w in ROLE_WORDS if w.isalpha() or "-" in w) + B
# an optional role (of an organisation) before a name: "the executive director of the Coalition, "
_LROLE = (
    rf"(?:(?:the|le|la|l['\u2019])\s*|(?P<porg>{UP}[\w\-]+(?:\s+{UP}[\w\-]+){{0,3}})['\u2019]s\s+)?(?P<lrole>(?i:{_ROLE_ALT})(?:\s+(?i:{_ROLE_ALT})){{0,3}}"
    rf"(?:\s+(?:of|for|at|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])\s*(?:the\s+)?{UP}[\w\-\u2019']*"
    rf"(?:\s+(?:for|of|on|pour|de|du|des|la|le|the|and|et)?\s*{UP}[\w\-\u2019']*){{0,5}})?\s*,?\s+)?"
)
# "of the Halden Institute" / "de la Coalition Lanterne" right after a name
_OFORG = (
    rf"(?:of|from|at|with|de\s+la|de\s+l['\u2019]|du|de)\s+(?:the\s+)?{UP}[\w\-\u2019']*"
    rf"(?:\s+(?:(?:for|of|on|and|pour|de|du|des|la|le|sur|et)\s+)?{UP}[\w\-\u2019']*){{0,6}}"
)
# NAME (, APPOS,) VERB  -- "Jane Smith, Executive Director of X, said" / "Marie Dupont a déclaré"
RE_NAME_VERB = re.compile(
    rf"(?=(?P<name>{NB}{NAMERUN})(?:\s*,\s*(?P<appos>{APPOS})\s*,|\s*,|\s+(?P<oforg>{_OFORG}),?)?\s+"
    rf"(?:{ADV_EN}{V_EN}{B}|{FR_SAY}{B}))"
)
# VERB NAME (, APPOS)  -- "said Jane Smith, Executive Director of X" / "a déclaré Marie Dupont"
RE_VERB_NAME = re.compile(rf"(?:{NB}{V_EN_INV}|{NB}{FR_SAY})\s+(?:{WHEN},?\s+)?{_LROLE}(?P<name>{NAMERUN})(?P<rest>{_REST})")
# according to NAME / selon NAME / d’après NAME / pour NAME, / in the words of NAME / les mots de NAME
RE_ACCORDING = re.compile(
    rf"{NB}(?P<prep>(?i:according\s+to|selon|d['\u2019]apr[eè]s|pour|in\s+the\s+words\s+of|the\s+words\s+of|"
    rf"les\s+(?:mots|paroles)\s+(?:de|d['\u2019]|du)|the\s+message\s+of|à\s+en\s+croire|aux\s+yeux\s+(?:de|d['\u2019]|du)|"
    rf"in\s+the\s+view\s+of|in\s+the\s+eyes\s+of))\s*{_LROLE}(?P<name>{NAMERUN})(?P<rest>{_REST})"
)
# "“…” — Ingrid Solberg, The Lantern Daily"
#: a capitalised name holding an organisation's word ("Kessa Mine Action Centre", "Réseau des survivants")
_ORG_NAME = re.compile(rf"^(?:the\s+|la\s+|le\s+|l['\u2019])?{UP}[^,;:]{{0,80}}$")
#: the name after the dash may be set in bold ("“…” — **NAME**, role"); a name in bold right after the quotation on
#: its line is a signature too, as a quote box ("They said", « Ils ont dit ») or a pull quote sets it
#: (« « … » **NAME**, ministre de … »), unless a colon after it makes it the label of the words that follow
RE_DASH = re.compile(rf"^(?:\s*[\u2014\u2013]\s*(?P<b1>\*\*|__)?|[ \t\u00a0\u202f]*(?P<b2>\*\*|__))(?P<name>{NAMERUN})"
                     rf"(?(b2)(?:\*\*|__)(?![ \t\u00a0\u202f]*(?:\([^()\n]{{1,40}}\)[ \t\u00a0\u202f]*)?:)|(?(b1)(?:\*\*|__)|))"
                     rf"(?P<rest>{_REST})")
# the subject of the sentence a quote is embedded in: "Dr Amara Diallo called the idea “…”"
RE_SUBJECT = re.compile(
    rf"^\s*(?:[^\s,]+(?:\s+[^\s,]+){{0,3}},\s*)??(?P<name>{NAMERUN})(?P<rest>\s*,\s*{APPOS})?"
    rf"(?=\s*,?\s+(?:{LETTER}+\b|[{APOS}]))"
)
#: an age between commas before the apposition: "NAME, 58, head of delegation of X", « NAME, 58 ans, … »
_AGE_PART = r"(?:\s*,\s*\d{1,3}(?:\s*(?:ans|years?\s+old))?(?=\s*,))?"
# a person introduced anywhere: "Aminata Diallo, Executive Director of ..." / "Ms Aminata Diallo"
RE_MENTION = re.compile(rf"{NB}(?P<name>{NAMERUN})(?=(?P<rest>{_AGE_PART}\s*,\s*{APPOS_CHUNK}{{1,120}}|\s+{_OFORG}"
                        rf"|\s+(?:is|was|est|était)\s+(?:a|an|the|un|une|le|la|l['\u2019])\s*{APPOS_CHUNK}{{1,120}})?)")
#: "Lena Vogt is a senior researcher at X": the copula before a role
#: "NAME is/est ROLE …" (not "NAME est arrivé à Kessel", a French past tense with être, nor "NAME was born in X")
RE_COPULA = re.compile(r"^\s+(?:is|was|est|était)\s+(?!(?:[a-zà-ÿ\-]+(?:é|ée|és|ées|i|ie|is|u|ue|us|uit|né|née)|"
                       r"born|arrived|back|here|there|in|at|on|still|now|not|also|already)\b)", re.I)


_OF_BEFORE = re.compile(r"(?:^|\s)(?:of|for|de|du|des|d['\u2019]|the|la|le)\s+$", re.I)


@dataclass
class Attr:
    """One attribution form found in a window."""

    speaker: str = ""
    role: str = ""
    organisation: str = ""
    surname_only: bool = False
    pronoun: bool = False
    pos: int = 0  # where in the window the match starts (for choosing the nearest)
    end: int = 0
    gender: str = ""  # "f", "m" or "" (unknown); from titles, French role words and pronouns


#: a preposition right before a name: the name is its object, never the subject of the verb after it
_OBJECT_OF = re.compile(r"(?:^|[\s(])(?i:after|before|with|about|against|than|like|behind|beside|besides|"
                        r"après|avant|avec|contre|sur|chez|envers|comme)\s+$|(?<![\w\-])(?i:d|de|du)['\u2019]?\s*$")


#: a passive verb of saying after a name: the person heard the words ("was told", "s’est vu répondre")
_PASSIVE = re.compile(r"[ \t\n]+(?:(?:was|were|had\s+been|has\s+been|is|being)\s+(?:told|asked|warned|reminded|"
                      r"informed|assured|promised|advised)|s['\u2019](?:est|était)\s+(?:vue?|entendue?)\s+(?:dire|"
                      r"répondre|rétorquer|opposer|promettre|rappeler))\b", re.I)


def _name_verb(window: str, known: People, base: int) -> list[Attr]:
    found = []
    for m in RE_NAME_VERB.finditer(window):
        name, start = m.group("name"), m.start()
        placed = place_split(window[max(0, start - 120):start], name)
        if placed is not None:  # « l’ambassadeur de Kasmirie Sefa Mahlangu-Roe a déclaré »: the place is no name
            name, start = name[placed[2]:], start + placed[2]
        res = person(name, from_right=True, known=known, at=base + start)
        if res is None or (not res[1] and not placed and _OF_BEFORE.search(window[max(0, start - 8):start])):
            continue  # "the Kellerman Institute for Peace Studies noted": not a person
        at = start if placed else m.start("name")
        if _OBJECT_OF.search(window[max(0, at - 24):at]) or re.match(r"d['\u2019]", name) \
                or _PASSIVE.match(window, at + len(name)):
            continue  # ("Ana Varga was told by an official": she heard it)  # "Speaking after Ana Varga, the delegate said", "la proposition d’Ana Varga": not the subject
        toks = name_tokens(name)
        if len(toks) > 1 and toks[0].lower() in ("the", "la", "le", "les") and not split_name(toks, from_right=True)[0]:
            continue  # "The Action Plan asks": a text or a body, never a person after a bare article
        speaker, trole, surname_only, _, g = res
        role, org = ("", "")
        if m.group("appos"):
            role, org = parse_appos(rest_parts(", " + m.group("appos")))
            if not role and not org and not RELATIVE.match(m.group("appos")):
                continue  # "In Geneva, Jane Smith said" is found from "Jane"
        end = m.end("appos") if m.group("appos") else start + len(name)
        if m.group("oforg"):
            org = clean_org(re.sub(r"^\S+\s+(?:la\s+|l['\u2019])?", "", m.group("oforg")))
            end = m.end("oforg")
        bm = ON_BEHALF.match(window[max(0, start - 120):start].split(".")[-1].split(":")[-1].rstrip(" ,"))
        if bm and not org:  # "Speaking on behalf of Ghana, Kofi Mensah said", "Au nom du Ghana, NAME a déclaré"
            org = clean_org(bm.group("org"))
        lead = re.match(rf"^({UP}[\w\-]+)['\u2019]s\s", name)
        if lead and not org:  # "Ghana’s Kofi Mensah said"
            org = lead.group(1)
        if not role and not org:
            pm = POSSESSIVE_BEFORE.search(window, max(0, start - 120), start)
            if pm:
                role, org = clean_role(pm.group("role")), clean_org(pm.group("org"))
                start = pm.start()
        if placed is not None and not org:
            role, org = role or clean_role(placed[0]), placed[1]
        g = g or gender((role or trole).split()[:3])
        found.append(Attr(speaker, role or trole, org, surname_only, False, start, end + 1, g))
    return found


def _verb_name(window: str, known: People, base: int) -> list[Attr]:
    found = []
    for rx in (RE_VERB_NAME, RE_ACCORDING):
        for m in rx.finditer(window):
            if rx is RE_ACCORDING and m.group("prep").lower() == "pour":
                if not re.match(r"\s*,", m.group("rest") or ""):
                    continue
            res = person(m.group("name"), from_right=False, known=known, at=base + m.start())
            if res is None:
                res = _surname_with_role(m.group("name"), m.group("rest") or "")
            nxt = re.match(rf"\s+({UP}[\w\-]*)", window[m.end("name"):])
            if res is None or (nxt and nxt.group(1).lower() in ORG_WORDS) or (
                    re.match(r"\s*(?:the|la|le|l['\u2019])\s*$", window[max(0, m.start("name") - 5):m.start("name")], re.I)
                    and any(w.lower() in ORG_WORDS for w in m.group("name").split())):
                continue  # "said the Civilian Shield Coalition": an organisation, not a person
            speaker, trole, surname_only, leftover, g = res
            lorg = m.group("porg") or ""  # "said GHT's NAME"
            placed = place_split(window[max(0, m.start() - 40):m.start("name")], m.group("name"), within=False) \
                if m.group("lrole") else None
            if placed is not None and placed[2] <= 0:  # "said the delegate of Ysselmark Joris Vosker"
                full = window[m.start("name") + placed[2]:m.end("name")]
                res2 = person(full, from_right=False, known=known, at=base + m.start("name") + placed[2])
                if res2 is not None and not res2[2]:
                    speaker, trole, surname_only, leftover, g = res2
                    trole, lorg = clean_role(placed[0]), placed[1]
                else:
                    placed = None
            elif m.group("lrole"):
                placed = None
            if m.group("lrole") and placed is None:
                lrole, lorg = split_role_org(m.group("lrole").strip(" ,\n"))
                trole = clean_role(lrole + " " + trole)
                lorg = lorg or (m.group("porg") or "")  # "says Lund’s ambassador NAME"
            rest = m.group("rest") or ""
            if leftover:
                rest = " " + " ".join(leftover) + rest
            role, org = parse_appos(rest_parts(rest))
            if surname_only and (org or lorg) and " " in speaker and _other_body(known.get(speaker), org or lorg):
                speaker = m.group("name").strip()  # "said Kaboré of Sénéval": not the document's rapporteur Kaboré
            elif surname_only and " " in speaker and m.group("lrole") and holds_office(m.group("lrole")) \
                    and not known.role_of(speaker):
                speaker = m.group("name").strip()  # « a tranché le ministre Lind »: not the document's farmer Lind
            g = g or gender((m.group("lrole") or "").split()[:3] + (role or trole).split()[:3])
            found.append(Attr(speaker, role or trole, org or lorg, surname_only, False, m.start(), m.end("name"), g))
    return found


def _other_body(p, org: str) -> bool:
    """Whether the person the document introduced (``p``) cannot be the one who speaks for ``org``: she
    speaks for another body, or in a personal capacity (a special rapporteur)."""
    if p is None:
        return False
    if personal_mandate(p.role):
        return True
    a, b = fold(org), fold(p.organisation)
    return bool(b) and a != b and a not in b and b not in a


def _surname_with_role(name: str, rest: str) -> tuple[str, str, bool, list[str], str] | None:
    """"said Mensah, Ghana’s ambassador, …", "said Kaboré of Sénéval": a surname alone that an apposition
    gives a role or a body, for the kit to complete (as :func:`person` gives it), or None."""
    tok = name.strip()
    if " " in tok or len(tok) < 3 or not tok[:1].isupper() or lower_token(tok) in ORG_WORDS | ROLE_WORDS:
        return None
    of = re.match(r"\s+(?:of|from)\s+(?=[A-ZÀ-Þ])", rest)
    role, org = parse_appos(rest_parts(rest)) if rest.lstrip().startswith(",") or of else ("", "")
    return (tok, "", True, [], "") if role or (of and org) else None


def _signed_org(rest: str) -> str:
    """"“…” — NAME, Kessa Mine Action Centre": whom a signed quotation's speaker speaks for, on the line of
    the name (the next line may be a heading or the page's running text)."""
    lines = rest.split("\n")
    line = lines[0] + (" " + lines[1] if len(lines) > 1 and re.match(r"\s*[a-zà-ÿ]", lines[1]) else "")
    cand = line.strip(" \t,").split(",")[0].strip(" .")  # (a line the PDF wrapped: "Okkelund ¶ delegation")
    if cand and _ORG_NAME.match(cand) and cand.split()[0].lower() not in ROLE_WORDS \
            and any(w.lower().strip(".,") in ORG_WORDS or w.lower() in _SIGNED_HEADS for w in cand.split()):
        return clean_org(cand)
    return ""


#: a body's head noun that signs a name as well as those of :data:`ORG_WORDS` ("— NAME, Okkelund delegation",
#: "— NAME, Kessa Radon Board", « — NAME, délégation de Varnie »)
_SIGNED_HEADS = frozenset({"board", "delegation", "délégation", "mission", "office", "bureau", "inspectorate"})


_SP = r"(?:de|du|des|da|di|do|dos|das|del|della|van|von|der|den|ten|ter)"
#: a surname that opens with a lower-case particle: "de la Cruz", "van der Berghe"
_PSURNAME = rf"{_SP}(?:\s+(?:{_SP}|la|le))*\s+{UP}[\w\-\u2019']+"
#: "“…,” de la Cruz told reporters" (right after the quotation) / "said van der Berghe"
RE_PSURNAME = re.compile(rf"^\s*(?P<name>{_PSURNAME})\s+(?:{ADV_EN}{V_EN}|{FR_SAY}){B}"
                         rf"|(?:{NB}{V_EN_INV}|{NB}{FR_SAY})\s+(?P<name2>{_PSURNAME})(?![\w\-])")


def _particle_surname(window: str, known: People, base: int) -> list[Attr]:
    found = []
    for m in RE_PSURNAME.finditer(window):
        g = "name" if m.group("name") else "name2"
        res = person(m.group(g), from_right=False, known=known, at=base + m.start(g))
        if res is not None:
            speaker, trole, surname_only, _, gen = res
            found.append(Attr(speaker, trole, "", surname_only, False, m.start(), m.end(g), gen))
    return found


#: a quote box's or a pull quote's signature once its bold is lost: the full name and the role right after the
#: quotation, and nothing else on the line (« « … » NAME, ministre de l'Environnement » ¶)
RE_SIGNED_AFTER = re.compile(rf"^[ \t\u00a0\u202f]+(?P<name>{NAMERUN})(?P<rest>[ \t]*,[^\n.,;:!?\u201c\u201d\u00ab\u00bb\u201e\"|]"
                             rf"{{2,140}})[ \t]*(?:\n|$)")  # (one apposition, no stop: no sentence goes on)


#: one capitalised word, not in capitals (« — Clervie, bâtiment C »: a first name; "— UNICEF": a body)
_FIRST_NAME_SIGNED = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
#: what a reader's signature gives after her first name: where she lives or her age, in lower case or figures
_WHERE_FROM = re.compile(r"[ \t]*,[ \t]*(?:\d{1,3}(?:[ \t]*(?:ans|years?(?:[ \t]+old)?))?[ \t]*(?:,|$|\n)|"
                         r"(?:bâtiment|bat\.|immeuble|escalier|building|flat|apartment|block|résidence|quartier)\b)")


def find_attributions(window: str, known: People, base: int, signed_line: bool = False) -> list[Attr]:
    """Every attribution form found in ``window`` (positions relative to the window); with ``signed_line`` (the
    quotation opens its line), a full name and its role alone after it on the line sign it."""
    found = _name_verb(window, known, base) + _verb_name(window, known, base) + _particle_surname(window, known, base)
    m = RE_DASH.match(window) or (RE_SIGNED_AFTER.match(window) if signed_line else None)
    if m:
        res = person(m.group("name"), from_right=False, known=known, at=base + m.start())
        if res is not None:
            speaker, trole, surname_only, leftover, g = res
            if surname_only and m.re is RE_SIGNED_AFTER:
                return found + [Attr(pronoun=True, pos=p.start(), end=p.end(), gender=pronoun_gender(p.group()))
                                for p in RE_PRONOUN.finditer(window)]  # (a full name only: no verb signs it)
            role, org = parse_appos(rest_parts(m.group("rest")))
            org = org or ("" if role else _signed_org(m.group("rest")))
            found.append(Attr(speaker, role or trole, org, surname_only, False, m.start("name"), m.end("name"),
                              g or gender(role.split()[:3])))
        elif m.re is RE_DASH and _FIRST_NAME_SIGNED.fullmatch(m.group("name")) \
                and _WHERE_FROM.match(m.group("rest")) and lower_token(m.group("name")) not in ORG_WORDS:
            # a reader's message signed « — Clervie, bâtiment C », "— Tomasz, 34, Dunmore": a first name alone
            found.append(Attr(m.group("name"), "", "", True, False, m.start("name"), m.end("name"), ""))
    for m in RE_PRONOUN.finditer(window):
        found.append(Attr(pronoun=True, pos=m.start(), end=m.end(), gender=pronoun_gender(m.group())))
    return found
