"""People in a document: names, titles, roles and organisations, and who a surname or pronoun means.

A name is a run of capitalised words ("Dr Amara Diallo", "Jean-Pierre de La Tour", "O’Brien");
:func:`split_name` cuts such a run into titles/roles, the name, and what follows. An appositive
("…, Executive Director of the Lantern Coalition,") gives a role and an organisation
(:func:`.appos.parse_appos`). :class:`People` remembers who a document has named, so "Ms Diallo" and "she"
resolve to the person named earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..textutil import fold
from .firstnames import FEMALE, MALE
from .orgnames import WORKPLACE_AFTER, clean_org  # noqa: F401  (the other modules read them here)
from .vocab import DROP_TITLES, ORG_WORDS, ROLE_TITLES, ROLE_WORDS  # noqa: F401  (the other modules read them here)
from .vocab import ADDRESS_TITLES, lower_token  # noqa: F401  (lower_token: read here by the other modules)
from .vocab import STOP_CAPS as _STOP_CAPS

_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
UP = f"[{_UPPER}]"
LETTER = r"[^\W\d_]"
APOS = "'\u2019"
_HY = "\\-\u2010\u2011"
# A capitalised word: "Diallo", "O’Brien", "Jean-Pierre", "McDonald", "al-Hassan", "d’Estaing", "Dr.", "J."
# ("J.-P.", a hyphenated first name's initials; not the abbreviation of a number before its figure: "Bulletin No. 7", "Report No 12", « Lettre N° 3 »)
_TOK = (
    rf"(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof|Mme|Mlle|Mgr|St|Jr|Sr|Rev|Gen|Sen|Rep|Amb|Hon|Capt|Col|Lt|Gov|Cmdr|Sgt|Supt|Brig|Maj|Rt|M|H\.E|S\.E|{UP}\.-{UP}|{UP})\."
    rf"|(?!N[o\u00ba\u00b0]s?(?!\w)\.?[ \t\u00a0]*\d)(?:(?:al|el|ad|as|an|ar|at|az|ul|bin|ben|ibn)[{_HY}]|[dDlL][{APOS}])?{UP}(?:{LETTER}|[{APOS}{_HY}](?={LETTER})|[{_HY}]\n[ \t]*(?={UP}))*)"
)
_PARTICLES = ("de", "du", "des", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den",
              "ten", "ter", "bin", "bint", "ibn", "ben", "la", "le", "y", "zu", "af", "al", "el", "abu")
_CAP_PARTICLES = {"la", "le", "van", "von", "de", "du", "der", "den", "di", "da", "del", "ó", "ní", "nic", "uí"}
#: particles that open a surname of their own ("de la Cruz", "van der Berghe", "Ó Súilleabháin"), unlike
#: an article ("La Tolvanie", "Le Quessan")
_SURNAME_PARTICLES = {"de", "du", "des", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der",
                      "den", "ten", "ter", "ó", "ní", "nic", "uí"}
_PART = "(?:" + "|".join(_PARTICLES) + ")"
#: white space inside a name: a line may break in it (PDF text), a paragraph may not; on one line its words
#: stand one space apart, while two spaces or a tab part a table's cells or a PDF's columns ("Orvelia  Solène
#: NAME": a State's cell, then a person's)
_SEP = r"(?:[ \t\u00a0\u202f]*\n[ \t\u00a0\u202f]*|[ \u00a0\u202f](?![ \t\u00a0\u202f]))"
NAMERUN = rf"{_TOK}(?:(?:{_SEP}{_PART})*{_SEP}{_TOK}){{0,7}}"

_ABBREV = {"dr", "mr", "ms", "mrs", "mx", "prof", "st", "jr", "sr", "m", "mme", "mlle", "no", "vs", "etc",
           "e.g", "i.e", "gen", "sen", "rep", "amb", "rev", "mgr", "h.e", "s.e", "cf", "p", "pp", "art",
           "vol", "fig", "approx", "inc", "ltd", "co", "corp", "dept", "univ", "hon", "capt", "col", "lt", "cmdr",
           "gov", "supt", "sgt", "cllr", "rt", "brig", "maj"}
_BEFORE_A_NUMBER = {"no", "p", "pp", "art", "vol", "fig"}
_DIGIT_NEXT = re.compile(r"\s*\d")
_SENT_END_RE = re.compile(r"[.!?\u2026]+[\u201d\u00bb\"'\u2019)\]]*(?=\s|$)")


def _word_start(text: str, end: int) -> int:
    """Where the run of word characters and dots that ends at ``end`` starts (read backwards: the text before may be
    long)."""
    i = end
    while i and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return i


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end in ``text`` (abbreviations and initials skipped)."""
    ends = []
    for m in _SENT_END_RE.finditer(text):
        if text[m.start()] == ".":
            w1 = m.start() - 1 if text[m.start() - 1:m.start()] == "\n" else m.start()  # ("\n.": the line's last word)
            w0 = _word_start(text, w1)
            word = text[w0:w1]
            if len(word) == 1 and word.isupper() and text[max(0, w0 - 2):w0] in (".-", ".\u2010"):
                continue  # « J.-P. D. »: the initials of a hyphenated first name, not "p." before a page
            if word.lower() in _BEFORE_A_NUMBER and not _DIGIT_NEXT.match(text, m.end()):
                pass  # "Orlandia voted no. One …": "no." is "number" only before one ("No. 4", "p. 12")
            elif word.lower() in _ABBREV or (len(word) == 1 and word.isupper()) or re.fullmatch(r"(?:\w\.)+\w", word):
                continue
        ends.append(m.end())
    return ends


