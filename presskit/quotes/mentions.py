"""The people and organisations a document names outside its quotations, and who a pronoun means.

:func:`scan_mentions` walks the text between quotations: every person named with a first name and a
surname is remembered (:class:`~presskit.quotes.people.People`) with the role and organisation the text
gives ("Rosalie Mbemba-Tshala, coordinator of the Network …", "Belmora’s deputy foreign minister, NAME",
"L’ambassadrice NAME"), whether the person is the subject of the sentence or only named in it ("met
NAME", "after Ambassador NAME"), whether she is one of two subjects ("NAME et l’ambassadrice NAME"), and
what the text says of her gender (titles, French role words, "his"/"her", the next sentence's "She").

:func:`antecedent` is who a pronoun after a quotation means: the person introduced in the same
paragraph (the latest one who is a sentence's subject, else the first one named), not merely the
last name mentioned; with no one in the paragraph, the latest subject or speaker before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..textutil import fold
from .besides import beside_a_subject
from .fromsomeone import from_someone
from .firstnames import first_name_gender
from .nounforms import PLURAL_VERB_AFTER
from .genders import genders_from_context
from .forms import _OBJECT_OF, RE_COPULA, RE_MENTION
from .appos import parse_appos
from .credits import in_credit
from .ownbody import introduced_as_mine
from .people import (
    DROP_TITLES, MALE_ADDRESS, ORG_WORDS, ROLE_TITLES, ROLE_WORDS, People, Person, clean_org, clean_role, gender, is_particle,
    OFFICES, lower_token, name_case, name_tokens, same_title, sentence_ends, split_name,
)
from .roleparts import rest_parts
from .orgscan import _SMALL, letterhead_org, scan_orgs
from .personphrase import _allowed_prefix
from .placed import cell_before_name, place_before_first_name, place_split, placed_mention
from .rolenouns import role_subjects
from .tablerows import in_table_row
from .subject import ORG_HEADS, Context, _role_apposition

_NOT_A_PERSON_BEFORE = re.compile(r"(?:^|[\s(])(?:of|for|the|to|in|on|at|from|de|du|des|d['\u2019]|la|le|les|sur|"
                                  r"dans|à|au|aux|en|vers|by)\s*$", re.I)
#: the prepositions after which a first name of known gender still starts a person: "spoke to", "met with", « à »
_TO_SOMEONE = re.compile(r"(?i)(?:^|[\s(])(?:to|by|for|à|pour|vers)\s*$")
#: a role in apposition right after a name: "a briefing by NAME, Spokesperson for the Secretariat", « un exposé
#: par NAME, directrice du Bureau »: whoever the first name, the noun of an office says a person is named
_ROLE_AFTER = re.compile(r"^\s*,\s*(?:(?:the|our|its|their|la|le|l['\u2019]|sa|son|notre|leur)\s*)?(?P<w>[\w\-]+)", re.I)


def _role_after(rest: str | None) -> bool:
    m = _ROLE_AFTER.match(rest or "")
    return m is not None and lower_token(m.group("w")) in ROLE_WORDS


_COMPOUND_AFTER = re.compile(r"^\s+(?:et|and)\s+(?:(?:(?:l['\u2019]\s*|le\s+|la\s+|the\s+)?[\w\-\u2019'.]+\s+){0,3}|"
                             r"(?:her|his|their|sa|son|ses|leur)\s+[\w\-]+(?:\s+[\w\-]+)?,\s+)[A-Z\u00c0-\u00de]")
#: (also "NAME and her deputy, NAME2": a possessive role between commas)
_COMPOUND_BEFORE = re.compile(r"(?:^|\s)(?:et|and)\s+((?:[\w\-\u2019'.]+\s+){0,3}|(?:her|his|their|sa|son|ses|leur)\s+"
                              r"[\w\-]+(?:\s+[\w\-]+)?,\s+)$")
_BEHALF_IN_SENTENCE = re.compile(r"(?:[^.;:!?\u201c\u00ab\"]{0,80}?(?<![\w\-])(?:on\s+behalf\s+of|au\s+nom\s+(?:de\s+la|de\s+l['\u2019]|du|des|"
                                 r"de|d['\u2019]))|\s+(?:heads|leads|chairs|runs|directs|coordinates|founded|co-founded|joined|"  # "NAME
                                 r"dirige|préside|coordonne|a\s+fondé|a\s+cofondé|a\s+rejoint)\s+(?:(?:the|la|le|l['\u2019])\s*"
                                 r"(?:[a-zà-ÿ\-]+\s+){1,3}(?:at|of|for|de|du|des|à)\s+)?(?:la\s+|le\s+|l['\u2019])?)"  # chairs X",
                                 # "NAME leads the speed programme at the X Institute"
                                 r"\s*(?:the\s+)?(?P<org>[A-Z\u00c0-\u00de][^,.;:!?]{1,80})")


#: a heading or a rule that opens a new section (another article of a newsletter, another entry of a live blog)
_SECTION = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]|={3,}|-{3,}[ \t]*$|\*{3,}[ \t]*$)")


@dataclass
class Mention:
    pos: int
    person: Person  # for someone the text does not name, a Person whose name is ""
    subject: bool = False
    compound: bool = False
    excludes: str = ""  # "NAME greeted her": the gender of someone else her sentence speaks of


_PEOPLE_F = ("woman", "mother", "widow", "girl", "grandmother", "midwife", "nun", "femme", "infirmière", "enseignante",
             "institutrice", "agricultrice", "survivante", "habitante", "mère", "veuve", "fille", "négociatrice",
             "observatrice", "étudiante", "ouvrière", "voisine", "amie", "boulangère", "experte", "militante",
             "chercheuse", "participante", "représentante", "grand-mère", "commerçante", "chirurgienne",
             "sage-femme", "avocate", "réfugiée", "villageoise", "déléguée", "diplomate", "collègue", "spokeswoman",
             "chairwoman", "businesswoman", "congresswoman", "policewoman")
_PEOPLE_M = ("man", "father", "boy", "grandfather", "priest", "homme", "infirmier", "enseignant", "instituteur",
             "agriculteur", "survivant", "habitant", "père", "garçon", "négociateur", "observateur", "étudiant",
             "ouvrier", "voisin", "ami", "boulanger", "ingénieur", "expert", "militant", "chercheur", "participant",
             "représentant", "grand-père", "commerçant", "chirurgien", "avocat", "réfugié", "villageois", "délégué",
             "soldat", "officier", "vieillard", "spokesman", "chairman", "businessman", "congressman", "fisherman",
             "policeman")
PEOPLE_NOUNS = ("delegate", "official", "diplomat", "nurse", "doctor", "teacher", "farmer", "survivor", "resident",
           "child", "soldier", "officer", "negotiator", "observer", "journalist", "reporter", "student", "worker",
           "volunteer", "witness", "neighbour", "neighbor", "colleague", "friend", "baker", "engineer", "expert",
           "activist", "campaigner", "researcher", "source", "participant", "spokesperson", "spokeswoman",
           "spokesman", "representative", "member", "elder", "shopkeeper", "driver", "surgeon", "lawyer",
           "refugee", "villager", "médecin", "enfant", "journaliste", "bénévole", "témoin", "source", "porte-parole",
           "membre", "chauffeur", "responsable", "fonctionnaire") + _PEOPLE_F + _PEOPLE_M
#: words that follow a person's noun ("an official who …", "an official said"), not the thing an adjective qualifies
_AFTER_A_PERSON = {"who", "whom", "whose", "that", "which", "from", "of", "at", "in", "with", "for", "on", "said", "says",
                   "told", "tells", "asked", "added", "was", "is", "had", "has", "would", "will", "could", "and", "or",
                   "but", "to", "close", "familiar", "involved", "speaking", "there", "here", "present", "declined"}
#: someone the text does not name: "a delegate from a small island state", "une infirmière qui …"
_UNNAMED_PERSON = re.compile(
    r"(?<![\w\-])(?:a|an|one|another|un|une|un\s+autre|une\s+autre)\s+(?:[a-zà-ÿ\-]+\s+){0,2}?"
    r"(?P<noun>" + "|".join(sorted(set(PEOPLE_NOUNS), key=lambda n: (-len(n), n))) + r")(?![\w\-])", re.I)


#: one person out of a group the text does not name, as a sentence's subject: "One of our port inspectors, who …,",
#: "One of the union's oldest members", « L’un de nos inspecteurs », « Une de leurs infirmières »: a noun of people
#: (an agent's ending, or one of the nouns above) in the plural
_ONE_OF_PEOPLE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<det>One|L['\u2019]une?|Une?)\s+(?:of|de|d['\u2019])\s*(?:our|the|its|their|his|her|my|"
    r"your|these|those|nos|vos|mes|ses|leurs|ces|(?:the\s+)?[A-ZÀ-Þ][\w\-]+['\u2019]s)\s+(?:[a-zà-ÿ\-]+\s+){0,2}?"
    r"(?P<noun>[a-zà-ÿ\-]+(?:ers|ors|ists|ians|ants|ents|eurs|euses|rices|iers|ières|istes|iens|iennes|ants|antes)|"
    + "|".join(sorted({n + "s" for n in PEOPLE_NOUNS if not n.endswith(("s", "x"))}, key=lambda n: (-len(n), n)))
    + r")(?![\w\-])")


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a paragraph break or a heading ends a sentence)."""
    para = text.rfind("\n\n", lo, pos)
    lo = max(lo, para + 2) if para >= 0 else lo
    lo = max(lo, pos - 400)
    ends = sentence_ends(text[lo:pos])
    return lo + ends[-1] if ends else lo


