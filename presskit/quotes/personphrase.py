"""A person named in a noun phrase: "Le professeur Oskar Brandvold", "the UN’s Amara Diallo", "Dr Ekwueme".

:func:`person_np` reads the name, the title or role before it and the apposition after it;
:func:`heading_person` reads a heading that is a person's name ("Ines Adler, ambassador of Lund").
:mod:`.subject` uses both to say who a clause's subject is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textutil import fold
from .context import Context, is_kind_word
from .appos import org_then_role, parse_appos
from .placed import place_split
from .people import (
    DROP_TITLES, NAMERUN, ORG_WORDS, ROLE_TITLES, ROLE_WORDS, UP, People, clean_role, gender, holds_office, is_surname, lower_token, person,
    same_title,
)
from .roleparts import rest_parts


@dataclass
class Who:
    """The subject of a speech act. ``kind``: person, pronoun, org, publisher, self or unnamed."""

    kind: str
    name: str = ""
    role: str = ""
    org: str = ""
    surname_only: bool = False
    gender: str = ""
    pos: int = 0


#: words that show a phrase before a name is not that name's role ("met", "after", "with" …)
_BLOCK = {"after", "before", "with", "met", "by", "to", "from", "and", "but", "et", "mais", "avec", "après",
          "avant", "par", "chez", "rencontré", "that", "than", "when", "while", "whom", "whose", "who",
          "which", "qui", "que", "dont", "où", "what", "without", "has", "have", "had", "is", "was", "were",
          "are", "will", "would", "i", "he", "she", "we", "they", "you", "je", "il", "elle", "nous", "vous",
          "ils", "elles", "on", "in", "at", "dans", "sans", "asked", "told", "said", "spoke", "joined",
          "between", "entre", "for", "pour", "about", "sur", "like", "comme", "as", "à", "au", "aux", "of",
          "auprès", "vers", "on", "de", "du", "des", "d'un", "d'une", "d'", "d"}
#: words a role phrase may hold ("Chair of Working Group II", "directeur de recherche à l’Institut")
_ROLE_LINKS = {"of", "de", "du", "des", "à", "au", "aux", "at", "for", "pour", "on", "sur", "in", "auprès"}


def _allowed_prefix(prefix: str, role_phrase: bool = False) -> bool:
    words = [lower_token(w) for w in re.findall(r"[\w\-\u2019'.]+", prefix)]
    block = _BLOCK - _ROLE_LINKS if role_phrase else _BLOCK
    return len(words) <= (10 if role_phrase else 7) and not any(w in block for w in words)


_OWNER = re.compile(rf"^\s*(?i:the\s+)?(?P<org>{UP}[\w\-]*(?:\s+{UP}[\w\-]*){{0,3}})['\u2019]s\s+"
                    rf"(?=(?:[a-zà-ÿ\-]+\s+){{0,3}}{UP})")
# (case matters: "Lise Aumont of Varnia's delegation" is a person and her State, not an owner "Lise Aumont of Varnia")


#: a form of address before a name, which is neither a role nor part of the name
_HONORIFIC = re.compile(r"^\s*(?:(?:His|Her|Son|Sa|Leurs|Their)\s+)?(?:Excellency|Excellence|Majesty|Majesté|"
                        r"Royal\s+Highness|Altesse(?:\s+royale)?|Honou?r|Holiness|Sainteté)\s+(?=\S)")


#: "the coalition’s Mariam Tall": a body named by its kind, whose person she is
_OWNER_KIND = re.compile(r"^\s*(?i:the)\s+(?P<org>[a-z]+)['\u2019]s\s+(?=[A-ZÀ-Þ])")


def _owner_kind(np: str) -> bool:
    m = _OWNER_KIND.match(np)
    return m is not None and is_kind_word(m.group("org"))


def person_np(np: str, known: People, at: int) -> Who | None:
    """A person named at the start of ``np`` ("Le professeur Oskar Brandvold", "Dr Ekwueme")."""
    elided = re.match(r"\s*L(?=['\u2019][a-zà-ÿ])", np)
    if elided is not None:  # "L’ambassadeur NAME" opening a sentence reads as "l’ambassadeur NAME", not as a name
        np = np[:elided.end() - 1] + "l" + np[elided.end():]
    honour = _HONORIFIC.match(np)
    if honour is not None:  # "Son Excellence M. NAME", "Her Excellency Ambassador NAME": a form of address
        return person_np(np[honour.end():], known, at + honour.end())
    owner = _OWNER.match(np) or (_OWNER_KIND.match(np) if _owner_kind(np) else None)
    if owner is not None:  # "the UN’s Amara Diallo", "Ghana’s Kofi Mensah": whom the person speaks for
        who = person_np(np[owner.end():], known, at + owner.end())
        if who is not None and who.kind == "person":
            who.org = who.org or owner.group("org")
        return who
    runs = [m for m in re.finditer(NAMERUN, np) if not _only_stop(m.group())
            and not re.fullmatch(r"(?:[dD]['\u2019]\s*)?[ÉE]tat", m.group())][:3]  # « conseiller d’État NAME »: a role
    m = runs[0] if runs else None
    if m is not None and (placed := _placed_person(np, m, known, at)) is not None:
        return placed  # « le délégué d’Ysselmarque Joris Vosker »: a place between the role and the name
    if m is not None and (low := _titled_particle_name(np, m, known, at)) is not None:
        return low  # "le docteur van der Aa", "Dr de Groot": a surname that opens on its particles in lower case
    if m is None or not _allowed_prefix(np[: m.start()]) or re.match(r"d['\u2019]", m.group()):
        return None  # ("le porte-parole d’Ana Varga": the spokesperson, not Ana Varga)
    res = person(m.group(), from_right=False, known=known, at=at + m.start())
    for later in runs[1:]:  # "the German minister Lena Vogt": "German" is no name, the next run is
        if res is not None or not _allowed_prefix(np[: later.start()]) or np[m.end():later.start()].strip(
                " \t").count(" ") > 2:
            break
        m, res = later, person(later.group(), from_right=False, known=known, at=at + later.start())
    prefix = np[: m.start()]
    pre_words = [w for w in re.split(r"[\s\u2019']+", prefix) if w]
    titled = any(lower_token(w) in DROP_TITLES or lower_token(w) in ROLE_WORDS for w in pre_words)
    if res is None:
        tok = m.group().split()[0].rstrip(".,")
        single = len(m.group().split()) == 1 or not _name_word(m.group().split()[1])
        bare = [lower_token(w) for w in pre_words] in (["the"], ["le"], ["la"], ["les"], ["a"], ["an"])
        if bare or not (single and _surname_like(tok) and (titled or not np[m.end():].strip(" ,."))):
            return None  # ("her boat, the Marit,": an article before a lone word names a thing, not a person)
        res = (tok, "", True, [], "")
    speaker, trole, surname_only, leftover, g = res
    role_words = [re.sub(r"^[lLdD]['\u2019]", "", w) for w in pre_words]
    role_words = [w for w in role_words if re.search(r"[^\W\d_]{2}", w) and lower_token(w) not in DROP_TITLES  # (no "14 h 05 —")
                  and lower_token(w) not in ("the", "le", "la", "l", "a", "an", "un", "une", "my", "our", "his",
                                              "her", "their", "mon", "ma", "mes", "notre", "nos", "son", "sa", "leur")]
    role = clean_role(" ".join(role_words)) if role_words else trole
    if surname_only and not is_surname(speaker) and (not same_title(role, known.role_of(speaker))
                                                     or holds_office(role) and not known.role_of(speaker)):
        # "la professeure Lind" is not the document's "M. Erik Lind"; « le ministre Lind » is not the document's
        # "Ines Lind, who farms goats": an office the document never gives her is a namesake's, for the kit
        speaker = m.group().split()[-1].rstrip(".,")
    rest = np[m.end():]
    if leftover:
        rest = " " + " ".join(leftover) + rest
    arole, aorg = parse_appos(rest_parts(rest))
    if not aorg and len(pre_words) >= 2:  # "UN Environment chief NAME", "Reef Watch coordinator NAME"
        prole, porg = org_then_role(" ".join(pre_words))
        role, aorg = (prole or role, porg) if porg else (role, aorg)
    g = g or gender(pre_words + (arole or role).split()[:3])
    return Who("person", speaker, arole or role, aorg, surname_only, g, at + m.start())


def _placed_person(np: str, m: re.Match, known: People, at: int) -> Who | None:
    """« l’ambassadeur de Kasmirie Sefa Mahlangu-Roe »: the person, her role, and the place she speaks for."""
    split = place_split(np[: m.start()], m.group())
    if split is None or not _allowed_prefix(np[: m.start()], role_phrase=True):
        return None
    role, place, off = split
    res = person(m.group()[off:], from_right=False, known=known, at=at + m.start() + off)
    if res is None or res[2]:
        return None
    speaker, _trole, _surname, leftover, g = res
    arole, aorg = parse_appos(rest_parts((" " + " ".join(leftover) if leftover else "") + np[m.end():]))
    role = clean_role(role)
    return Who("person", speaker, arole or role, aorg or place, False, g or gender(role.split()[:3]),
               at + m.start() + off)


_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|dos|das|ter|ten)"
_LOWER_PARTICLES = re.compile(rf"(?<![\w\-])(?:{_PARTICLE}\s+){{1,3}}$")
_TITLE_PARTICLES = re.compile(rf"(?P<t>\S+)\s+(?P<p>(?:{_PARTICLE}\s+){{1,3}})(?P<n>\S+)$")


def _titled_particle_name(np: str, m: re.Match, known: People, at: int) -> Who | None:
    """"le docteur van der Aa", "Dr van Dijk", « la juge da Costa »: after a title, particles in lower case
    and one capitalised word are a surname; None for anything else."""
    inner = _TITLE_PARTICLES.match(m.group())
    if inner is not None:  # "Dr van der Aa": one run of capitalised words, with the title in it
        head, parts, start = np[: m.start()] + inner.group("t"), inner.group("p"), m.start() + inner.start("p")
        surname = inner.group("n")
    else:
        part = _LOWER_PARTICLES.search(np[: m.start()])
        if part is None or len(m.group().split()) != 1:
            return None
        head, parts, start, surname = np[: part.start()], part.group(), part.start(), m.group()
    before = [w for w in re.split(r"[\s\u2019']+", head) if w]
    last = lower_token(before[-1]) if before else ""
    dutch = parts.split()[0] in ("van", "von", "ter", "ten", "der", "den")
    if not (last in DROP_TITLES or dutch and (last in ROLE_TITLES or last in ROLE_WORDS)) \
            or not _allowed_prefix(" ".join(before)):
        return None  # (« ambassadeur de Morvanie »: a role and its State, no particle)
    role_words = [re.sub(r"^[lLdD]['\u2019]", "", w) for w in before]
    role = clean_role(" ".join(w for w in role_words if w and lower_token(w) not in DROP_TITLES
                               and lower_token(w) not in ("the", "le", "la", "l", "a", "an", "un", "une")))
    arole, aorg = parse_appos(rest_parts(np[m.end():]))
    name = parts.strip() + " " + surname.strip().rstrip(".,")
    full = known.resolve(surname.strip().rstrip(".,"), at + start)
    if full and fold(full).endswith(" " + fold(name)):
        name = full  # the document gave the full name before: "Dr Pieter van der Aa"
    return Who("person", name, arole or role, aorg, True, gender(before + (arole or role).split()[:3]), at + start)


def _only_stop(run: str) -> bool:
    """"Le", "La", "The": a capitalised article, not the start of a name."""
    toks = run.split()
    return len(toks) == 1 and lower_token(toks[0]) in _STOPWORDS | {"l", "un", "une", "a", "an", "les", "des"}


def _name_word(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and lower_token(tok) not in ORG_WORDS


def _surname_like(tok: str) -> bool:
    low = lower_token(tok)
    return (len(tok) > 2 and tok[0].isupper() and not tok.isupper() and low not in ORG_WORDS
            and low not in ROLE_WORDS and low not in DROP_TITLES and low not in _STOPWORDS
            and low not in _COMMON_CAPS and low.rstrip("s") not in _COMMON_CAPS and not number_word(tok))


#: the words of a number written out, in either language ("Forty-one people are dead", « Vingt-trois familles »)
_NUMBER_PARTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "dozen dozens un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante cent cents mille et".split())


def number_word(tok: str) -> bool:
    """Whether ``tok`` is a number written out ("Forty-one", « Vingt-trois », "Twelve"): a sentence's count, never
    a person's name."""
    parts = [p for p in re.split(r"[\-\u2011]", tok.lower()) if p]
    return bool(parts) and all(p in _NUMBER_PARTS for p in parts) and parts != ["et"]