def name_tokens(run: str) -> list[str]:
    return re.sub(r"([\-\u2010])\s*\n\s*", r"\1", run).split()


def is_particle(tok: str) -> bool:
    return tok in _PARTICLES or (tok[:1].isupper() and tok.lower() in _CAP_PARTICLES)


#: an organisation's name that holds a plural possessive ("Children's Health Watch", "Fishers' Solidarity
#: Network", "Women's Refugee Commission"): its apostrophe is read as a letter, so that the name is one name
#: and not a possessive before a person or a role ("Belmora's deputy minister", "Ghana's Kofi Mensah")
_APOSTROPHE_BEFORE_CAP = re.compile(r"['\u2019]s?[ \t]+[A-Z]")
_PLURAL_OWNER = re.compile(r"(?:[A-Z][a-z]+s|Children|Women|Men|People)$")
_CAP_RUN = re.compile(r"(?:[ \t]+[A-Z][\w\-]+){1,4}")
_KEPT_APOSTROPHE = {"'": "\u02bc", "\u2019": "\u02bb"}
_RESTORED_APOSTROPHE = str.maketrans({v: k for k, v in _KEPT_APOSTROPHE.items()})


def keep_possessive_names(text: str) -> str:
    """``text`` with the apostrophe of each organisation name with a plural possessive made a letter (same
    length: offsets hold); :func:`restore_apostrophes` gives the text back."""
    out = None
    for m in _APOSTROPHE_BEFORE_CAP.finditer(text):  # (found by its apostrophe first: this runs on every page)
        a = m.start()
        own = _PLURAL_OWNER.search(text, max(0, a - 30), a)
        if own is None or (own.start() and (text[own.start() - 1].isalnum() or text[own.start() - 1] == "-")):
            continue
        plural_s = own.group().endswith("s") and own.group() not in ("Children", "Women", "Men", "People")
        if plural_s == (m.group()[1] == "s"):
            continue  # "Fishers' Network" and "Children's Fund", not "Lucas's Office" or "Children' X"
        run = _CAP_RUN.match(text, a + (2 if m.group()[1] == "s" else 1))
        if run is None or not any(lower_token(w) in ORG_WORDS for w in run.group().split()):
            continue
        out = out if out is not None else list(text)
        out[a] = _KEPT_APOSTROPHE[text[a]]
    return "".join(out) if out is not None else text


_PERSONAL_MANDATE = re.compile(r"(?i)\b(?:special\s+rapporteur|rapporteu(?:r|se)\s+spéciale?|independent\s+expert|"
                               r"experte?\s+indépendante?)\b")


def personal_mandate(role: str) -> bool:
    """A UN special rapporteur or independent expert: she speaks in a personal capacity, for no organisation."""
    return bool(role) and _PERSONAL_MANDATE.search(role) is not None


def restore_apostrophes(s: str) -> str:
    return s.translate(_RESTORED_APOSTROPHE) if s else s


def name_case(tok: str) -> str:
    """A name written in capitals as a record or a transcript writes it ("DUFRESNE-AUBRY", "O’BRIEN"), as a
    name is written ("Dufresne-Aubry", "O’Brien"); any other token as it is."""
    if len(tok) < 3 or not tok.isupper() or not re.search(r"[A-ZÀ-Þ]{3}", tok):
        return tok
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), tok)


#: a nationality written as a noun, as French copy puts it before a name
_NATIONALITY = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:ienne|ien|aise|ais|oise|ois|aine|ain|éenne|éen)")


# the token shapes :func:`split_name` reads, compiled once (it reads every capitalised run of a document)
_POSSESSIVE_TOK = re.compile(r"[a-z]'s$")
_ELISION_TOK = re.compile(r"(?:[jnsmtc]|qu|jusqu|lorsqu|puisqu)'")
_CAP_ELISION_TOK = re.compile(rf"{UP}['\u2019]{UP}")
_ARTICLE_ELISION_TOK = re.compile(r"[ld]'(?P<rest>.+)$")
_INITIAL_TOK = re.compile(rf"{UP}\.(?:-{UP}\.)?")  # "L.", and a hyphenated first name's "J.-P."


