"""Organisations and people as entities: one organisation with its names in each language.

A kit names the same organisation in several ways: "Civilian Shield Coalition" in English, "Coalition
Bouclier civil" in French, "CSC", "the Lantern Coalition" for "Lantern Coalition for Arms Control".
:class:`Organisations` groups these names into one entity each, from, in order:

1. ``kit.toml``'s ``[[organisations]]`` (``names = { en = "…", fr = "…" }``, ``acronyms``);
2. translations: the organisations of documents that translate each other (one translation group,
   two languages) are the same organisation in those languages;
3. people: a person quoted as speaking for organisation A in English documents and B in French ones
   links A and B;
4. short forms and acronyms: "Lantern Coalition" is a leading part of "Lantern Coalition for Arms
   Control", "ICA" the initials of "International Clearance Agency".

Across languages, where nothing above ties two names (:func:`_across_languages`), a State's French form as
French forms it (Tarvellia, Tarvellie) and a body's two names with their head noun translated and a word of their
own in common are one, each only where one partner fits; a translation the kit does not write is never guessed.
The viewer shows each entity once, under its name in the interface language (:meth:`Organisations.label`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..model import Item, KitInfo, Quote
from ..textutil import fold
from .vocab import ORG_WORDS, is_meeting

_ARTICLES = {"the", "la", "le", "les", "l"}
_SMALL = {"of", "for", "the", "and", "de", "la", "le", "des", "du", "pour", "et", "on", "sur", "d", "l"}


#: the head of an English body's name that may stand first ("the Secretariat of the Maraval Convention") or last
#: ("the Maraval Convention Secretariat"): one body in either order
_HEADS = {"secretariat", "bureau", "office", "commission", "committee", "council", "ministry", "department",
          "agency", "directorate", "inspectorate", "registry", "institute", "federation", "guild", "network",
          "foundation", "fund", "union", "association", "coalition", "alliance", "authority", "board"}


def org_key(name: str) -> str:
    """The folded form two spellings of one name share: no accents, no leading article, no punctuation, any
    apostrophe a space (’, ʼ and ' alike)."""
    words = re.findall(r"[^\W\u02bb\u02bc]+", fold(name or ""))
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def head_last(words: list[str]) -> list[str]:
    """``words`` ("secretariat of the maraval convention") with a head noun that opens them put last, after
    what it is "of" ("maraval convention secretariat"), when the rest holds no other "of" and is a name of two
    words at least; anything else as it is ("Republic of X", "Ministry of Foreign Affairs and Trade" too)."""
    if len(words) >= 4 and words[0] in _HEADS and words[1] == "of":
        rest = words[3:] if words[2] == "the" else words[2:]
        if len(rest) >= 2 and not {"of", "and", "for", "on"} & set(rest):
            return [*rest, words[0]]
    return words


#: the word a body's name carries for the treaty it serves, which a later mention drops ("the Ombreval Secretariat"
#: for "the Secretariat of the Ombreval Agreement", as one says "the Basel Secretariat")
_INSTRUMENTS = {"agreement", "convention", "protocol", "treaty", "accord", "covenant", "framework"}


def _short_of(key: str, known: str) -> bool:
    """Whether ``key`` is a shorter mention of ``known`` that keeps its first words and its head noun and drops
    the words between ("ombreval secretariat" of "ombreval agreement secretariat", also written "secretariat of
    the ombreval agreement"; "harrowmere institute" of "harrowmere peat carbon institute"), as press copy names a
    body after its first mention. The words dropped are at most three, none of them "of", "for", "and"; from a
    name written head first, only a treaty's word ("Harbour Office" is not the "Office of the Harbour Ombudsman")."""
    words, written = key.split(), known.split()
    kw = head_last(written)
    if len(words) < 2 or words[-1] not in _HEADS or not len(words) < len(kw) <= len(words) + 3:
        return False
    dropped = set(kw[len(words) - 1:-1])
    if kw != written and not dropped <= _INSTRUMENTS:
        return False
    return kw[-1] == words[-1] and kw[:len(words) - 1] == words[:-1] and not {"of", "for", "and", "on", "the"} & dropped


#: the small words a body's name is written with that belong to one language only ("de" and "la" are French and
#: Spanish both, so they say nothing)
_NAME_WORDS = {
    "en": frozenset({"of", "the", "for", "and", "on"}),
    "fr": frozenset({"des", "du", "pour", "et", "d", "l", "le", "les", "sur", "aux"}),
    "es": frozenset({"del", "y", "para", "los", "las", "el"}),
}


def name_language(name: str) -> str | None:
    """The language a body's name is written in, by its small words ("Fishers' Union of the Leeward Coast": en;
    « Syndicat des pêcheurs de la Côte-sous-le-Vent »: fr) or, with none, by a head noun written last, as English
    writes it ("Shoreweed Coalition": en); None where they say nothing or disagree ("Coalition Shoreweed", one
    word)."""
    seq = re.findall(r"[^\W\d_]+", fold(name or "").replace("\u2019", " ").replace("'", " "))
    words = set(seq)
    found = [lang for lang, small in _NAME_WORDS.items() if words & small]
    if not found and len(seq) >= 2 and seq[-1] in _HEAD_FR and seq[0] not in _HEAD_FR and seq[0] not in _FR_HEADS:
        return "en"  # no small word, the head noun last: English order ("Seedkeepers’ Union"; « Union X » is French)
    return found[0] if len(found) == 1 else None


def _language_of(name: str, language: str | None) -> str | None:
    """The language to file ``name`` under, met in a document in ``language``: that of its own small words when
    they say another (a French release whose kit.toml gives the body its English name), else the document's."""
    own = name_language(name)
    return own if own and language and own != language else language


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _SMALL)