#: capitalised words that open a sentence and are nobody's surname ("Delegates said …")
_COMMON_CAPS = {"delegate", "delegation", "official", "diplomat", "survivor", "campaigner", "observer", "expert",
                "critic", "other", "many", "some", "both", "everyone", "nobody", "participant", "minister",
                "government", "state", "countrie", "country", "people", "member", "speaker", "organiser",
                "organizer", "negotiator", "journalist", "reporter", "activist", "researcher", "analyst", "donor",
                "délégué", "déléguée", "délégation", "plusieurs", "certain", "certaine", "tous", "beaucoup",
                "personne", "chacun", "gouvernement", "état", "pays", "participant", "organisateur", "expert",
                "militant", "observateur", "négociateur", "journaliste", "chercheur", "donateur", "ministre",
                "witness", "witnesse", "resident", "residents", "habitant", "victim", "victime", "family",
                "families", "famille", "mother", "father", "children", "child", "women", "men", "they", "these",
                "those", "this", "that", "here", "there", "today", "meanwhile", "still", "also", "yet", "now",
                # time and quantity open sentences too ("Minutes later, …", "Quelques minutes plus tard")
                "second", "minute", "hour", "day", "week", "month", "year", "moment", "night", "morning",
                "evening", "afternoon", "decade", "few", "several", "two", "three", "four", "five", "ten",
                "seconde", "heure", "jour", "semaine", "moi", "année", "instant", "soir", "matin", "nuit",
                "quelque", "quelques", "deux", "trois", "quatre", "cinq", "dix", "un", "une",
                "tout", "toute", "toutes", "aucun", "aucune", "chacune", "every", "each", "none",
                "celui", "celle", "celles", "ceux", "ceci", "cela", "voici", "voilà", "ici", "tel", "telle", "tels",
                "telles", "such"}


