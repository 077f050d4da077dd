"""A person's role and organisation from the words around her name: an apposition ("coordinator of the
Small-Scale Fishers Federation", "ambassadeur de Teraval auprès de la Conférence", "Belmora’s deputy
foreign minister") read as (role, organisation).

:func:`parse_appos` reads the comma-separated parts after a name; :func:`split_role_org` splits one role
phrase where the organisation starts. The organisation is whom the person speaks for: a State for a
minister or an ambassador, not the body the ambassador is accredited to, nor a minister's portfolio.
"""

from __future__ import annotations

import re

from .portfolio import acronym_then_portfolio
from .vocab import STOP_CAPS, private_trade
from .people import (
    NOT_ROLE_START, ORG_WORDS, ROLE_WORDS, UP, WORKPLACE_AFTER, _ROLE_CLAUSE, clean_org, clean_role, has_person_name,
    lower_token,
)
from .roleparts import looks_like_role_strict, role_starts
from .states import DEMONYM, REGIONAL


_SPLIT_STRONG = re.compile(r"\s+(?:at|with|chez|auprès\s+d(?:e|u|es|e\s+la|e\s+l['\u2019])|à|au|aux)\s+(?=(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ0-9])")
_SPLIT_OF = re.compile(r"\s+(?:of|for|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019]|(?:(?<=observateur\s)|(?<=observatrice\s)|"
                       r"(?<=représentant\s)|(?<=représentante\s)|(?<=délégué\s)|(?<=déléguée\s))pour\s+(?=l))\s*"
                       r"(?=(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ])")
_POSSESSIVE_ROLE = re.compile(rf"^(?:the\s+)?(?P<org>(?:{UP}[\w\-]*\s+){{0,5}}{UP}[\w\-]*)['\u2019]s\s+(?P<role>.+)$")

#: a State's delegation, government or mission that a role belongs to: "the Estrelle delegation's water
#: engineer", "a legal adviser of the Borvik delegation" (the State, as for "X's delegation")
_DELEGATION_ROLE = re.compile(rf"^(?:the\s+)?(?P<org>{UP}[\w\-]*(?:\s+{UP}[\w\-]*){{0,3}}\s+(?:delegation|government|"
                              rf"mission))['\u2019]s\s+(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}})$")
_ROLE_OF_DELEGATION = re.compile(rf"^(?:the\s+|an?\s+)?(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?)\s+(?:of|in|from|with)"
                                 rf"\s+the\s+(?P<org>{UP}[\w\-]*(?:\s+{UP}[\w\-]*){{0,3}}\s+(?:delegation|government|mission))$")
_ROLE_OF_DELEGATION_FR = re.compile(rf"^(?:l['\u2019]|la\s+|le\s+)?(?P<role>[a-zà-ÿ][\w\-]*(?:\s+[a-zà-ÿ\-]+){{0,3}}?)\s+(?P<prep>de|à|"
                                    rf"au\s+sein\s+de)\s+(?P<deleg>la\s+(?:délégation|mission))\s+(?:de\s+la\s+|de\s+l['\u2019]|du\s+|des\s+|"
                                    rf"de\s+|d['\u2019])(?P<org>{UP}[\w\-]*(?:\s+{UP}[\w\-]*){{0,2}})$")

#: "the Reef Watch coordinator": the organisation's name in capitals, then the role in lower case
_ORG_THEN_ROLE = re.compile(r"^(?:the\s+)?(?P<org>(?:[A-ZÀ-Þ][\w\-\u02bb\u02bc]+\s+){1,5})(?P<role>(?:[a-z][\w\-]*\s+){0,2}"
                            r"[a-z][\w\-]*)$")
#: "the coalition’s field researcher": a short form the document's organisation stands for
_POSSESSIVE_SHORT = re.compile(r"^the\s+(?P<org>coalition|alliance|agency|institute|network|campaign|organisation|"
                               r"organization|secretariat|ministry|federation|union|association|foundation|council|"
                               r"committee|movement|commission|guild|delegation)['\u2019]s\s+(?P<role>.+)$", re.I)



#: a second apposition joined by "and a" / "et une": "a surgeon and a member of the Network"
_AND_ANOTHER = re.compile(r"\s+(?:and|et)\s+(?=(?:a|an|un|une)\s+[a-zà-ÿ]|(?:member|membre)\s+(?:[a-zà-ÿ\-]+\s+)?(?:of|de|du|des|d['\u2019])"
                          r"|(?:president|présidente?|chair|chairwoman|chairman|head|director|directrice|directeur|"
                          r"coordinator|coordinatrice|coordinateur|secretary|secrétaire|founder|fondatrice|fondateur|"
                          r"spokesperson|spokeswoman|spokesman|porte-parole)\s+(?:of|de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019]))")
_MEMBER = re.compile(r"^(?:(?:a|an|un|une)\s+)?(?:(?:founding|board|active|longtime|fondateur|fondatrice)\s+)?"
                     r"(?:member|membre)\b", re.I)


_AT_A_SPOT = re.compile(r"^(?:at|by|on|near|au|à\s+la|à\s+l['\u2019]|près\s+du|devant\s+le)\s+(?:the\s+)?(?:[\w\-]+['\u2019]s\s+)?"
                        r"(?:stand|booth|desk|kiosk|podium|lectern|entrance|tent|pavilion|stall|stage|tribune|pupitre|"
                        r"entrée|tente|pavillon|estrade|comptoir)\b", re.I)
#: "at Monday’s side event", "at the evening briefing", "lors de la conférence de presse de mardi": when and
#: where she spoke, not whom she speaks for (a day, a time, or a phrase that ends on a kind of gathering)
#: a medium the words were said on: « au micro de RFI », « sur les ondes de la RTS », "on the BBC's Today programme"
_ON_AIR = re.compile(r"(?i)^(?:au\s+micro\s+d|sur\s+les\s+ondes\s+d|sur\s+l['\u2019]antenne\s+d|à\s+l['\u2019]antenne\s+d|"
                     r"sur\s+le\s+plateau\s+d|dans\s+les\s+colonnes\s+d|on\s+(?:the\s+)?[\w\-']+['\u2019]s\s+\w+\s+"
                     r"(?:programme|program|show)|on\s+air\b|in\s+an\s+interview\b|by\s+(?:phone|telephone|video\s*link)\b)")