def _opens_surname(tokens: list[str], kinds: list[str], j: int) -> bool:
    """Whether the particle at ``j`` opens a surname after the title or the role before it ("Mr. van den Berg",
    « l’ambassadeur de Souza »); a role that is no title before « de », « du », « des » (« PDG de Tapuaki
    Satcom ») takes the body it heads, not a surname."""
    if kinds[j - 1] == "title":
        return True
    return kinds[j - 1] == "role" and (lower_token(tokens[j - 1]) in ROLE_TITLES or tokens[j - 1][:1].islower()
                                       or tokens[j:j + 1] not in (["de"], ["du"], ["des"]))


def split_name(tokens: list[str], *, from_right: bool) -> tuple[list[str], list[str], list[str]] | None:
    """Split a run of capitalised tokens into (role-ish prefix, name tokens, leftover suffix).

    ``from_right``: the name is the run's right end (NAME said); else its left end (said NAME).
    """
    def kind(tok: str) -> str:
        lt = lower_token(tok)
        if len(lt) > 3 and _POSSESSIVE_TOK.search(lt):
            return "stop"  # "Ghana’s Kofi Mensah": the State, then the person
        if "'" in lt and _ELISION_TOK.match(lt) and not _CAP_ELISION_TOK.match(tok):
            return "stop"  # "J’ai", "C’est", "Qu’il": a pronoun or a conjunction, never a name ("N’Diaye" is one)
        elided = _ARTICLE_ELISION_TOK.match(lt) if "'" in lt else None
        if elided and tok[2:3].islower():  # "L’ambassadrice", "d’État": a role or a common word
            rest = elided.group("rest")
            return "role" if rest in ROLE_WORDS else "stop"
        if elided and elided.group("rest") in ROLE_TITLES:
            return "role"  # "L’Ambassadeur NAME", "L’Ambassadrice NAME": a capitalised title, not a first name
        if elided and elided.group("rest") in ORG_WORDS:
            return "org"  # "l’Institut Kellerman", "l’Agence …": an organisation
        if elided is not None and tok[:1] == "l":
            return "stop"  # "l’Ordre de Saint-Brendan", "l’Ostravie": an article, so a thing or a place, never a person
        if lt in DROP_TITLES:
            return "title"
        if lt in ADDRESS_TITLES and tok[:1].isupper():
            return "title"  # "Brother NAME", "Sister NAME": a form of address, not a first name
        if lt in ROLE_WORDS or lt.rstrip(".") in ROLE_WORDS:
            return "role"
        if lt in ORG_WORDS or (len(tok) >= 2 and tok.isupper() and tok.isalpha()):
            return "org"
        if tok in _PARTICLES:
            return "particle"
        if lt in _STOP_CAPS:
            return "stop"
        if is_particle(tok):
            return "particle"
        if len(tok) in (2, 5) and _INITIAL_TOK.fullmatch(tok):
            return "initial"
        return "name"

    kinds = [kind(t) for t in tokens]
    for i in range(min(2, len(tokens) - 1)):  # "— The Honourable NAME", "The Right Honourable NAME": a style
        if lower_token(tokens[i]) in ("the", "right") and lower_token(tokens[i + 1]) in ("honourable", "honorable",
                                                                                         "hon.", "right"):
            kinds[i] = "title"
    if len(kinds) >= 2 and kinds[0] == "title" and tokens[0] == "M." and all(k == "initial" for k in kinds[1:]):
        kinds[0] = "initial"  # « — M. L., Saint-Ombe »: a testimony signed by initials, not « Monsieur L. »
    for i in range(1, len(tokens)):  # "Ms. AUMONT (Varnia) said": a summary record's surname in capitals
        if kinds[i] == "org" and kinds[i - 1] == "title" and len(tokens[i]) >= 3 and lower_token(tokens[i]) not in ORG_WORDS:
            kinds[i] = "name"
        elif kinds[i] == "org" and i >= 2 and kinds[i - 1] == "name" and kinds[i - 2] == "title" \
                and len(tokens[i]) >= 3 and lower_token(tokens[i]) not in ORG_WORDS:
            kinds[i] = "name"  # "Mr. Milan KRAVELSK (Mendravia)", « M. NAME SURNAME »: a first name, then the surname
    for i in range(len(tokens) - 2):  # « la Tavrénienne Ada Kowal », « le Sénégalais NAME »: a nationality, no name
        if kinds[i] == "name" and (i == 0 or lower_token(tokens[i - 1]) in ("le", "la", "the")) \
                and kinds[i + 1] == kinds[i + 2] == "name" and _NATIONALITY.fullmatch(tokens[i]) \
                and fold(tokens[i]) not in FEMALE | MALE:
            kinds[i] = "role"
    for i, t in enumerate(tokens):  # "de la Cruz", but "Même le Secrétariat": an article, no particle
        if t in ("le", "la", "les") and not (i and lower_token(tokens[i - 1]) in ("de", "d'")):
            kinds[i] = "stop"
    # "Luc de La Tour", "Ludwig Van Beethoven": a capitalised particle inside a name
    for i in range(1, len(tokens) - 1):
        if kinds[i] == "stop" and lower_token(tokens[i]) in _PARTICLES and kinds[i - 1] in ("name", "particle") \
                and kinds[i + 1] == "name":
            kinds[i] = "particle"
    if len(tokens) >= 3 and lower_token(tokens[0]) in _SURNAME_PARTICLES and lower_token(tokens[1]) in _CAP_PARTICLES \
            and kinds[2] == "name":
        kinds[0] = kinds[1] = "particle"  # "De La Vallière-Sow :", "Van Der Berghe": a surname that opens on two
    if len(tokens) >= 3 and tokens[0][:1] == "d" and _ARTICLE_ELISION_TOK.match(lower_token(tokens[0])) \
            and kinds[0] == "name" and kinds[1] == kinds[2] == "name":
        kinds[0] = "stop"  # "… de l’Inspection d’Ivorak ¶ Ilse NAME" (a table's cells as a PDF's lines): a place, then her
    if from_right:
        j = len(tokens)
        while j > 0 and kinds[j - 1] in ("name", "particle", "initial"):
            j -= 1
        # "De la Cruz", "Ó Súilleabháin": a surname that opens with its particle, the run's start
        lead = j - 1 if j == 1 and kinds[0] == "stop" and lower_token(tokens[0]) in _SURNAME_PARTICLES else j
        keep = lead < len(tokens) - 1 and lower_token(tokens[lead]) in _SURNAME_PARTICLES and all(
            k == "particle" for k in kinds[lead + 1:-1]) and kinds[-1] == "name" and (lead == j - 1 or lead == 0)
        if keep:
            j = lead
        # the name may not start with a particle (but for the surname above, or after a title: "Mr. van den Berg")
        titled = 0 < j and _opens_surname(tokens, kinds, j) and all(
            t in _SURNAME_PARTICLES for t, k in zip(tokens[j:], kinds[j:]) if k == "particle")
        while not keep and not titled and j < len(tokens) and kinds[j] == "particle":
            j += 1
        if 1 < j < len(tokens) and tokens[j - 1] in ("de", "du", "des") and kinds[j - 2] == "role" \
                and not _opens_surname(tokens, kinds, j - 1):
            return None  # « PDG de Tapuaki Satcom »: the body a role heads, no person
        name = tokens[j:]
        prefix = tokens[:j]
        # keep only the title/role/org tail of the prefix ("Today Executive Director Jane" -> "Executive Director")
        k = len(prefix)
        while k > 0 and kinds[k - 1] in ("title", "role", "org", "particle"):
            k -= 1
        return prefix[k:], name, []
    lead = next((i for i, k in enumerate(kinds[:3]) if k != "name"), 0)
    r = lead
    while lead and r < len(tokens) and kinds[r] in ("role", "title") and lower_token(tokens[r]) not in DROP_TITLES:
        r += 1
    if r > lead and r < len(tokens) and kinds[r] == "name":
        kinds[:lead] = ["role"] * lead  # "said Environment Minister NAME", "Foreign Secretary NAME": a portfolio
    j = 0
    while j < len(tokens) and kinds[j] in ("title", "role", "org", "particle"):
        j += 1
    p = j
    while p > 0 and kinds[p - 1] == "particle" and tokens[p - 1] in _SURNAME_PARTICLES:
        p -= 1
    if 0 < p < j < len(tokens) and tokens[p] in ("de", "du", "des") and kinds[p - 1] == "role" \
            and not _opens_surname(tokens, kinds, p):
        return None  # « PDG de Tapuaki Satcom »: the body a role heads, no person
    if 0 < p < j and _opens_surname(tokens, kinds, p) and j < len(tokens):
        j = p  # "said Mr. van den Berg": the particles after a title open the surname
    n = 1
    while n < len(tokens) and kinds[n] == "particle":
        n += 1
    if lower_token(tokens[0]) in _SURNAME_PARTICLES and kinds[0] in ("stop", "particle") and n < len(tokens) \
            and kinds[n] == "name" and (n + 1 == len(tokens) or kinds[n + 1] not in ("name", "particle")):
        return [], tokens[:n + 1], tokens[n + 1:]  # "De la Cruz :", "Ó Súilleabháin said"
    prefix = tokens[:j]
    while prefix and kinds[len(prefix) - 1] == "particle":
        prefix.pop()
    k = j
    while k < len(tokens) and kinds[k] in ("name", "particle", "initial"):
        k += 1
    name = tokens[j:k]
    while name and is_particle(name[-1]):
        name.pop()
        k -= 1
    return prefix, name, tokens[k:]