_STOPWORDS = {"the", "this", "that", "these", "those", "there", "here", "today", "yesterday", "tomorrow",
              "meanwhile", "however", "speaking", "according", "it", "its", "they", "we", "she", "he",
              "our", "their", "his", "her", "le", "la", "les", "ce", "cette", "il", "elle", "nous", "on",
              "selon", "comme", "mais", "pour", "dans", "my", "mon", "ma", "mes", "notre", "nos",
              # words that open a sentence and are nobody's name ("Beside her sat …", "Outside, …")
              "beside", "behind", "besides", "near", "next", "among", "amid", "across", "along", "around",
              "inside", "outside", "despite", "since", "until", "under", "over", "without", "within",
              "through", "throughout", "although", "though", "because", "where", "what", "why", "how",
              "which", "whose", "each", "such", "only", "even", "perhaps", "instead", "later", "afterwards",
              "nearby", "opposite", "above", "below", "upstairs", "downstairs", "elsewhere", "once", "twice",
              "sometimes", "often", "nobody", "everybody", "somebody", "someone", "anyone", "none",
              "derrière", "devant", "parmi", "malgré", "pourtant", "ensuite", "aussi", "ailleurs", "dehors",
              "partout", "quand", "lorsque", "puisque", "chaque", "seul", "seule", "sans", "sous", "vers",
              "chez", "près", "loin", "autour", "dessus", "dessous"}