_TIME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|next|"
         r"morning|evening|afternoon|night|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)")
_GATHERING = (r"(?:event|launch|briefing|conference|meeting|session|plenary|reception|dinner|lunch|breakfast|"
              r"panel|debate|rally|vigil|hearing|summit|workshop|presentation|ceremony|screening|march|"
              r"press\s+bench|round\s*table|gathering|talks|opening|closing)s?")
_AT_AN_EVENT = re.compile(
    rf"^(?:at|during|after|before)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:{_TIME}\b|.{{0,60}}?\b{_GATHERING}$)"
    rf"|^(?:lors|au\s+cours|à\s+l['\u2019]issue)\s+d", re.I)


#: what kind of body the one just named is: "an industry body", "a trade group", « un lobby du tabac », « une ONG »
BODY_DESCRIBED = re.compile(r"(?i)^(?:(?:an?|une?)\s+(?:[\w\-.]+\s+){0,3}?|(?:the|la|le|l['\u2019])\s*(?:[\w\-.]+\s+){1,3}?|"
                            r"(?:the|la|le|l['\u2019])\s*(?=\S+\s+(?:[a-zà-ÿ\-]+\s+)?(?:that|which|qui|dont)\s))(?-i:body|group|lobby|"
                            r"association|charity|think[\s\-]tank|ngo|NGO|ong|ONG|organisation|organization|organisme|"
                            r"groupement|syndicat|consortium|federation|fédération|collectif|collective|network|réseau|"
                            r"coalition|alliance|agency|agence|institute|institut)(?:\s+[a-zà-ÿ\-]+(?=\s+(?:qui|dont)\s))?"
                            r"(?:\s+(?:of|for|de|du|des|d['\u2019])\s+[a-zà-ÿ0-9][\w\-\s'\u2019]{0,40})?"
                            r"(?:\s+(?:that|which|qui|dont)\s+[^,;:]{2,80})?$")
# ("A spokesman for the X, the U.N.-backed body that monitors resistance, said": what the body is; "the coalition"
# alone is a body's short name, not a description)


#: a body named in Title Case after its article: "the Lowland Water Board", « la Régie Eaux du Plateau »
TITLED_BODY = re.compile(r"(?:the|la|le|l['\u2019])\s*(?P<org>[A-ZÀ-Þ][\w'\u2019\-]+(?:\s+(?:(?:of|for|on|de|du|des|la|le|"
                         r"d['\u2019])\s*)?[A-ZÀ-Þ][\w'\u2019\-]+){1,5})")


_AGE = re.compile(r"\d{1,3}(?:\s*(?:ans|years?\s+old))?")


def parse_appos(parts: list[str]) -> tuple[str, str]:
    """(role, organisation) from the comma-separated parts of an appositive; a role with no organisation
    takes the body of its own relative clause ("a former minister who now advises the X", « ancienne
    ministre qui dirige aujourd’hui le X »)."""
    role, org = _parse_appos(parts)
    first = next((p for p in (re.sub(r"\s+", " ", p).strip(" .") for p in parts) if p and not _AGE.fullmatch(p)), "")
    if not org and first:  # (also after a noun the role words do not know: "the hydrogeochemist who led the X's teams")
        rel = re.search(r"\s(?=(?:who|qui)\s)", first)
        if rel is not None and (rm := _RELATIVE_ORG.match(first[rel.end():])):
            org = re.split(r"\s+(?:à|au|aux|en|in|at)\s+(?=[A-ZÀ-Þ])", rm.group("org"))[0]
            org = clean_org(re.split(r"['\u2019]s\s+[a-z]", org)[0])  # ("who led the Institute's sampling teams")
        elif rel is not None:
            org = _sits_on_its(first[rel.end():])
    if role and not org and len(role.split()) <= 3 and (state := org_then_role(role)[1]):
        role, org = org_then_role(role)[0], state  # "Varga, the Orsk delegate, said": Orsk's
    if a_workplace(org):
        org = ""  # "a nurse at the Tarvik clinic", « infirmière au dispensaire de Hollin »: where she works, no body
    return role, org


#: a place where care or teaching is given, named by its town in lower case: "the Tarvik clinic", "the Kiln Lane
#: primary school", « le dispensaire de Hollin », « l’école primaire de Kiln Lane »: where a person works, which
#: speaks for nobody (the body that runs it, when the text gives one, is named as such: "the CHN nurse")
_WORKPLACE_EN = re.compile(r"^(?:[A-ZÀ-Þ][\w\-\u2019']*\s+){1,3}(?:(?:primary|secondary|village|district|rural|field|"
                           r"health|maternity|mobile|local|community|sorting|recycling)\s+)?(?:clinic|dispensary|school|"
                           r"hospital|health\s+(?:centre|center|post)|surgery|infirmary|ward|plant|factory|depot|yard)"
                           r"(?:\s+in\s+[A-ZÀ-Þ][\w\-]+)?$")  # ("the Haldersund plant in Ebbrand": where he works)
_WORKPLACE_FR = re.compile(r"^(?:clinique|dispensaire|école|hôpital|infirmerie|maternité|centre\s+de\s+santé|"
                           r"poste\s+de\s+santé)(?:\s+(?:primaire|rurale?|de\s+district|communale?|de\s+village))?"
                           r"\s+(?:de\s+la\s+|de\s+l['\u2019]\s*|des\s+|du\s+|de\s+|d['\u2019]\s*)"
                           r"(?:[A-ZÀ-Þ][\w\-\u2019']*)(?:\s+[A-ZÀ-Þ][\w\-\u2019']*){0,2}$")


#: a place's common noun, where someone works ("at the Halmsted airport", « à l'aéroport de Halmsted »): no body
_WORKPLACE_NOUN = re.compile(r"(?i)(?<![\w\-])(?:aéroport|airport|port|harbour|stade|stadium|gare|station|usine|plant|mine|"
                         r"quai|docks?|village|ville|town|city)(?![\w\-])")