#: a French verb in the perfect (« a croisé », « ont salué »): a clause's verb, not part of an apposition
_FR_PERFECT = re.compile(r"(?<![\w\-])(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+ment\s+)?[a-zà-ÿ\-]{2,}(?:é|ée|és|ées|i|is|u|us)"
                         r"(?![\w\-])")


#: a relative clause that opens the part of the sentence a name ends: « …, où l'attendait l'ambassadeur »,
#: "…, where the ambassador", "…, whom Ambassador": the name is its subject or object, not the sentence's subject
_RELATIVE_CLAUSE = re.compile(r"(?i)\s*(?:où|dont|que|qu['\u2019]|where|whom|whose|which|lorsque|quand|when)(?![\w\-])")


def _is_subject(text: str, sent_start: int, pos: int) -> bool:
    """Whether the name at ``pos`` is its sentence's subject (not "met NAME", "after NAME")."""
    prefix = text[sent_start:pos]
    parts = prefix.split(",")
    if not _allowed_prefix(parts[-1]):
        return False
    if len(parts) > 1 and _RELATIVE_CLAUSE.match(parts[-1]):
        return False  # « NAME est arrivé …, où l'attendait l'ambassadeur NAME2 »: NAME2 is the relative clause's
    earlier = parts[:-1]
    if len(earlier) >= 2 and any(_FR_PERFECT.search(p) for p in earlier[1:]):
        return False  # « NAME, porte-parole de X, a croisé l’ambassadeur de Y, NAME2, »: NAME2 is met, not the subject
    if (v := _FR_PERFECT.search(parts[-1])) is not None and re.search(r"[A-ZÀ-Þ][\w\-]+\s+$", parts[-1][:v.start()]):
        return False  # « NAME a croisé NAME2 dans les couloirs »: the verb has its subject before it
    if earlier and re.match(r"\s*(?:in|at|on|during|after|before|asked|speaking|dans|lors|interrogée?|après|"
                            r"avant|pendant|madam|madame|mr|monsieur|last|yesterday|today|hier)\b", earlier[0], re.I):
        earlier = earlier[1:]
    return all(_allowed_prefix(p, role_phrase=True) for p in earlier)


#: a word that ends a noun phrase before a name: the article before it is not the name's title
_LINK_AFTER_DET = re.compile(r"(?i)(?:^|\s)(?:que|qu|qui|dont|où|et|ou|mais|avec|par|pour|chez|selon|and|or|but|that|"
                             r"which|who|whom|with|by|for|as|than|que\s+\w+)$")


#: a kinship noun after a possessive ("Varga's daughter", "his wife's brother"): a family, never a body and its role
_KIN = re.compile(r"(?:(?:eldest|youngest|elder|younger|only|late|grown|teenage|twin)\s+)?(?:daughter|son|wife|husband|"
                  r"mother|father|sister|brother|widow|widower|niece|nephew|grandson|granddaughter|grandmother|"
                  r"grandfather|cousin|partner|fiancée?|children|child|parents)")


