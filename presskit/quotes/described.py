"""A speaker named by a role alone: "“…,” the ambassador said", « a déclaré l’ambassadrice », "the Agency’s
spokesperson", "the council’s director-general", « la coordinatrice du Réseau ».

Agency and newspaper copy names a person in full once, then by her role: the role refers back to that
person. :func:`role_reference` and :func:`owner_role` find the one person the document gave that role (or
that organisation) before; two such people is nobody. A definite role nobody was given is a description
of someone the paragraph names (read like a pronoun, within the paragraph only, and only a sentence's
subject), unless the paragraph introduced someone unnamed with that noun ("an official …. “…,” the
official said").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..textutil import fold
from .vocab import private_trade
from .people import ORG_WORDS, ROLE_TITLES, ROLE_WORDS, Person, clean_org, clean_role, gender, lower_token

_HEADS = ROLE_WORDS | ROLE_TITLES
from .personphrase import Who

_ROLE = r"(?P<role>(?:[\w\-]+\s+){0,2}?[\w\-]+)"
#: "the ambassador", « l’ambassadrice », "the deputy minister"
_DEF_ROLE = re.compile(rf"^(?P<det>the|le|la|l['\u2019])\s*{_ROLE}\s*$", re.I)
#: "the director of the Agency", « la coordinatrice du Réseau … »: a role, then whom it is for
_DEF_ROLE_OF = re.compile(rf"^(?P<det>the|le|la|l['\u2019])\s*{_ROLE}\s+(?:of|for|at|de\s+la|de\s+l['\u2019]|du|des|de|"
                          rf"d['\u2019])\s*(?:the\s+)?(?P<org>[A-ZÀ-Þ][^,;:]{{1,80}})$", re.I)
_OTHER_ONE = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|other|last|next|same|autre|premier|première|"
                        r"deuxième|second|seconde|troisième|quatrième|dernier|dernière|même)\b")
#: "Morvania’s envoy", "the Agency’s spokesperson", "the council’s director-general"
_OWNER_ROLE = re.compile(r"^(?:the\s+)?(?P<org>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,3}|[a-zà-ÿ]+)['\u2019]s\s+"
                         r"(?P<role>(?:[\w\-]+\s+){0,3}?(?P<head>[\w\-]+))\s*$")


#: a capitalised word and a comma right before a role: the surname the role is an apposition to
_APPOSED_SURNAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?),\s*$")


def _roles(ctx, p) -> list[str]:
    return [lower_token(w) for r in (p.role, *ctx.known.aliases.get(p.name, ())) for w in re.findall(r"[\w\-]+", r)]


def _same_org(a: str, b: str) -> bool:
    return bool(a and b) and (fold(a) == fold(b) or fold(a).split()[-1:] == fold(b).split()[-1:] and
                              set(fold(a).split()) <= set(fold(b).split()))


def owner_role(s: str, ctx, at: int) -> Who | None:
    """"Morvania’s envoy", "the Agency’s spokesperson" with no name: the one person the document gave that
    role for that organisation before, else the one person it named for that organisation, else someone
    unnamed who speaks for it."""
    m = _OWNER_ROLE.match(s)
    if m is None or lower_token(m.group("head")) not in ROLE_WORDS:
        return None
    org, head = m.group("org"), lower_token(m.group("head"))
    if org.islower():  # "the council’s director-general": the council the document named
        org = ctx.resolve_org(org, at)
        if not org:
            return None
    apposed = _APPOSED_SURNAME.search(ctx.text or "", max(0, at - 40), at) if ctx.text else None
    if apposed is not None and lower_token(apposed.group("name")) not in ORG_WORDS \
            and not any(apposed.group("name") in p.name.split() for p in ctx.known.seen if p.pos < at):
        # "Pelletrau, the coalition’s French-speaking spokeswoman, told …": a surname the document has not named in
        # full, the role its apposition; the kit may know her in full (never the coalition's one other person)
        return Who("person", apposed.group("name"), m.group("role"), org, True, gender(m.group("role").split()), apposed.start())
    of_org = {p.name: p for p in ctx.known.seen if p.pos < at and _same_org(org, p.organisation)}
    people = {n: p for n, p in of_org.items() if head in _roles(ctx, p)}
    if len(people) != 1 and not people and len(of_org) == 1:
        people = of_org  # "Anders Holm of the Producers Council …. “…,” the council’s director-general said"
    if len(people) == 1:
        p = next(iter(people.values()))
        return Who("person", p.name, p.role or m.group("role"), p.organisation, False, p.gender, at)
    return Who("unnamed", org=org, pos=at)


def role_reference(s: str, ctx, at: int) -> Who | None:
    """"“…,” the ambassador said", "a déclaré l’ambassadrice", « la coordinatrice du Réseau »: the one person
    the document introduced before with that role; two such people, nobody; none, a description of
    someone the paragraph names (``described``)."""
    m = _DEF_ROLE.match(s)
    org = ""
    if m is None or lower_token(m.group("role").split()[-1]) not in _HEADS:
        m = _DEF_ROLE_OF.match(s)
        if m is None:
            return None
        org = m.group("org").strip()
        if len(org.split()) > 1 and not any(lower_token(w) in ORG_WORDS for w in org.split()):
            return None  # « le porte-parole d’Ana Varga »: a person's, not an organisation's
    head = lower_token(m.group("role").split()[-1])
    if head not in _HEADS:
        return None
    if _OTHER_ONE.search(m.group("role")):
        return Who("unnamed", pos=at)  # "the third delegate", « l’autre déléguée »: not the one named before
    people = {p.name: p for p in ctx.known.seen if p.pos < at and head in _roles(ctx, p)
              and (not org or not p.organisation or _same_org(org, p.organisation))}
    if len(people) > 1:
        return None
    if people:
        p = next(iter(people.values()))
        return Who("person", p.name, p.role, p.organisation, False, p.gender, at)
    if not m.group("role").islower():
        return None  # "the Lund delegate": someone else than the person named before, maybe
    g = gender([m.group("det")] + m.group("role").split())
    g = g or {"le": "m", "la": "f"}.get(m.group("det").lower(), "")
    return Who("described", role=m.group("role"), org=org, gender=g, pos=at)


def introduced_unnamed(paragraph: str, role: str) -> bool:
    """Whether the paragraph introduced someone unnamed by this role's noun ("an official of the ministry")."""
    head = re.escape(role.split()[-1]) if role.split() else ""
    return bool(head) and re.search(rf"(?i)\b(?:a|an|one|un|une)\s+(?:[\w\-]+\s+)?{head}\b", paragraph) is not None