def a_workplace(org: str) -> bool:
    """Whether ``org`` is a place of care or teaching named in lower case after its town, not a body's name."""
    return bool(org) and (_WORKPLACE_EN.match(org) is not None or _WORKPLACE_FR.match(org) is not None)


def _parse_appos(parts: list[str]) -> tuple[str, str]:
    parts = [re.sub(r"\s+", " ", p).strip(" .") for p in parts]
    parts = [p for p in parts if p and not _AGE.fullmatch(p)]
    # ("Yuki Nakamura, 22, a youth campaigner", « NAME, 58 ans, chef de la délégation »)
    listed = re.match(r"^(?P<n>(?:[A-ZÀ-Þ][\w\-\u2019']+\s+){1,3}[A-ZÀ-Þ][\w\-\u2019']+)\s+(?:and|et)\s", parts[0]) \
        if parts else None
    if listed and has_person_name(listed.group("n")) and not any(
            lower_token(w) in ORG_WORDS for w in listed.group("n").split()):
        return "", ""  # "NAME, Ana Varga and a third delegate …": a list of people, not an apposition
    if parts and (bm := ON_BEHALF.match(parts[0])):
        return "", clean_org(bm.group("org"))  # "speaking on behalf of the African Group", "au nom du Ghana"
    if parts and (rm := _RELATIVE_ORG.match(parts[0])):
        # "who represents Belmora", "qui dirige la délégation de X"; "qui représente la Ludovie à Valmont":
        # where she represents it is no part of it
        org = re.split(r"\s+(?:à|au|aux|en|in|at)\s+(?=[A-ZÀ-Þ])", rm.group("org"))[0]
        org = clean_org(re.split(r"['\u2019]s\s+[a-z]", org)[0])  # ("heads the Trust's policy unit": the Trust)
        if re.search(r"(?i)\s(?:at|à|in)\s*$", parts[0][:rm.start("org")]) and " " not in org \
                and lower_token(org) not in ORG_WORDS:
            return "", ""  # "who runs the emergency department at Sombrevaux": the town it is in, no body
        return "", org
    if parts and (short := _sits_on_its(parts[0])):
        return "", short  # "who … sits on the network's board": the network, as the document names it
    if parts and (fm := re.match(r"^from\s+(?=(?:the\s+)?[A-ZÀ-Þ])", parts[0])):
        return "", clean_org(_CLAUSE_CUT.split(parts[0][fm.end():])[0])  # "from the Survivors’ Network"
    if not parts or NOT_ROLE_START.match(parts[0]) or FR_VERB_AFTER_A.match(parts[0]):
        return "", ""  # "NAME, a ouvert la séance": a verb, not "a ROLE"
    whole = _PORTFOLIO_CUT.split(parts[0])[0]  # "ministre de la Santé et de la Famille du Kéroual": one role
    if (minister := _MINISTER_OF.match(whole)) and len(whole) <= 140:
        state = minister.group("state") or ""
        if not state and len(parts) >= 2 and re.fullmatch(rf"{UP}[\w\-]+(?:\s+{UP}[\w\-]+){{0,2}}", parts[1]):
            state = parts[1]  # "— NAME, minister of fisheries, Corvella": the State, after the portfolio
        return clean_role(minister.group("role")), state
    if (held := _MINISTER_OF_ANY.match(whole)) and len(whole) <= 140 and _names_a_portfolio(held):
        return clean_role(held.group("role")), held.group("state") or ""  # « ministre orsalien de l’Habitat »
    both = _AND_ANOTHER.split(parts[0], maxsplit=1)
    if len(both) == 2:  # "a tuna fisher from Teraval and a member of the Fishers Federation": one role, one
        r1, o1 = parse_appos([both[0]] + parts[1:])  # organisation; a membership says whom she speaks for
        r2, o2 = parse_appos([both[1]])
        return (r1 or r2), (o2 if o2 and (not o1 or _MEMBER.match(both[1])) else o1)
    first = _CLAUSE_CUT.split(parts[0])[0]
    if len(first) > 140 or _AT_A_SPOT.match(first) or _AT_AN_EVENT.match(first) or _ON_AIR.match(first):
        return "", ""  # (« au stand de l’Institut », "at the coalition's booth": where she stood)
    # "of the Coalition for X" / "de la Coalition X": organisation only
    m = re.match(r"^(?:of|from|at|with|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019]|chez)\s*(?=(?:the\s+)?[A-ZÀ-Þ])", first)
    if m:
        return "", clean_org(first[m.end():])
    m = _ORG_THEN_ROLE.match(first)
    if m and lower_token(m.group("role").split()[-1]) in ROLE_WORDS and any(
            lower_token(w) in ORG_WORDS for w in m.group("org").split()):
        return clean_role(m.group("role")), clean_org(m.group("org"))  # "the Reef Watch coordinator"
    m = _DELEGATION_ROLE.match(first) or _ROLE_OF_DELEGATION.match(first) or _ROLE_OF_DELEGATION_FR.match(first)
    if m and len(m.group("role").split()) <= 4 and clean_org(m.group("org")):
        # "the Estrelle delegation's water engineer"; « chef de la délégation de X »: the delegation is in her role
        role = m.group("role") + (f" {m.group('prep')} {m.group('deleg')}" if m.re is _ROLE_OF_DELEGATION_FR else "")
        return clean_role(role), clean_org(m.group("org"))
    m = _POSSESSIVE_ROLE.match(first) or _POSSESSIVE_SHORT.match(first)
    if m and len(m.group("role").split()) <= 5:
        return clean_role(m.group("role")), clean_org(m.group("org"))
    if (gm := _ROLE_OF_THE_GROUP.match(first)) and role_starts(clean_role(gm.group("role"))) \
            and (_COMPANY_SUFFIX.search(gm.group("org") or "") or _COMPANY_OFFICER.match(gm.group("role"))):
        # « directeur général du groupe Velmont SA », "chief executive of the Velmont group": a company's officer,
        # the company by its name (« groupe » is how French releases name a parent company)
        # (« du groupe » stays in the French role: the group's director general, not a subsidiary's)
        return clean_role(gm.group("role") + (" du groupe" if gm.group("org") else "")), \
            clean_org(gm.group("org") or gm.group("group"))
    role, org = split_role_org(re.sub(r"^(?:the|le|la)\s+|^[lL]['\u2019]", "", first))  # "l’ambassadeur du Ghana"
    if not org and len(parts) >= 2 and not NOT_ROLE_START.match(parts[1]):
        second = parts[1]
        if re.match(rf"^(?:the\s+|la\s+|le\s+|l['\u2019])?{UP}", second) and len(second) <= 120 \
                and not (private_trade(role) and " " not in second.strip()):  # ("NAME, sorting-line operator,
            org = clean_org(second)  # Haldersund": the town she works in, not a body or a State)
    article = bool(_ARTICLE_ROLE.match(_ROLE_CLAUSE.sub("", role).strip()))
    role = clean_role(role)
    if has_person_name(role):
        return "", ""  # "…, Professor Lena Vogt": another person, not a role
    if not article and not role_starts(role):
        return ("", org) if org and not NOT_ROLE_START.match(role) and len(role.split()) <= 4 else ("", "")
    return role, org