def _role_before(text: str, sent_start: int, pos: int) -> tuple[str, str, str]:
    """(role, organisation, gender) from the words before a name: "Belmora’s deputy foreign minister, ",
    "Le vice-ministre des affaires étrangères de Belmora, ", "L’ambassadrice ", "la docteure "."""
    prefix = text[sent_start:pos]
    parts = prefix.split(",")
    g = ""
    direct = parts[-1].strip()
    m = re.search(r"(?:^|\s)(?P<det>l['\u2019]|(?:le|la|the)(?=\s))?\s*(?P<role>(?:[\w\-]+\s+){0,3}[\w\-]+)\s*$", direct,
                  re.I)
    if m and m.group("det") and not _LINK_AFTER_DET.search(m.group("role")):
        # (« c’est la ligne que NAME a défendue »: « la » is the line's, not hers)
        det = m.group("det").lower()
        g = "m" if det == "le" else "f" if det == "la" else ""
    if len(parts) >= 2 and (fm := _FOR_BODY.match(parts[-2])) and all(
            lower_token(w) in DROP_TITLES | ROLE_TITLES for w in direct.split()):
        return "", clean_org(fm.group("org")), g  # « Pour Careline Homes, Me NAME conteste »: whom he pleads for
    if len(parts) >= 2 and not direct:
        phrase = parts[-2].strip()
        dash = list(_DATELINE_DASH.finditer(phrase))
        if dash:  # "6 fév. (APC) — Le directeur général de X, NAME": the wire's dateline, then the role
            phrase = phrase[dash[-1].end():]
        cop = _COPULA_BEFORE_ROLE.search(phrase)
        if cop:  # "The guest was the health minister of X, NAME": the role is what follows the copula
            phrase = phrase[cop.end():]
        pm = re.match(r"^(?:the\s+)?(?P<org>(?:\S+\s+){0,4}\S+?)['\u2019]s\s+(?P<role>.+)$", phrase)
        head = re.sub(r"^(?i:the)\s+", "", pm.group("org")) if pm else ""
        if pm and _KIN.fullmatch(pm.group("role").strip().lower()):
            return "", "", g  # "NAME's daughter, NAME2": a family, not a body
        if pm and pm.group("org")[:1].isupper() and not _PREPOSITION_FIRST.match(phrase) and (head.lower() in ORG_HEADS or all(
                w[:1].isupper() or w.lower() in _SMALL for w in pm.group("org").split())):
            return clean_role(pm.group("role")), clean_org(pm.group("org")), g  # not "When I asked the centre’s"
        cm = _COLLEAGUE_FROM.search(phrase)
        if cm:  # "My colleague from Lanvera, Ambassador NAME": whom she speaks for
            return "", clean_org(cm.group("org")), g
        dm = re.match(r"^(?P<det>(?:le|la)(?=\s)|l['\u2019])\s*", phrase, re.I)  # (not "Last month …")
        if dm is None:  # « … a croisé l’ambassadeur de Kalindorie, NAME »: the role the object's article opens
            dm = re.search(r"(?<=\s)(?P<det>(?:le|la)(?=\s)|l['\u2019])\s*(?P<noun>[a-zà-ÿ\-]+)(?:\s+(?:de|du|des|"
                           r"d['\u2019])\s*[^,]{1,40})?\s*$", phrase)
            dm = dm if dm is not None and lower_token(dm.group("noun")) in ROLE_WORDS else None
        if dm:  # (« l’ambassadeur de Kalindorie, NAME »: the noun after the elided article says it)
            det = dm.group("det").lower()
            noun = dm.groupdict().get("noun") or (phrase[dm.end():].split() or [""])[0]
            g = "m" if det == "le" else "f" if det == "la" else gender([noun]) or g
        role, org = _role_apposition(phrase)
        if role:
            return role, org, g
    if m and direct:
        words = re.split(r"[\s\u2019']+", direct)
        role_words: list[str] = []
        for w in reversed(words):  # the role words right before the name: "et l’ambassadrice NAME"
            lw = lower_token(w)
            if lw in ROLE_TITLES or lw in _ROLE_NOUNS:
                role_words.insert(0, w)
            elif lw not in DROP_TITLES and lw not in ("l", "le", "la", "the", "d"):
                break
        if role_words:  # ("Mon homologue de la Lanverie, l’ambassadrice NAME": whom she speaks for too)
            cm = _COLLEAGUE_FROM.search(parts[-2].strip()) if len(parts) >= 2 else None
            return clean_role(" ".join(role_words)), clean_org(cm.group("org")) if cm else "", g
    return "", "", g


#: the body a sentence opens by ("For the Alliance, NAME …", « Pour Careline Homes, Me NAME … », « Côté Fédération, »)
_FOR_BODY = re.compile(r"^\s*(?:Pour|For|Côté|Du\s+côté\s+(?:de\s+la|de\s+l['\u2019]|du|des|de))\s+"
                       r"(?:(?:la|le|les|the)\s+|l['\u2019])?(?P<org>[A-ZÀ-Þ][\w\-\u2019']*(?:\s+[\w\-\u2019']+){0,4})\s*$")


#: a copula before a definite role and the name in apposition ("Today's guest was the health minister of X, NAME",
#: « L’invité du jour était le ministre de la Santé de X, NAME »): the subject is the occasion, the role follows
_COPULA_BEFORE_ROLE = re.compile(r"^[^,]{2,60}?\s(?:was|is|were|will\s+be|has\s+been|had\s+been|était|est|sera|fut|a\s+été)\s+"
                                 # a passive's agent: "The Spokesperson was joined by the Executive Secretary of the
                                 # Accord, NAME", « Le porte-parole était accompagné de la secrétaire exécutive … »
                                 r"(?:[a-z]+(?:ed|en)\s+(?:by|with)\s+|[a-zà-ÿ]+(?:é|ée|és|ées|ie|ies|ue|ues|te|tes)\s+"
                                 r"(?:de|par|à)\s+)?"
                                 r"(?=(?:the|le|la)\s|l['\u2019]|[A-ZÀ-Þ][\w\-]+['\u2019]s\s)")


#: a person's name, then an opening parenthesis: what the parentheses hold is where she is from
_AFTER_A_NAME_OPEN = re.compile(r"[A-ZÀ-Þ][\w\-\u2019']+[ \t\u00a0]\($")


#: the dash that ends a wire's dateline or a live blog's time ("LUND, 4 May (Reuters) — ", « 6 fév. (APC) — »):
#: what follows it is the sentence's own first phrase
_DATELINE_DASH = re.compile(r"(?:\([A-Z][\w\-]{1,12}\)|\d)\s*[\u2014\u2013]\s+(?=[A-ZÀ-Þ])")


#: a phrase that opens on a preposition says where or when ("At the X Institute's side event, NAME", "During the
#: Network's briefing, NAME"), not a role of a body's before the name
_PREPOSITION_FIRST = re.compile(r"(?i)^(?:at|during|after|before|in|on|from|since|following|au|aux|à|lors|pendant|"
                                r"après|avant|dès|depuis)\b")


#: "our" before the role right before a name: "Our technical delegate, NAME,", « Notre délégué technique, NAME, »
_OUR_ROLE_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n)(?i:our|notre|nos)\s+(?P<role>[a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+){0,3}),\s*$")
#: "Asked by our colleague NAME", « notre correspondante NAME »: one of the publisher's own people, in passing
_OUR_COLLEAGUE = re.compile(r"(?<![\w\-])(?i:our|notre)\s+(?P<role>colleague|collègue|analyst|analyste|correspondent|"
                           r"correspondante?|reporter|economist|économiste|chroniqueuse|chroniqueur)\s+$")
_COLLEAGUE_FROM = re.compile(r"(?i:\b(?:colleague|counterpart|collègue|homologue))\s+(?:from|of|de|du|d['\u2019])\s*"
                             r"(?:la\s+|l['\u2019]|the\s+)?(?P<org>[A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+)?)\s*$")
_ROLE_NOUNS = {"vice-ministre", "vice-minister", "professeur", "professeure", "ambassadeur", "ambassadrice",
               "ambassador", "chirurgienne", "chirurgien", "surgeon", "coordinatrice", "coordinateur",
               "coordinator", "directrice", "directeur", "director", "spokesperson", "porte-parole", "minister",
               "ministre", "president", "présidente", "président", "chair", "secretary", "secrétaire"}


#: how far before a quotation (and after it) the people and organisations of the text matter to it
NEAR_BEFORE, NEAR_AFTER = 5000, 1500


