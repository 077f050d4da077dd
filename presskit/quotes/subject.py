"""Who a clause's subject is: a named person, a pronoun, an organisation, the publisher, or nobody named.

:func:`classify_np` reads a noun phrase ("the coalition", "Ambassador Pieter van Rijswoud of Varnholm",
"a nurse who had worked through the siege", "l’Agence internationale de déminage", "nous");
:func:`subject_of_clause` finds the subject of the verb that ends a clause, skipping relative clauses
(", whose country …,", ", qui …,"), introductions ("In the same street,", "Interrogé en anglais,") and
collecting the role of an apposition (", coordinatrice du Réseau …,"). Roles and organisations stop at
clause boundaries, headings and table cells (the caller's windows never cross a paragraph).
"""

from __future__ import annotations

import re

from ..textutil import fold
from .context import Context  # noqa: F401  (Context is read from here by the other modules)
from .cues import APO, RE_SAY
from .personphrase import Who, _surname_like, person_np, person_of_body
from .described import former_latter, owner_role, role_reference
from .appos import BODY_DESCRIBED, ON_BEHALF, org_then_role, parse_appos
from .states import BODY_OF_ADJ, REGIONAL, state_adjective_role, state_of_demonym
from .possessive import body_before
from .unnamed import unnamed_for
from .leadins import LEAD_NO_COMMA as _LEAD_NO_COMMA
from .initials import INITIALS, SPACED_INITIALS
from .nounforms import ACCORDING_LEAD as _ACCORDING_LEAD, BARE_PLURAL as _BARE_PLURAL, DEMONYM_END as _DEMONYM_END, \
    STATE_BODY as _STATE_BODY, WHICH_SAID as _WHICH_SAID
from .people import DROP_TITLES, NAMERUN, ORG_WORDS, ROLE_TITLES, ROLE_WORDS, UP, clean_org, clean_role, gender, lower_token
from .roleparts import HOME_TOWN, rest_parts
from .orgnp import _DET, _INTRO, ORG_HEADS, org_np  # noqa: F401  (ORG_HEADS is read from here by the other modules)


#: "I" and a verb of saying, after a time that opens the sentence (or "I" alone: the subject of the verb read)
_I_SAID = (r"(?:(?:i|je|j['\u2019])\s*$|i\s+(?:said|told|wrote|warned|declared|argued|promised|put\s+it)|j['\u2019]\s*(?:ai|avais)\s+"
           r"(?:dit|déclaré|écrit|affirmé|lancé|prévenu|promis|averti))\b")
_LEAD = re.compile(r"^(?:(?:and|but|yet|so|then|however|meanwhile|et|mais|puis|alors|ainsi|cependant|or|as|"
                   r"comme|also|aussi|while|tandis\s+que|even|même|only|seule?)\b[\s,]*|"  # and a time before a pronoun:
                   r"(?:(?:in|on|last|this|early|late|en|ce|cette|le)\s+)?(?:january|february|march|april|may|june|july|"
                   r"august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|"  # "In
                   r"septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"  # January
                   r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|month|week|year|morning|night|yesterday|"  # I told"
                   r"hier|mois|matin|soir)\s+(?=(?:i|we|he|she|they|je|j['\u2019]|nous|il|elle|ils|elles)\b)|"
                   # a year or a time ago before "I said": "In 2029 I said", "Two years ago I told them", « En 2029, j’ai
                   # dit » (only before a verb of saying: "Three weeks ago I stood with the officer. He told me" is his)
                   r"(?:in|en)\s+(?:19|20)\d\d[\s,]+(?=" + _I_SAID + r")|(?:a|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|a\s+few|several|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+ago[\s,]+(?=" + _I_SAID +
                   r")|il\s+y\s+a\s+(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|\d{1,2})\s+(?:ans|"
                   r"années|mois|semaines|jours)[\s,]+(?=" + _I_SAID + r"))+", re.I)
_PRONOUN = re.compile(r"^(?P<p>he|she|il|elle)\b", re.I)
#: a person named by her age, as agency copy does after introducing her: "the 54-year-old", "la
#: quinquagénaire", "l’homme de 61 ans"
_AGE_DESCRIPTION = re.compile(r"^(?P<det>the|le|la|l['\u2019])\s*(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|"
                              r"(?:trent|quadragén|quinquagén|sexagén|septuagén|octogén|nonagén)aire|"
                              r"(?:femme|homme|pêcheuse|pêcheur|mère|père)\s+de\s+\d{1,3}\s+ans)(?:\s|$)", re.I)
_ANAPHOR = re.compile(rf"^(?:l{APO}\s*intéress(?P<g>ée?)|the\s+person\s+concerned)\s*$", re.I)
_WE = re.compile(r"^(?:we|nous|our|notre)\b", re.I)
_THE_GROUP = re.compile(r"(?i)(?:the|le)\s+(?:group|groupe)(?:\s+(?:on\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                        r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|hier|yesterday))?")
_SELF = re.compile(rf"^(?:(?:[Ww]hat|[Cc]e\s+que|[Cc]e\s+qu{APO})\s*)?(?:I|[Jj]e|[Jj]{APO})(?:\b|(?<={APO}))")
_PLURAL = re.compile(r"^(?:they|ils|elles|on)\b", re.I)
#: a relative or a friend, by a possessive: "my mother", "her neighbour", "ma grand-mère", "son voisin"
_KIN = re.compile(rf"^(?:my|our|his|her|their|mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+(?:(?:old|late|eldest|"
                  r"youngest|elder|younger|little|own|vieux|vieille|petite?|grand|grande)\s+)?(?:mother|father|parents?|"
                  r"son|daughter|brother|sister|wife|husband|grandmother|grandfather|grandson|granddaughter|uncle|aunt|"
                  r"cousin|friend|neighbou?r|mère|père|fils|fille|frère|sœur|soeur|femme|mari|grand-mère|grand-père|"
                  rf"petit-fils|petite-fille|oncle|tante|cousine?|amie?|voisine?)s?(?![\w\-\u2019'])(?!\s*,?\s*(?-i:{UP}))", re.I)