#: a company's legal form after its name ("plc", "SA", "AG")
_LEGAL_FORM = r"(?:plc|PLC|SA|S\.A\.|AG|NV|Ltd|Inc|SE)"
#: a role, then the company as a group: « directrice financière du groupe Velmont Aquafarms plc », "chief executive of
#: the Velmont group"
_ROLE_OF_THE_GROUP = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['\u2019])?(?P<role>[a-zà-ÿ][\w\-\u2019' ]{2,60}?)\s+"
    rf"(?:du\s+groupe\s+(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+[A-ZÀ-Þ][\w\-\u2019']*){{0,3}}(?:\s+{_LEGAL_FORM})?)"
    r"|of\s+the\s+(?P<group>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+[A-ZÀ-Þ][\w\-\u2019']*){0,3})\s+group)$")

#: a listed company's legal form after its name ("plc", "SA"), and a company's officers by their titles: what makes
#: « groupe » a company rather than a negotiating group (« président du groupe Afrique » stays a role)
_COMPANY_SUFFIX = re.compile(rf"\s{_LEGAL_FORM}$")
_COMPANY_OFFICER = re.compile(r"(?i)^(?:(?:vice-)?président[e]?-directeur|pdg|directeur|directrice|chief|managing|"
                              r"group\s+(?:chief|finance|managing)|finance\s+director|administrat)")


#: French "a" + past participle: a verb ("a ouvert", "a présenté"), never the article of a role
FR_VERB_AFTER_A = re.compile(r"^a\s+(?:\w+(?:é|és|ée|ées|ert|erte|eint|uit|ris)\b|\w+(?:i|is|it|u|us)\s+(?:la|le|les|l['\u2019]|"
                             r"un|une|des|du|que|qu['\u2019]|à|au|aux|sa|son|ses|leur|en|de|d['\u2019])(?![\w\-]))",
                             re.I)


#: "speaking on behalf of X", "speaking for X", "au nom du Ghana", "s’exprimant au nom de l’Union africaine"
ON_BEHALF = re.compile(r"^\s*(?i:(?:(?:speaking|s['\u2019]exprimant|parlant)\s+)?(?:on\s+behalf\s+of|for|au\s+nom\s+"
                       r"(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])))\s*(?:the\s+)?(?P<org>[A-ZÀ-Þ][^,;:.]{1,80})")


#: a relative clause that says whom a person speaks for: "who represents Belmora", "qui dirige la délégation de X"
_RELATIVE_ORG = re.compile(
    r"^(?:who|qui)\s+(?:[^,;:]{0,80}?\s(?:and|et)\s+)?(?:(?:now|currently|still|also|aujourd['\u2019]hui|désormais|aussi)\s+)?"
    r"(?:(?:has|had|a|avait)\s+(?:long\s+|longtemps\s+)?)?(?:represents|represented|directs|directed|runs|run|ran|plaide\s+pour|plaidait\s+pour|"
    r"(?:pleads|pleaded)\s+for|"
    r"représente|heads|headed|leads|led|chairs|chaired|dirige|dirigé|conduit|préside|présidé|(?:speaks|spoke)\s+for|"
    r"coordinates|coordinated|coordonne|coordonné|founded|co-founded|fondé|cofondé|manages|managed|gère|géré|"
    r"advises|advised|conseille|conseillé|conseillait|joined|rejoint|(?:belongs|belonged)\s+to|appartient\s+à|"
    r"(?:parle|parlait|a\s+parlé)\s+au\s+nom\s+d(?:e|u|e\s+la|e\s+l['\u2019])|"
    r"(?:works|worked)\s+(?:for|at|with)|travaille\s+(?:pour|à|avec)|sits\s+on|is\s+part\s+of|"
    r"siège\s+(?:à|dans|au\s+sein\s+de|au(?=\s+(?:conseil|comité|bureau)))|(?:serves|served)\s+on|fait\s+partie\s+de)(?:\s+(?:now|today|aujourd['\u2019]hui|désormais|depuis\s+\d{4}|since\s+\d{4}))?"
    r"\s+(?:(?:the|its|her|his|la|le|sa|son|l['\u2019])\s*)?"
    r"(?:(?:[a-z\-]+\s+)?(?:delegation|délégation|mission|team|équipe|unit|department|service|office|programme|"
    r"program|plaidoyer|advocacy|campaign|campagne|pôle|section|branch|desk|cellule|division|board|committee|"
    r"council|conseil(?:\s+d['\u2019]administration)?|comité|bureau)(?:\s+(?:des\s+|de\s+la\s+|d['\u2019])?[a-zà-ÿ\-]+)?"
    r"\s+(?:of|from|at|de|du|de\s+la|de\s+l['\u2019]|d['\u2019])\s*"
    r"(?:the\s+|la\s+|le\s+|l['\u2019])?)?(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+(?:(?:of|for|on|de|du|des|la|le|"
    r"d['\u2019]|l['\u2019]|pour|sur|et|and)\s*)?[\w\-\u2019']+){0,6})")


