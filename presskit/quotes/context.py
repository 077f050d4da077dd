"""What a document tells about its organisations: its own names, the ones it mentions, and what a short
form ("the Agency", "la coalition", "the network") stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..textutil import fold
from .people import People


@dataclass
class Context:
    """What a document tells about its organisations: its own names, the organisations it mentions."""

    known: People
    own_orgs: list[str] = field(default_factory=list)  # the document's organisation, its other names
    doc_org: str = ""  # the document's organisation as the document gives it
    org_names: list[str] = field(default_factory=list)  # organisations known in the kit (all languages)
    orgs_seen: list[tuple[int, str]] = field(default_factory=list)  # (where, name) mentioned in the text
    states: set[str] = field(default_factory=set)  # one-word names used as countries or organisations
    kinds: list[tuple[int, str, str]] = field(default_factory=list)  # "X, a network of …": (where, network, X)
    text: str = ""  # the document's text (a State named by its adjective is looked for there)
    own_voice: bool = True  # the document speaks as ``doc_org``: "our director" is the organisation's
    spoken: bool = False  # the document is one speaker's (a statement): "our", "my" are hers, for ``doc_org``
    title: str = ""  # the document's title as the kit gives it ("Entretien — NAME": the interviewee)

    def resolve_org(self, head: str, at: int) -> str:
        """"the Agency" / "l’Alliance" / "the coalition": the organisation of that kind named last."""
        key = fold(head)
        keys = {key, *_KIND_IN_OTHER_LANGUAGE.get(key, ())}
        if key == "club" and (clubs := _CLUB_NAMED.findall(self.text[:at])):
            counts = {c: clubs.count(c) for c in clubs}  # "Club captain NAME" in a match-day programme of "FC X v SC Y":
            return max(clubs, key=lambda c: counts[c])  # the club the text names most, the first of equals (the home side)
        for name in [self.doc_org, *self.own_orgs]:
            if name and keys & set(_org_words(name)):
                return self.doc_org or name  # « le Réseau » in the release of the Network of …: the publisher
        said = [(p, n) for p, k, n in self.kinds if k == key]  # "Health in Exile, a network of doctors": the network
        if said:
            before = [x for x in said if x[0] <= at]
            return (max(before) if before else min(said))[1]
        seen = [(p, n) for p, n in self.orgs_seen if key in fold(n).split() and len(n.split()) > 1]
        before = [x for x in seen if x[0] <= at]
        if before or seen:
            return max(before, key=lambda x: x[0])[1] if before else min(seen, key=lambda x: x[0])[1]
        named = sorted((name for name in self.org_names if keys & set(_org_words(name))),
                       key=lambda n: key not in _org_words(n))  # the name in the text's language first
        own = [w for w in (_proper_words(n) for n in named) if w]  # (a French name in lower case has none)
        if len({frozenset(w) for w in own}) > 1 and not set.intersection(*own):
            return ""  # "the Institute" where the kit knows the Kessel and the Halden Institutes: a guess
        if named:
            return named[0]  # the kit's one body whose name holds it (in either language)
        written = _named_before(self.text[max(0, at - 1500):at], head)
        if written:
            return written  # "Protesters from the Sepsis Survivors Forum …. A spokesperson for the Forum said"
        if key in ("ministry", "ministere", "government", "gouvernement"):
            # "Valdoria's health ministry said … the ministry said": the State whose ministry the text named
            states = [m.group("state") for m in _STATES_MINISTRY_IN.finditer(self.text[max(0, at - 1500):at])]
            states = states or [m.group("state") for m in _STATE_OF_MINISTRY_IN.finditer(self.text[max(0, at - 1500):at])]
            if states:
                return states[-1]
        if key in _COMPANY_KINDS and (firms := _COMPANY_NAMED.findall(self.text[:at])):
            return firms[-1]  # "Careline Homes plc: …. The company's half-year report": the company named with its suffix
        if key in ("coalition", "organisation", "organization") and self.doc_org:
            # "la coalition" in a release of a coalition whose name does not say so; "l’organisation", which any
            # organisation is, in the release of the one that publishes it
            return self.doc_org
        return ""

    def full_org(self, org: str, around: str) -> str:
        """"Tarrasca" read from "du Secrétariat d’inspection de Tarrasca": the name the kit knows, when the
        words found are part of one of its organisations' names and that whole name stands ``around``."""
        words = _org_words(org)
        if not words:
            return org
        text = " ".join(_org_words(around))
        best = ""
        for name in [*self.org_names, *self.own_orgs, self.doc_org, *(n for _p, n in self.orgs_seen)]:
            full = _org_words(name)
            if len(full) <= len(words) or len(full) > 12:
                continue
            inside = any(full[i:i + len(words)] == words for i in range(len(full) - len(words) + 1))
            if inside and f" {' '.join(full)} " in f" {text} " and len(name) > len(best):
                best = name
        return best or org