#: "the latter", "the former", « ce dernier », « cette dernière », « le premier »: one of two people just named
_FORMER_LATTER = re.compile(r"(?i)^(?:the\s+(?P<en>former|latter)|(?:ce|cette|le|la)\s+(?P<fr>premier|première|dernier|"
                            r"dernière))\s*$")


def former_latter(s: str, ctx, at: int) -> Who | None:
    """"“…,” the latter said" after "NAME and NAME2 met": the second one named before; "the former", « le
    premier »: the first of the two. None when fewer than two people were named in the 400 characters before."""
    m = _FORMER_LATTER.match(s.strip())
    if m is None:
        return None
    near = sorted({p.name: p for p in [*ctx.known.seen, *ctx.known.loose] if at - 400 <= p.pos < at}.values(),
                  key=lambda p: p.pos)
    if len(near) < 2:
        return None
    word = fold(m.group("en") or m.group("fr"))
    p = near[-1] if word in ("latter", "dernier", "derniere") else near[-2]
    full = ctx.known.get(p.name) or p
    return Who("person", full.name, full.role, full.organisation, False, full.gender, at)


#: a paragraph that opens on a definite role as its subject, nobody named: « Le coordinateur du Réseau … a pris la
#: parole », "The network's coordinator spoke first"
_OPENING_ROLE = re.compile(r"\s*(?P<det>The|Le|La|L['\u2019])\s*(?:[\w\-]+['\u2019]s\s+|[A-Z]{2,}\s+)?(?P<role>(?:[\w\-]+\s+){0,2}?"
                           r"[\w\-]+)(?=[\s,])")  # ("The IALS director-general": the body's acronym before the role)


