"""The names people give kinds and languages, in English and French, and reading them back.

One table for the command line, query words (``kind:communiqué``) and the viewer's filters: a kind
or a language may be given by its code (``press-release``, ``fr``), its English or French label
(``Press release``, ``communiqué de presse``, ``French``, ``français``), the language's own name
(``Español``), or a prefix of any of these that names one value only (``communiqué``, ``fren``).
Case, accents, hyphens and apostrophes do not matter. Anything else raises :class:`ChoiceError`
with a sentence listing the valid values.
"""

from __future__ import annotations

import re

from .model import KIND_LABELS, KINDS, LANGUAGE_NAMES
from .textutil import fold

#: kind code -> French label (the English ones are ``model.KIND_LABELS``); the viewer's French
#: catalogue uses the same words.
KIND_LABELS_FR: dict[str, str] = {
    "press-release": "Communiqué de presse",
    "statement": "Déclaration",
    "newsletter": "Bulletin",
    "analysis": "Analyse",
    "summary": "Synthèse",
    "fact-sheet": "Fiche d’information",
    "briefing": "Note d’information",
    "media-contacts": "Contacts presse",
    "photo": "Photo",
    "other": "Autre",
}

#: language code -> (English name, French name); the language's own name is ``model.LANGUAGE_NAMES``.
LANGUAGE_LABELS: dict[str, tuple[str, str]] = {
    "en": ("English", "anglais"),
    "fr": ("French", "français"),
    "es": ("Spanish", "espagnol"),
    "ar": ("Arabic", "arabe"),
    "ru": ("Russian", "russe"),
    "zh": ("Chinese", "chinois"),
    "de": ("German", "allemand"),
    "und": ("Unknown language", "langue inconnue"),
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_LABELS)


class ChoiceError(ValueError):
    """A value that names no kind or language, or more than one; the message lists the valid ones.

    ``what`` is ``"kind"`` or ``"language"``, ``value`` the text as typed and ``candidates`` the codes it
    could mean (empty when it names none), for a front end that says it in its own language."""

    def __init__(self, message: str, what: str = "", value: str = "", candidates: tuple[str, ...] = ()):
        super().__init__(message)
        self.what, self.value, self.candidates = what, value, candidates


def _norm(text: str) -> str:
    """Folded, with hyphens, underscores, apostrophes and runs of spaces made one space."""
    return re.sub(r"[\s\-_'’.]+", " ", fold(text)).strip()


def _names_of_kinds() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for code in KINDS:
        for name in (code, KIND_LABELS.get(code, code), KIND_LABELS_FR.get(code, code)):
            out.setdefault(_norm(name), set()).add(code)
    out.setdefault("photos", set()).add("photo")
    return out


def _names_of_languages() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for code, (en, fr) in LANGUAGE_LABELS.items():
        for name in (code, en, fr, LANGUAGE_NAMES.get(code, "")):
            if name:
                out.setdefault(_norm(name), set()).add(code)
    out.setdefault("unknown", set()).add("und")
    return out


def _resolve(text: str, names: dict[str, set[str]]) -> set[str]:
    key = _norm(text)
    if not key:
        return set()
    if key in names:
        return names[key]
    found: set[str] = set()
    for name, codes in names.items():
        if name.startswith(key):
            found |= codes
    return found


def parse_kind(text: str) -> str:
    """The kind code ``text`` names (code, English or French label, or a unique prefix)."""
    codes = _resolve(text, _names_of_kinds())
    if len(codes) == 1:
        return next(iter(codes))
    raise ChoiceError(_refusal("kind", text, codes, valid_kinds()), "kind", text, tuple(sorted(codes)))


def parse_language(text: str) -> str:
    """The language code ``text`` names (code, English, French or own name, or a unique prefix)."""
    codes = _resolve(text, _names_of_languages())
    if len(codes) == 1:
        return next(iter(codes))
    raise ChoiceError(_refusal("language", text, codes, valid_languages()), "language", text,
                      tuple(sorted(codes)))


def valid_kinds() -> str:
    """``press-release (Press release, Communiqué de presse), statement (…), …``"""
    return ", ".join(f"{c} ({KIND_LABELS[c]}, {KIND_LABELS_FR[c]})" if KIND_LABELS[c] != KIND_LABELS_FR[c]
                     else f"{c} ({KIND_LABELS[c]})" for c in KINDS)


def valid_languages() -> str:
    """``en (English, anglais), fr (French, français), …``"""
    return ", ".join(f"{c} ({en}, {fr})" for c, (en, fr) in LANGUAGE_LABELS.items())


def _refusal(what: str, text: str, codes: set[str], valid: str) -> str:
    if len(codes) > 1:
        return (f"'{text}' could be more than one {what} ({', '.join(sorted(codes))}); "
                f"type more of it. Valid {what}s: {valid}.")
    return f"'{text}' is not a {what} presskit knows. Valid {what}s: {valid}."