#: a role after a possessive, with no name: "its director", "their spokesperson", « sa directrice »
_POSSESSIVE_ROLE = re.compile(r"^(?:its|their|his|her|sa|son|ses|leur|leurs)\s+(?:[\w\-]+\s+){0,2}?(?P<head>[\w\-]+)\s*$",
                              re.I)
#: someone the speaker speaks of as hers ("My Minister asked me", « Ma ministre m’a dit »): unnamed, of her body
_MY_ROLE = re.compile(r"^(my|our|mon|ma|notre)\s+(?:[\w\-]+\s+){0,2}?(?P<head>[\w\-]+)\s*$", re.I)
_STATE_OFFICE = {"minister", "government", "president", "ambassador", "ministre", "gouvernement", "président",
                 "présidente", "ambassadeur", "ambassadrice", "capital", "capitale"}


#: a role of the document's own body, with no name: "our policy lead", « notre responsable des politiques »
_OUR_ROLE_NP = re.compile(r"^(?:our|notre|nos)\s+(?P<role>(?:[\w\-]+\s+|[dl]['\u2019]){0,3}[\w\-]+)\s*$", re.I)


def _my_role(s: str) -> str | None:
    """"my Minister", « ma directrice »: the role; "our Government", « notre ministre »: the role of a State's
    office ("our director" in a release stays the publisher's, :data:`_WE`); None otherwise."""
    m = _MY_ROLE.match(s)
    if m is None:
        return None
    head = lower_token(m.group("head"))
    if head in _STATE_OFFICE or (m.group(1).lower() in ("my", "mon", "ma") and head in ROLE_WORDS):
        return m.group("head")
    return None


_RELATIVE = re.compile(r"^(?:who|whom|whose|which|that|where|qui|que|dont|où|lequel|laquelle|\d{1,3}$)\b", re.I)
#: the end of a list in lower case that a description or a relative clause began ("…, builders and doctors", « …,
#: des artisans et des médecins »)
_LIST_TAIL = re.compile(r"(?:(?:des|les|the|some|de)\s+)?[a-zà-ÿ][\w\-'\u2019]*(?:\s+[a-zà-ÿ][\w\-'\u2019]*){0,3}\s+(?:and|et)\s+"
                        r"(?:(?:des|les|the|some|de)\s+)?[a-zà-ÿ][\w\-'\u2019]*(?:\s+[a-zà-ÿ][\w\-'\u2019]*){0,3}")
_UNNAMED = re.compile(rf"^(?!(?-i:[A-Z]{{2,}}\b))(?:{_DET}|one|another|some|several|two|three|a\s+few|plusieurs|certains|certaines|"
                      rf"deux|trois|quelques|un\s+autre|une\s+autre)(?:\s+|(?<=['\u2019]))"
                      rf"(?-i:(?:[A-ZÀ-Þ][\w\-]+\s+){{0,2}}[a-zà-ÿ])", re.I)
# (a lower-case word after the article, maybe after a State: "A Lund delegate"; "UN Secretary-General" is none)
#: an indefinite person of a named organisation or State: "a UN official", "an ICRC delegate"
_INDEFINITE_FROM = re.compile(r"^(?i:a|an|one|another)\s+(?P<org>(?:[A-Z][\w\-]*\s+){1,3}?)(?:senior\s+|junior\s+)?"
                              r"(?:(?:government|foreign\s+ministry|ministry|delegation|embassy|defence|health)\s+)?"
                              r"(?:official|delegate|diplomat|spokesperson|spokesman|spokeswoman|negotiator|envoy|"
                              r"source|staffer|aide|adviser|advisor|officer|representative|member|expert|lawyer)s?\b")
_INDEFINITE = re.compile(r"^(?!(?-i:[A-Z]{2,}\b))(?:(?:a|an|one|another|un|une|some|several|plusieurs|certains|certaines|quelques)\s+"
                         r"(?-i:[a-zà-ÿ])|(?:someone|somebody|quelqu['\u2019]une?)\b)", re.I)
_FROM_UNNAMED = re.compile(r"(?:^|\s)(?:from|by|par|de\s+la\s+part\s+d['\u2019])\s*(?:a|an|one|un|une)\s+"
                           r"(?!(?:month|week|year|day|night|trip|visit|tour|mission|journey|stay|long|short|"
                           r"few|mois|semaine|an|année|jour|voyage|visite|séjour|tournée|third|half|quarter|fifth|"
                           r"tenth|fraction|factor|margin|wide|narrow|large|small|lot|tiers|moitié|quart|cinquième|"
                           r"dixième|facteur|marge)\b)[a-zà-ÿ]", re.I)  # (not "fell by a third")