#: "Valdoria's health ministry", "Valdoria's Ministry of Finance" earlier in the text: the State "the ministry" is
_STATES_MINISTRY_IN = re.compile(r"(?<![\w\-])(?P<state>[A-ZÀ-Þ][\w\-]+)['\u2019]s\s+(?:[a-zA-Z][\w\-]*\s+){0,3}?"
                                 r"(?i:ministry|government)\b")
#: « le ministère des finances de la Valdorie », "the Ministry of Health of Valdoria"
_STATE_OF_MINISTRY_IN = re.compile(r"(?i:ministère|ministry|gouvernement|government)\s+(?:[^,.;:]{0,40}?\s)?(?:of|de|du|d['\u2019])"
                                   r"\s*(?:la\s+|l['\u2019]|the\s+)?(?:(?:République|Republic|Royaume|Kingdom|État|State)\s+(?:of|de|du|d['\u2019])\s*"
                                   r"(?:la\s+|l['\u2019]|the\s+)?)?(?P<state>[A-ZÀ-Þ][\w\-]+)(?=[\s,.;:]|$)")


#: the word a body's kind is named by, in the other language: « le Réseau » in a French release of a network
#: the kit names in English is that network
_KINDS_EN_FR = [("network", "reseau"), ("council", "conseil"), ("institute", "institut"), ("agency", "agence"),
                ("foundation", "fondation"), ("federation", "federation"), ("guild", "guilde"), ("secretariat", "secretariat"),
                ("observatory", "observatoire"), ("society", "societe"), ("union", "union"), ("alliance", "alliance"),
                ("coalition", "coalition"), ("centre", "centre"), ("center", "centre"), ("commission", "commission"),
                ("movement", "mouvement"), ("association", "association"), ("committee", "comite"),
                ("cooperative", "cooperative"), ("platform", "plateforme"), ("collective", "collectif"),
                ("trust", "fondation"), ("committee", "commission"), ("club", "club")]
# (a trust is a « fondation » in French: « la Fondation » of the X Trust; a parliament's committee is its « commission »)
_KIND_IN_OTHER_LANGUAGE: dict[str, set[str]] = {}
for _en, _fr in _KINDS_EN_FR:
    _KIND_IN_OTHER_LANGUAGE.setdefault(_en, set()).add(_fr)
    _KIND_IN_OTHER_LANGUAGE.setdefault(_fr, set()).add(_en)


def is_kind_word(word: str) -> bool:
    """Whether ``word`` names a kind of body in English or French ("Council", « Réseau »)."""
    return fold(word.strip()) in _KIND_IN_OTHER_LANGUAGE


def _proper_words(name: str) -> set[str]:
    """The words of a body's name that are its own ("Kessel" in "Institut Kessel de recherche"): what tells
    two bodies of one kind apart, and the same body in two languages together."""
    return {fold(w) for w in re.findall(r"[^\W\d_][\w\-]*", name) if w[:1].isupper()
            and fold(w) not in _KIND_IN_OTHER_LANGUAGE and fold(w) not in _COMMON_NAME_WORDS}


_COMMON_NAME_WORDS = {"the", "la", "le", "les", "of", "de", "for", "pour", "national", "international", "nationale",
                      "regional", "regionale", "united", "nations", "unies", "world", "mondial", "mondiale"}


def _org_words(s: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(s))


