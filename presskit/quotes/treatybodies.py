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


def full_secretariat(name: str, orgs: Organisations, seen: Iterable[str], language: str | None) -> str:
    """The kit's one secretariat of the treaty kind ``name`` gives in short, among the organisations the kit knows
    and those its quotations were given (``seen``), in ``language`` when the kit has that name in full; else ""."""
    kind = treaty_kind(name)
    if not kind:
        return ""
    full: dict[int, list[str]] = {}
    for n in [*(x for e in orgs.entities for x in e.all_names()), *seen]:
        f = fold(n)
        if _SECRETARIAT.search(f) and not treaty_kind(n) and kind in {_KINDS.get(w) for w in re.findall(r"[a-z]+", f)}:
            # one treaty by its own name's words, whatever the language: "Esterlune Protocol Secretariat",
            # « Secrétariat du Protocole d'Esterlune »
            own = frozenset(w for w in re.findall(r"[a-z]+", f) if w not in _KINDS and w not in _GLUE)
            full.setdefault(own, []).append(n)
    if len(full) != 1:
        return ""  # none, or two treaties' secretariats: the short name stays
    (names,) = full.values()
    ent = orgs.entity(names[0])
    label = ent.label(language) if ent is not None else ""
    if label and not treaty_kind(label):
        return label
    # the full name in the quotation's language when the kit writes it so: "… Secretariat" in English,
    # « Secrétariat du … » in French; else the one it has
    own = [n for n in names if (fold(n).endswith("secretariat") if language == "en" else
                                fold(n).startswith("secretariat") if language == "fr" else True)]
    return (own or names)[0]