def scan_mentions(text: str, gaps: list[tuple[int, int]], known: People, ctx: Context,
                  near: list[tuple[int, int]] | None = None, pages: list[int] = ()) -> list[Mention]:
    """People named between quotations (``gaps``), in order; remembered in ``known``; organisations
    and one-word state names they are linked to go into ``ctx``. Only the text ``near`` the quotations
    (``(start, end)`` spans) is read closely; elsewhere only full names are noted, for surnames."""
    mentions: list[Mention] = []
    known.sections = sorted([m.start() for m in _SECTION.finditer(text)] + list(pages))  # (a page starts one too)
    head = letterhead_org(text)
    if head:
        ctx.orgs_seen.append((0, head))
    spans = _merge([(max(0, a - NEAR_BEFORE), b + NEAR_AFTER) for a, b in near]) if near is not None else None
    for a, b in gaps:
        for lo, hi in _clip((a, b), spans):
            seg = text[lo:hi]
            if len(seg) < 5:
                continue
            scan_orgs(seg, lo, ctx)
            for m in RE_MENTION.finditer(seg):
                mention = _mention(text, lo, lo + m.start(), m, known, ctx)
                if isinstance(mention, list):
                    mentions += mention
                elif mention is not None:
                    mentions.append(mention)
            mentions += _unnamed_mentions(text, lo, seg)
        if spans is not None:
            _loose_names(text, a, b, spans, known)
    mentions.sort(key=lambda m: m.pos)
    genders_from_context(text, mentions)
    mentions = beside_a_subject(text, mentions)  # "NAME sat down beside Ms NAME2. “…,” she said": not NAME2
    # "… the Corvellan minister, NAME, …. The minister listened …": a sentence about her
    extra = role_subjects(text, [(m.pos, m.person) for m in mentions if not m.compound], known.aliases, spans)
    return sorted(mentions + [Mention(pos, p, True, False) for pos, p in extra], key=lambda m: m.pos)


_NAME_AFTER = re.compile(r"(?:\s+(?:[a-zà-ÿ\-]+\s+){0,4}?)?\s*,\s*(?:(?:Dr|Ms|Mr|Mrs|Mme|M|Prof)\.?\s+)?"
                         r"[A-Z\u00c0-\u00de][\w\-\u2019']+[ \t]+(?:(?:de|van|von|da|al|el|bin)[ \t]+)?"
                         r"[A-Z\u00c0-\u00de][\w\-\u2019']+")


_PLACE_BEFORE = {"in", "at", "from", "near", "to", "of", "on", "à", "a", "au", "en", "de", "du", "dans", "près", "vers",
                 "sur", "d\u2019", "d'"}


#: someone the text says it does not name, whatever the noun: « une retraitée de 81 ans, qui n'a pas voulu donner
#: son nom, », "a pensioner, who asked not to be named,", "a warden speaking on condition of anonymity"
_ANONYMOUS = re.compile(
    r"(?<![\w\-])(?P<det>a|an|one|un|une)\s+(?:[\w\-\u2019']+\s+){0,6}?[\w\-\u2019']+,?\s+(?:qui\s+n['\u2019]a\s+pas\s+voulu\s+"
    r"(?:donner\s+son\s+nom|être\s+(?:nommée?|citée?))|qui\s+a\s+(?:requis|demandé)\s+l['\u2019]anonymat|sous\s+couvert\s+"
    r"d['\u2019]anonymat|who\s+(?:asked|preferred|did\s+not\s+want|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|"
    r"who\s+declined\s+to\s+give\s+(?:her|his)\s+name|speaking\s+on\s+condition\s+of\s+anonymity|"
    r"who\s+asked\s+that\s+(?:her|his|their)\s+name\s+(?:be\s+(?:left\s+out|withheld|kept\s+out)|not\s+be\s+"
    r"(?:used|published|printed|given))|whose\s+name\s+(?:is|was|has\s+been)\s+(?:withheld|not\s+given)|"
    r"qui\s+a\s+demandé\s+que\s+son\s+nom\s+ne\s+(?:soit|figure)\s+pas|dont\s+nous\s+taisons\s+le\s+nom|"
    r"dont\s+le\s+nom\s+n['\u2019]est\s+pas\s+(?:cité|publié|donné))", re.I)


def _anonymous_gender(m: re.Match, seg: str) -> str:
    """« une » / « un », or in English what her own clause says after it ("fans herself", "his hat")."""
    det = m.group("det").lower()
    if det in ("un", "une"):
        return "f" if det == "une" else "m"
    own = re.split(r"[.;:!?\u201c\u00ab\"]", seg[m.end():m.end() + 160])[0]
    said = re.search(r"\b(herself|himself|her|his|him)\b", own)
    return "" if said is None else "f" if said.group(1).startswith("her") else "m"


def _unnamed_mentions(text: str, lo: int, seg: str) -> list[Mention]:
    """People the text does not name ("a nurse who had worked through the siege"), for pronouns."""
    out = [Mention(lo + m.start(), Person("", "", "", lo + m.start(), _anonymous_gender(m, seg)), _is_subject(
               text, sentence_start(text, max(0, lo + m.start() - 400), lo + m.start()), lo + m.start()), False)
           for m in _ANONYMOUS.finditer(seg) if not _UNNAMED_PERSON.match(seg, m.start())]
    for m in _UNNAMED_PERSON.finditer(seg):
        pos = lo + m.start()
        named = re.search(r"(?:(?P<pre>[\w\u2019']+)\s+)?[A-Z\u00c0-\u00de][\w\-\u2019']+\s*,\s*$", text[max(0, pos - 40):pos])
        if named and not (named.group("pre") or "").lower() in _PLACE_BEFORE:
            continue  # "NAME, a nurse whose …": the named person, described (not "in Korsa, a nurse …")
        if _NAME_AFTER.match(text, lo + m.end()):
            continue  # "I met a teacher, Amal Nour, who …": the person is named right after
        noun = m.group("noun").lower()
        if noun in ("official", "resident") and (nxt := re.match(r"[ \t]+([a-z]+)", text[lo + m.end():lo + m.end() + 30])) \
                and nxt.group(1) not in _AFTER_A_PERSON:
            continue  # "not an official record", "a resident population": an adjective, nobody
        g = "f" if noun in _PEOPLE_F else "m" if noun in _PEOPLE_M else ""
        if noun in ("diplomate", "collègue", "délégué", "déléguée", "porte-parole", "responsable", "fonctionnaire",
                    "membre", "journaliste", "bénévole", "témoin") and noun not in _PEOPLE_M:
            g = "f" if m.group().lower().startswith("une") else "m" if m.group().lower().startswith("un ") else g
        subject = _is_subject(text, sentence_start(text, max(0, pos - 400), pos), pos)
        out.append(Mention(pos, Person("", "", "", pos, g), subject, False))
    for m in _ONE_OF_PEOPLE.finditer(seg):  # "One of our port inspectors … put it to me. … He said that “…”"
        pos = lo + m.start()
        if any(o.pos == pos for o in out) or _NAME_AFTER.match(text, lo + m.end()):
            continue  # ("One of our inspectors, Amal Nour, …": named right after)
        det = m.group("det").lower()
        g = "f" if det.endswith("une") else "m" if det in ("un", "l'un", "l\u2019un") else ""
        out.append(Mention(pos, Person("", "", "", pos, g), True, False))
    for m in _MY_KIN.finditer(seg):  # "My son came down at three … and he said to me, “…”": the son, unnamed
        pos = lo + m.start()
        if any(o.pos == pos for o in out) or re.match(r"[ \t]*,?[ \t]*[A-ZÀ-Þ][a-zà-ÿ]", seg[m.end():]):
            continue  # ("my son Pablo", "ma fille, Inés, …": named right after)
        noun = m.group("noun").lower()
        g = "f" if noun in _KIN_F else "m" if noun in _KIN_M else ""
        out.append(Mention(pos, Person("", "", "", pos, g), _is_subject(
            text, sentence_start(text, max(0, pos - 400), pos), pos), False))
    return out


