"""A body's name as a sentence gives it, cut to the name itself.

What follows a body's name in running text is often read with it: a verb (« le Secrétariat indique »), a time
("for twelve years", « depuis 2025 »), a place of work ("at the Calvenne docks"), a clause ("…, who …").
:func:`clean_org` cuts those off, and returns "" where what is left names no body (an article, a spot at a venue,
an event, people named by their nationality).
"""

from __future__ import annotations

import re

from ..textutil import fold
from .cues import say_verbs
from .vocab import ORG_WORDS, lower_token

#: an English verb after a name: where the name of an organisation or a State ends
_EN_VERB_AFTER = re.compile(r"\s+(?:[a-z]{2,}ed|came|went|said|says|told|made|took|gave|sent|met|left|spoke|stood|sat|"
                            r"has|had|is|was|were|will|would|can|could|did|does|got|knew|saw|won|lost|held|wrote|writes|"
                            r"puts?(?=\s+it\b))(?![\w\-])")  # ("of the University of X put it another way": X)


#: a place of work after a body's head word, a common noun with its place's name or none: "at the Calvenne docks",
#: "in the northern vineyards", « au port de Calvenne », « dans la vallée de la Lenne », « à l’hôpital de Lenne »
WORKPLACE_AFTER = re.compile(r"\s+(?:in|at|on|à|au|aux|en|sur|dans)\s+(?:(?:the|le|la|les|l['\u2019])\s*)?"
                              r"(?:[A-ZÀ-Þ][\w\-]+\s+)?[a-zà-ÿ][\w\-]*(?:\s+(?:de\s+la|de|du|des|d['\u2019]|of)\s*"
                              r"(?:(?:the|la|le|l['\u2019])\s*)?[A-ZÀ-Þa-zà-ÿ][\w\-]+)?\.?$")


_PARALLEL_AND = re.compile(r"(?<![\w\-])(?P<p>en|in|for|pour|sur|on)\s+[a-zà-ÿ][\w\-]+\s+(?P<and>and|et)\s+(?P=p)\s+"
                           r"(?=[a-zà-ÿ][\w\-]+(?:\s*$|\s*[,;.)]))")


#: a time before the body that opens the sentence: "Earlier today Tarvonia’s minister", « Plus tôt dans la journée, »
_TIME_BEFORE_BODY = re.compile(r"^(?:(?:(?:[Ee]arlier|[Ll]ater)\s+(?:today|this\s+(?:morning|afternoon|evening|week))|"
                               r"[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+(?:night|week)|"
                               r"[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Cc]e\s+(?:matin|soir)|"
                               r"[Pp]lus\s+tôt(?:\s+dans\s+la\s+journée)?)[\s,]+|(?:[Ee]arlier|[Tt]oday|[Yy]esterday|[Tt]onight|"
                               r"[Hh]ier|[Aa]ujourd['\u2019]hui)\s*,\s*)(?=[A-ZÀ-Þ])")
#: a house of a State and the party its member sits for: "Tarvonia’s parliament for the Farmers’ Party"
_HOUSE_FOR_PARTY = re.compile(r"^(?:[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,3}['\u2019]s\s+|the\s+)?(?i:parliament|assembly|"
                              r"house|senate|national\s+assembly|congress|chamber)\s+(?:for|of)\s+(?:the\s+)?"
                              r"(?P<party>[A-ZÀ-Þ][^,;:]{1,60})$")


#: a word that opens a clause after a body's name, not part of it ("the Guild, which …", "… after her son")
_CLAUSE_AFTER = re.compile(r"\s+(?:and|et|who|which|that|qui|dont|where|où|since|depuis|when|quand|after|before|following|"
                           r"because|while|until|après|avant|lorsque|parce|pendant)\s+(?=[a-zà-ÿ])")


def _cut_at_clause(s: str) -> str:
    """``s`` up to the first word that opens a clause after a name. An "and" / « et » between one preposition said
    twice (« Guilde des éleveurs en étangs et en cages », "Union of Workers in Ports and in Docks") joins two parts
    of one name and cuts nothing."""
    joined = [m.span("and") for m in _PARALLEL_AND.finditer(s)]
    for m in _CLAUSE_AFTER.finditer(s):
        if not any(m.start() <= a and b <= m.end() for a, b in joined):
            return s[:m.start()]
    return s


#: how long someone has been somewhere ("for twelve years", "for over a decade", « depuis dix-neuf ans »)
_FOR_A_TIME = re.compile(r"\s+(?:for|over|depuis|pendant|durant)\s+(?:[\w\-]+\s+){0,2}(?:years?|months?|decades?|"
                         r"weeks?|ans|années|mois|décennies|semaines)(?![\w\-])")