_AGE = re.compile(r"^\d{1,3}(?:\s+(?:ans|years?(?:\s+old)?))?$", re.I)
_FR_VERB_AFTER_A = re.compile(r"^a\s+\w+(?:é|és|ée|ées|i|is|it|u|us|ert|ait)\b", re.I)


_EDGES = re.compile(r"^[\s,;:\u2014\u2013\-\u2022\u25aa\u25cf*]+|[\s,;:\u2014\u2013\-]+$")


#: an interview's answer label of initials and a dash at the head of the answer ("B. Q. — NAME, …, le dit"): the one
#: who relays, not the subject of the sentence after it
_ANSWER_INITIALS = re.compile(rf"^\s*(?:\*\*)?(?:{INITIALS}|{SPACED_INITIALS})(?:\*\*)?[ \t\u00a0]*[\u2014\u2013](?:\*\*)?[ \t\u00a0]*(?=\S)")


def _strip(np: str) -> str:
    return _EDGES.sub("", _LEAD.sub("", _EDGES.sub("", _ANSWER_INITIALS.sub("", np))))


_WORDS_OF = r"(?:message|words|answer|reply|verdict|response|advice|warning|plea|conclusion|position|view|take|retort)"
_PERSON_THING = re.compile(rf"^(?:(?P<name>[^,;:]{{3,60}}?){APO}s\s+(?:\w+\s+)?{_WORDS_OF}\b|(?i:le|la)\s+(?i:message|réponse|"
                           rf"verdict|conseil|conclusion|position|avertissement|mise\s+en\s+garde)\s+(?:de\s+|d{APO})(?P<name2>"
                           rf"[A-ZÀ-Þ][^,;:]{{2,60}}?)(?=\s+(?:a\s+été|était|fut|est|tient|tenait|se\s+veut|:|$)))")


def _aged(s: str, ctx: Context, at: int) -> Who | None:
    """"the 58-year-old", « la femme de 58 ans »: the person the document gave that age ("NAME, 58,", « NAME,
    58 ans, »), when exactly one person was."""
    age = re.search(r"\d{1,3}", s)
    if age is None or not ctx.text:
        return None
    n = age.group()
    found = {m.group("name"): m for m in re.finditer(
        rf"(?P<name>{NAMERUN}),\s*{n}(?:\s*(?:ans|years?\s+old))?\s*,", ctx.text[max(0, at - 3000):at])}
    if len(found) != 1:
        return None
    name, m = next(iter(found.items()))
    who = person_np(name, ctx.known, at)
    if who is None or who.kind != "person" or who.surname_only:
        return None
    p = ctx.known.get(who.name)
    if p is not None:
        who.role, who.org, who.gender = who.role or p.role, who.org or p.organisation, who.gender or p.gender
    return who


#: someone of private life by the place she is from: « une famille de Hallmarken », "a resident of X" (not "a foreman from
#: Corriban" or « un cadre de Tapuaki Satcom », who may speak for a body)
_ONE_FROM_PLACE = re.compile(r"(?i:un|une|a|an)\s+(?:famille|family|mère|père|mother|father|habitante?|résidente?|"
                             r"resident|supporter|supportrice|fan|spectat\w+|lectrice|lecteur|reader|voisine?|neighbou?r|"
                             r"retraitée?|pensioner)\s+(?:de\s+|d['\u2019]\s*|from\s+|of\s+)"
                             r"[A-ZÀ-Þ][\w\-]+(?:[\s\-]+[A-ZÀ-Þ][\w\-]+)?")


#: a subject, then a verb of its own in the past and "and" before the verb of saying: "The PRESIDENT opened the
#: meeting and [said]", "NAME welcomed the delegates and [recalled]"
_DID_AND = re.compile(r"(?P<np>(?:(?:The|the)\s+)?[A-ZÀ-Þ][\w\-\u2019']*(?:\s+[A-ZÀ-Þ][\w\-\u2019']*){0,3})\s+"
                      r"(?:[a-z]+ed|took|rose|made|gave|spoke|thanked|began|read|went|came)(?:\s+[^,;:.!?]{1,80})?\s+and")


#: one capitalised word, then "from"/"of" and a body in capitals: "Pieter from the Lifeguards' Guild", "Lérignac from
#: Granvelle"
_ONE_NAME_FROM = re.compile(r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\s+(?:from|of)\s+(?:the\s+)?"
                            r"(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-ZÀ-Þ][\w\-\u2019']*){0,4})")