#: a role ends where a clause begins: "a schoolteacher whose classroom …", "coordinatrice qui …"
_ROLE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that|where|when|qui|que|dont|où|lorsque|quand)\b.*$",
                          re.I | re.S)


def clean_role(s: str) -> str:
    s = _ROLE_CLAUSE.sub("", s)
    s = re.sub(r"\s+", " ", s.strip(" \t\n,.;:\"'\u201c\u201d\u00ab\u00bb\u2018\u2019\u00a0\u202f"))
    s = re.sub(r"^(?:the|a|an|un|une|le|la|its|their|his|her|our|sa|son|leur|notre)\s+|^[lL]['\u2019]", "", s,
               flags=re.I)
    if re.match(r"(?i)(?:another|other|autres?)\s", s):
        return ""  # « une voisine, une autre Bassavienne qui … » : someone else, not a role of hers
    return s.strip()


def has_person_name(s: str) -> bool:
    """Whether ``s`` holds a person's name ("Professor Lena Vogt"): two capitalised words in a row that
    are neither role words nor organisation words."""
    toks = re.findall(r"[\w\-\u2019']+", s)
    def plain(t: str) -> bool:
        lt = lower_token(t)
        return t[:1].isupper() and lt not in ROLE_WORDS and lt not in ORG_WORDS and lt not in _STOP_CAPS \
            and lt not in DROP_TITLES and not t.isupper()
    return any(plain(a) and plain(b) for a, b in zip(toks, toks[1:]))