#: the same clause with the body by its kind's noun in a possessive: "who … and sits on the network's board", "who
#: serves on the federation's executive": the body of that kind the document names (the noun alone, resolved later)
_SITS_ON_ITS = re.compile(
    r"^(?:who|qui)\s+(?:[^,;:]{0,80}?\s(?:and|et)\s+)?(?:(?:now|currently|still|also)\s+)?(?:sits|sat|serves|served)"
    r"\s+on\s+the\s+(?P<org>[a-z]+)['\u2019]s\s+(?:board|committee|council|executive|bureau)(?![\w\-])")


def _sits_on_its(clause: str) -> str:
    """The body's noun of :data:`_SITS_ON_ITS` ("network"), when it is a body's kind; "" otherwise."""
    m = _SITS_ON_ITS.match(clause)
    return m.group("org") if m is not None and lower_token(m.group("org")) in ORG_WORDS else ""


#: where an apposition turns into a clause: "… at X and reviewed the method", "… qui opère …", or into the next
#: person ("of Veloria and Mr NAME of Mbalenga"); but capitals after "and" that end on a plural are the rest of a
#: body's name ("the Union of Stone and Quarry Workers", « Fédération des Fours et Carrières »)
_CLAUSE_CUT = re.compile(r"\s+(?:and|et|but|mais)\s+(?=[a-zà-ÿ])"
                         r"(?-i:(?![A-ZÀ-Þ][\w\-]*(?:\s+[A-ZÀ-Þ][\w\-]*){0,2}?s(?![\w\-])(?!\s+[A-ZÀ-Þ])))(?!" + r"(?:[a-z\-]+\s+){0,2}(?:officer|adviser|advisor|"
                         r"coordinator|manager|specialist|director|researcher|campaigner)s?\b|"
                         # ("health and safety officer", « chargée de la santé et de la sécurité »: one role)
                         r"(?:de\s+la|de\s+l['\u2019]|du|des)\s*[a-zà-ÿ]|"
                         # (« Guilde des éleveurs en étangs et en cages »: the last of two places it works in)
                         r"(?:en|in)\s+[a-zà-ÿ][\w\-]+\s*(?:$|[,;.)]))|\s+(?:who|whom|whose|which|qui|dont|where|où)\s",
                         re.I)

_PORTFOLIO_CUT = re.compile(r"\s+(?:and|et|but|mais)\s+(?!(?:de|du|des|d['\u2019]|of|for)\s*(?:la\s+|l['\u2019]|the\s+)?[A-ZÀ-Þ])"
                            r"(?=[a-zà-ÿ])|\s+(?:who|whom|whose|which|qui|dont|where|où)\s")

#: "a schoolteacher", "une boulangère", "a survivor of the blast": an article and a few words
_ARTICLE_ROLE = re.compile(r"^(?:a|an|un|une)\s+\S+(?:\s+\S+){0,4}$", re.I)


def _looks_like_role(role: str) -> bool:
    words = [lower_token(w) for w in re.findall(r"[\w\-\u2019']+", role)]
    if not words or len(words) > 12:
        return False
    return any(w in ROLE_WORDS for w in words) or bool(re.match(r"^(?:a|an|the|un|une|le|la)\s", role, re.I)) or words[0][:1].isalpha()


_SPLIT_SHORT_ORG = re.compile(r"\s+(?:(?:of|at|for|with|de|du|chez|auprès\s+de)\s+(?:the|la|le|l['\u2019])\s*|du\s+)"
                              r"(?=(?:coalition|alliance|agency|institute|network|campaign|organisation|"
                              r"organization|secretariat|agence|institut|réseau|campagne|secrétariat|federation|"
                              r"fédération|union|association|foundation|fondation|movement|mouvement|council|"
                              r"conseil|committee|comité|commission|guild|guilde)\b)", re.I)


#: what a minister is minister of: a portfolio, part of the role ("ministre de la Solidarité et de l’Action
#: humanitaire du Kéroual": the role up to the State, whom she speaks for)
_PORTFOLIO = (r"(?:foreign|affaires|social|sociales|solidarit|health|santé|defen[cs]|défense|interior|intérieur|home|"
              r"justice|financ|econom|économ|educat|éducat|labou?r|travail|employ|emploi|agricult|environ|humanitar|"
              r"action|develop|développ|trade|commerce|energ|énerg|transport|cultur|women|femmes|famil|youth|"
              r"jeunesse|refugee|réfugi|migrat|cooperat|coopérat|plan|housing|logement|water|eau|communicat|public|"
              r"travaux|infrastruct|interior|budget|industr|sport|tourism|touris|digital|numérique|climat|gender|"
              r"genre|displacement|déplac|reconstruct|peace|paix|security|sécurité|state|état|european|européen|fish|"
              r"pêche|sea\b|mer\b|ocean|océan|maritim|marin|legal|juridique|political|politique|hydraul|terres?\b|"
              r"lands?\b|mines?\b|pétrol|oil\b|forest|forêt|livestock|élevage|irrigat|ressource|resource|territor|"
              r"urban|rural|scien|recherche|télécom|telecom|religi|veteran|combattant|décentralis|gouvernance|"
              r"diaspora|intégrat|hydrocarbur|assainiss|sanitation|nutrition|alimenta|food|disaster|catastroph|"
              r"global\b|mondial|governance|tobacco|tabac|drug|drogue|human\s+rights|droits)")
#: an office held over a portfolio, as a minister's is: "High Commissioner for Fisheries", "Haut-Commissaire
#: aux pêches de Bénoua", "Under-Secretary-General for Ocean Affairs" (a portfolio is never an organisation)
_OFFICE = (r"(?:(?:vice-)?minist(?:er|re)|(?:haut|haute)[\s\-]+commissaire|high\s+commissioner|commissioner|"
           r"commissaire|(?:under-|assistant\s+|deputy\s+)?secretary(?:-general)?|secrétaire\s+d['\u2019]état|"
           r"(?:sous-)?secrétaire(?:-générale?)?(?:\s+adjointe?)?)")