def clean_org(s: str) -> str:
    s = re.split(r"\s*[\u00b7|\u2022]\s*|\n\s*\n", s)[0]  # page furniture ("… · Geneva") is not part of it
    s = _cut_at_clause(s)  # "… after her son"
    s = re.split(r"(?<!\bde)(?<!\bà)(?<!\bpour)(?<!\bsur)\s+(?:[lsn]|qu)['\u2019](?=[a-zà-ÿ])", s)[0]  # "Institut X l’a écrit"
    s = re.split(r"\s+(?:since|depuis|until|jusqu['\u2019]en|dès|as\s+early\s+as|as\s+far\s+back\s+as|back\s+in|"
                 r"from|as\s+of|à\s+partir\s+de|avant|before|after|après)\s+(?=\d)|\s+(?:in|en|for|pour)\s+(?=\d{4}\b)",
                 s)[0]  # « rappelait la Coalition dès 2025 », "the Coalition as early as 2025": a time, not its name
    s = _FOR_A_TIME.split(s)[0]  # "who has worked at the Harbourside plant for twelve years": a time, not its name
    s = _EN_VERB_AFTER.split(s)[0]  # "Minister NAME of Tanoa came over and told me": Tanoa
    s = _ITSELF.split(s)[0]  # « le Secrétariat lui-même écrit » : the Secretariat
    said = [m for m in say_verbs(s) if m.start() > 0 and s[m.start() - 1].isspace()]
    s = s[:said[0].start()].rstrip() if said else s  # « le Secrétariat indique dans sa note » : the Secretariat
    s = _WHEN_AFTER.sub("", s)  # « a indiqué le Conseil lundi »: when it spoke is no part of its name
    s = re.split(r"\s+(?:at|in|during|on|lors|pendant|au|aux|à\s+la|à\s+l['\u2019])\s+(?:the|this|that|la|le|les|ce|"
                 r"cette|l['\u2019])\s*[a-zà-ÿ]", s)[0]  # "Belmora at the conference"
    pl = re.search(r"\s+(?:in|à|en|based\s+in|basé[e]?\s+à)\s+[A-ZÀ-Þ][\w\-]+\.?$", s)
    if pl is None:  # "the Union at the Calvenne docks", « le Syndicat au port de Calvenne »: where she works
        pl = WORKPLACE_AFTER.search(s)
    if pl and lower_token(s[: pl.start()].split()[-1]) in ORG_WORDS:
        s = s[: pl.start()]  # "the Kellerman Institute in Valmont": the place is not part of the name
    s = re.sub(r"\s*\([^()]*\)?[\s,.;:]*$", "", s)  # "United Nations Chemicals Programme (UNCP)": its acronym
    s = re.sub(r"(?:\s+(?:of|for|at|and|de|du|des|la|le|pour|et|the|[lsnd]['\u2019]?))+\s*$", "", s)
    s = s.strip(" \t\n,.;:)(")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^(?:the|The|la|La|le|Le|les|Les)\s+|^[lL]['\u2019]", "", s)
    s = _KIND_BEFORE_NAME.sub("", s)  # "the NGO Sahel Vert", « l’ONG Sahel Vert », "the Burkina-based NGO X": X
    s = re.sub(r"^([A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,2})(?:['\u2019]s|(?<!ian)(?<!ish)(?<!ese)(?<!ch)(?<!ic)"
               r"(?<![aeo]n)(?<!i))\s+(?:delegation|government|mission|permanent\s+mission|team)$", r"\1", s)
    # ("Ghana’s delegation", "the Orsk delegation": the State; "the Valdorian delegation": an adjective, read later)
    s = re.sub(r"\s*\([^()]*\)$", "", s)
    s = _TIME_BEFORE_BODY.sub("", s)  # "Earlier today Tarvonia’s Minister …": when, not part of the name
    party = _HOUSE_FOR_PARTY.match(s)
    if party is not None and any(lower_token(w) in ORG_WORDS for w in party.group("party").split()):
        s = party.group("party")  # "a member of Tarvonia’s parliament for the Farmers’ Party": whom she sits for
    s = re.sub(r"(?<=[a-zà-ÿ])['\u2019]s$", "", s)  # "of China's" (its delegation cut off): China
    s = re.sub(r"^([A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){0,5})['\u2019]s(?:\s+[a-zà-ÿ][\w\-]*){1,3}$", r"\1", s)
    # ("who led the Institute’s study", "the Network’s campaign": the body whose work it is; "an adviser to
    # Qelmaria’s health ministry": a State's ministry in lower case speaks for the State)
    if s and not re.search(r"[^\W\d_]", s):
        return ""  # "through at 23:38", "(2)": a time or a number (no letter) is no body's name
    if s and lower_token(s.split()[-1]) in _EVENTS:
        return ""  # "a survivor of the Harrow Valley attack": an event, not whom she speaks for
    if _PEOPLE_OF.match(s) and not any(lower_token(w) in ORG_WORDS | _STATE_BODIES for w in s.split()):
        return ""  # "a delegate for Bassavian carers working abroad": the people she stands for, no body's name
    s = re.sub(r"\s+y$", "", s)  # « La Coalition y décrit la batterie »: the body, then a pronoun before its verb
    if fold(s) in _BARE:
        return ""  # "ministre du Travail de la" / "République de Bassavie" across a line: an article is no name
    if fold(s) in ("etat", "state", "the state", "l'etat"):
        return ""  # « le chef de l’État », "head of State": an office, not whom its holder speaks for
    if s and any(w in _SPOTS and w == w.lower() for w in (s.split()[-1], s.split()[0])):
        return ""  # "at the Ferrand stand", « au stand de l’Institut »: where she stood, not whom she speaks for
    return s.strip()


_WHEN_AFTER = re.compile(r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['\u2019]hui|"
                         r"ce\s+matin|ce\s+soir|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         r"yesterday|today|this\s+morning|this\s+evening|(?:soir|matin)))+\s*$")


#: what kind of body a name is, written before the name: "the NGO X", « l’ONG X », "the charity X", "the
#: Accra-based think tank X"
_KIND_BEFORE_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w\-]*-based\s+|basée?\s+à\s+[A-ZÀ-Þ][\w\-]*\s+)?(?:NGO|ONG|charity|"
                               r"think[\s\-]tank|campaign\s+group|pressure\s+group|advocacy\s+group|rights\s+group|"
                               r"watchdog)\s+(?=[A-ZÀ-Þ](?!(?:of|for|de|du|des)\b))")