# "Farid Rahimi, who carried out the matching, said" / "Yuki Nakamura, 22, said"
RELATIVE = re.compile(r"\s*(?:who|whose|which|qui|dont|\d{1,3}\s*$|\d{1,3}\s*,)", re.I)

NOT_ROLE_START = re.compile(
    r"^(?:who|which|that|whose|adding|as|in|on|during|after|before|when|while|speaking|and|but|devant|face\s+à|"
    r"in\s+front\s+of|at\s+the\s+"
    r"(?:opening|launch|start|end|close|press)|qui|dont|en|lors|avant|après|pendant|dans|ajoutant|soulignant|"
    r"et|mais|où|on|to|from|for|here|there|today|yesterday|now|then|also|already|not|is|was|has|had|"
    r"sous|sans|avec|with|without|by|par|est|ont|will|would|arrived|arriving|spoke|speaking|"
    # what she did as she spoke: "said NAME, switching to French for the X press", « , répondant à la presse X »
    r"switching|switched|turning|answering|replying|responding|pointing|holding|waving|gesturing|smiling|laughing|"
    r"looking|shrugging|reading|quoting|citing|raising|répondant|passant|montrant|brandissant|désignant|souriant|"
    r"citant|lisant|se\s+tournant|"
    # a verb of saying: "The Executive Secretary, NAME, said that the number of Parties …" is no apposition
    r"said|says|told|tells|added|adds|stated|states|noted|notes|argued|warned|explained|recalled|declared|announced|"
    r"stressed|insisted|urged|welcomed|reported|replied|acknowledged|admitted|underlined|dit|déclare|estime|souligne|"
    r"rappelle|affirme|explique|ajoute|précise|indique|"
    r"a\s+\w+(?:é|ée|és|ées|i|u|it|is)|(?:l|m|t|s)['\u2019](?:a|avait|ont|avaient|est|était)|\d)\b",
    re.I,
)

# "the coalition’s policy director, Sarah O’Brien" / "Global Watch’s director Jane Smith"
POSSESSIVE_BEFORE = re.compile(
    r"(?:(?<=\s)|^)(?:the\s+|The\s+)?(?P<org>(?:[\w\-]+\s+){0,4}[\w\-]+)['\u2019]s\s+(?P<role>(?:[\w\-]+\s+){0,4}[\w\-]+),?\s+$"
)


_FEMININE = {"ms", "ms.", "mrs", "mrs.", "mme", "mme.", "mlle", "mlle.", "madame", "mademoiselle", "miss",
             "dame", "lady", "she", "elle", "directrice", "ambassadrice", "présidente", "conseillère",
             "fondatrice", "coordinatrice", "sénatrice", "députée", "chargée", "déléguée", "adjointe",
             "envoyée", "rapporteuse", "cheffe", "professeure", "survivante", "secrétaire-générale",
             "générale", "queen", "princess", "chairwoman", "spokeswoman", "congresswoman", "sister"}
_MASCULINE = {"mr", "mr.", "m.", "monsieur", "sir", "lord", "he", "il", "directeur", "ambassadeur", "président",
              "conseiller", "fondateur", "coordinateur", "sénateur", "député", "chargé", "délégué", "adjoint",
              "envoyé", "survivant", "secrétaire-général", "général", "king", "prince", "chairman",
              "spokesman", "congressman", "brother"}


#: the words that say a man whatever his first name: the masculine of a French role noun or article does not
#: (« le professeur Ottilie NAME », « le ministre Aurelia NAME »: French writers give women the masculine title)
MALE_ADDRESS = {"mr", "mr.", "m.", "monsieur", "sir", "lord", "he", "il", "king", "prince"}