_MINISTER_OF = re.compile(
    r"^(?P<role>(?:[\w\-]+\s+){0,3}?" + _OFFICE + r"(?:\s+[a-zà-ÿ\-]+)?\s+(?:of|for|de\s+la|de\s+l['\u2019]|du|des|"
    r"d['\u2019]|aux|au|à\s+la|à\s+l['\u2019]|chargée?\s+(?:de\s+la|de\s+l['\u2019]|du|des|de))\s*(?:the\s+)?" + _PORTFOLIO +
    r".*?)(?:\s+(?:of|du|de|d['\u2019]|de\s+la)\s*(?P<state>[A-ZÀ-Þ][\w\-]+))?$", re.I | re.S)


#: a minister of any portfolio where the State is given apart from it, by its adjective before the preposition
#: ("the Vardian Minister of Cities", « ministre vardien de l’Habitat ») or by its name after the portfolio («
#: ministre de l’Habitat de la Vardie »): the capitalised word after "of" / « de » is the portfolio, not a body
_MINISTER_OF_ANY = re.compile(
    r"^(?P<role>(?:[\w\-]+\s+){0,3}?(?P<adj>[A-ZÀ-Þ][a-zà-ÿ]+\s+)?(?:vice-)?(?i:minist(?:er|re))(?:\s+(?P<fadj>[a-zà-ÿ\-]+))?"
    r"\s+(?i:of|for|de\s+la|de\s+l['\u2019]|du|des|d['\u2019]|à\s+la|à\s+l['\u2019]|aux?|chargée?\s+(?:de\s+la|de\s+l['\u2019]|du|"
    r"des|de))\s*(?:the\s+)?(?P<port>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+(?:(?:and|et|of|for|de|du|des|de\s+la|d['\u2019]|l['\u2019])"
    r"\s*)?[\w\-\u2019']+){0,4}?))(?:\s+(?:of|du|de|d['\u2019]|de\s+la|de\s+l['\u2019])\s*(?P<state>[A-ZÀ-Þ][\w\-]+))?$",
    re.S)


def _names_a_portfolio(m: re.Match) -> bool:
    """Whether a :data:`_MINISTER_OF_ANY` match gives the State apart from the portfolio, and the portfolio names
    no body ("Minister of the Heat Institute" is the Institute's)."""
    adj = (m.group("adj") or "").strip() or m.group("fadj") or ""
    by_adj = bool(adj) and bool(DEMONYM.fullmatch(adj)) and not REGIONAL.match(adj) \
        and lower_token(adj) not in ROLE_WORDS
    return (by_adj or bool(m.group("state"))) and not any(
        lower_token(w) in ORG_WORDS for w in re.findall(r"[\w\-]+", m.group("port")))


#: an envoy of a State to a body: "ambassadeur de Teraval auprès de la Conférence", "Ambassador of Lund to
#: the Conference", "représentante permanente de la Belmora à Valmont": she speaks for the State
_ACCREDITED = re.compile(
    r"^(?P<role>(?:[\w\-]+\s+){0,3}?(?i:ambassad(?:or|eur|rice)|(?:permanent\s+)?representative|"
    r"représentante?(?:\s+permanente?)?|envoy|envoyée?\s+spéciale?|special\s+envoy|délégué(?:e)?|delegate|"
    r"chargée?\s+d['\u2019]affaires))\s+(?:of|from|de\s+la|de\s+l['\u2019]|de|du|d['\u2019])\s*(?:the\s+)?"
    r"(?P<state>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,2})\s+(?:to|at|in|auprès\s+d(?:e|u|es|e\s+la|e\s+l['\u2019])|"
    r"à|au|aux|en)\s*(?:the\s+|la\s+|le\s+|l['\u2019])?[A-ZÀ-Þ].*$", re.S)


#: the offices a State gives, after its name ("the Orsk delegate", "Orsk ambassador NAME")
_STATE_OFFICES = {"delegate", "ambassador", "minister", "envoy", "representative", "negotiator", "diplomat",
                  "delegation", "foreign", "deputy", "head"}


def org_then_role(s: str) -> tuple[str, str]:
    """"United Nations Under-Secretary-General for Ocean Affairs", "ICRC delegate": an organisation's name
    (a word of one, or an acronym) right before the role (role, organisation); ("", "") otherwise."""
    toks = s.split()
    toks = toks[1:] if toks and toks[0].lower() == "the" else toks
    k = next((i for i, t in enumerate(toks) if lower_token(t) in ROLE_WORDS and lower_token(t) not in ORG_WORDS), 0)
    head = toks[:k]
    if len(head) == 1 and head[0][:1].isupper() and lower_token(toks[k]) in _STATE_OFFICES \
            and not re.search(r"(?:ian|ish|ese|ean|ch|ic|[aeo]n|i)$", head[0]) \
            and lower_token(head[0]) not in ROLE_WORDS | STOP_CAPS | ORG_WORDS:
        if lower_token(toks[k]) == "minister" and re.fullmatch(_PORTFOLIO + r"[\w\-]*", head[0], re.I):
            return clean_role(" ".join(toks)), ""  # "the Interior Minister": the portfolio is the role's, no body
        return clean_role(" ".join(toks[k:])), head[0]  # "the Orsk delegate": a State's delegate
    if not head or len(head) > 6 or not all(t[:1].isupper() or t in ("of", "for", "de", "des", "du") for t in head) \
            or not any(lower_token(t) in ORG_WORDS or (t.isupper() and len(t) >= 2) for t in head):
        return "", ""
    role, org = split_role_org(" ".join(toks[k:]))
    return clean_role(role), org or clean_org(" ".join(head))


