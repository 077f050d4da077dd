"""Quotes across a kit: the quotes of each item, and attribution settled over the whole kit.

The builder calls :func:`quotes_of_item` for every document, then :func:`settle_attribution` once all
are read, and only then indexes the quotes; :func:`speakers_from_quotes` makes the people a document
quotes by name its speakers too (browse by speaker finds them).

Settling across the kit:

* a surname alone ("Mbemba-Tshala said") takes the full name the kit gives elsewhere, when exactly one
  person in the kit has that surname;
* a speaker's role is filled in from the documents **in the same language** only (a French quote never
  gets an English role), her organisation from any document, named as the organisation is called in
  the quote's document's language when the kit knows that name (:mod:`.entities`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..model import Item, KitInfo, Quote
from ..textutil import fold
from .attribute import extract_quotes
from .firstnames import FEMALE, MALE, article_gender
from .found import CONFIDENCE
from .people import ORG_WORDS, is_surname, personal_mandate, same_title, surname_keys
from .entities import OF_WORDS, Organisations, org_key
from .vocab import is_meeting, private_trade, untitled
from .treatybodies import (composed_secretariat, executive_secretary_body, full_secretariat, secretariat_of_treaty,
                           secretariats_of_kit, treaties_of_kit, written_secretariat)
from .academic import universities_of_kit, university_of_unit
from .ministries import ministers_by_portfolio, state_of_portfolio
from .states import (DEMONYM as _DEMONYM, REGIONAL as _REGIONAL, body_of_state, state_in_kit,
                     state_of_french_adjective, state_of_its_agency,
                     state_of_its_office, state_of_national_body, states_of_kit)

_STATED = ("named", "pronoun", "headline")
#: Kinds of document an organisation writes in its own voice: a quotation nobody is said to have said in
#: one of its own is the organisation's. Articles, interviews, live blogs and transcripts (``other``) are
#: often another writer's, newsletters are written by many hands, and a statement is its speaker's.
_OWN_VOICE_KINDS = ("press-release", "analysis", "summary", "fact-sheet", "briefing")


def _own_names(item: Item, info: KitInfo | None) -> tuple[list[str], list[str]]:
    """(the item organisation's other names, every organisation name the kit declares)."""
    if info is None:
        return [], []
    known: list[str] = []
    own: list[str] = []
    key = org_key(item.organisation or info.organisation)
    for o in info.organisations:
        names = list(o.names.values()) + o.acronyms
        known += names
        if key and any(org_key(n) == key for n in names):
            own += names
    return own, known


#: The languages of the documents the finder reads (its rules are written and measured for these); a
#: document whose language is not known is read too ("und" or empty). docs/quotes.md, "Language".
QUOTE_LANGUAGES = frozenset({"en", "fr", "und"})


def quotes_of_item(item: Item, pages: list[str], default_organisation: str,
                   kit_info: KitInfo | None = None) -> list[Quote]:
    """The quotes of one item. Quotes the text does not attribute get no speaker; "we" and "the
    coalition" in the document are its organisation. Quotes on pages whose text was recognised from a
    scan are marked (``Quote.ocr``). Never raises (a quote bug must not fail a build)."""
    if item.is_photo or not any(pages) or (item.language and item.language not in QUOTE_LANGUAGES):
        return []
    speaker = item.speakers[0] if len(item.speakers) == 1 else ""
    own, known = _own_names(item, kit_info)
    try:
        quotes = extract_quotes(pages, language=item.language, document_id=item.id, title=item.title,
                                date=item.date, default_speaker=speaker,
                                default_organisation=item.organisation or default_organisation,
                                own_organisations=own, known_organisations=known,
                                own_voice=_own_voice(item))
    except Exception:  # noqa: BLE001
        return []
    for q in quotes:
        q.ocr = item.is_ocr_page(q.page)  # recognised from a scan: citations say so
    return quotes


def _own_voice(item: Item) -> bool:
    """Whether the item speaks as its organisation: a release, an analysis, a summary, a fact sheet, a
    briefing (whoever publishes it: a partner's release hosted in the kit speaks as that partner)."""
    return item.kind in _OWN_VOICE_KINDS


def speakers_from_quotes(item: Item, quotes: Iterable[Quote], limit: int = 6) -> None:
    """People the document quotes by name become its speakers too, most quoted first (up to ``limit``)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker and q.attribution in _STATED and not is_surname(q.speaker):
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for name, _n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if len(item.speakers) >= limit:
            break
        if name not in item.speakers and not any(name in s or s in name for s in item.speakers):
            item.speakers.append(name)


def joint_bodies(org: str) -> bool:
    """Whether ``org`` lists several bodies, as a joint document's author does ("Ministry of X; Ministère de Y")."""
    return ";" in (org or "")


class _People:
    """Everyone the kit names in full: roles and organisations per document language.

    From the quotes' speakers, the people the documents introduce ("NAME, ROLE of ORG"), and the
    speaker of a statement with its organisation (``kit.toml``'s ``speakers`` and ``organisation``).
    """

    def __init__(self, pending: list[tuple[Item, list[Quote]]]):
        self.roles: dict[tuple[str, str], Counter] = {}
        self.orgs: dict[tuple[str, str], Counter] = {}
        self.names: set[str] = set()
        self.loose: set[str] = set()
        self._words: dict[str, tuple[list[str], set[str]]] = {}
        self._index: list[tuple[dict, dict]] | None = None
        for item, quotes in pending:
            self.loose.update(untitled(n) for n in getattr(quotes, "names", []))
            lang = item.language or ""
            for q in quotes:
                if q.speaker and not is_surname(q.speaker) and q.attribution in _STATED:
                    self._add(q.speaker, q.role, q.organisation, lang)
            for name, role, org in getattr(quotes, "people", []):
                self._add(name, role, org, lang)
            if len(item.speakers) == 1 and item.organisation and item.kind == "statement":
                self._add(item.speakers[0], "", item.organisation, lang)

    def _add(self, name: str, role: str, org: str, lang: str) -> None:
        name = untitled(name)  # "Dr Senna Oyelaran" is filed, and completes surnames, as Senna Oyelaran
        if is_surname(name):
            return
        self.names.add(name)
        org = "" if personal_mandate(role) or joint_bodies(org) else org  # a special rapporteur speaks for no
        # organisation; a joint document's authors ("Ministry …; Ministère …") are no one person's body
        if role:
            self.roles.setdefault((name, lang), Counter())[role] += 1
        if org:
            self.orgs.setdefault((name, lang), Counter())[org] += 1

    def full_name(self, surname: str, title: str = "", org: str = "", same_org=None, gender: str = "",
                  stated: bool = False) -> str | None:
        """The one full name of the kit with this surname (people quoted or introduced first, then any
        full name a document holds); None when there is none or more than one. Among several, a title
        before the surname ("Professor Lind") picks the one person known by it, and the organisation the
        quote gives ("Mr. Lind (Ostmark)", "Ms. Lind, speaking for the Network") the one who speaks for
        it (``same_org(a, b)`` says whether two names are one organisation)."""
        key = fold(surname).split()  # "de la Cruz", "Ó Súilleabháin": the full name ends with all of it
        if self._index is None:
            self._index = [self._index_of(self.names), self._index_of(self.loose)]
        # two words the kit itself gives as someone's whole name ("Solène NAME", quoted in full) are completed
        # only by a person the kit states, never by a capitalised run of loose text ("Orvelia Solène NAME": a
        # table's row flattened, a State's cell before a person's)
        pools = self._index[:1] if stated and untitled(surname) in self.names else self._index
        for ends, keys in pools:
            found = set(ends.get(tuple(key), ()))
            if len(key) == 1:
                found |= keys.get(key[0], set())
            if len(found) > 1 and title:
                found = {n for n in found if self._known_as(n, title)} or found
            if len(found) > 1 and title:  # "Skelderup, the lifeguard from Vintersjø": the namesake known as a lifeguard
                found = {n for n in found if self._known_by_word(n, title)} or found
            if len(found) > 1 and gender:  # "Mme Kaboré" is Inès Kaboré, not Moussa Kaboré
                sex, other = (FEMALE, MALE) if gender == "f" else (MALE, FEMALE)
                found = {n for n in found if fold(n.split()[0]) in sex} \
                    or {n for n in found if fold(n.split()[0]) not in other} or found  # (a first name the lists lack)
            if len(found) > 1 and org and same_org is not None:
                found = {n for n in found if any(same_org(org, o) for (m, _l), c in self.orgs.items()
                                                 if m == n for o in c)} or found
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None

    def by_first_name(self, word: str) -> str | None:
        """The one person the kit names in full whose first name is ``word`` ("Leda, one of our best rangers"
        for the kit's one Leda Fennimore); None when nobody or several are, or someone bears it as a surname."""
        key = fold(word)
        if self.shared(word) or self.full_name(word):
            return None
        found = {n for n in self.names if len(n.split()) >= 2 and fold(n.split()[0]) == key}
        return next(iter(found)) if len(found) == 1 else None

    def shared(self, surname: str) -> bool:
        """Whether two or more people the kit names in full bear this surname."""
        if self._index is None:
            self._index = [self._index_of(self.names), self._index_of(self.loose)]
        key = fold(surname).split()
        ends, keys = self._index[0]
        found = set(ends.get(tuple(key), ())) | (keys.get(key[0], set()) if len(key) == 1 else set())
        return len(found) > 1

    def _index_of(self, pool: set[str]) -> tuple[dict[tuple, set[str]], dict[str, set[str]]]:
        """The names of ``pool`` by the words they end with (each ending shorter than the name) and, for
        names of two words or more, by their surname keys: what :meth:`full_name` looks a surname up
        in. Made once per kit: scanning every name for each surname alone grew with the square of
        the kit (a kit names thousands of people)."""
        ends: dict[tuple, set[str]] = {}
        keys: dict[str, set[str]] = {}
        for name in pool:
            words, surnames = self._of(name)
            for k in range(1, len(words)):
                ends.setdefault(tuple(words[-k:]), set()).add(name)
            if len(words) > 1:
                for s in surnames:
                    keys.setdefault(s, set()).add(name)
        return ends, keys

    def _of(self, name: str) -> tuple[list[str], set[str]]:
        """A full name's folded words and its surname keys, worked out once per kit (a kit names
        thousands of people, and each surname alone is looked for among all of them)."""
        got = self._words.get(name)
        if got is None:
            got = self._words[name] = (fold(name).split(), surname_keys(name))
        return got

    def _known_as(self, name: str, title: str) -> bool:
        roles = " ".join(r for (n, _lang), c in self.roles.items() if n == name for r in c)
        return bool(roles) and same_title(title, roles)

    def _known_by_word(self, name: str, role: str) -> bool:
        """Whether a lower-case word of ``role`` (a trade: "lifeguard", « maître-nageur ») is in a role the kit gives
        ``name``."""
        words = {fold(w) for w in re.findall(r"[\w\-]+", role) if len(w) > 4 and w.islower()}
        return bool(words) and bool(words & {fold(w) for r in self.all_roles(name) for w in re.findall(r"[\w\-]+", r)})

    def all_roles(self, name: str) -> list[str]:
        """Every role the kit gives ``name``, in any language, most given first."""
        votes = Counter()
        for (n, _lang), c in self.roles.items():
            if n == name:
                votes.update(c)
        return [r for r, _k in votes.most_common()]

    def role(self, name: str, language: str) -> str:
        votes = self.roles.get((name, language))
        return votes.most_common(1)[0][0] if votes else ""

    def fuller_org(self, name: str, short: str) -> str:
        """The longer name, in any language, that the kit gives the body of ``name`` known here by one word of it."""
        votes = Counter()
        for (n, _lang), c in self.orgs.items():
            if n == name:
                votes.update({o: k for o, k in c.items() if _short_form(short, o)})
        return votes.most_common(1)[0][0] if votes else ""

    def organisation(self, name: str, language: str, but_events: bool = False) -> str:
        """Her organisation as the documents in ``language`` name it, else as any other does; with ``but_events``,
        never a meeting named by its kind ("the Conference" she presides over is no body)."""
        votes = self.orgs.get((name, language))
        if but_events:
            votes = Counter({o: k for o, k in (votes or {}).items() if not is_meeting(o)})
        if not votes:
            votes = Counter()
            for (n, _lang), c in self.orgs.items():
                if n == name:
                    votes.update({o: k for o, k in c.items() if not (but_events and is_meeting(o))})
        return votes.most_common(1)[0][0] if votes else ""


def _a_body_s_name(name: str, orgs: Organisations) -> bool:
    """Whether ``name`` is, word for word, a name the kit gives one of its organisations (not only a short form of
    one: "Marie Curie" is no name of the "Fondation Marie Curie")."""
    ent = orgs.entity(name)
    return ent is not None and any(org_key(n) == org_key(name) for n in ent.all_names())


def _short_form(short: str, full: str) -> bool:
    """"Convention" for "Corvane Convention Secretariat": the head word of a longer name the kit gives the speaker
    ("Estrevia" is no short form of "Kingdom of Estrevia"), or its last words ("Fishers' Union")."""
    words, whole = fold(short.replace("\u2019", "'")).split(), fold(full.replace("\u2019", "'")).split()
    if len(words) > 1:  # "the Fishers' Union" for the "Ostrel Coast Fishers' Union": the longer name's tail
        if words[-1] in ORG_WORDS and len(whole) > len(words) + 1 and whole[:len(words)] == words \
                and whole[len(words)] in OF_WORDS:
            return True  # "the Fishers' Union" for the "Fishers' Union of the Tidal Coast": its name before "of"
        return words[-1] in ORG_WORDS and len(whole) > len(words) and whole[-len(words):] == words
    if len(words) == 1 and len(whole) == 2 and whole[0] == words[0] and whole[1] not in ORG_WORDS | OF_WORDS:
        return True  # "Granvelle" for "Granvelle Carrières": a company by the first word of its two-word name
    return len(words) == 1 and words[0] in ORG_WORDS and len(whole) > 1 and words[0] in whole


#: a full name with a State glued on by its particle: « Ingrid Tavelmo d'Okanor », "Ingrid Tavelmo of Okanor"
_STATE_GLUED = re.compile(r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?:d['\u2019]\s*|de\s+|of\s+)(?P<state>[A-ZÀ-Þ][\w\-]+)$")


def _first_name_said(evidence: str, word: str) -> bool:
    """Whether the quotation's evidence gives ``word`` as a person's first name: followed by her role between
    commas ("Leda, one of our rangers,", « Leda, l'une de nos gardes, »), by a possessive (« Tobiah, notre
    responsable des politiques, », "Imke, our nurse,") or by a relative clause ("Imke, who runs our van,",
    « Imke, qui tient le camion, »); a known first name alone ("Mr Erik") is not enough."""
    return bool(re.search(rf"(?<![\w\-]){re.escape(word)}\s*,\s+(?:one\s+of|an?|the|l['\u2019]une?\s+de|une?|la|le"
                          rf"|our|my|their|his|her|notre|nos|mon|ma|mes|leur|son|sa|who|qui)\s", evidence or ""))


def _first_name_introduced(q: Quote) -> bool:
    """Whether ``q``'s one-word speaker is a first name no list holds that its sentence names with no title and its
    document introduces as a person's (:mod:`.firstintro`: the finder gives it more than a bare word's confidence):
    « …, dit Fenna » after « Fenna, l'infirmière qui dirige la clinique », for the kit's one Fenna."""
    return (q.attribution == "named" and q.confidence == CONFIDENCE["surname-unresolved"]
            and fold(q.speaker) not in FEMALE | MALE and not _titled_gender(q.evidence, q.speaker))


def _first_name_alone(evidence: str, word: str) -> bool:
    """Whether the quotation's evidence gives ``word``, a clearly gendered first name, alone and with no title
    before it (« Kwabena, qui … », "Renzo told me"; "Mr Erik" is a title's surname, and no evidence says nothing).
    The kit's one full name of that first name completes it; with none, the first name stays, as the text gives
    it (the sample kit's "Esther", a survivor the text names by her first name only)."""
    return fold(word) in FEMALE | MALE and bool(evidence) and word in evidence and not _titled_gender(evidence, word)


def _titled_gender(evidence: str, surname: str) -> str:
    """"f" for "Mme Kaboré", « la professeure Lind », « la ministre Lind », "Ms Lind"; "m" for "M. Kaboré", "Mr Lind",
    « le ministre Lind »; else ""."""
    m = re.search(rf"(?<![\w\-])(?P<t>Mme|Madame|Mlle|Ms|Mrs|Miss|M\.|Mr\.?|Monsieur)\s+{re.escape(surname)}(?![\w\-])",
                  evidence or "")
    if m is None:
        # « la ministre Kaboré », « le président Kaboré »: a French role noun whose article gives the gender (an
        # elided « l’ » gives none, nor does an English "the minister")
        return article_gender(evidence, surname)
    return "m" if m.group("t") in ("M.", "Mr", "Mr.", "Monsieur") else "f"


#: someone unnamed described by a State's adjective: "One Orlandian official", "an Orlandian delegate", "a
#: Pellorian customs officer", "a Kerlandian colleague", « un conseiller de la délégation tavrénienne », « un
#: diplomate sénévalais », « une négociatrice commerciale kerlandaise » (up to two words between)
_STATE_PEOPLE_EN = (r"official|delegate|diplomat|negotiator|source|envoy|adviser|advisor|aide|officer|representative|"
                    r"member|delegation|government|ministry|mission|minister|ambassador|spokesperson|spokesman|"
                    r"spokeswoman|colleague|counterpart|inspector|customs\s+officer|civil\s+servant")
_STATE_PEOPLE_FR = (r"délégation|gouvernement|ministère|diplomate|délégué|déléguée|conseiller|conseillère|négociateur|"
                    r"négociatrice|source|responsable|ministre|vice-ministre|ambassadeur|ambassadrice|représentante?|"
                    r"porte-parole|collègue|homologue|douanier|douanière|inspecteur|inspectrice|fonctionnaire|agent|"
                    r"agente")
_UNNAMED_OF_STATE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?P<en>[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?:[a-z\-]+\s+){{0,2}}?(?:{_STATE_PEOPLE_EN})\b|"
    rf"\b(?:{_STATE_PEOPLE_FR})\s+(?P<fr>[a-zà-ÿ]{{4,}})(?:\s+(?P<fr2>[a-zà-ÿ]{{4,}}))?\b")


_POSSESSIVE = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w\-]+)['\u2019\u02bc]s?$")


def _state_by_one_word(org: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State of the kit an organisation of one word stands for: a possessive of its name ("Velmaro's", read
    off "Velmaro's deputy minister") or its adjective ("Sarquennais", off "a member of the Sarquennais
    delegation"), named as the kit names the State; "" for any other word, a name of the kit itself, or an
    adjective that fits two States."""
    org = org.strip()
    if " " in org:
        return ""
    if (m := _POSSESSIVE.match(org)) is not None:
        return m.group("name") if m.group("name") in states else ""
    if not _DEMONYM.fullmatch(org) or _REGIONAL.match(org) or fold(org) in ORG_WORDS:
        return ""
    return state_in_kit(org, {n: ls for n, ls in states.items() if n != org}, language)


def _state_of_unnamed(evidence: str, states: dict[str, set[str]], language: str | None) -> str:
    """The State an unnamed person or delegation of the evidence speaks for, by its adjective, when the kit
    names that State in some document (the article that quotes her may name only the adjective); "" otherwise."""
    for m in _UNNAMED_OF_STATE.finditer(evidence):
        for adj in filter(None, (m.group("en"), m.group("fr"), m.group("fr2"))):
            if not _REGIONAL.match(adj) and (state := state_in_kit(adj, states, language)):
                return state
    for m in _UNNAMED_OF_STATE.finditer(evidence):  # « la délégation ostvalde »: an ending of its own
        for adj in filter(None, (m.group("fr"), m.group("fr2"))):
            if state := state_of_french_adjective(adj, states, language):
                return state
    return ""


def _owner_s_body(owner: str, people: _People, orgs: Organisations, language: str) -> str:
    """The body the kit settles for ``owner``, the named person whose delegation, ministry or adviser an unnamed sayer
    is ("A member of her delegation" after "NAME said"): her one body across the kit; "" when the kit gives her
    none, or two that are not one body, or when her name is a surname the kit does not complete to one person."""
    name = untitled(owner)
    if is_surname(name):
        name = people.full_name(name) or ""
    bodies = {o for (n, _lang), c in people.orgs.items() if n == name for o in c if not is_meeting(o)}
    if not name or not bodies:
        return ""
    first = next(iter(bodies))
    if any(org_key(o) != org_key(first) and not orgs.same(o, first) for o in bodies):
        return ""  # two bodies: whose side the words are of is not settled
    return people.organisation(name, language, but_events=True)


def _written_names(kit_info: KitInfo | None, ordered: list[tuple[Item, list[Quote]]]) -> set[str]:
    """The organisation names, folded, that the kit writes: those ``kit.toml`` declares and those a quotation was
    given in the very words of the sentence that attributes it (not a name the finder made up from a role)."""
    names = {fold(n).strip() for o in (kit_info.organisations if kit_info else ()) for n in o.names.values()}
    for _item, quotes in ordered:
        for q in quotes:
            if q.organisation and fold(q.organisation) in fold(q.evidence or ""):
                names.add(fold(q.organisation).strip())
    return names


def settle_attribution(pending: Iterable[tuple[Item, list[Quote]]],
                       kit_info: KitInfo | None = None) -> list[tuple[Item, list[Quote]]]:
    """Settle speakers, roles and organisations across the kit; returns the items in path order."""
    ordered = sorted(pending, key=lambda p: p[0].path)
    people = _People(ordered)
    orgs = Organisations.of_kit(kit_info or KitInfo(), [i for i, _ in ordered],
                                [(i, q) for i, qs in ordered for q in qs])
    for _item, quotes in ordered:
        for q in quotes:
            double = q.speaker and len(q.speaker.split()) == 2 and fold(q.speaker.split()[0]) not in FEMALE | MALE
            if double and q.attribution in _STATED and (full := people.full_name(q.speaker, stated=True)):
                q.speaker = full  # "Mme Ríos Aldana": a double surname, "Ximena Ríos Aldana" in another document
            elif q.speaker and is_surname(q.speaker) and q.attribution in _STATED:
                full = people.full_name(q.speaker, q.role, q.organisation, lambda a, b: org_key(a) == org_key(b)
                                        or orgs.same(a, b), _titled_gender(q.evidence, q.speaker))
                if full and " " not in q.speaker.strip() and _a_body_s_name(full, orgs):
                    # "In a written answer, Corriban added that …" where the kit's one "Corriban" in full is the
                    # company "Aquafermes Corriban", a body's name some sentence read as a person's: the body speaks
                    q.speaker, q.role, q.attribution = "", "", "organisation"
                    q.organisation = q.organisation or full
                    q.confidence = CONFIDENCE["organisation"]
                elif full:
                    q.speaker = full
                    q.confidence = max(q.confidence, CONFIDENCE["surname"] - 0.05)
                elif " " not in q.speaker.strip() and (_first_name_said(q.evidence, q.speaker)
                                                       or _first_name_alone(q.evidence, q.speaker)
                                                       or _first_name_introduced(q)) \
                        and (first := people.by_first_name(q.speaker)):
                    # "Leda, one of our best rangers, says “…”", « Kwabena, qui a monté la bibliothèque avec moi,
                    # leur répond : « … » »: the kit's one Leda, its one Kwabena
                    q.speaker = first
                    q.confidence = max(q.confidence, CONFIDENCE["surname"] - 0.1)
                elif q.attribution != "named" and people.shared(q.speaker):
                    # « Kalvanen a eu raison … Il m'a dit : « … » » where the kit names two Kalvanens and nothing
                    # here tells them apart: nobody, rather than a surname that is either of two people
                    q.speaker, q.role, q.confidence = "", "", min(q.confidence, CONFIDENCE["document"])
                elif (q.attribution in ("pronoun", "headline") or q.confidence <= CONFIDENCE["bare-word"]) \
                        and not q.role and q.confidence < 0.7 and fold(q.speaker) not in FEMALE | MALE:
                    # "Il m’a dit : « … »" after a capitalised word nobody in the kit bears as a surname and
                    # that is no first name ("Esther, a teacher"), "Update: “…”", "Kessel: “…”" (a place's
                    # dateline): no one named, rather than a heading's word
                    q.speaker, q.role, q.confidence = "", "", min(q.confidence, CONFIDENCE["document"])
    people = _People(ordered)
    orgs = Organisations.of_kit(kit_info or KitInfo(), [i for i, _ in ordered],
                                [(i, q) for i, qs in ordered for q in qs])
    named: dict[str, set[str]] = {n: set() for e in orgs.entities for n in e.all_names()}
    for item, quotes in ordered:
        for q in quotes:
            named.setdefault(q.organisation, set()).add(item.language or "")
    introduced: dict[str, set[str]] = {}
    for (_name, lang), counts in people.orgs.items():
        for org in counts:
            introduced.setdefault(org, set()).add(lang)
    # a State the kit names only for a person it introduces and never quotes ("the host country's Minister of
    # Health, NAME of Vasselande"): still the State its adjective stands for ("the Vasselandese health ministry")
    states = states_of_kit({**{o: ls for o, ls in introduced.items() if o not in named}, **named})
    secretariats = secretariats_of_kit(orgs, named)
    universities = universities_of_kit(orgs, [i.organisation for i, _qs in ordered])
    ministers = ministers_by_portfolio([(r, people.organisation(n, lang)) for (n, lang), c in people.roles.items()
                                        for r in c] + [(q.role, q.organisation) for _i, qs in ordered for q in qs
                                                       if q.speaker and q.role], states)
    written = _written_names(kit_info, ordered)
    treaties = treaties_of_kit([kit_info.event, kit_info.title] if kit_info else []) if not secretariats else {}
    owners = {id(q): name for _item, quotes in ordered for q, name in getattr(quotes, "owned", [])}
    for item, quotes in ordered:
        for q in quotes:
            if q.speaker and q.attribution in _STATED and (glued := _STATE_GLUED.match(q.speaker)) is not None \
                    and glued.group("name") in people.names and glued.group("state") in states:
                # « L'ambassadrice Ingrid Tavelmo d'Okanor »: the kit's Ingrid Tavelmo, of the State Okanor
                q.speaker = glued.group("name")
                q.organisation = q.organisation or glued.group("state")
            if q.speaker and q.attribution in _STATED:
                if joint_bodies(q.organisation):
                    q.organisation = ""  # the two authors of a joint communiqué: whom she speaks for is her own body
                q.role = q.role or people.role(q.speaker, item.language or "")
                # "The President of the Conference, Ambassador NAME": the meeting she chairs is no body; the State
                # another document gives her ("Ambassador NAME of Kordavia") is whom she speaks for
                body = people.organisation(q.speaker, item.language or "", but_events=True)
                known = body or people.organisation(q.speaker, item.language or "")
                known = "" if is_meeting(known) else known
                if not known and not q.organisation:  # « chef des sapeurs-pompiers castramarais » in another document
                    known = next(filter(None, (state_in_kit(r, states, item.language) for r in
                                               people.all_roles(q.speaker) if not private_trade(r))), "")
                if is_meeting(q.organisation):  # « le président de la Réunion » with no State: nobody's body
                    q.organisation = body
                if not q.organisation:
                    q.organisation = known or (state_in_kit(q.role, states, item.language)
                                               if q.role and not private_trade(q.role) else "") \
                        or executive_secretary_body(q.role, secretariats, orgs, item.language) \
                        or _government_s_minister(q.role, item, states)
                else:  # "la secrétaire exécutive de la Convention": the longer name the kit gives her body
                    q.organisation = people.fuller_org(q.speaker, q.organisation) or q.organisation
            elif q.attribution == "document" and q.speaker and not q.organisation:
                own = item.organisation if item.kind == "statement" and q.speaker in item.speakers else ""
                q.organisation = own or people.organisation(q.speaker, item.language or "")  # her own, as the kit says
            elif q.attribution in ("unnamed", "organisation") and not q.organisation and q.evidence:
                q.organisation = _state_of_unnamed(q.evidence, states, item.language) \
                    or (_owner_s_body(owners[id(q)], people, orgs, item.language or "") if id(q) in owners else "")
            if q.organisation and " " not in q.organisation and q.organisation[:1].isupper() \
                    and fold(q.organisation) in ORG_WORDS:  # "the Trust" in a chat: the kit's one Trust
                heads = {e.label(item.language) for e in orgs.entities if any(_short_form(q.organisation, n) for n in e.all_names())}
                q.organisation = heads.pop() if len(heads) == 1 else q.organisation
            if q.organisation and item.organisation and _UNIT_OF.match(q.organisation):
                q.organisation = item.organisation  # "NAME, for the Oddvik live-in section" in the federation's record
            if q.organisation and (state := _state_by_one_word(q.organisation, states, item.language)):
                q.organisation = state  # « sarquennais », "Velmaro's": the State the kit names, not its adjective
            elif body_of_state(q.organisation) and (state := state_in_kit(q.organisation, states, item.language)):
                q.organisation = state  # "the Tessarian delegation" in a document that names Tessaria only in quotes
            elif state := state_of_national_body(q.organisation, states, item.language):
                q.organisation = state  # « l’Observatoire national du bruit de Kestrovie »: a State's own body
            elif state := state_of_its_office(q.organisation, states):
                q.organisation = state  # "the Halmyre veterinary service": a State's own office, by its name
            elif state := state_of_its_agency(q.organisation, states, item.language):
                q.organisation = state  # "Brovanian Crop Protection Agency": a State's own agency, by its adjective
            elif state := state_of_portfolio(q.organisation, ministers):
                q.organisation = state  # « Ministère du Logement »: the State whose housing minister the kit names
            elif uni := university_of_unit(q.organisation, universities, item.organisation or ""):
                q.organisation = uni  # "Department of Information Science" in the university's release: the university
            if q.organisation and (full := full_secretariat(q.organisation, secretariats, orgs, item.language)):
                q.organisation = full  # "Protocol Secretariat": the kit's one "Esterlune Protocol Secretariat"
            elif q.organisation and (kept := written_secretariat(q.organisation, secretariats, written, item.language)):
                q.organisation = kept  # "Corlaine Agreement Secretariat", a name made: the kit's "Corlaine Secretariat"
            elif q.organisation:
                q.organisation = orgs.in_language(q.organisation, item.language)
            if q.organisation and (its := secretariat_of_treaty(q.organisation, secretariats, orgs, item.language)):
                q.organisation = its  # "the Vellacourt Convention" as a note's source: its secretariat wrote it
            if q.organisation and (made := composed_secretariat(q.organisation, treaties, item.language)):
                q.organisation = made  # "Convention Secretariat" still, where the kit names one convention
    return ordered


#: a body's local unit named by its place and a common noun ("the Oddvik live-in section", "Tamberlund branch",
#: « la section d'Oddvik »): in that body's own document, the body
_UNIT_OF = re.compile(r"^(?:[A-ZÀ-Þ][\w\-]*(?:\s+[a-zà-ÿ\-]+){0,3}\s+(?:section|branch|chapter)|"
                      r"(?:section|antenne)\s+(?:de|d['\u2019])\s*[A-ZÀ-Þ][\w\-]*)$")





#: a minister's office, in either language ("Minister of Environment", « ministre déléguée aux Sols »)
_MINISTER = re.compile(r"(?i)(?<![\w\-])(?:minister|ministre)(?![\w\-])")


def _government_s_minister(role: str, item: Item, states: dict[str, set[str]]) -> str:
    """The State whose government published ``item`` (its ``organisation`` in ``kit.toml`` is a State the kit
    names), for a minister it quotes and no document ties to another body: a government's release, advisory or
    communiqué quotes its own ministers; "" otherwise."""
    org = item.organisation or ""
    return org if org and org in states and _MINISTER.search(role or "") else ""