def gender(words) -> str:
    f = m = False
    for w in words:
        lw = lower_token(re.sub(r"^[lLdD]['\u2019]", "", w))  # « l’ambassadeur »: the noun after the article
        f = f or lw in _FEMININE
        m = m or lw in _MASCULINE
    return "f" if f and not m else "m" if m and not f else ""


def person(run: str, *, from_right: bool, known: "People", at: int) -> tuple[str, str, bool, list[str], str] | None:
    """(speaker, role from titles, surname_only, leftover tokens, gender) for a NAME run, or None."""
    toks = name_tokens(run)
    split = split_name(toks, from_right=from_right)
    if split is None:
        return None
    prefix, name, leftover = split
    if not name or (leftover and re.sub(r"['\u2019]s$", "", lower_token(leftover[0])) in ORG_WORDS | {"board", "boards"}):
        return None  # "Kessa Water Board", "Harbour Peace Network": an organisation, not a person "Kessa Water"
    if prefix and prefix[-1][:1].isupper() and lower_token(prefix[-1]) in ORG_WORDS and not re.search(r"['\u2019]s?$", prefix[-1]):
        return None  # « la Coalition Petites Mains », "the Fondation Aurel Varga": the body's own name after its kind
    # drop trailing sentence dot glued to a name ("Smith.")
    name = [t.rstrip(".") if len(t) > 2 and not _INITIAL_TOK.fullmatch(t) else t for t in name]
    name = [name_case(t) for t in name]  # "AUMONT" -> "Aumont"
    core = [t for t in name if not is_particle(t)]
    if len(core) > 4:
        if from_right:
            name = name[-4:]
        else:
            name = name[:4]
        core = [t for t in name if not is_particle(t)]
    role_titles = [re.sub(r"^[lLdD]['\u2019]", "", t) for t in prefix if lower_token(t) not in DROP_TITLES
                   and lower_token(t) not in ADDRESS_TITLES]
    has_title = any(lower_token(t) in DROP_TITLES or lower_token(t) in ROLE_TITLES or lower_token(t) in ADDRESS_TITLES
                    for t in prefix)
    role = " ".join(role_titles)
    g = gender(prefix)
    if len(core) == 2 and (full := known.resolve(core[-1], at)) is not None and len(full.split()) > len(name) \
            and fold(full).endswith(" " + fold(" ".join(name))):
        return full, role, True, leftover, g  # "García López said" after "María José García López, …"
    if len(core) >= 2:
        return " ".join(name), role, False, leftover, g
    if len(core) == 1:
        full = known.resolve(core[0], at, later=False)
        if full is not None and role and not same_title(role, known.role_of(full)):
            full = None  # "Professor Lind" is not the document's "Mr Erik Lind, representative of …"
        elif full is not None and holds_office(role) and not known.role_of(full):
            full = None  # "Maëlle Ravigny, who vaccinates …. Minister Ravigny told …": an office the document never
            # gives the one it named in full is a namesake's, for the kit to tell by that office
        if full is not None:
            return full, role, True, leftover, g
        if has_title and len(core[0]) > 1:
            lead = [t for t in name[:-1] if t in _SURNAME_PARTICLES]
            return " ".join(lead + [core[0]]) if len(lead) == len(name) - 1 else core[0], role, True, leftover, g
        if len(name) > 1 and lower_token(name[0]) in _SURNAME_PARTICLES:
            return " ".join(name), role, True, leftover, g  # "De la Cruz": a surname, for the kit to complete
    return None


#: The commonest family names of languages that put the family name first (Vietnamese, Chinese, Korean):
#: "Mrs Nguyễn" is Nguyễn Thị Lan, "Mr Park" is Park Ji-won. Only these: a Western first name after a
#: title ("Mr Anders") stays no surname.
FAMILY_FIRST = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "zhu", "hu", "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "deng", "feng", "kim", "lee",
    "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin", "han", "oh", "seo", "kwon",
}


def surname_keys(name: str) -> set[str]:
    """The folded words a surname alone may be for this full name: its last word, and its first when that
    is a family name written first ("Nguyễn Thị Lan")."""
    toks = name.split()
    keys = {fold(toks[-1])} if toks else set()
    if len(toks) >= 2 and fold(toks[0]) in FAMILY_FIRST:
        keys.add(fold(toks[0]))
    return keys


def _title_stem(word: str) -> str:
    return fold(word)[:6]


#: titles of an office, which a person holds rather than bears (not "Dr", "Professor", "Ms")
OFFICES = {"minister", "ministre", "ambassador", "ambassadeur", "ambassadrice", "president", "président",
           "présidente", "mayor", "maire", "mairesse", "governor", "commissioner", "commissaire", "secretary",
           "secrétaire", "chancellor", "senator", "sénateur", "sénatrice", "judge", "juge", "vice-ministre"}


def holds_office(title: str) -> bool:
    """Whether a title before a surname names an office ("Minister", « la ministre »), not a courtesy or degree."""
    return any(lower_token(w) in OFFICES for w in title.split())