def headline_person(text: str, head_start: int, para_start: int, want: str, speakers) -> Person | None:
    """The one person a headline right above the paragraph quotes and names (« ## OSTERWALD : « … » »,
    "## KEROUANTON: “…”"), when her gender does not clash with ``want``; None otherwise."""
    head = text[head_start:para_start].rstrip().rstrip("\u201d\u00bb\"\u2019' \u00a0\u202f")
    if para_start - head_start > 240 or head.endswith((".", "!", "?", ":")):
        return None  # the paragraph before is prose (its sentence ends), not a headline
    people = {p.name: p for pos, p in speakers if head_start <= pos < para_start and p.name}
    if len(people) != 1:
        return None
    p = next(iter(people.values()))
    if want and p.gender and p.gender != want or fold(p.name.split()[-1]) not in fold(head):
        return None
    return p


def heading_speaker(text: str, head_start: int, para_start: int, at: int, want: str, speakers) -> Person | None:
    """« ## NAME : « … » ¶ Le coordinateur du Réseau … a pris la parole …. « … », a-t-il déclaré »: a paragraph
    that opens on a definite role, with nobody named for it, right under a headline that quotes one person: the
    role, and so the pronoun, is that person (``head_start``: where the paragraph before starts; ``speakers``:
    earlier quotations' (position, person))."""
    m = _OPENING_ROLE.match(text, para_start, at)
    if m is None or not any(lower_token(w) in ROLE_WORDS for w in m.group("role").split()[-2:]):
        return None
    g = gender([m.group("det")] + m.group("role").split())
    if want and g and g != want and not (g == "m" and m.group("det").lower() == "le"):
        return None  # (« le ministre » may be a woman; « la coordinatrice » is not « il »)
    p = headline_person(text, head_start, para_start, want, speakers)
    if p is None or not want:
        return None  # (a pronoun of hers, and a headline that names her: not a quotation paragraph that goes on)
    phrase = re.split(r"\s+(?:a|avait|est|était|has|had|was|is|spoke|took|came|arrived)\s", text[m.start("det"):at])[0]
    of = _DEF_ROLE_OF.match(phrase.strip(" ,"))
    if of is None or p.organisation or not clean_org(of.group("org"))[:1].isupper():
        return p  # (« le ministre tanoan de l'environnement »: a portfolio, no body)
    if private_trade(of.group("role")) and " " not in clean_org(of.group("org")).strip():
        return replace(p, role=p.role or clean_role(of.group("role")))  # « Le ramoneur de Vionnaz »: a town, no body
    return replace(p, role=p.role or clean_role(of.group("role")), organisation=clean_org(of.group("org")))


def headline_holder(doc, at: int, want: str, speakers) -> Person | None:
    """« ## OSTERWALD : « … » ¶ « … », a précisé la directrice de l'Institut », "## KEROUANTON: “…” ¶ “…,” our
    policy lead told …": a role nobody is named for, as the subject of a quotation in the paragraph right under
    a headline that quotes and names one person, is that person (``doc``: the :class:`~.layout.Doc`)."""
    para_start, _ = doc.paragraph(at)
    if not para_start:
        return None
    head = doc.paragraph(max(0, len(doc.text[:para_start].rstrip()) - 1))[0]
    return headline_person(doc.text, head, para_start, want, speakers)
