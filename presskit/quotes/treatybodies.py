"""A treaty's secretariat by the treaty's short name, settled across the kit: "the Protocol's executive
secretary" speaks for the "Protocol Secretariat", « la secrétaire exécutive du Cadre » for the « secrétariat du
Cadre »; when the kit names one secretariat of a treaty of that kind in full ("The Esterlune Protocol
Secretariat", "Talvergne Framework Secretariat"), that is the body. Two such secretariats in the kit leave the
short name as it is (which one is meant is a guess)."""

from __future__ import annotations

import re
from typing import Iterable

from ..textutil import fold
from .entities import Organisations

#: a treaty's kind in each language, folded: the word that stands for it in a short name
_KINDS = {"protocol": "protocol", "protocole": "protocol", "convention": "convention", "treaty": "treaty",
          "traite": "treaty", "agreement": "agreement", "accord": "agreement", "compact": "compact", "pacte": "compact",
          "framework": "framework", "cadre": "framework"}
#: "Protocol Secretariat", "the Framework Secretariat", « secrétariat du Cadre », « Secrétariat de la Convention »
_SHORT = re.compile(r"^(?:the\s+)?(?P<en>[a-z]+)\s+secretariat$|^secretariat\s+(?:du|de\s+la|de\s+l'|de\s+l’|des)\s*"
                    r"(?P<fr>[a-z]+)$")
_SECRETARIAT = re.compile(r"\bsecretariat\b")
_GLUE = {"the", "of", "on", "for", "du", "de", "la", "le", "l", "d", "des", "secretariat", "sur", "pour"}


def treaty_kind(name: str) -> str:
    """The treaty kind a secretariat's short name gives ("protocol"), or "" when the name is not that short."""
    m = _SHORT.match(fold(name).strip())
    if m is None:
        return ""
    return _KINDS.get(m.group("en") or m.group("fr") or "", "")


def secretariats_of_kit(orgs: Organisations, seen: Iterable[str]) -> dict[frozenset[str], list[str]]:
    """The secretariats the kit names in full, among the organisations it knows and those its quotations were
    given (``seen``), by their treaty's own words ("Esterlune Protocol Secretariat" and « Secrétariat du Protocole
    d'Esterlune » under ``{"esterlune"}``): read once a kit, for :func:`full_secretariat`."""
    table: dict[frozenset[str], list[str]] = {}
    for n in dict.fromkeys([*(x for e in orgs.entities for x in e.all_names()), *seen]):
        f = fold(n)
        if _SECRETARIAT.search(f) and not treaty_kind(n):
            table.setdefault(_own_words(f), []).append(n)
    return table


def _own_words(folded: str) -> frozenset[str]:
    """A treaty's own name's words, whatever the language: neither its kind nor the words that join them."""
    return frozenset(w for w in re.findall(r"[a-z]+", folded) if w not in _KINDS and w not in _GLUE)


def full_secretariat(name: str, table: dict[frozenset[str], list[str]], orgs: Organisations,
                     language: str | None) -> str:
    """The kit's one secretariat of the treaty kind ``name`` gives in short (``table``: :func:`secretariats_of_kit`),
    in ``language`` when the kit has that name in full; else ""."""
    kind = treaty_kind(name)
    if not kind:
        return ""
    full = {own: kept for own, names in table.items()
            if (kept := [n for n in names if kind in {_KINDS.get(w) for w in re.findall(r"[a-z]+", fold(n))}])}
    if len(full) != 1:
        return ""  # none, or two treaties' secretariats: the short name stays
    (names,) = full.values()
    ent = orgs.entity(names[0])
    label = ent.label(language) if ent is not None else ""
    if label and not treaty_kind(label):
        return label
    # the full name in the quotation's language when the kit writes it so: "… Secretariat" in English,
    # « Secrétariat du … » in French; else the one it has
    own = [n for n in names if _in_language(n, language)]
    return (own or names)[0]


#: an executive secretary's role with no body of its own: "Executive Secretary", « secrétaire exécutive (de la
#: Convention) », "the Convention's executive secretary"
_EXECUTIVE_SECRETARY = re.compile(r"^(?:the\s+|la\s+|le\s+|l')?(?:[a-z]+'s?\s+)?(?:executive\s+secretary|secretaire\s+"
                                  r"executif|secretaire\s+executive)(?:\s+(?:of|de|du)\s+(?:the\s+|la\s+|l')?"
                                  r"(?:convention|protocol|protocole|treaty|traite|agreement|accord|framework|cadre))?$")


def executive_secretary_body(role: str, table: dict[frozenset[str], list[str]], orgs: Organisations,
                             language: str | None) -> str:
    """The body of an executive secretary named with no body ("Executive Secretary NAME", « Mme NAME, Secrétaire
    exécutive »): the kit's secretariat, when it names exactly one; else ""."""
    if not role or _EXECUTIVE_SECRETARY.match(fold(role).replace("\u2019", "'").strip()) is None or len(table) != 1:
        return ""
    (names,) = table.values()
    return _kit_name(names, orgs, language)