def same_title(title: str, role: str) -> bool:
    """Whether a title before a surname ("Professor", "Ambassador") fits what a person is known as: yes
    when nothing is known, when the role holds the title in either language (professor / professeure),
    or when the title is only a courtesy one."""
    stems = {_title_stem(w) for w in title.split() if lower_token(w) in ROLE_TITLES and len(w) > 3}
    if not stems or not role:
        return True
    return bool(stems & {_title_stem(w) for w in role.split()})


def is_surname(name: str) -> bool:
    """A surname alone: one word, or particles and one word ("de la Cruz", "Ó Súilleabháin")."""
    toks = name.split()
    return len(toks) == 1 or (len(toks) > 1 and all(lower_token(t) in _PARTICLES or lower_token(t) in
                                                    _SURNAME_PARTICLES for t in toks[:-1]))


@dataclass
class Person:
    name: str
    role: str
    organisation: str
    pos: int
    gender: str = ""
    surname: bool = False  # a titled surname the document does not complete ("Mrs Osei"): the kit completes it


def distinct_people(names) -> set[str]:
    """The names that stand for different people: "Ben Salah" and "Karim Ben Salah" are one (the longer kept)."""
    names = set(names)
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}



class _LooseNames:
    """Every time the text named "First Last" for one surname, read by position. A page may name one person
    thousands of times; what :meth:`People.resolve` asks (who was named up to a point, which of them first in
    the order the text was read, where each was named last) is answered from each name's sorted positions
    instead of a walk over every mention."""

    def __init__(self) -> None:
        self.first: dict[str, Person] = {}  # each name's first mention as read, in the order names were first met
        self._entries: dict[str, list[tuple[int, int]]] = {}  # name -> (position, order read), as added
        self._sorted: dict[str, tuple[list[int], list[int]]] = {}  # name -> (positions, least order read so far)
        self._count = 0

    def add(self, p: Person) -> None:
        self.first.setdefault(p.name, p)
        self._entries.setdefault(p.name, []).append((p.pos, self._count))
        got = self._sorted.get(p.name)
        if got is not None and got[0][-1] <= p.pos:  # read in order, as a text mostly is: kept sorted as it goes
            got[0].append(p.pos)
            got[1].append(min(got[1][-1], self._count))
        else:
            self._sorted.pop(p.name, None)  # sorted again when next asked
        self._count += 1

    def _read(self, name: str) -> tuple[list[int], list[int]]:
        got = self._sorted.get(name)
        if got is None:
            entries = sorted(self._entries[name])
            least, order = [], None
            for _pos, n in entries:
                order = n if order is None else min(order, n)
                least.append(order)
            got = self._sorted[name] = ([pos for pos, _n in entries], least)
        return got

    def names_upto(self, at: float) -> list[str]:
        """The names mentioned at or before ``at``, in the order they were first met."""
        return [n for n in self.first if self._read(n)[0][0] <= at]

    def first_upto(self, at: float) -> str | None:
        """The name of the first mention read (in the order mentions were added) among those at or before ``at``."""
        best, name = None, None
        for n in self.first:
            positions, least = self._read(n)
            i = bisect_right(positions, at)
            if i and (best is None or least[i - 1] < best):
                best, name = least[i - 1], n
        return name

    def last_upto(self, name: str, at: int) -> int | None:
        """Where ``name`` was last mentioned at or before ``at``."""
        positions = self._read(name)[0]
        i = bisect_right(positions, at)
        return positions[i - 1] if i else None