@dataclass
class OrgEntity:
    """One organisation: its name per language (first seen wins) and every other name it goes by."""

    names: dict[str, str] = field(default_factory=dict)
    others: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)

    def all_names(self) -> list[str]:
        seen, out = set(), []
        for n in [*self.names.values(), *self.others, *self.acronyms]:
            if n and org_key(n) not in seen:
                seen.add(org_key(n))
                out.append(n)
        return out

    def label(self, language: str | None = None) -> str:
        if language and language in self.names:
            return self.names[language]
        if self.names:
            return next(iter(self.names.values()))
        return (self.others or self.acronyms or [""])[0]


class Organisations:
    """The organisations of a kit, each once, with its names in each language."""

    def __init__(self) -> None:
        self.entities: list[OrgEntity] = []
        self._by_key: dict[str, OrgEntity] = {}

    # -- building ------------------------------------------------------------------------------
    def add(self, name: str, language: str | None = None) -> OrgEntity | None:
        """The entity of ``name`` (a new one if it is unknown), remembering its language."""
        key = org_key(name)
        if not key:
            return None
        ent = self._find(key)
        if ent is None:
            ent = OrgEntity()
            self.entities.append(ent)
            self._by_key[key] = ent
        if language and language not in ent.names and name not in ent.names.values() \
                and not _leading_part(key, ent.all_names()):
            ent.names[language] = name.strip()
        elif language and language in ent.names and _leading_part(org_key(ent.names[language]), [name]):
            ent.others.append(ent.names[language])  # the short form met first: the full name is the name
            ent.names[language] = name.strip()
        elif language and language in ent.names and " " in key and org_key(ent.names[language]) == _initials(key):
            ent.acronyms.append(ent.names[language])  # its acronym met first ("ACDS"): the name is the name
            ent.names[language] = name.strip()
        elif name.strip() not in ent.names.values() and name.strip() not in ent.others:
            ent.others.append(name.strip())
        return ent

    def link(self, a: str, lang_a: str | None, b: str, lang_b: str | None) -> None:
        """``a`` (in ``lang_a``) and ``b`` (in ``lang_b``) name one organisation."""
        ea, eb = self.add(a, lang_a), self.add(b, lang_b)
        if ea is None or eb is None or ea is eb:
            return
        both = set(ea.names) & set(eb.names)
        if both and all(ea.names[k] != eb.names[k] and not _one_place(ea.names[k], eb.names[k]) for k in both):
            return  # two names in one language: two organisations, not one ("Tarvellia" and "Republic of
            # Tarvellia" are one State)
        for lang, n in eb.names.items():
            if ea.names.setdefault(lang, n) != n and n not in ea.others:
                ea.others.append(n)
        ea.others += [n for n in eb.others if n not in ea.others]
        ea.acronyms += [n for n in eb.acronyms if n not in ea.acronyms]
        self.entities.remove(eb)
        for k, v in list(self._by_key.items()):
            if v is eb:
                self._by_key[k] = ea

    def _find(self, key: str) -> OrgEntity | None:
        if key in self._by_key:
            return self._by_key[key]
        turned = " ".join(head_last(key.split()))  # "secretariat of the x convention" is "x convention secretariat"
        for k, ent in self._by_key.items():
            if turned == " ".join(head_last(k.split())):
                return ent
        for k, ent in self._by_key.items():
            if " " not in key and (key == _initials(k) and len(key) >= 2):
                return ent  # an acronym
            words, kw = key.split(), k.split()
            if len(words) >= 2 and len(words) < len(kw) and kw[: len(words)] == words:
                return ent  # a leading part: "Lantern Coalition" of "Lantern Coalition for Arms Control"
            if len(kw) >= 2 and len(kw) < len(words) and words[: len(kw)] == kw:
                self._by_key[key] = ent
                return ent
        if " " in key and len(initials := _initials(key)) >= 3 and initials in self._by_key:
            return self._by_key[initials]  # its acronym, met first ("ACDS", then "Alliance of Coastal Developing States")
        shortened = {id(ent): ent for k, ent in self._by_key.items() if _short_of(turned, k) or _short_of(k, turned)}
        if len(shortened) == 1:  # one such body only: "the Ombreval Secretariat" beside two treaties' is neither
            return next(iter(shortened.values()))
        return None

    # -- reading -------------------------------------------------------------------------------
    def entity(self, name: str) -> OrgEntity | None:
        key = org_key(name)
        return self._find(key) if key else None

    def label(self, name: str, language: str | None = None) -> str:
        """The name to show for ``name``: its entity's name in ``language`` (else the first known)."""
        ent = self.entity(name)
        return ent.label(language) if ent is not None else name

    def in_language(self, name: str, language: str | None) -> str:
        """``name`` as the organisation is called in ``language`` when known, else ``name``."""
        ent = self.entity(name)
        if ent is None or not language or language not in ent.names:
            return name
        return ent.names[language]

    def same(self, a: str, b: str) -> bool:
        ea, eb = self.entity(a), self.entity(b)
        return ea is not None and ea is eb

    @classmethod
    def of_kit(cls, info: KitInfo, items: Iterable[Item] = (),
               quotes: Iterable[tuple[Item, Quote]] = ()) -> "Organisations":
        """The organisations of a kit: ``kit.toml``'s, then inferred from translations and people."""
        orgs = cls()
        for o in info.organisations:
            langs = list(o.names.items())
            for lang, name in langs:
                orgs.add(name, lang)
            for (la, a), (lb, b) in zip(langs, langs[1:]):
                orgs.link(a, la, b, lb)
            ent = orgs.entity(langs[0][1]) if langs else None
            if ent is not None:
                ent.acronyms += [a for a in o.acronyms if a not in ent.acronyms]
                for a in o.acronyms:
                    orgs._by_key[org_key(a)] = ent
        if info.organisation:
            orgs.add(info.organisation, (info.languages or [None])[0])
        items = list(items)
        _from_translations(orgs, items)
        quotes = list(quotes)
        _from_people(orgs, quotes)
        _from_own_words(orgs, quotes)
        _across_languages(orgs, items, quotes)
        return orgs