#: a common noun of place or institution right before "de X" / "of X": X says where, not whom for
_PLACE_NOUN = re.compile(r"(?i:\b(?:hôpital|hospital|clinique|clinic|école|school|camp|village|town|ville|port|"
                         r"mairie|région|region|district|quartier|île|island|coast|côte|centre|center|prison|"
                         r"marché|market))\s*$")


#: a mayor of X: the town is where she holds office, no body she speaks for ("mayor of Port-Sabine", « maire de X »)
_MAYOR = re.compile(r"(?i:\b(?:mayor|maire|mairesse|bourgmestre|burgomaster))\s*$")


#: "adviser to X" speaks for X when X is named as a body ("medical adviser to Children's Health Watch")
_ADVISER_TO = re.compile(r"(?:(?<=adviser)|(?<=advisor)|(?<=consultant)|(?<=counsel))\s+to\s+(?:the\s+)?(?=[A-ZÀ-Þ])")


#: a French body named by its kind in lower case, then its name: « du collectif Mer propre », « de l’association X »
_OF_KIND_NAMED = re.compile(r"\s+(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])\s*(?=(?:collectif|association|syndicat|"
                            r"réseau|ong|fondation|plateforme|coalition|mouvement|collective|union)\s+[A-ZÀ-Þ])")


#: a body written in lower case and named after a place: « de la coopérative des femmes planteuses de Soumbala »,
#: « du syndicat des dockers de Port-Ivel »: the body as the text writes it (the place alone is not whom she speaks for)
_LOWER_BODY_OF_PLACE = re.compile(
    r"\s+(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])\s*(?P<org>(?:coopérative|association|syndicat|collectif|"
    r"groupement|amicale|mutuelle|fédération|union|cooperative)\s+(?:des|du|de\s+la|de\s+l['\u2019]|de|d['\u2019])\s*"
    r"[a-zà-ÿ][\w\-\u2019' ]{0,60}?\s+(?:de|du|d['\u2019])\s*(?:la\s+|l['\u2019])?[A-ZÀ-Þ][\w\-]+)$"
    r"|\s+(?:of|for)\s+the\s+(?P<en>(?:[a-z][\w\-\u2019']*\s+){0,4}(?:cooperative|co-operative|association|union|"
    r"collective|syndicate|guild)\s+of\s+[A-ZÀ-Þ][\w\-]+)$")


#: a government body written in lower case after the role: « du ministère norvien des Pêches », "of the ministry"
_OF_GOVERNMENT_BODY = re.compile(r"\s+(?:du|de\s+la|de\s+l['\u2019]|des|of\s+the|of|au|à\s+la|at\s+the|to\s+the)\s+(?P<org>(?:ministère|ministry|"
                                 r"département|department)\s+[^,;]*[A-ZÀ-Þ][^,;]*)$")


#: a French body's name in sentence case, up to the « de » of the place it is named after: « Amis des marais »,
#: « Veilleurs du littoral », « Jardiniers sans frontières » (a capital, then lower-case words and their links)
_SENTENCE_CASE_NAME = re.compile(r"(?:la\s+|le\s+|les\s+|l['\u2019])?[A-ZÀ-Þ][a-zà-ÿ\-]+(?:\s+(?:(?:des|du|de|de\s+la|"
                                 r"de\s+l['\u2019]|d['\u2019]|sur|sans|pour|et|en)\s+)?[a-zà-ÿ][a-zà-ÿ\-]+){1,4}")


#: where a person comes from, after her role (« moniteur de natation venu de Lormes »): a place, not a body
_CAME_FROM = re.compile(r"\s+(?:venue?s?|originaires?|natif|native)\s+(?:de|des|du|d['\u2019])(?:\s|(?<=['\u2019])).*$",
                        re.S)


#: a body after "from", up to a part of it by its possessive: "a gleaner from the Federation’s northern branch",
#: "a nurse from the Hill Clinics Network" (a body's word in the name: "a farmer from Quillon" is a place)
_FROM_BODY = re.compile(r"\s+from\s+(?:the\s+)?(?P<org>[A-ZÀ-Þ][\w\-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-ZÀ-Þ][\w\-\u2019']*){0,6}?)"
                        r"(?:['\u2019]s\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?\s*$")


#: a group's subject after it, one lower-case word with no article: "contact group on supply", « groupe sur le
#: financement » has its article and stays a place's reading
_TOPIC_AFTER = re.compile(r"\s+(?:on|sur)\s+[a-zà-ÿ][\w\-]*\.?$")


#: an aside in brackets, in lower case, at the end of an apposition: « (aucun lien avec le ministre) », "(no relation)"
_ASIDE_AT_END = re.compile(r"\s*\((?=[a-zà-ÿ])[^()]*\)\s*$")


#: a French public hospital by its legal name, in lower case as the press writes it: « chef des urgences du centre
#: hospitalier de Saint-Évrault », « au CHU de Quimbelle »: an institution, not the town it is named after
_HOSPITAL_CENTRE = re.compile(r"\s+(?:du|au|des|aux|de\s+l['\u2019]|à\s+l['\u2019]|of\s+the|at\s+the)\s*"
                              r"(?P<org>(?:centre\s+hospitalier(?:\s+(?:universitaire|régional|intercommunal|départemental))?"
                              r"|CHU|CHR)\s+(?:de|d['\u2019]|du)\s*[A-ZÀ-Þ][\w\-\u2019']*(?:[ \-][A-ZÀ-Þ][\w\-\u2019']*)*)\s*$")


#: a trade, then the one town it is plied in: « ramoneur de Vionnaz », "fisherman of Tarvik"
_TRADE_OF_TOWN = re.compile(r"(?P<trade>[\w\-]+(?:\s+[\w\-]+)?)\s+(?:de|du|d['\u2019]|of)\s*"
                            r"(?P<place>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]*)*)")