def _kit_name(names: list[str], orgs: Organisations, language: str | None) -> str:
    """The name the kit gives a secretariat known by ``names``: its entity's in ``language``, else one written in that
    language, else the first."""
    ent = orgs.entity(names[0])
    label = ent.label(language) if ent is not None else ""
    own = [n for n in names if _in_language(n, language)]
    return label or (own or names)[0]


def _in_language(name: str, language: str | None) -> bool:
    """Whether a secretariat's name is written in ``language``: "X Secretariat", "Secretariat of the X" in
    English, « Secrétariat du X » in French (any, for a language not known)."""
    f = fold(name).strip()
    if language == "en":
        return f.endswith("secretariat") or f.startswith(("secretariat of ", "the secretariat of "))
    if language == "fr":
        return re.match(r"(?:le\s+)?secretariat\s+d", f) is not None
    return True


def written_secretariat(name: str, table: dict[frozenset[str], list[str]], written: set[str],
                        language: str | None) -> str:
    """The name the kit writes for the secretariat the finder named by composing it ("Corlaine Agreement
    Secretariat", made from "executive secretary of the Corlaine Agreement", where the kit writes "Corlaine
    Secretariat" or "Secretariat of the Corlaine Agreement"): of the same treaty (its own words), written in a
    document (``written``, folded), in ``language``; "" when ``name`` is written itself or the kit writes none."""
    f = fold(name).strip()
    if not _SECRETARIAT.search(f) or f in written or not (own := _own_words(f)):
        return ""
    names = sorted({n for n in table.get(own, ()) if fold(n).strip() in written and _in_language(n, language)},
                   key=lambda n: (-len(n), n))
    return names[0] if names else ""


#: a treaty the kit names in full: "the Harrowgate Convention", « la Convention de Harrowgate »
_TREATY_EN = re.compile(r"(?<![\w\-])(?P<own>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})\s+"
                        r"(?P<kind>Convention|Protocol|Agreement|Treaty|Framework|Compact)(?![\w\-])")
_TREATY_FR = re.compile(r"(?<![\w\-])(?P<kind>Convention|Protocole|Accord|Traité|Cadre|Pacte)\s+(?:de\s+|d['\u2019]\s*)"
                        r"(?P<own>[A-Z][\w\-]+)")
#: capitalised words that open a title, not a treaty's own name ("First Convention …", "The Convention")
_NOT_OWN = {"the", "first", "second", "third", "a", "an", "this", "that", "our", "its", "un", "une", "la", "le"}
_FR_OF = {"convention": "de la Convention", "protocol": "du Protocole", "agreement": "de l'Accord",
          "treaty": "du Traité", "framework": "du Cadre", "compact": "du Pacte"}


def treaties_of_kit(texts: Iterable[str]) -> dict[str, set[str]]:
    """The treaties the kit names in full, by kind: {"convention": {"Harrowgate"}} (their own names)."""
    found: dict[str, set[str]] = {}
    for t in texts:
        for m in [*_TREATY_EN.finditer(t or ""), *_TREATY_FR.finditer(t or "")]:
            words = [w for w in m.group("own").split() if fold(w) not in _NOT_OWN]
            kind = _KINDS.get(fold(m.group("kind")), "")
            if words and kind:
                found.setdefault(kind, set()).add(words[-1])
    return found


def composed_secretariat(name: str, treaties: dict[str, set[str]], language: str | None) -> str:
    """"Convention Secretariat", made from "the Convention's executive secretary", as the secretariat of the kit's
    one convention named in full: "Harrowgate Convention Secretariat", « secrétariat de la Convention de
    Harrowgate »; "" when the kit names no such treaty or two of that kind."""
    kind = treaty_kind(name)
    own = treaties.get(kind, set()) if kind else set()
    if len(own) != 1:
        return ""
    (x,) = own
    if language == "fr":
        return f"secrétariat {_FR_OF[kind]} de {x}" if x[:1] not in "AEIOUÉ" else f"secrétariat {_FR_OF[kind]} d'{x}"
    return f"{x} {kind.capitalize()} Secretariat"  # the form "Convention Secretariat" grows into (see docs/quotes.md)


#: a treaty by its name: "the Vellacourt Convention", « Convention de Vellacourt », "Treaty of Aurelle"
_TREATY = re.compile(r"^(?:the\s+|la\s+|le\s+|l')?(?:(?:[a-z\-]+\s+){1,3}(?:convention|treaty|protocol|agreement|compact)|"
                     r"(?:convention|protocole|traite|accord|pacte|treaty|protocol|agreement|convention)\s+(?:de\s+la\s+|de\s+l'|"
                     r"du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?|on\s+)?[a-z\-]+)$")


def secretariat_of_treaty(name: str, table: dict[frozenset[str], list[str]], orgs: Organisations,
                          language: str | None) -> str:
    """The secretariat of a treaty given as a quotation's source (« Comme le dit notre note technique » in the
    Executive Secretary's interview, read as « Convention de Vellacourt »): a treaty writes nothing, its
    secretariat does; the kit's secretariat of that treaty, in ``language`` when it has that name; else ""."""
    f = fold(name).replace("\u2019", "'").strip()
    if _TREATY.match(f) is None:
        return ""
    names = table.get(_own_words(f))
    return _kit_name(names, orgs, language) if names else ""