#: the word after which a body's name says what or where it is of ("Union of the …", « Syndicat des … »): the name
#: before it is the short form a release uses after the first mention ("Fishers' Union Pension Fund" is another body)
OF_WORDS = frozenset({"of", "for", "de", "des", "du", "d"})


def _leading_part(key: str, names: list[str]) -> bool:
    """Whether ``key`` is the first words of a longer name already known ("Fishers' Union" of "Fishers' Union of
    the Tidal Coast", as a release shortens it after its first mention): a short form, never the body's name in a
    language, which would then replace the full name the kit gives everywhere in that language."""
    words = key.split()
    return len(words) >= 2 and any(len(w := org_key(n).split()) > len(words) + 1 and w[:len(words)] == words
                                   and w[len(words)] in OF_WORDS for n in names)


def _from_translations(orgs: Organisations, items: list[Item]) -> None:
    groups: dict[str, list[Item]] = {}
    for it in items:
        if it.organisation:
            orgs.add(it.organisation, _language_of(it.organisation, it.language))
            if it.group:
                groups.setdefault(it.group, []).append(it)
    for members in groups.values():
        by_lang = {_language_of(m.organisation, m.language): m.organisation for m in members if m.language}
        langs = sorted(by_lang)
        for la, lb in zip(langs, langs[1:]):
            if org_key(by_lang[la]) != org_key(by_lang[lb]):
                orgs.link(by_lang[la], la, by_lang[lb], lb)


def _one_a_meeting(a: str, b: str) -> bool:
    """Whether one name is a meeting's and the other is not: the president of a meeting read as speaking for it in
    one language and for her State in the other gives two things, never one body's two names."""
    return is_meeting(a) != is_meeting(b)