#: a speaker's own kin or neighbour, whom she does not name ("my son", « ma voisine »): someone a pronoun can stand for
_MY_KIN = re.compile(r"(?<![\w\-])(?i:my|our|mon|ma|notre)\s+(?:(?i:eldest|youngest|elder|younger|little|petite?|grande?)\s+)?"
                     r"(?P<noun>(?i:son|daughter|husband|wife|mother|father|brother|sister|neighbour|neighbor|fils|fille|"
                     r"mari|femme|mère|père|frère|sœur|soeur|voisine?))(?![\w\-])")
_KIN_F = {"daughter", "wife", "mother", "sister", "fille", "femme", "mère", "sœur", "soeur", "voisine"}
_KIN_M = {"son", "husband", "father", "brother", "fils", "mari", "père", "frère", "voisin"}


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _clip(gap: tuple[int, int], spans: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if spans is None:
        return [gap]
    a, b = gap
    return [(max(a, x), min(b, y)) for x, y in spans if x < b and y > a]


_FULL_NAME = re.compile(r"(?<![\w\-])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff][\w\-\u2019']*(?: (?:(?:de|van|von|da|del|al|bin) )?"
                        r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff][\w\-\u2019']*){1,2}")  # one space apart: see people._SEP


def _loose_names(text: str, a: int, b: int, spans: list[tuple[int, int]], known: People) -> None:
    """Full names far from any quotation, noted cheaply so a surname near one can take them."""
    pos = a
    for x, y in spans + [(b, b)]:
        if x > pos:
            for m in _FULL_NAME.finditer(text, pos, min(x, b)):
                toks = m.group().split()
                if len(toks) >= 3 and in_table_row(text, m.start()):
                    continue
                if not any(lower_token(t) in ORG_WORDS or lower_token(t) in DROP_TITLES for t in toks):
                    known.add_loose(" ".join(toks), m.start())
        pos = max(pos, y)
        if pos >= b:
            break


def _role_before_org(role: str, org: str) -> str:
    """"directeur général du Secrétariat d’inspection" -> "directeur général": a role ends where the name of
    its organisation starts."""
    head = re.escape(org.split()[0])
    m = re.search(rf"\s+(?:of|for|at|with|de\s+la|de\s+l['\u2019]|de|du|des|d['\u2019])?\s*(?:the\s+)?{head}(?![\w\-])",
                  role, re.I)
    return role[:m.start()].strip() if m and m.start() > 0 else role


#: what follows a name and its comma when it is a predicate, not an apposition of a body: ", spent the morning
#: of the COP …" (a lower-case word that is no preposition: ", of Mbalenga," and « , de la Coalition, » are hers)
_PREDICATE_AFTER = re.compile(r"\s*,\s*(?!(?:of|from|for|at|with|de|du|des|d['\u2019]|à|au|aux|chez|pour)\b)[a-zà-ÿ]")


#: a full name in a possessive, as a feature opens a scene ("The kitchen of NAME SURNAME's farmhouse", "NAME
#: SURNAME's daughter"): the person is named in full there, so a surname alone after it may stand for them
_POSSESSIVE_FULL_NAME = re.compile(r"(?P<full>[A-ZÀ-Þ][a-zß-ÿ][\w\-]*(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ][\w\-]*){1,2})['\u2019]s?$")


def _possessive_full_name(name: str, pos: int, known: People) -> None:
    pm = _POSSESSIVE_FULL_NAME.fullmatch(name)
    if pm is None:
        return
    toks = pm.group("full").split()
    if any(lower_token(t) in ORG_WORDS or lower_token(t) in ROLE_WORDS or lower_token(t) in DROP_TITLES
           or lower_token(t) in ROLE_TITLES for t in toks):
        return  # "the Clean Furrow Coalition's", "Minister Varga's": a body, or a title before a surname
    split = split_name(toks, from_right=True)
    if split is not None and split[1] == toks:
        known.add_loose(" ".join(toks), pos)


def _mention(text: str, lo: int, pos: int, m: re.Match, known: People, ctx: Context) -> Mention | None:
    if m.group("name").endswith(("'s", "\u2019s")):
        _possessive_full_name(m.group("name"), pos, known)
    placed = place_split(text[max(0, pos - 80):pos], m.group("name"))
    if placed is not None and (sub := RE_MENTION.match(text, pos + placed[2])) is not None:
        return placed_mention(_mention(text, lo, pos + placed[2], sub, known, ctx), placed, known)
    if (off := place_before_first_name(text[max(0, pos - 20):pos], m.group("name"))) \
            and (sub := RE_MENTION.match(text, pos + off)) is not None:
        return _mention(text, lo, pos + off, sub, known, ctx)  # « rencontré à Corvelle NAME »: the place is not hers
    if in_credit(text, pos, m.group("name")):
        return None  # "Photo: NAME / Agency.": who took the picture, not who speaks under it
    if _AFTER_A_NAME_OPEN.search(text, max(0, pos - 60), pos) and text[pos + len(m.group("name")):].startswith(")"):
        return None  # "Delegate 52, NAME (Plant Bakeries West), said": her branch, town or body, never a person
    nl = m.group("name").rfind("\n") + 1
    if (cell := cell_before_name(text, pos, m.group("name"))) and (sub := RE_MENTION.match(text, pos + cell)) is not None:
        return _mention(text, lo, pos + cell, sub, known, ctx)  # "Sujet ¶ Nadège Vallancourt": a table's cell, then hers
    if nl and re.match(r"[ \t\u00a0\u202f]*:", text[pos + len(m.group("name")):pos + len(m.group("name")) + 4]):
        # "… of the Orvane Charter, Tarlesse ¶ Quist: “…”" (a PDF line, then a headline): the name is on its line
        at = pos + nl + len(m.group("name")[nl:]) - len(m.group("name")[nl:].lstrip())
        sub = RE_MENTION.match(text, at)
        return _mention(text, lo, at, sub, known, ctx) if sub is not None else None
    toks = name_tokens(m.group("name"))
    split = split_name(toks, from_right=True)
    if split is None:
        return None
    prefix, name, _ = split
    core = [t for t in name if not is_particle(t)]
    if len(core) == 1:  # ("Ó Súilleabháin dismissed …": the surname, not its particle)
        return _surname_mention(text, lo, pos, m, known, core[0], prefix)
    if not 2 <= len(core) <= 4 or any(lower_token(t) in ORG_WORDS for t in name):
        return None
    if re.match(r"[dl]['\u2019][A-ZÀ-Þ]", name[0]):
        return None  # « le directeur général d’Aurel Mining, NAME »: a lower-case « d’ » opens the body, not a person
    name_pos = pos + m.group("name").find(name[0]) if name else pos
    if len(core) >= 3 and in_table_row(text, name_pos):
        brk = m.group("name").find("\n")
        if brk > 0 and (sub := RE_MENTION.match(text, pos, pos + brk)) is not None and "\n" not in sub.group("name"):
            return _mention(text, lo, pos, sub, known, ctx)  # a cell "Judge Ada Vosk", the next cell on the next line
        return None  # "Kessland Obed Lanyard-Fiore" on a table's row: where the State's cell ends is lost
    titled = any(lower_token(t) in DROP_TITLES or lower_token(t) in ROLE_TITLES for t in prefix)
    if not titled and (nb := _NOT_A_PERSON_BEFORE.search(text[max(0, name_pos - 12):name_pos])) and not (
            _TO_SOMEONE.search(nb.group()) and (first_name_gender(" ".join(name)) or _role_after(m.group("rest")))
            or from_someone(nb.group(), " ".join(name), m.group("rest"))):
        return None  # ("in Lund", "of Kessa Mine": no person; "I spoke to Kwame NAME", « j'ai parlé à Nadège NAME »: one)
    full = re.sub(r"([\-\u2010])\s+", r"\1", " ".join(name_case(t) for t in name))  # "Milan KRAVELSK"
    if any(f" {fold(n)}".endswith(f" {fold(full)}") for _p, _k, n in ctx.kinds):
        return None  # "Careline Homes, the agency that places carers": a body the text says it is, no person
    sent = sentence_start(text, max(0, name_pos - 600), name_pos)
    rest = m.group("rest")
    if _OBJECT_OF.search(text[max(0, name_pos - 24):name_pos]) or re.match(r"d['\u2019]", m.group("name")):
        rest = ""  # "Speaking after Ana Varga, the Lund delegate said": what follows is not about her
    if rest and RE_COPULA.match(rest):
        rest = ", " + rest[RE_COPULA.match(rest).end():]
    role, org = parse_appos(rest_parts(rest)) if rest else ("", "")
    spot = re.match(r"\s+([a-zà-ÿ]+)", text[pos + len(m.group("name")) + len(rest or ""):][:30])
    if org and rest and not rest.startswith(",") and spot and clean_org(org + " " + spot.group(1)) == "":
        org = ""  # "NAME at the Ferrand stand": where she stood, not whom she speaks for
    trole = " ".join(re.sub(r"^[lLdD]['\u2019]", "", t) for t in prefix if lower_token(t) not in DROP_TITLES)
    brole, borg, bg = _role_before(text, sent, pos)
    lead = _DEF_ROLE_BEFORE.search(text[max(sent, pos - 80):pos])
    if lead and any(lower_token(w) in ROLE_WORDS | ROLE_TITLES for w in lead.group("r").split()[-2:]):  # "the Chair, NAME",
        known.aliases.setdefault(full, []).append(lead.group("r"))  # "the Chair" means her later on
    label = _ROLE_LABEL.search(text, max(0, name_pos - 40), name_pos)
    if label and label.end() == name_pos and lower_token(label.group("r").split()[-1]) in ROLE_WORDS | ROLE_TITLES:
        # a record's or a programme's "President: Mr. NAME (State)", « Présidente : Mme NAME »: "the President" is him
        known.aliases.setdefault(full, []).append(label.group("r"))
        role = role or label.group("r")
    if role and trole and trole != role:  # "Ambassador NAME, head of …": "the ambassador" means her too
        known.aliases.setdefault(full, []).append(trole)
    if org and not role and brole and borg and rest and _PREDICATE_AFTER.match(rest):
        org = ""  # "Barsakh's Vice-Minister of Health, NAME, spent the morning of the COP …": the body her role
        # before the name gives, not one the rest of the sentence names with no role of hers
    role, org = role or trole or brole, org or borg
    ours = (_OUR_ROLE_BEFORE.search(text[max(sent, pos - 80):pos]) or _OUR_COLLEAGUE.search(text[max(sent, pos - 60):pos])) \
        if not org and ctx.doc_org else None
    if ours is not None:  # « Notre délégué technique, NAME, » in a State's statement: the State the document speaks for
        org, role = ctx.doc_org, role or clean_role(ours.group("role"))
    elif not org and ctx.doc_org and ctx.spoken and introduced_as_mine(text, m.group("name")):
        org = ctx.doc_org  # "one of our port inspectors, NAME" in a minister's statement: her State
    paren = _PAREN_ORG.match(text, pos + len(m.group("name")))
    within = _PAREN_ANY.match(text, pos + len(m.group("name"))) if not rest else None
    office = _PAREN_OFFICE.match(within.group("w")) if within is not None else None
    if office is not None:  # "Professor NAME (President of the Society)": her office, and the body it is of
        role, org = role or clean_role(office.group("role")), clean_org(office.group("body")) or org
    elif paren is not None and not rest:  # "The President of the Conference, NAME (Belvania), …": whom she speaks for
        org = clean_org(paren.group("org")) or org
    deputy = _DEPUTY_BEFORE.search(text[max(sent, pos - 60):pos]) if not org else None
    if deputy is not None:  # "Son adjointe, NAME,", "His deputy, NAME,": her superior's organisation
        # (the person named last before: "The Minister, NAME, … her Government … Her deputy, NAME2": the minister's,
        # with no body the text gives, rather than the body of someone named paragraphs before)
        boss = [p for p in known.seen if p.pos < pos and p.name and p.name != full]
        role, org = role or deputy.group("role"), max(boss, key=lambda p: p.pos).organisation if boss else ""
    if not org:  # "NAME addressed the plenary on behalf of the Network", "NAME a pris la parole au nom du Réseau"
        tail = text[pos + len(m.group("name")):pos + len(m.group("name")) + 200]
        bm = _BEHALF_IN_SENTENCE.match(tail)
        org = clean_org(bm.group("org")) if bm else org
    org = _short_org(org, ctx, name_pos)
    if org:  # "directeur général du Secrétariat d’inspection de Tarrasca": the whole name the kit knows
        full_org = ctx.full_org(org, text[sent:pos + len(m.group("name")) + 250])
        role, org = (_role_before_org(role, full_org), full_org) if full_org != org else (role, org)
    g = gender(prefix) or gender(role.split()[:3]) or bg
    if g == "m" and first_name_gender(full) == "f" and not any(lower_token(t) in MALE_ADDRESS for t in prefix):
        g = "f"  # « Le professeur Ottilie NAME »: a masculine title, a woman's first name
    known.add_loose(full, name_pos)
    relative = bool(rest and re.match(r"\s*,\s*(?:who|qui|dont|whose|\d{1,3}\s*,)\s", rest))
    titled = titled or bool(brole) or relative or bool(role or org)
    if titled:
        known.add(full, role, org, name_pos, g)
    if _NO_RELATION.match(text, pos + len(m.group("name"))) \
            or _NO_RELATION_TO.search(text[max(0, pos - 40):pos]):
        # "Aurelio NAME — no relation — visited the loft"; "NAME1 X — no relation to NAME2 X, the environment
        # minister — defended …": the namesake the aside names
        known.unrelated.add(full)
    p = known.get(full) or Person(full, role, org, name_pos, g)
    if org:
        ctx.orgs_seen.append((name_pos, org))
    # (within the paragraph: a heading "Caldessa and Tirenne" above it joins nobody to its first name)
    after = text[pos + len(m.group("name")):pos + len(m.group("name")) + 60].split("\n\n", 1)[0]
    before = text[max(0, name_pos - 50):name_pos].rsplit("\n\n", 1)[-1]
    compound = bool(_COMPOUND_AFTER.match(after)) or \
        bool((cb := _COMPOUND_BEFORE.search(before)) and _allowed_prefix(cb.group(1)))
    subject = _is_subject(text, sent, pos)
    return Mention(name_pos, p, subject, compound)


#: a label that opens its line and gives the role of the person named after it: "President: Mr. ", « Présidente : »,
#: "**Chair:** ", "Moderator: "
_ROLE_LABEL = re.compile(r"(?m)(?:^[ \t]*(?:\*\*|__)?|[ \t][\u2014\u2013][ \t]+|(?<=[.;])[ \t]+(?:\*\*|__)?)"
                         r"(?P<r>[A-ZÀ-Þ][a-zà-ÿ\-]+(?:[ \t]+[a-zà-ÿ\-]+)?)[ \t\u00a0\u202f]*:"
                         r"(?:\*\*|__)?[ \t\u00a0\u202f]*(?:(?:Mr|Ms|Mrs|Mme|Mlle|M|Dr|Prof|Ambassador|Ambassadrice|Ambassadeur|"
                         r"Judge|Senator)\.?[ \t]+)?")  # (". President: Ambassador NAME (State).": a summary's heading line)
#: "NAME (Belvania)", "NAME (Children’s Health Watch)": a summary's way of saying whom a speaker speaks for
_PAREN_ORG = re.compile(r"[ \t\u00a0]*\((?P<org>[A-ZÀ-Þ][\w\-\u2019'.&]*(?:[ \t]+[\w\-\u2019'.&]+){0,6})\)")
#: an office and its body in the parentheses after a name ("(President of the Society)", « (présidente de la
#: Société) »): a role and the body it is of, not a body's name
_PAREN_OFFICE = re.compile(r"(?P<role>(?:[Vv]ice[\- ])?(?i:president|chair|chairman|chairwoman|chairperson|secretary|"
                           r"secretary[\- ]general|treasurer|director|director[\- ]general|head|présidente?|secrétaire|"
                           r"secrétaire\s+générale?|trésorière|trésorier|directrice|directeur|directrice\s+générale|"
                           r"directeur\s+général))\s+(?:of\s+the|of|de\s+la|de\s+l['\u2019]|du|des)\s*(?P<body>[A-ZÀ-Þ].*)$")
_PAREN_ANY = re.compile(r"[ \t\u00a0]*\((?P<w>[^()\n]{3,100})\)")
_DEF_ROLE_BEFORE = re.compile(r"(?:^|\s)(?:the|le|la|l['\u2019])\s*(?P<r>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s*,\s*"
                              r"(?:(?:l['\u2019]|le\s+|la\s+)?[a-zà-ÿ\-]+\s+)?$", re.I)
#: a deputy or an aide by a possessive, right before the name: "Son adjointe, NAME", "Her deputy, NAME"
_DEPUTY_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:Son|Sa|Ses|Leur|His|Her|Their)\s+(?P<role>adjointe?|bras\s+droit|"
                            r"collaboratrice|collaborateur|deputy|aide|assistant|chief\s+of\s+staff|"
                            r"directrice\s+adjointe|directeur\s+adjoint)\s*,\s*$")


def _surname_mention(text: str, lo: int, pos: int, m: re.Match, known: People, tok: str,
                     prefix: list[str] = ()) -> Mention | None:
    """"Brandvold has studied …": a surname the document (or its table) gave in full, as a subject;
    "the deputy minister, Mrs Lam, came …": a titled surname it does not, for the kit to complete."""
    tok = tok.rstrip(".,")
    if len(tok) < 2 or not tok[:1].isupper() or lower_token(tok) in ORG_WORDS:
        return None
    full = known.resolve(tok, pos, later=False)
    at = pos + m.group("name").find(tok)
    lower_title = _LOWER_TITLE.search(text[max(0, at - 40):at])
    office = [t for t in prefix if lower_token(t) in OFFICES] or \
        ([lower_title.group("title")] if lower_title and lower_token(lower_title.group("title")) in OFFICES else [])
    if full is not None and office and not (known.role_of(full) and same_title(office[0], known.role_of(full))):
        # "Maëlle Ravigny, who vaccinates fourteen villages, …. Minister Ravigny, for his part, told …": an office
        # the document never gives the one it named in full is a namesake's, for the kit to tell (by that office)
        full = None
    if full is None and len(tok) >= 2 and (lower_title or any(lower_token(t) in DROP_TITLES | ROLE_TITLES | ROLE_WORDS
                                                              for t in prefix)):
        sent = sentence_start(text, max(0, at - 600), at)
        g = gender(prefix) or (gender([lower_title.group("det"), lower_title.group("title")]) if lower_title else "")
        if lower_title and not g:
            g = {"le": "m", "la": "f"}.get((lower_title.group("det") or "").lower(), "")
        subject = _is_subject(text, sent, lower_title.start() + max(0, at - 40) if lower_title else at)
        return Mention(at, Person(tok, "", "", at, g, surname=True), subject, False)
    if len(tok) < 3:
        return None
    of = _SURNAME_OF.match(text, at + len(tok)) if full is None else None
    if of is not None and lower_token(of.group("org")) not in ORG_WORDS:  # "I sat with Vosker of Ysselmark":
        person = Person(tok, "", of.group("org"), at, surname=True)  # a surname and her State, for the kit to complete
        return Mention(at, person, _is_subject(text, sentence_start(text, max(0, at - 600), at), at), False)
    if full is None:
        return _first_name_mention(text, pos, tok) or _surname_subject(text, pos, tok)
    sent = sentence_start(text, max(0, pos - 600), pos)
    subject = _is_subject(text, sent, pos)
    names = known.namesakes(tok)
    if len(names) > 1:  # "the younger Holmqvist" with two Holmqvists: each, for a pronoun's gender to choose
        people = [known.get(n) or known.get_loose(n) for n in names]
        return [Mention(pos, p, subject, False) for p in people if p is not None] or None
    p = known.get(full) or known.get_loose(full)
    if p is not None and not p.gender and (office or lower_title):
        # « La ministre NAME » after a table's « NAME, ministre »: the article says what the epicene title did not
        g = gender(office) or (gender([lower_title.group("title")]) if lower_title else "")
        if not g and lower_title:
            g = {"le": "m", "la": "f"}.get(lower_title.group("det").lower(), "")
        if g and first_name_gender(full) in ("", g):
            p.gender = g
    return Mention(pos, p, subject, False) if p is not None else None


#: a surname and whom she speaks for: "Vosker of Ysselmark", « Kaboré, du Sénéval »
_SURNAME_OF = re.compile(r",?[ \t]+(?:of|from|de|du|d['\u2019])[ \t]*(?:la[ \t]+|l['\u2019])?(?P<org>[A-ZÀ-Þ][\w\-]+)(?![\w\-]*[ \t]+[A-ZÀ-Þ])")
#: a title in lower case before a surname ("le docteur Dufresne", "la professeure Lind", "the minister Okafor")
_LOWER_TITLE = re.compile(r"(?:^|\s)(?P<det>le|la|l['\u2019]|the)\s*(?P<title>docteur|docteure|professeur|professeure|"
                          r"ambassadeur|ambassadrice|ministre|vice-ministre|président|présidente|juge|général|générale|"
                          r"maire|doctor|professor|ambassador|minister|judge|mayor|secrétaire|secretary|directrice|"
                          r"directeur|director|coordinatrice|coordinateur|coordinator|rapporteuse|rapporteur|"
                          r"commissaire|commissioner|envoyée?|envoy|capitaine|captain|lieutenante?|lieutenant|"
                          r"commandante?|colonelle|colonel|sergente?|sergeant|amiral|admiral)(?:[\s\-]+(?:générale?|adjointe?|exécutive?|"
                          r"spéciale?|permanente?|general|deputy|executive|special|permanent))*\s+$", re.I)


_APPOSED_NAME = re.compile(r"(?:^|[.!?]\s+|\n)(?:A|An|Une?|The|La|Le|L['\u2019])\s+[a-zà-ÿ][^,.;:!?\n]{2,80},\s*$")


def _first_name_mention(text: str, pos: int, tok: str) -> Mention | None:
    """"A teacher from our town, Esther, wrote …": a person the text names by one name only."""
    after = text[pos + len(tok):pos + len(tok) + 3]
    if not after.startswith(",") or not _APPOSED_NAME.search(text[max(0, pos - 100):pos]):
        return None
    return Mention(pos, Person(tok, "", "", pos), True, False)


_INTRO_WORD = re.compile(r"(?:asked|speaking|after|before|in|at|on|during|later|interrogée?s?|questionnée?s?|"
                         r"après|avant|dans|lors|plus\s+tard)\b", re.I)


#: words after a capitalised word that make it an adverbial, not a subject ("Minutes later", "Years ago")
_NOT_A_VERB = re.compile(r"\s+(?:later|earlier|ago|afterwards|plus\s+tard|auparavant|après|avant|"
                         r"plus\s+tôt)\b", re.I)


#: an aside right after a name that says it is a namesake of someone else: "NAME — no relation —", "NAME (no
#: relation)", "NAME, no relation,", « NAME, sans lien de parenté, », « NAME (aucun lien avec …) »
_NO_RELATION = re.compile(r"\s*[,(\u2014\u2013\-]\s*(?:no\s+relation|not\s+related|unrelated|sans\s+(?:aucun\s+)?lien|"
                          r"aucun\s+lien)\b", re.I)

#: the words that name a namesake as an aside, right before her name ("no relation to", « sans lien de parenté avec »)
_NO_RELATION_TO = re.compile(r"(?:\bno\s+relation\s+(?:to|of)|\bnot\s+related\s+to|\bunrelated\s+to|"
                             r"\bsans\s+(?:aucun\s+)?lien(?:\s+de\s+parenté)?\s+avec|\baucun\s+lien(?:\s+de\s+parenté)?"
                             r"\s+avec)\s+(?:(?:the|la|le|l['\u2019])\s*\w+\s+)?$", re.I)


@lru_cache(maxsize=8)  # asked for each capitalised word that opens a sentence: the text's words are read once
def text_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w\-]+", text))