def classify_np(np: str, ctx: Context, at: int) -> Who | None:
    """Who the noun phrase ``np`` (starting at ``at`` in the document) names; None: not a subject."""
    s = re.sub(r"(?<=[a-zà-ÿ]{3})\.$", "", _strip(np))  # « a déclaré la ministre. »: the sentence's full stop
    at += len(np) - len(_EDGES.sub("", np + "x")[:-1]) if np.strip() else 0
    if not s:
        return None
    if (both := _DID_AND.fullmatch(s)) is not None and not _DID_AND.fullmatch(both.group("np")):
        # "The PRESIDENT opened the meeting and [said that …]": the subject of both verbs
        return classify_np(both.group("np"), ctx, at)
    m = _PRONOUN.match(s)
    if m:
        g = "f" if m.group("p").lower() in ("she", "elle") else "m"
        return Who("pronoun", gender=g, pos=at)
    m = _ANAPHOR.match(s)
    if m:  # « …, fait valoir l’intéressée »: the person the paragraph is about, as a pronoun
        return Who("pronoun", gender="f" if m.group("g") == "ée" else "m" if m.group("g") else "", pos=at)
    m = _AGE_DESCRIPTION.match(s)
    if m:  # "“…,” the 54-year-old said", « a soupiré la sexagénaire »: the person of the paragraph, as a pronoun
        aged = _aged(s, ctx, at)
        if aged is not None:  # "NAME, 58, head of delegation …. “…,” the 58-year-old said": the one of that age
            return aged
        g = {"la": "f", "le": "m"}.get((m.group("det") or "").lower(), "")
        return Who("pronoun", gender=g, pos=at)
    if (mine := _my_role(s)) is not None:
        return Who("own", role=mine, pos=at)  # "My Minister", « ma ministre », "our Government": the speaker's own body
    if len(s.split()) > 1 and all(w[:1].isupper() for w in s.split()) and s.split()[0] not in ("A", "An", "The") \
            and any(f" {fold(n)}".endswith(f" {fold(s)}") for _p, _k, n in ctx.kinds):
        return Who("org", org=s, pos=at)  # "Careline Homes, the agency that …" before: "Careline Homes said that"
    if _WE.match(s) or (_THE_GROUP.fullmatch(s) and ctx.own_voice and ctx.doc_org):
        ours = _OUR_ROLE_NP.match(s)  # "our policy lead", « notre responsable des politiques »: a role, kept
        role = ours.group("role") if ours and any(lower_token(w) in ROLE_WORDS for w in ours.group("role").split()[:2]) else ""
        return Who("publisher", org=ctx.doc_org, role=role, pos=at)  # "we"; "the group said" in a body's own release
    if _SELF.match(s):
        return Who("self", pos=at)
    if _ONE_FROM_PLACE.fullmatch(s):
        return Who("unnamed", pos=at)  # « Une famille de Hallmarken », "a steward from Aunebrück": nobody named
    if _PLURAL.match(s) or _KIN.match(s) or _BARE_PLURAL.match(s):
        return Who("unnamed", pos=at)  # "they"; "my mother", "sa voisine": someone the text does not name
    poss = _POSSESSIVE_ROLE.match(s)
    if poss is not None and lower_token(poss.group("head")) in ROLE_WORDS and not re.search(NAMERUN, s[poss.end():]):
        # "Its director said", « Sa directrice a affirmé »: the holder, unnamed, of the body the sentence before
        # names ("his" and "her" are a person's, never a body's)
        its = poss.group(0).split()[0].lower() not in ("his", "her") and ctx.text
        return Who("unnamed", org=body_before(ctx, ctx.text, at) if its else "", pos=at)
    ind = _INDEFINITE_FROM.match(s)
    cand = ind.group("org").strip() if ind is not None else ""
    named_org = Who("org", org=cand) if re.fullmatch(r"[A-Z]{2,6}", cand) else org_np(cand, ctx, at) if cand else None
    if cand and (named_org is None or not named_org.org) and " " not in cand and lower_token(cand) in ORG_HEADS:
        named_org = Who("org", org=ctx.resolve_org(cand, at) or cand)  # "a Secretariat official": the secretariat
    if named_org is not None and named_org.org:  # "a UN official", "an ICRC delegate": nobody named, but whom for
        return Who("unnamed", org=named_org.org, pos=at)
    if ind is not None:  # "One Orlandian official, who …": an unnamed person of a State, not "One Orlandian"
        org = unnamed_for(s, ctx, at, org_np)
        if not org and not _DEMONYM_END.search(cand) and not REGIONAL.search(cand) \
                and not any(lower_token(w) in ROLE_WORDS for w in cand.split()):
            org = cand  # "A Quelland official, who declined to be identified": the State by its name
        return Who("unnamed", org=org, pos=at)
    if _INDEFINITE.match(s) and not _FR_VERB_AFTER_A.match(s):
        # "un délégué d’un État d’Amérique latine", "a delegate from …"; "a spokesperson for the Agency":
        # nobody named, but whom they speak for is
        return Who("unnamed", org=unnamed_for(s, ctx, at, org_np), pos=at)
    if BODY_OF_ADJ.match(s) and ctx.text and not REGIONAL.search(s) and (state := state_of_demonym(s, ctx, ctx.text)):
        return Who("org", org=state, pos=at)  # "the Senevalese delegation", « le gouvernement varnien »
    if (w := person_of_body(s, ctx.known, at)) is not None:
        return w  # "Malik Desrosiers of Kessler Watch said": the person, not one body's name
    one = _ONE_NAME_FROM.fullmatch(s)
    if one is not None and lower_token(one.group("name")) not in ORG_WORDS | ROLE_WORDS and not ctx.known.get(one.group("org")) \
            and any(lower_token(w) in ORG_WORDS or w[:1].isupper() for w in one.group("org").split()):
        # "Pieter from the Lifeguards' Guild told me", "Lérignac from Granvelle says": one name, and whom it speaks
        # for (a first name or a surname the kit completes)
        return Who("person", one.group("name"), "", clean_org(one.group("org")), True, "", at)
    w = org_np(s, ctx, at)
    if w is not None:
        return w
    if _AUTHORS.match(s) and (w := _study_body(ctx, at)) is not None:
        return w  # "The X Institute’s study … . Its authors write that “…”": the body whose study it is
    gov = _STATE_BODY.match(s)
    if gov is not None:  # "Tervania's Foreign Ministry", "Norvia's government": the State speaks
        return Who("org", org=gov.group("state"), pos=at)
    thing = _PERSON_THING.match(s)
    if thing is not None:  # "NAME’s message to the plenary was blunt:", « la réponse de NAME fut sèche : »
        w = person_np(thing.group("name") or thing.group("name2"), ctx.known, at)
        if w is not None and w.kind == "person":
            return w
    w = person_np(s, ctx.known, at)
    if w is not None:
        return w
    ref = role_reference(s, ctx, at) or owner_role(s, ctx, at) or former_latter(s, ctx, at)
    if ref is not None and ref.kind == "described":
        # "the ambassador" nobody was introduced as: unnamed, with the role kept so that the person the
        # paragraph is about may be meant (:func:`~presskit.quotes.found.from_who`)
        ref = Who("unnamed", role=ref.role, org=unnamed_for(s, ctx, at, org_np), gender=ref.gender, pos=at) \
            if _UNNAMED.match(s) and not _FR_VERB_AFTER_A.match(s) else None
    if ref is not None:
        return ref
    if _UNNAMED.match(s) and not _FR_VERB_AFTER_A.match(s):
        bare = re.fullmatch(r"(?i)(?P<det>the|la|le|l['\u2019])\s*(?P<r>[a-zà-ÿ\-]+)", s)
        if bare is not None and lower_token(bare.group("r")) in ROLE_WORDS:
            # « a déclaré la ministre » when the kit has several: the role, so the one person the paragraph
            # gave it may be meant (:func:`~presskit.quotes.found.from_who`)
            g = {"la": "f", "le": "m"}.get(bare.group("det").lower(), "")
            return Who("unnamed", role=bare.group("r"), org=unnamed_for(s, ctx, at, org_np), gender=g, pos=at)
        return Who("unnamed", org=unnamed_for(s, ctx, at, org_np), pos=at)
    return None