#: "the Secretariat itself", « le Secrétariat lui-même »: the body, not its emphasis
_ITSELF = re.compile(r"\s+(?:itself|themselves|lui-même|elle-même|eux-mêmes|elles-mêmes)(?![\w\-])")


#: people named by their nationality and a common noun ("Bassavian carers working abroad", « Ostraliens de l'étranger »)
_PEOPLE_OF = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:ian|ean|ese|ish|ien|iens|ienne|iennes|ais|aises?)\s+"
                        r"(?!(?:de|du|des|d['\u2019]|of|for|la|le|les|l['\u2019]|et|and|à|au|aux)(?![\w\-]))[a-zà-ÿ]")


#: what a State's adjective names as a body ("the Tessarian delegation", « la présidence ostrienne »)
_STATE_BODIES = {"delegation", "délégation", "mission", "presidency", "présidence", "team", "équipe", "authorities",
                 "autorités", "navy", "army", "police", "coastguard", "embassy", "ambassade", "ministry", "administration",
                 "inspectorate", "inspection", "regulator", "side", "camp", "négociateurs", "negotiators", "officials"}


#: words that are never a body's whole name (what is left when a name is cut off after its article)
_BARE = {"la", "le", "les", "l", "l'", "the", "de", "du", "des", "of", "a", "an", "un", "une", "d'", "et", "and"}


#: a spot at a venue ("the Ferrand stand", "the coalition's booth"): never an organisation
_SPOTS = {"stand", "booth", "desk", "kiosk", "podium", "lectern", "microphone", "entrance", "gate", "door", "doors",
          "table", "tent", "pavilion", "counter", "stall", "corridor", "corridors", "stage", "tribune", "pupitre",
          "micro", "entrée", "porte", "tente", "pavillon", "comptoir", "couloir", "couloirs", "estrade"}


#: what happened somewhere ("the Korsa siege", "l’attaque de Sarn"): never an organisation
_EVENTS = {"attack", "attacks", "bombing", "bombings", "siege", "massacre", "war", "incident", "explosion",
           "strike", "strikes", "shelling", "earthquake", "flood", "floods", "disaster", "offensive", "raid",
           "conflict", "occupation", "blast", "attaque", "attentat", "bombardement", "bombardements", "siège",
           "guerre", "explosion", "séisme", "inondation", "catastrophe", "frappe", "frappes", "occupation"}