def written_in_lower_case(word: str, text: str) -> bool:
    """Whether the text also writes ``word`` in lower case, as a word of its own ("Farmers travelling with …" where
    the text writes "farmers": a noun, no surname)."""
    low = word.lower()
    if re.fullmatch(r"[\w\-]+", low):
        return low in text_words(text)
    return bool(re.search(rf"(?<![\w\-]){re.escape(low)}(?![\w\-])", text))


def _surname_subject(text: str, pos: int, tok: str) -> Mention | None:
    """"Lind shook his head.": a surname the document does not give in full, as a sentence's subject
    (the kit may: the speaker is settled across the kit)."""
    from .personphrase import _surname_like

    after = text[pos + len(tok):pos + len(tok) + 40]
    prefix = text[sentence_start(text, max(0, pos - 400), pos):pos]
    apposed = _ROLE_APPOSED.match(prefix)  # « Sa directrice, NAME, ne cache pas … », "Its director, NAME, said"
    stressed = _STRESSED.match(after)  # « NAME, elle, reste optimiste », "NAME, for her part, was blunter"
    if not _surname_like(tok) or len(tok) < 4 or re.search(r"(?:ed|ing|ly|é|ée|és|ées|ant|ment)$", tok) or not (
            stressed or (re.match(r",\s*[a-zà-ÿ]+\b", after) if apposed else re.match(r"\s+[a-zà-ÿ]+\b", after))) \
            or _NOT_A_VERB.match(after) or PLURAL_VERB_AFTER.match(after) \
            or written_in_lower_case(tok, text):
        return None  # ("Farmers travelling with …" where the text writes "farmers", "Locals call it …": no surname)
    if _TIME_STAMP.match(prefix):  # "11 h 30 — NAME, elle, …": a live blog's time, then the sentence
        prefix = ""
    if prefix.strip() and not apposed and not (prefix.rstrip().endswith(",") and _INTRO_WORD.match(prefix.strip())):
        return None  # only a sentence's subject: at its start, or after "Asked whether …,"
    g = gender(re.findall(r"[\w\-\u2019']+", apposed.group("role"))) if apposed else ""
    if stressed is not None:
        word = (stressed.group("p") or stressed.group("p2") or stressed.group("p3") or "").lower()
        g = g or {"elle": "f", "her": "f", "lui": "m", "his": "m"}.get(word, "")
    return Mention(pos, Person(tok, "", "", pos, g), True, False)