#: the authors of a study the text just named: "Its authors", « Ses auteurs », "the researchers"
_AUTHORS = re.compile(r"(?i)^(?:its|their|the|ses|leurs|les)\s+(?:authors|researchers|auteurs|autrices|chercheurs)$")
_STUDY_OF = re.compile(rf"(?P<a>[A-ZÀ-Þ][^.;:!?,]{{2,80}}?){APO}s\s+(?:[\w\-]+\s+)?(?:study|report|review|paper|analysis|"
                       rf"survey)\b|(?i:étude|rapport|analyse|enquête)\s+(?:[\w\-]+\s+)?(?:de\s+la|de\s+l{APO}|du|de)\s*"
                       rf"(?P<b>[A-ZÀ-Þ][^.;:!?,]{{2,80}}?)(?=\s+(?:a|est|sur|qui|montre|publiée?)\b|[.;:,])")


def _study_body(ctx: Context, at: int) -> Who | None:
    found = list(_STUDY_OF.finditer(ctx.text[max(0, at - 400):at]))
    w = org_np(found[-1].group("a") or found[-1].group("b"), ctx, at) if found else None
    return w if w is not None and w.kind == "org" and w.org else None


def _segments(clause: str) -> list[tuple[int, str]]:
    """Comma-separated parts of ``clause`` (outside parentheses and quotation marks), with offsets."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(clause):
        if c in "(\u201c\u00ab":
            depth += 1
        elif c in ")\u201d\u00bb" and depth:
            depth -= 1
        elif c == "," and depth == 0 and not (clause[i - 1:i].isdigit() and clause[i + 1:i + 2].isdigit()):
            out.append((start, clause[start:i]))  # (never inside a number: "600,000 people")
            start = i + 1
    out.append((start, clause[start:]))
    return out


#: a French object pronoun before a finite verb: "nous avait prévenus", "vous a répondu", "leur a dit"
_OBJECT_FIRST = re.compile(r"^(?:nous|vous|leur|lui|me|te)\s+(?:a|avait|ont|avaient|aura|auraient|aurait|eut|"
                           r"(?!(?:ne|le|se|que|de|me|te)\b)(?:[a-zà-ÿ]+(?:ait|aient|a|ont|ent|it|ut|e)))\b", re.I)
# ("…, me répète depuis des années :", "…, nous dit": the present tense too)


_ELIDED_OBJECT = re.compile(r"^(?:l|m|t)['\u2019](?:a|avait|ont|avaient|aura|aurait|est|était)\s", re.I)


def _is_predicate(seg: str) -> bool:
    """A part that starts with a verb or another non-noun ("was less diplomatic", "a présenté l’étude")."""
    s = _strip(seg)
    if not s:
        return True
    if _FR_VERB_AFTER_A.match(s):
        return True
    first = s.split()[0]
    if _OBJECT_FIRST.match(s) or _ELIDED_OBJECT.match(s):
        return True  # "…, nous avait prévenus", "…, vous a dit", "…, l’a rappelé": an object pronoun, then the verb
    if _PRONOUN.match(s) or _WE.match(s) or _SELF.match(s) or _KIN.match(s) or _my_role(s):
        return False  # "…, she did not hesitate", "…, my Minister told me": the subject
    return first[:1].islower() and not re.match(rf"^{_DET}\b|^l['\u2019]", s, re.I) \
        and lower_token(first) not in ROLE_WORDS and lower_token(first) not in DROP_TITLES


def _role_apposition(seg: str) -> tuple[str, str]:
    """(role, organisation) of an apposition such as "coordinatrice du Réseau des survivants"."""
    s = re.sub(rf"^(?:{_DET}|our|notre|nos|their|leur|leurs)(?:(?<=['\u2019])|\b)\s*", "", _strip(seg), flags=re.I)
    if HOME_TOWN.match(s):
        return "", ""  # "NAME, of Lannbury:": where she lives, after the comma
    role, org = org_then_role(s) if s else ("", "")
    if role:
        return role, org  # "the United Nations Under-Secretary-General for Ocean Affairs"
    if not s or re.match(NAMERUN, s.split()[0]) and lower_token(s.split()[0]) not in ROLE_WORDS and not \
            state_adjective_role(s) and not re.match(rf"^(?:\S+\s+){{0,4}}?\S+{APO}s\s+[a-z]", s):  # "Lund’s ambassador"
        return "", ""
    return parse_appos([s])


_TRAILING_NAME = re.compile(rf"(?:^|\s)(?:what|that|as|when|how|whom|ce\s+que|que|quand|comme)\s+(?P<name>{NAMERUN})\s*$")


def _relative_np(clause: str) -> int | None:
    """Where the noun phrase before a clause-final "who"/"qui" starts, when it is not the clause's start
    ("… by a delegate who" -> "a delegate"); None otherwise."""
    m = re.search(r"\s(?:who|qui|that)\s*$", clause, re.I)
    if m is None:
        return None
    head = clause[: m.start()]
    # "a delegate, in a corridor of the centre, who [told her]": the place or time between is skipped
    while (adv := re.search(r",(?P<seg>[^,]{1,80}),\s*$", head)) and _INTRO.match(adv.group("seg").strip()):
        head = head[: adv.start()]
    words = list(re.finditer(r"[^\s,]+", head))[-5:]
    if not words or "," in head[words[0].start():]:
        return None
    for w in reversed(words):
        if re.fullmatch(rf"{_DET}|one|another", w.group(), re.I):
            return w.start() if w.start() > 0 else None
        if re.fullmatch(r"d['\u2019](?:un|une)", w.group(), re.I):  # "se souvient d’un délégué … qui"
            return w.start() + 2
    return None


#: a name in Title Case ("Health in Exile", "Santé en exil" does not qualify: its words after the first are
#: in lower case, and a French sentence-case name is read by its head word elsewhere)
_TITLE_CASE_NAME = re.compile(r"[A-ZÀ-Þ][\w\-\u2019']*(?:\s+(?:(?:of|for|in|on|and|the|de|du|des|et|pour|sur|en|sans)\s+)?"
                              r"[A-ZÀ-Þ][\w\-\u2019']*){0,5}")


#: a passive verb of telling, whose agent is who spoke: "Eklund was told by Anna Pirelli", « s’est vu répondre
#: par la ministre »
TOLD_BY = re.compile(r"\b(?:was|were|been|being|être|été|s['\u2019]est\s+vue?)\s+(?:\w+\s+){0,2}?(?:told|asked|warned|"
                      r"reminded|assured|informed|answered|dire|répondre|rappeler|dit|répondu|rappelé|prévenue?s?|"
                      r"avertie?s?)\b[^,;:]{0,60}?\b(?:by|par)\s+(?P<np>[^,;:]{2,80}?)\s*$", re.I)


def _speaker_not_subject(clause: str, ctx: Context, base: int) -> tuple[bool, Who | None]:
    """Clauses whose speaker is not their grammatical subject: a passive verb of telling ("Eklund was told
    by NAME"), a relative ("approached by a delegate who"), "what NAME [told me]". (whether one is, who)."""
    told = TOLD_BY.search(clause)
    if told is not None:  # the listener is the subject; the agent spoke
        return True, classify_np(told.group("np"), ctx, base + told.start("np"))
    rel = _relative_np(clause)
    if rel is not None:  # "X was approached by a delegate who [told him]": the delegate
        return True, classify_np(clause[rel:], ctx, base + rel)
    tail = _TRAILING_NAME.search(clause)
    if tail is not None and tail.start("name") > 0:  # "I still remember what NAME [told me]"
        who = person_np(tail.group("name"), ctx.known, base + tail.start("name"))
        if who is not None and not who.surname_only:
            return True, who
    return False, None


def subject_of_clause(clause: str, ctx: Context, base: int) -> Who | None:
    """The subject of the verb that ends ``clause`` (which starts at ``base`` in the document)."""
    clause = re.sub(r"(?<![\n\-\u2010])\n(?!\n)", " ", clause)  # a wrapped PDF line is a space (same offsets)
    other, who = _speaker_not_subject(clause, ctx, base)
    if other:
        return who
    segs = _segments(clause)
    if _FROM_UNNAMED.search(clause) and not any(
            (w := classify_np(sg, ctx, base + o) or _surname_then_verb(sg, base + o)) is not None
            and w.kind in ("person", "org") for o, sg in segs):
        return Who("unnamed", pos=base)  # "Overheard …, from a delegate who has attended every …:"
    before_who = _named_before_who(segs, ctx, base)
    if before_who is not None:
        return before_who
    appos: list[str] = []
    relatives: list[str] = []
    k = len(segs) - 1
    while k >= 0:
        off, seg = segs[k]
        s = _strip(seg)
        if k > 1 and _LIST_TAIL.fullmatch(s) and (BODY_DESCRIBED.match(p := _strip(segs[k - 1][1])) or _RELATIVE.match(p)):
            k -= 1  # "The X Coalition, a network of tenants' groups, builders and doctors, said", « La Coalition X,
            continue  # qui regroupe des associations, des artisans et des médecins, a estimé »: the list goes on
        if k > 0 and BODY_DESCRIBED.match(s) and len(re.split(r"\s(?:that|which|qui|dont)\s", s)[0].split()) <= 7:
            k -= 1  # "A spokesman for the X Council, an industry body, said": what the body is, not who spoke
            # (its relative clause however long: "The X, an alliance of groups that has lobbied … since 2028, said")
            continue
        if k > 0 and k == len(segs) - 1 and _WHICH_SAID.match(s) \
                and (w := classify_np(_ACCORDING_LEAD.sub("", _strip(segs[k - 1][1])), ctx, base + segs[k - 1][0])) \
                is not None and w.kind == "org":
            return w  # "…, according to the X Institute, which said in a statement that": the body said it
        if not s or _RELATIVE.match(s) or _AGE.match(s) or (k == len(segs) - 1 and _is_predicate(seg) and k > 0):
            if s and _RELATIVE.match(s):
                relatives.append(s)  # ", who heads UN Environment,": whom she speaks for, maybe
            k -= 1
            continue
        tail = _TRAILING_NAME.search(seg) if k < len(segs) - 1 else None
        who = person_np(tail.group("name"), ctx.known, base + off + tail.start("name")) \
            if tail is not None and tail.start("name") > 0 else None  # "what Dr NAME, a surgeon, told me"
        who = who or classify_np(seg, ctx, base + off) or _surname_then_verb(seg, base + off)
        if who is None and (lead := _LEAD_NO_COMMA.match(seg)) and (w := classify_np(seg[lead.end():], ctx, base + off + lead.end())):
            who = w if w.kind == "pronoun" else None  # "After the session she came over and", « Après la séance elle »
        if who is not None and who.kind == "person" and k == len(segs) - 1 and k > 0 and not who.surname_only \
                and not who.role and (w := classify_np(segs[k - 1][1], ctx, base + segs[k - 1][0])) is not None \
                and w.kind == "person" and not w.surname_only and not w.org:
            w.org = clean_org(s)  # "Ilona Kraszewska, Fishers First:": a person, then whom she speaks for
            return w
        signed = _signed(who, s, segs, k, ctx, base)
        if signed is not None:
            _complete_person(signed, segs[:k - 1], appos)
            return signed
        if who is None and k > 0:
            role, org = _role_apposition(seg)
            if role or org:
                appos.insert(0, seg)
                k -= 1
                continue
            if _INTRO.match(s) or _is_predicate(seg):
                k -= 1
                continue
        if who is not None and who.kind == "person" and who.surname_only and " " not in who.name and k > 0 \
                and len(s.split()) == 1 and (w := classify_np(segs[k - 1][1], ctx, base + segs[k - 1][0])) \
                is not None and w.kind == "person" and not w.surname_only:
            w.org = w.org or s.strip(" .")  # "Ines Adler, Lund: “…”": the State or organisation she speaks for
            _complete_person(w, segs[:k - 1], appos)
            return w
        if who is not None and who.kind == "unnamed" and k > 0 and any(
                ((w := classify_np(sg, ctx, base + o)) is not None and w.kind == "person")
                or _TRAILING_NAME.search(sg) for o, sg in segs[:k]):
            appos.insert(0, seg)  # "Ingrid Solberg, …, a member of the coalition, was unimpressed"
            k -= 1
            continue
        if who is not None and who.kind == "publisher" and k > 0 and our_role(s) and any(
                (w := classify_np(sg, ctx, base + o)) is not None and w.kind == "person" for o, sg in segs[:k]):
            appos.insert(0, seg)  # "Ada Kwesi, our policy officer, was blunt:": her role, not the body alone
            k -= 1
            continue
        if who is not None and who.kind == "pronoun" and k > 0:
            prev = classify_np(segs[k - 1][1], ctx, base + segs[k - 1][0])
            if prev is not None and prev.kind in ("org", "person", "publisher"):
                who = prev  # "La coalition, elle, a résumé …"
                k -= 1
        if who is not None and who.kind == "person":
            _complete_person(who, segs[:k], appos, ctx)
            who.org = who.org or next((o for r in reversed(relatives) if (o := parse_appos([r])[1])), "")
        elif who is not None and who.kind == "unnamed" and appos:
            who.org = parse_appos(rest_parts(", " + ", ".join(appos)))[1] or who.org  # ", on behalf of X,"
        return who
    return None


def _named_before_who(segs: list[tuple[int, str]], ctx: Context, base: int) -> Who | None:
    """"Ana Varga thanked Ivo Laine, who replied:": the person right before a clause-final "who"/"qui"."""
    if len(segs) < 2 or not re.match(r"(?i)(?:who|qui)\s", _strip(segs[-1][1]) + " "):
        return None
    if _ONE_FROM_PLACE.fullmatch(_strip(segs[-2][1])):
        return Who("unnamed", pos=base + segs[-2][0])  # « Une famille de Hallmarken, qui témoigne »: a place, nobody
    end = re.search(rf"(?P<name>{NAMERUN})\s*$", segs[-2][1])
    body = re.search(r"(?P<run>(?:[\w\-\u2019']+\s+){1,6}?)(?:de|du|des|d['\u2019]|of)\s*$", segs[-2][1][:end.start("name")]) \
        if end else None
    if body and any(w[:1].isupper() and lower_token(w) in ORG_WORDS for w in body.group("run").split()):
        return None  # « directrice du Centre antipoison de Halvick, qui reçoit »: the end of a body's name, no person
    return person_np(end.group("name"), ctx.known, base + segs[-2][0] + end.start("name")) if end else None


def _signed(who: Who | None, s: str, segs: list[tuple[int, str]], k: int, ctx: Context, base: int) -> Who | None:
    """"— Ana Varga, Kessa Water Board: “…”", "— Dr Ana Varga, Water for Kessa: “…”": a person, then whom she
    speaks for (an organisation, or a name in Title Case that ends the clause); None otherwise."""
    if k == 0 or not (who is not None and who.kind == "org" and len(s.split()) <= 8 and not RE_SAY.search(s)
                      or who is None and k == len(segs) - 1 and _TITLE_CASE_NAME.fullmatch(s)
                      and not _role_apposition(s)[0]):  # ("NAME, Minister of Housing:": her role, no body)
        return None
    w = classify_np(segs[k - 1][1], ctx, base + segs[k - 1][0])
    if w is None or w.kind != "person" or w.surname_only or w.org:
        return None
    w.org = who.org if who is not None else clean_org(s)
    return w


_SURNAME_VERB = re.compile(r"^(?P<tok>[A-ZÀ-Þ][\w\-\u2019']{2,})\s+(?P<verb>(?:[a-zà-ÿ][\w\-\u2019']*\s+){0,2}"
                           r"(?:was|is|had|has|did|seemed|sounded|looked|went|stayed|remained|put|kept|turned|would|"
                           r"could|will|declined|refused|n['\u2019](?:a|avait|est|était)|"
                           r"était|est|a|avait|fut|semblait|se\s+montr[ea]|s['\u2019]est\s+montrée?|reste|restait|"
                           r"[a-zà-ÿ]+ed))\b")


def _surname_then_verb(seg: str, at: int) -> Who | None:
    """"Back from Port Salvane, Farouki-Lenz was blunter:": a surname alone as the clause's subject, with
    a verb after it. The full name may be in another document of the kit (settled across the kit)."""
    s = _strip(seg)
    m = _SURNAME_VERB.match(s)
    if m is None or not _surname_like(m.group("tok")) or re.search(r"(?:ed|ing|ly)$", m.group("tok")) \
            or re.search(r"-[a-zà-ÿ]", m.group("tok")):
        return None  # ("Drug-resistant infections were linked …": a compound word, not a double surname)
    return Who("person", m.group("tok"), surname_only=True, pos=at + seg.find(m.group("tok")))


def our_role(np: str) -> bool:
    """"our policy officer", « notre chargé de terrain »: a role the document's own organisation holds."""
    m = re.match(r"(?i)^(?:our|notre|nos)\s+(?P<role>.+)$", _strip(np))
    return m is not None and len(m.group("role").split()) <= 6 \
        and any(lower_token(w) in ROLE_WORDS for w in m.group("role").split())


def _complete_person(who: Who, before: list[tuple[int, str]], appos: list[str], ctx: Context | None = None) -> None:
    """Role and organisation from an apposition after the name, or a role phrase before it
    ("Belmora’s deputy foreign minister, NAME," / "Le vice-ministre … de Belmora, NAME,")."""
    if appos and not (who.role and who.org):
        ours = [a for a in appos if our_role(a)]
        if ours and ctx is not None and ctx.own_voice and ctx.doc_org:
            who.role = who.role or clean_role(re.sub(r"(?i)^\s*(?:our|notre|nos)\s+", "", _strip(ours[0])))
            who.org = who.org or ctx.doc_org  # "NAME, our policy officer," in the organisation's own release
        role, org = parse_appos(rest_parts(", " + ", ".join(appos)))
        who.role, who.org = who.role or role, who.org or org
    for _o, seg in before if not who.org else []:
        bm = ON_BEHALF.match(_strip(seg))
        if bm:  # "Speaking on behalf of Ghana, NAME said"
            who.org = clean_org(bm.group("org"))
    if before and not who.org and not _INTRO.match(_strip(before[-1][1])):
        # ("Asked about the coalition’s slogan, NAME answered": a participle's phrase, not her role)
        role, org = _role_apposition(before[-1][1])
        m = re.match(r"^\s*(?:the\s+)?(?P<org>(?:\S+\s+){0,4}\S+?)['\u2019]s\s+(?P<role>.+)$", _strip(before[-1][1]))
        if m and m.group("org")[:1].isupper():
            role, org = clean_role(m.group("role")), clean_org(m.group("org"))
        if role and (role.split()[0].lower() in ROLE_WORDS or org):
            who.role = who.role or role
            who.org = who.org or org
    if who.role:
        who.gender = who.gender or gender(who.role.split()[:3])


def role_title_words() -> set[str]:
    return ROLE_TITLES | DROP_TITLES


__all__ = ["Who", "Context", "classify_np", "subject_of_clause", "person_np", "org_np", "UP"]