_COMMON_HEADING = {"session", "plenary", "closing", "opening", "day", "week", "press", "contact", "contacts",
                   "programme", "program", "agenda", "notes", "summary", "voices", "background", "speakers",
                   "séance", "plénière", "ouverture", "clôture", "jour", "semaine", "résumé", "contexte"}


def heading_person(line: str, ctx: Context, at: int) -> Who | None:
    """A heading that is a person's full name, with perhaps her role or organisation ("Ines Adler,
    ambassador of Lund", "Tomas Berg (Sweden)", "Ines Adler – Lund"): whose words follow it."""
    line = line.strip()
    if not line or len(line) > 90 or line[-1] in ".!?:;\u201d\u00bb\"" or "|" in line:
        return None
    head = re.split(r"\s*[,(\u2013\u2014]\s*|\s+-\s+", line, maxsplit=1)
    m = re.fullmatch(NAMERUN, head[0])
    if m is None:
        return None
    who = person_np(head[0], ctx.known, at)
    if who is None or who.surname_only or " " not in who.name or any(
            lower_token(w) in ORG_WORDS or lower_token(w) in _COMMON_HEADING for w in who.name.split()):
        return None
    if len(head) == 1 and ctx.known.get(who.name) is None:
        return None  # a bare heading is a name only when the document introduces that person
    if len(head) > 1:
        rest = head[1].rstrip(")").strip()
        if re.fullmatch(rf"{UP}[\w\-\u2019']*", rest) and " " not in rest:
            who.org = who.org or rest
        else:
            role, org = parse_appos([rest])
            who.role, who.org = who.role or role, who.org or org
    return who


#: a name, then "of"/"from" and a body: "NAME of Kessler Watch", "Dr NAME of the Alliance for …"
_PERSON_OF = re.compile(r"(?:(?:Dr|Prof|Professor|Ms|Mr|Mrs)\.?\s+)?[A-ZÀ-Þ][\w\-\u2019']+(?:\s+[A-ZÀ-Þ][\w\-\u2019']+){1,3}"
                        r"\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-Þ]")


def person_of_body(s: str, known: People, at: int) -> Who | None:
    """``NAME of ORG`` as a subject: the person, speaking for the body (read before a body's name, which "Bank
    of Norvia" is and "Malik Desrosiers of Kessler Watch" is not)."""
    if not _PERSON_OF.match(s):
        return None
    w = person_np(s, known, at)
    return w if w is not None and w.kind == "person" and w.org else None
