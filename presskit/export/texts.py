"""The fixed words of an export, in English and French: the merged PDF's cover, contents, section
names and "Sources and credits"; ``CREDITS.txt``; ``index.html``; the default file name.

The core stays Qt-free: the viewer passes its interface language (``"en"`` or ``"fr"``) to
:func:`presskit.export.export_items`; the command line passes ``--language``. Kit text (titles,
captions, credits, organisations) is never translated: only these words are.
"""

from __future__ import annotations

import datetime as _dt

from ..model import KIND_LABELS

LANGUAGES = ("en", "fr")

_EN = {
    "selection": "selection",
    "cover": "Selection of {n} items, exported on {date} with presskit.",
    "cover_one": "Selection of 1 item, exported on {date} with presskit.",
    "contents": "Contents",
    "sources": "Sources and credits",
    "sources_intro": "Every document and photo in this file, where it comes from, and whom to credit.",
    "documents": "Documents",
    "photos": "Photos",
    "title": "Title", "kind": "Kind", "organisation": "Organisation", "date": "Date", "language": "Language",
    "file": "File", "caption": "Caption", "credit": "Credit", "copyright": "Copyright", "speakers": "Speakers",
    "note": "Note",
    "none": "(none)", "not_stated": "(not stated)",
    "credit_unknown": "unknown — ask the publisher before use",
    "credits_title": "Credits — {title}",
    "exported_at": "Exported with presskit on {date}.",
    "index_items": "{n} items, exported on {date}. Credits:",
    "index_items_one": "1 item, exported on {date}. Credits:",
    "missing": "missing",
    "credit_unknown_short": "Credit unknown",
    "credit_label": "Credit:",
    "not_included": "This item could not be included.",
    "not_included_open": "The original file is part of the kit; open it from the viewer.",
    "pages": "{n} pages", "pages_one": "1 page",
    "missing_file": "missing from the kit",
    "credit_burnt": "credit drawn on the photo",
    "assembling": "Putting the pages together",
    "saving": "Saving the PDF",
    "exported_to": "Exported to {name}",
}

_FR = {
    "selection": "sélection",
    "cover": "Sélection de {n} éléments, exportée le {date} avec presskit.",
    "cover_one": "Sélection d’un élément, exportée le {date} avec presskit.",
    "contents": "Sommaire",
    "sources": "Sources et crédits",
    "sources_intro": "Chaque document et chaque photo de ce fichier, d’où ils viennent, et qui créditer.",
    "documents": "Documents",
    "photos": "Photos",
    "title": "Titre", "kind": "Type", "organisation": "Organisation", "date": "Date", "language": "Langue",
    "file": "Fichier", "caption": "Légende", "credit": "Crédit", "copyright": "Droits d’auteur",
    "speakers": "Orateurs", "note": "Note",
    "none": "(aucune)", "not_stated": "(non indiqué)",
    "credit_unknown": "inconnu — demandez à l’éditeur avant toute utilisation",
    "credits_title": "Crédits — {title}",
    "exported_at": "Exporté avec presskit le {date}.",
    "index_items": "{n} éléments, exportés le {date}. Crédits :",
    "index_items_one": "1 élément, exporté le {date}. Crédits :",
    "missing": "manquant",
    "credit_unknown_short": "Crédit inconnu",
    "credit_label": "Crédit :",
    "not_included": "Cet élément n’a pas pu être inclus.",
    "not_included_open": "Le fichier original fait partie du dossier ; ouvrez-le depuis la visionneuse.",
    "pages": "{n} pages", "pages_one": "1 page",
    "missing_file": "absent du dossier",
    "credit_burnt": "crédit inscrit sur la photo",
    "assembling": "Assemblage des pages",
    "saving": "Enregistrement du PDF",
    "exported_to": "Exporté vers {name}",
}

_KIND_PLURALS = {
    "en": {"press-release": "Press releases", "statement": "Statements", "newsletter": "Newsletters",
           "analysis": "Analyses", "summary": "Summaries", "fact-sheet": "Fact sheets", "briefing": "Briefings",
           "media-contacts": "Media contacts", "photo": "Photos", "other": "Other documents"},
    "fr": {"press-release": "Communiqués de presse", "statement": "Déclarations", "newsletter": "Bulletins",
           "analysis": "Analyses", "summary": "Synthèses", "fact-sheet": "Fiches d’information",
           "briefing": "Notes d’information", "media-contacts": "Contacts presse", "photo": "Photos",
           "other": "Autres documents"},
}
_KIND_LABELS_FR = {"press-release": "Communiqué de presse", "statement": "Déclaration", "newsletter": "Bulletin",
                   "analysis": "Analyse", "summary": "Synthèse", "fact-sheet": "Fiche d’information",
                   "briefing": "Note d’information", "media-contacts": "Contacts presse", "photo": "Photo",
                   "other": "Autre"}
_LANGUAGE_NAMES = {
    "en": {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "zh": "Chinese",
           "de": "German"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol", "ar": "arabe", "ru": "russe", "zh": "chinois",
           "de": "allemand"},
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


class Texts:
    """The fixed words of an export in one language (English when the language is not known)."""

    def __init__(self, language: str | None = "en"):
        self.language = language if language in LANGUAGES else "en"
        self._words = _FR if self.language == "fr" else _EN

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def kind(self, kind: str) -> str:
        if self.language == "fr":
            return _KIND_LABELS_FR.get(kind, kind)
        return KIND_LABELS.get(kind, kind)

    def kind_plural(self, kind: str) -> str:
        table = _KIND_PLURALS[self.language]
        return table.get(kind, table["other"])

    def language_name(self, code: str | None) -> str:
        return _LANGUAGE_NAMES[self.language].get(code or "", code or "")

    def date(self, d: _dt.date | _dt.datetime | str | None) -> str:
        """"16 November 2026" / "16 novembre 2026"; an ISO string is read; "" for nothing."""
        if isinstance(d, str):
            try:
                d = _dt.date.fromisoformat(d[:10])
            except ValueError:
                return d
        if d is None:
            return ""
        day = "1er" if self.language == "fr" and d.day == 1 else str(d.day)
        return f"{day} {_MONTHS[self.language][d.month - 1]} {d.year}"

    def count(self, key: str, n: int, **kw) -> str:
        """``key`` for ``n`` things (``key_one`` for one, where there is such a text)."""
        one = f"{key}_one"
        if n == 1 and one in self._words:
            return self._words[one].format(n=n, **kw)
        return self._words[key].format(n=n, **kw)


def texts(language: str | None) -> Texts:
    return Texts(language)