@dataclass
class People:
    """People named in the document, for surname and pronoun resolution (looked up by surname)."""

    seen: list[Person] = field(default_factory=list)
    mentions: list[tuple[int, Person]] = field(default_factory=list)  # every introduction, in order
    loose: list[Person] = field(default_factory=list)  # any "First Last" seen: only for surnames
    aliases: dict[str, list[str]] = field(default_factory=dict)  # other roles ("the Chair, Ambassador NAME")
    sections: list[int] = field(default_factory=list)  # where the document's headings start
    unrelated: set[str] = field(default_factory=set)  # introduced as a namesake ("NAME — no relation —")
    _by_name: dict[str, Person] = field(default_factory=dict)
    _by_key: dict[str, list[Person]] = field(default_factory=dict)
    _loose_by_key: dict[str, _LooseNames] = field(default_factory=dict)

    def add(self, name: str, role: str, org: str, pos: int, gender: str = "") -> None:
        if len(name.split()) < 2:
            return
        p = self._by_name.get(name)
        if p is not None:
            p.role = p.role or role
            p.organisation = p.organisation or org
            p.gender = p.gender or gender
            p.pos = min(p.pos, pos)
            return
        p = Person(name, role, org, pos, gender)
        self.seen.append(p)
        self._by_name[name] = p
        for key in surname_keys(name) | {fold(name)}:
            self._by_key.setdefault(key, []).append(p)

    def add_loose(self, name: str, pos: int) -> None:
        """Any "First Last" the document names: a surname alone may stand for it."""
        p = Person(name, "", "", pos)
        self.loose.append(p)
        for key in surname_keys(name):
            self._loose_by_key.setdefault(key, _LooseNames()).add(p)

    def get(self, name: str) -> Person | None:
        return self._by_name.get(name)

    def get_loose(self, name: str) -> Person | None:
        loose = self._loose_by_key.get(fold(name.split()[-1]))
        return loose.first.get(name) if loose is not None else None

    def role_of(self, name: str) -> str:
        p = self._by_name.get(name)
        return p.role if p is not None else ""

    def namesakes(self, surname: str) -> list[str]:
        """Every full name the document gives for this surname (two people may share it)."""
        key = fold(surname)
        loose = self._loose_by_key.get(key)
        names = [p.name for p in self._by_key.get(key, [])] + (list(loose.first) if loose is not None else [])
        return list(dict.fromkeys(names))

    def resolve(self, surname: str, at: int, later: bool = True) -> str | None:
        """The full name ``surname`` at ``at`` stands for. One the document names in full only after it counts
        in the same section ("“…,” Aumont said. Lise Aumont chairs the group"); with ``later`` False, not in a
        section further down ("“…,” Varrow said. … ## A lagger's week … Joachim Varrow": another article may be
        about someone else; the kit completes the surname when one person bears it, and names nobody when two
        do)."""
        key = fold(surname)
        seen = self._by_key.get(key)
        loose = self._loose_by_key.get(key)
        if not seen and loose is None:
            return self._first_name(key, at)
        named = {p.name for p in seen or () if p.pos <= at} | set(loose.names_upto(at) if loose is not None else ())
        named = distinct_people(named)  # "García López"
        if len(named) > 1:  # namesakes named in full before: the one just named, or nobody
            return self._just_named(key, named, at)
        if seen:
            return self._resolve_among(seen, named, at, later)
        # only names the text gave in passing: read from their positions (a page may name one person thousands
        # of times), as the walk over ``seen`` above reads its few people
        upto: float = at
        earlier = loose.names_upto(upto)
        if not earlier and not later:
            ahead = [h for h in self.sections if h > at]
            upto = min(ahead) - 1 if ahead else float("inf")  # named before the next section starts
            if not loose.names_upto(upto):
                return None
        if not earlier:
            upto = upto if not later else float("inf")
            earlier = loose.names_upto(upto)
        if len(named) == 1 and next(iter(named)) not in earlier:
            return next(iter(named))  # named in full before; a namesake is introduced only later
        if len(earlier) > 1:
            return None  # two people of that surname named after it: the kit or the text's gender tells which, no guess
        return loose.first_upto(upto)

    def _resolve_among(self, before: list[Person], named: set[str], at: int, later: bool) -> str | None:
        """:meth:`resolve` among the people the text introduced (a few, each once)."""
        earlier = [p for p in before if p.pos <= at]
        if not earlier and not later:
            before = [p for p in before if not any(at < h <= p.pos for h in self.sections)]
            if not before:
                return None
        earlier = earlier or before
        if len(named) == 1 and next(iter(named)) not in {p.name for p in earlier}:
            return next(iter(named))  # named in full before; a namesake is introduced only later
        if len({p.name for p in earlier}) > 1:
            return None  # two people of that surname named after it: the kit or the text's gender tells which, no guess
        return earlier[0].name

    def _first_name(self, key: str, at: int) -> str | None:
        """"Solenne Gaudrieu, 34, coordinator of … ¶ “…,” Solenne says": a profile calls the one person it named in
        full by her first name; when two people named in full share it, or nobody was named before, nobody."""
        names = {p.name for p in self.seen if p.pos <= at and len(p.name.split()) >= 2 and fold(p.name.split()[0]) == key}
        return next(iter(names)) if len(names) == 1 else None

    def _just_named(self, key: str, names: set[str], at: int, near: int = 250) -> str | None:
        """"Fenwick Oyelaran spoke again: “…”, Oyelaran said.": of two namesakes, the one the text names in full
        within ``near`` characters before ``at``, when the other is not named there (both near: two readings)."""
        last: dict[str, int] = {}
        for p in self._by_key.get(key, []):
            if p.name in names and p.pos <= at:
                last[p.name] = max(last.get(p.name, -1), p.pos)
        loose = self._loose_by_key.get(key)
        for name in (loose.first if loose is not None else ()):
            pos = loose.last_upto(name, at) if name in names else None
            if pos is not None:
                last[name] = max(last.get(name, -1), pos)
        close = [n for n, pos in last.items() if at - pos <= near]
        if close and all(n in self.unrelated for n in close):
            return None  # "Aurelio NAME — no relation — visited …. “…,” NAME says": the aside leaves the surname alone
            # to the person the piece is about, not the namesake just met; which one the text does not say: nobody
        return close[0] if len(close) == 1 else None