def _from_people(orgs: Organisations, quotes: list[tuple[Item, Quote]]) -> None:
    """A person's one organisation in each language's documents names one organisation (a meeting and what is no
    meeting never: :func:`_one_a_meeting`)."""
    seen: dict[str, dict[str, set[str]]] = {}
    for item, q in quotes:
        if q.speaker and q.organisation and item.language and q.attribution in ("named", "pronoun", "headline") \
                and fold(q.organisation) not in ORG_WORDS:  # ("la Convention": a head word, no name to link)
            lang = _language_of(q.organisation, item.language)
            seen.setdefault(q.speaker, {}).setdefault(lang, set()).add(q.organisation)
            orgs.add(q.organisation, lang)
    for by_lang in seen.values():
        by_lang = {lang: _longest_forms(names) for lang, names in by_lang.items()}
        single = {lang: next(iter(names)) for lang, names in by_lang.items() if len(names) == 1}
        langs = sorted(single)
        for la, lb in zip(langs, langs[1:]):
            if org_key(single[la]) != org_key(single[lb]) and not _inside(single[la], single[lb]) \
                    and not _one_a_meeting(single[la], single[lb]):
                orgs.link(single[la], la, single[lb], lb)


def _from_own_words(orgs: Organisations, quotes: list[tuple[Item, Quote]]) -> None:
    """A document whose publisher the kit names in another language (a French release of the "Fishers' Union of
    the Leeward Coast", as kit.toml gives it) whose quotations given to a body all give one body named in the
    document's language (« déclare le Syndicat des pêcheurs de la Côte-sous-le-Vent »): that body is its publisher,
    in that language. Two such bodies, or one named in the publisher's language, link nothing."""
    bodies: dict[str, set[str]] = {}
    items: dict[str, Item] = {}
    speaks: set[str] = set()  # documents where the publisher speaks under the name the kit gives it
    for item, q in quotes:
        if item.organisation and q.organisation and org_key(q.organisation) == org_key(item.organisation):
            speaks.add(item.id)
        if item.organisation and item.language and q.attribution == "organisation" and q.organisation:
            own = name_language(item.organisation)
            if own and own != item.language and name_language(q.organisation) == item.language:
                bodies.setdefault(item.id, set()).add(q.organisation)
                items[item.id] = item
    for item_id, names in bodies.items():
        keys = {org_key(n) for n in names}
        item = items[item_id]
        if len(keys) == 1 and not orgs.same(item.organisation, next(iter(names))) and item_id not in speaks \
                and not _other_kinds(item.organisation, next(iter(names))):
            orgs.link(item.organisation, name_language(item.organisation), next(iter(names)), item.language)


#: a body's head noun in English and what French calls it
_HEAD_FR = {"network": {"reseau"}, "institute": {"institut"}, "federation": {"federation"},
            "union": {"union", "syndicat"}, "council": {"conseil"}, "secretariat": {"secretariat"},
            "alliance": {"alliance"}, "agency": {"agence"}, "forum": {"forum"}, "observatory": {"observatoire"},
            "guild": {"guilde"}, "coalition": {"coalition"}, "fund": {"fonds"}, "office": {"bureau", "office"},
            "commission": {"commission"}, "committee": {"comite", "commission"}, "association": {"association"},
            "foundation": {"fondation"}, "group": {"groupe"}, "inspectorate": {"inspection"},
            "authority": {"autorite"}, "board": {"conseil"}, "ministry": {"ministere"}, "centre": {"centre"},
            "center": {"centre"}, "society": {"societe"}, "league": {"ligue"}, "movement": {"mouvement"},
            "collective": {"collectif"}, "platform": {"plateforme"}}
_FR_HEADS = set().union(*_HEAD_FR.values())
#: words that stand the same in both languages' names without naming anyone ("International", "Nations")
_SHARED_WORDS = {"international", "national", "regional", "global", "federal", "central", "nations", "general",
                 "social", "rural", "local", "mondial", *_HEAD_FR, *_FR_HEADS, *_SMALL}
#: what opens a State's name in full ("Republic of Tarvellia", « Royaume de Quellanie »)
_STATE_OPENERS = ("republic of ", "kingdom of ", "state of ", "republique de ", "republique d ", "royaume de ",
                  "royaume d ", "etat de ", "etat d ")


def _place_key(name: str) -> str:
    """A State's or a place's name as one folded word ("Republic of Tarvellia": tarvellia), else ""."""
    key = org_key(name)
    for opener in _STATE_OPENERS:
        if key.startswith(opener):
            key = key[len(opener):]
            break
    return key if key.isalpha() and len(key) >= 4 else ""


def _french_place(en: str, fr: str) -> bool:
    """Whether ``fr`` is the French form of the place ``en`` as French forms them (Tanzania, Tanzanie; Finland,
    Finlande; Quellan, Quellanie; Solmarea, Solmarée; Velmaris, Velmarie)."""
    if not en or not fr or en == fr or en[:3] != fr[:3]:
        return False
    return fr in {en + "e", en + "ie", en[:-1] + "e" if en[-1] in "as" else "", en[:-1] + "ee" if en[-1] == "a" else ""}