_TIME_STAMP = re.compile(r"^\s*\d{1,2}(?:[:.]|\s?h\s?)\d{2}\s*[\u2014\u2013\-|:]?\s*$")
#: a role by a possessive or an article, in apposition before a surname that opens the sentence: « Sa directrice, »,
#: "Its director,", « La porte-parole de la coalition, », the publisher's own "Our policy lead," « Notre juriste, »
_ROLE_APPOSED = re.compile(r"^\s*(?P<role>(?:Sa|Son|Leur|Her|His|Its|Their|The|La|Le|L['\u2019]|Our|My|Notre|Mon|Ma)\s*[a-zà-ÿ][^,.;:!?\n]{1,60}?)"
                           r"\s*,\s*$")
#: a stressed pronoun between commas right after a surname: « NAME, elle, », « NAME, lui, », "NAME, for her part,"
_STRESSED = re.compile(r",\s*(?:(?P<p>elle|lui)(?:-même)?|(?:for|pour)\s+(?P<p2>her|his|sa)\s+part|quant\s+à\s+(?P<p3>elle|lui)|"
                       r"de\s+son\s+côté)\s*,\s*[a-zà-ÿ]+", re.I)


def _short_org(org: str, ctx: Context, at: int) -> str:
    """"Alliance" / "coalition" alone: the organisation of that kind named in the document."""
    if org and len(org.split()) == 1 and lower_token(org) in ORG_WORDS | {"alliance", "réseau", "institut"}:
        return ctx.resolve_org(org, at) or (org if org[:1].isupper() else "")  # "the network’s director": none named
    return org