def split_role_org(s: str) -> tuple[str, str]:
    if (hospital := _HOSPITAL_CENTRE.search(s)) is not None and hospital.start() > 0:
        return s[: hospital.start()], hospital.group("org")  # « urgentiste au centre hospitalier de X »: the hospital
    if (trade := _TRADE_OF_TOWN.fullmatch(s.strip())) is not None and private_trade(trade.group("trade")) \
            and lower_token(trade.group("place")) not in ORG_WORDS:
        return s, ""  # « le ramoneur de Vionnaz », "a fisherman of Tarvik": where a trade is plied, no body
    if (portfolio := acronym_then_portfolio(s)) is not None:
        return portfolio  # "MDB Vice-President for Infrastructure and Digital": the bank, not "Infrastructure"
    s = _CAME_FROM.sub("", s)
    s = re.split(r"\s+(?:depuis|since)\s+(?:\d|trente|vingt|dix|quinze|quarante|cinq|six|sept|huit|neuf|deux|trois|"
                 r"quatre|thirty|twenty|ten|fifteen|forty|five|two|three|four)", s)[0]  # « ramoneur à X depuis trente ans »
    s = _ASIDE_AT_END.sub("", s)  # « vaccinatrice à Halmyre (aucun lien avec le ministre) »: still a place after « à »
    body = _FROM_BODY.search(s)
    if body and body.start() > 0 and any(lower_token(w) in ORG_WORDS for w in body.group("org").split()) \
            and (looks_like_role_strict(s[: body.start()]) or _ARTICLE_ROLE.match(s[: body.start()].strip())):
        return s[: body.start()], clean_org(body.group("org"))
    work = WORKPLACE_AFTER.search(s)
    if work and _TOPIC_AFTER.match(s, work.start()):
        work = None  # "co-chair of the contact group on supply": what the group works on, part of the role
    if work and lower_token(s[: work.start()].split()[-1]) in ORG_WORDS:
        s = s[: work.start()]  # "shop steward for the Union at the Calvenne docks": where she works, not a body
    elif work and _WORKPLACE_NOUN.search(work.group()):
        return s[: work.start()], ""  # « capitaine à l’aéroport de Halmsted », "a steward at the Aune stadium": a place
    minister = _MINISTER_OF.match(s.strip())
    if minister:
        return minister.group("role"), minister.group("state") or ""
    envoy = _ACCREDITED.match(s.strip())
    if envoy:
        return envoy.group("role"), envoy.group("state")
    adviser = _ADVISER_TO.search(s)
    if adviser and any(lower_token(w) in ORG_WORDS for w in s[adviser.end():].split()[:6]):
        return s[: adviser.start()], clean_org(s[adviser.end():])  # "medical adviser to Children's Health Watch"
    body = _OF_GOVERNMENT_BODY.search(s)
    if body and body.start() > 0:  # « porte-parole du ministère norvien des Pêches »: the ministry, not "Pêches"
        return s[: body.start()], clean_org(body.group("org"))
    kind = _OF_KIND_NAMED.search(s)
    if kind and kind.start() > 0:  # « porte-parole du collectif Mer propre »: the collective is whom she speaks for
        return s[: kind.start()], clean_org(s[kind.end():])
    lower = _LOWER_BODY_OF_PLACE.search(s)
    if lower and lower.start() > 0:  # « présidente de la coopérative des femmes planteuses de Soumbala »: the
        return s[: lower.start()], (lower.group("org") or lower.group("en")).strip()  # cooperative, not the village it is named after
    short = _SPLIT_SHORT_ORG.search(s)
    if short and looks_like_role_strict(s[: short.start()]):
        org = clean_org(s[short.end():])
        # "member of the federation": the federation the text names; "présidente de l’association des
        # femmes du camp": a description in lower case, nobody's name
        return s[: short.start()], (org if " " not in org or org[:1].isupper() else "")
    strong = list(_SPLIT_STRONG.finditer(s))
    if len(strong) >= 2 and " " not in s[strong[-1].end():].strip() \
            and lower_token(s[strong[-1].end():].strip()) not in ORG_WORDS and not s[strong[-1].end():].strip().isupper():
        # "chercheuse à l’Institut de Sarn à Valmont": the organisation, then where it is
        return s[: strong[-2].start()], clean_org(s[strong[-2].end():strong[-1].start()])
    if strong:
        m = strong[-1]
        place = s[m.end():].strip()
        if len(strong) == 1 and " " not in place and lower_token(place) not in ORG_WORDS \
                and not place.isupper() and (_SPLIT_OF.search(s[: m.start()]) or m.group().strip() in ("à", "au", "aux")):
            s = s[: m.start()]  # "représentante permanente de la Belmora à Valmont": Valmont is a place
        else:
            return s[: m.start()], clean_org(s[m.end():])
    ofs = list(_SPLIT_OF.finditer(s))
    if not ofs:
        return s, ""
    for m in ofs:
        rest = s[m.end():]
        head = [lower_token(w) for w in rest.split()[:4]]
        if any(w.strip(",.()") in ORG_WORDS for w in head) or re.match(r"^(?:the\s+)?[A-Z]{2,}\b", rest):
            return s[: m.start()], clean_org(rest)
    m = ofs[-1]
    if len(ofs) >= 2 and re.fullmatch(r"(?:the\s+)?[A-ZÀ-Þ][\w\-\u2019']*(?:\s+[A-ZÀ-Þ][\w\-\u2019']*)*",
                                      s[ofs[-2].end():m.start()].strip()):
        m = ofs[-2]  # "a delegate of Youth for Soils", "member of Doctors for Peace": one name, its "for" inside it
    elif len(ofs) >= 2 and _SENTENCE_CASE_NAME.fullmatch(s[ofs[-2].end():m.start()].strip()) \
            and not re.match(_PORTFOLIO, s[ofs[-2].end():].strip(), re.I):
        m = ofs[-2]  # « présidente des Amis des marais de Quellan »: a French name in sentence case ends with its place
    if not looks_like_role_strict(s[: m.start()]):
        return s, ""  # "survivor of the Hiroshima bombing" is a role, not role + organisation
    if _PLACE_NOUN.search(s[: m.start()]) or _MAYOR.search(s[: m.start()]):
        return s, ""  # "chirurgienne à l’hôpital de Kessel", "a teacher at the school of X": a place, nobody's voice
    return s[: m.start()], clean_org(s[m.end():])