def _en_head(key: str) -> str:
    """The head noun of an English body's name: its first ("Tallis Institute for …", "Federation of …")."""
    return next((w for w in key.split() if w in _HEAD_FR), "")


def _fr_head(key: str) -> str:
    words = key.split()
    return words[0] if words and words[0] in _FR_HEADS else ""


def _other_kinds(a: str, b: str) -> bool:
    """Whether two names in two languages name bodies of two kinds ("Committee on Housing …", « Fédération des
    bâtisseurs … »): each with a head noun, neither the other's translation."""
    en, fr = (a, b) if name_language(a) == "en" else (b, a)
    head, fhead = _en_head(org_key(en)), _fr_head(org_key(fr))
    return bool(head and fhead and fhead not in _HEAD_FR[head])


def _named_alike(en: str, fr: str) -> bool:
    """Whether ``en`` and ``fr`` name one body in two languages: the same head noun, translated ("Network",
    « Réseau »), and a word of its own both write ("Tallis Institute for Environmental Medicine", « Institut
    Tallis de médecine environnementale »)."""
    ka, kb = org_key(en), org_key(fr)
    head, fhead = _en_head(ka), _fr_head(kb)
    if not head or fhead not in _HEAD_FR[head]:
        return False
    own = {w for w in set(ka.split()) & set(kb.split()) if len(w) >= 4 and w not in _SHARED_WORDS}
    return bool(own)


def _one_place(a: str, b: str) -> bool:
    return bool(_place_key(a)) and _place_key(a) == _place_key(b)


def _one(orgs: Organisations, name: str) -> object:
    """What a candidate partner is, counting one State once however written ("Tarvellia", "Republic of
    Tarvellia") and one body once under all its names."""
    ent = orgs.entity(name)
    return _place_key(name) or (id(ent) if ent is not None else name)


def _across_languages(orgs: Organisations, items: list[Item], quotes: list[tuple[Item, Quote]]) -> None:
    """A body or a State the kit names in English in some documents and in French in others, with nothing else to
    tie the two names: one when the names are formed alike (:func:`_french_place`, :func:`_named_alike`) and
    each has no other such partner."""
    seen: dict[str, set[str]] = {}  # name -> the languages of the documents it stands in
    for it in items:
        if it.organisation and it.language:
            seen.setdefault(it.organisation, set()).add(_language_of(it.organisation, it.language) or "")
    for item, q in quotes:
        if q.organisation and item.language and q.kind != "text":
            seen.setdefault(q.organisation, set()).add(_language_of(q.organisation, item.language) or "")
    en = [n for n, langs in seen.items() if "en" in langs and name_language(n) in ("en", None)]
    fr = [n for n, langs in seen.items() if "fr" in langs and name_language(n) in ("fr", None)]
    pairs = [(a, b) for a in en for b in fr if a != b
             and (_french_place(_place_key(a), _place_key(b)) or _named_alike(a, b))]
    for a, b in pairs:
        ea, eb = orgs.entity(a), orgs.entity(b)
        if ea is not None and ea is eb:
            continue
        rivals_a = {_one(orgs, y) for x, y in pairs if x == a}
        rivals_b = {_one(orgs, x) for x, y in pairs if y == b}
        if len(rivals_a) != 1 or len(rivals_b) != 1:
            continue
        if ea is not None and ea.names.get("fr") == a and "en" not in ea.names:
            # "Kalindor" filed as a French statement's body (kit.toml), its French form « Kalindorie » written
            # too: the English name
            ea.names["en"] = ea.names.pop("fr")
        orgs.link(a, "en", b, "fr")


def _inside(a: str, b: str) -> bool:
    """One name is a few words of the other ("Quellan" in "Friends of the Quellan Fens"): a State a body is named
    after, or a misread role, never the other language's name of the same body."""
    wa, wb = org_key(a).split(), org_key(b).split()
    short, long_ = sorted((wa, wb), key=len)
    return len(short) < len(long_) and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _longest_forms(names: set[str]) -> set[str]:
    """The names without those that are only the last words of another ("Fishers' Union" beside "Ostrel Coast
    Fishers' Union"): one body, as a document first names it and as it later shortens it."""
    words = {n: fold(n.replace("\u2019", "'")).split() for n in names}
    return {n for n, w in words.items()
            if not any(len(o) > len(w) and o[-len(w):] == w for m, o in words.items() if m != n)}