@lru_cache(maxsize=256)  # asked for each quotation a bare word says: read once per document and word
def names_a_state(word: str, text: str) -> bool:
    """Whether the text makes an adjective of ``word`` ("Vardia" -> "Vardian", "vardienne") or names it as a
    State ("the delegation of Vardia", "Vardia’s ambassador")."""
    stem = re.escape(word[:max(4, len(word) - 2)])
    # (the word itself is no adjective of itself: "Varrigan", "Marchese" are names that end like one)
    return bool(re.search(rf"(?i)(?<![\w\-])(?!{re.escape(word)}(?![\w\-])){stem}\w{{0,3}}(?:ian|ians|an|ans|ese|ien|iens|ienne|iennes|ais|aise|aises|ois|"
                          rf"oise|oises)(?![\w\-])", text) or re.search(
        rf"(?i:delegation|délégation|government|gouvernement|ambassador|ambassadeur|ambassadrice|minister|ministre)"
        rf"\s+(?:of|de|du|d['\u2019])\s*(?:la\s+|l['\u2019])?{re.escape(word)}(?![\w\-])|{re.escape(word)}['\u2019]s\s+"
        rf"(?:delegation|government|ambassador|minister)", text))


_NOT_NAMED_BEFORE = {"conference", "presidency", "presidence", "delegation", "government", "gouvernement",
                     "ministry", "ministere", "mission", "office", "bureau", "secretariat", "commission", "council",
                     "conseil"}


#: the nouns a text calls a company by after naming it ("the company", "the firm", « la société », « l'entreprise »)
_COMPANY_KINDS = {"company", "firm", "societe", "entreprise"}
#: a company's name with its legal suffix ("Careline Homes plc", "Velmont SA", "Arden Holdings Ltd")
_COMPANY_NAMED = re.compile(r"(?<![\w\-])((?:[A-ZÀ-Þ][\w\-\u2019']+[ \t]+){0,3}[A-ZÀ-Þ][\w\-\u2019']+)[ \t]+"
                            r"(?:plc|PLC|Ltd|Inc|SA|S\.A\.|SAS|GmbH|AG|LLC|NV|BV)(?![\w\-])")


#: a sports club by the initials before its name ("FC Vellmoor", "SC Aunebrück", "AS Kerlo")
_CLUB_NAMED = re.compile(r"(?<![\w\-])((?:FC|SC|AC|AFC|CF|RC|AS|US|SV|VfB|VfL|FK|SK|IF|BK)[ \t\u00a0]+[A-ZÀ-Þ][\w\-]+)")


def _named_before(text: str, head: str) -> str:
    """The last name in Title Case written in ``text`` that holds the organisation noun ``head`` ("the Sepsis
    Survivors Forum", « le Forum des Survivants »), so that "the Forum" after it means that body; "" if none."""
    if not head or not text or fold(head) in _NOT_NAMED_BEFORE:
        return ""  # (a meeting, an office or a State's body is read by the rules for those)
    cap = r"[A-ZÀ-Þ][\w\-\u2019']+"
    h = re.escape(head[:1].upper() + head[1:].lower())
    names = re.findall(rf"(?<![\w\-])((?:(?!(?:The|A|An|La|Le|Les|Un|Une)[ \t]){cap}[ \t]+){{1,4}}{h}|{h}(?:[ \t]+(?:of|for|on|des|du|de|de[ \t]+la|"
                       rf"d['\u2019])[ \t]*(?:{cap}[ \t]*){{1,4}}))(?![\w\-])", text)
    names = [n.strip() for n in names if not re.match(r"(?:The|A|An|La|Le|Les|Un|Une)\s", n)]
    return names[-1] if names else ""


def by_first_word(word: str, names: list[str]) -> str:
    """The one name of several words among ``names`` that ``word`` (a capitalised word after an article: « la
    Veille », "the Watch") begins, as a body's short name; "" when none or more than one."""
    if not re.fullmatch(r"[A-ZÀ-Þ][\w\-]{2,}", word) or is_kind_word(word):  # (« l’Institut »: read by its kind)
        return ""
    heads = {n for n in names if " " in n.strip() and fold(n).split()[:1] == [fold(word)]}
    return heads.pop() if len(heads) == 1 else ""
