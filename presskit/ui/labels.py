"""Translated labels for core values (kinds, languages, dates). Strings are marked for lupdate here."""

from __future__ import annotations

import datetime as _dt

from ..model import KIND_LABELS, LANGUAGE_NAMES
from ..search.facets import UNDATED
from .qt import QT_TRANSLATE_NOOP, QLocale, QtCore, translate
from . import i18n

_KINDS = [
    QT_TRANSLATE_NOOP("Kinds", "Press release"),
    QT_TRANSLATE_NOOP("Kinds", "Statement"),
    QT_TRANSLATE_NOOP("Kinds", "Newsletter"),
    QT_TRANSLATE_NOOP("Kinds", "Analysis"),
    QT_TRANSLATE_NOOP("Kinds", "Summary"),
    QT_TRANSLATE_NOOP("Kinds", "Fact sheet"),
    QT_TRANSLATE_NOOP("Kinds", "Briefing"),
    QT_TRANSLATE_NOOP("Kinds", "Media contacts"),
    QT_TRANSLATE_NOOP("Kinds", "Photo"),
    QT_TRANSLATE_NOOP("Kinds", "Other"),
]
_LANGS = [
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "Arabic"),
    QT_TRANSLATE_NOOP("Languages", "Russian"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"),
    QT_TRANSLATE_NOOP("Languages", "German"),
    QT_TRANSLATE_NOOP("Languages", "Unknown language"),
]
_LANG_EN = {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "ru": "Russian", "zh": "Chinese",
            "de": "German", "und": "Unknown language", "": "Unknown language"}


def kind_label(kind: str) -> str:
    return translate("Kinds", KIND_LABELS.get(kind, kind.replace("-", " ").capitalize()))


def language_label(code: str | None) -> str:
    code = code or "und"
    if code in _LANG_EN:
        return translate("Languages", _LANG_EN[code])
    return LANGUAGE_NAMES.get(code, code)


def language_short(code: str | None) -> str:
    return (code or "?").upper()


_LOCALES: dict[str, QLocale] = {}


def locale() -> QLocale:
    """The locale dates are written in: French, or British English (one made per language)."""
    lang = i18n.current()
    loc = _LOCALES.get(lang)
    if loc is None:
        loc = _LOCALES[lang] = QLocale(
            QLocale.Language.French if lang == "fr" else QLocale.Language.English,
            QLocale.Country.AnyCountry if lang == "fr" else QLocale.Country.UnitedKingdom)
    return loc


_DATE_LABELS: dict[tuple[str, str, str], str] = {}  # a large kit's list asks for the same dates thousands of times


def date_label(iso: str | None, fmt: str = "d MMM yyyy") -> str:
    if not iso or iso == UNDATED:  # UNDATED: the "date" facet's and filters' value of an undated item
        return translate("Dates", "No date")
    key = (i18n.current(), iso, fmt)
    label = _DATE_LABELS.get(key)
    if label is None:
        try:
            d = _dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        if len(_DATE_LABELS) > 20_000:
            _DATE_LABELS.clear()
        label = _DATE_LABELS[key] = locale().toString(QtCore.QDate(d.year, d.month, d.day), fmt)
    return label


def item_date_label(item, fmt: str = "d MMM yyyy") -> str:
    """An item's date as a person reads it: "November 2011" when only the month is known."""
    if item.date and getattr(item, "date_precision", "") == "month":
        return date_label(item.date, "MMMM yyyy")
    return date_label(item.date, fmt)


#: A day in lists of days: the weekday helps at a conference; the year is added when the days span
#: several years (a kit of background papers from 1998 to 2022 listed "Wed 14 Oct" with no year).
DAY_FORMAT = "ddd d MMM"
DAY_FORMAT_WITH_YEAR = "ddd d MMM yyyy"
#: Longest span of dates still read as one meeting's days (a conference with its run-up).
MEETING_DAYS = 31


def day_format(dates) -> str:
    """The format of the days of a list (:data:`DAY_FORMAT`, or with the year when ``dates``, ISO
    strings, fall in more than one year)."""
    years = {d[:4] for d in dates if d}
    return DAY_FORMAT_WITH_YEAR if len(years) > 1 else DAY_FORMAT


def one_meeting(dates, start: str | None) -> bool:
    """Whether a kit's dated items read as one meeting's days: the kit names its start, or its dates
    lie within :data:`MEETING_DAYS` of each other (otherwise its days are plain dates)."""
    if start:
        return True
    ds = sorted(d for d in dates if d)
    if not ds:
        return True
    try:
        return (_dt.date.fromisoformat(ds[-1]) - _dt.date.fromisoformat(ds[0])).days < MEETING_DAYS
    except ValueError:
        return False


def day_label(iso: str, start: str | None, end: str | None = None, fmt: str = DAY_FORMAT) -> str:
    """'Day 2 · Tue 17 Nov' inside the conference, the plain date outside it."""
    text = date_label(iso, fmt)
    if start:
        try:
            n = (_dt.date.fromisoformat(iso) - _dt.date.fromisoformat(start)).days + 1
        except ValueError:
            n = 0
        if n >= 1 and (not end or iso <= end):
            return translate("Dates", "Day {0} · {1}").format(n, text)
    return text


def search_advice(res) -> str:
    """Why a search found nothing when the query, not the kit, is the reason (plain text, translated);
    "" otherwise (:attr:`presskit.search.results.SearchResults.reason`)."""
    from ..search.query import short_prefixes, unknown_choices

    reason = getattr(res, "reason", "")
    if reason == "short-prefix":
        short = short_prefixes(res.query)
        return translate("Search", "Add a letter: too many words match {0}.").format(short[0] if short else "*")
    if reason == "no-kits":
        return translate("Search", "No kit of your library can be searched: add a kit, or plug in the stick it is on.")
    if reason == "operators":
        return translate("Search", "Nothing to search for: add a word that is not an operator or punctuation.")
    if reason == "unknown-choice":
        return " ".join(_unknown_choice(e) for e in unknown_choices(res.query))
    return ""


def _unknown_choice(e) -> str:
    """``kind:foo`` / ``lang:xx`` said in the interface's language, with the values it could be."""
    from ..choices import LANGUAGES
    from ..model import KINDS

    label = kind_label if e.what == "kind" else language_label
    if e.candidates:  # a prefix of more than one: kind:s is Statement or Summary
        names = ", ".join(label(c) for c in e.candidates)
        if e.what == "kind":
            return translate("Search", "“{0}” could be more than one kind ({1}): type more of it.").format(e.value, names)
        return translate("Search", "“{0}” could be more than one language ({1}): type more of it.").format(e.value, names)
    if e.what == "kind":
        return translate("Search", "“{0}” is not a kind of document. Kinds: {1}.").format(
            e.value, ", ".join(kind_label(c) for c in KINDS))
    return translate("Search", "“{0}” is not a language presskit knows. Languages: {1}.").format(
        e.value, ", ".join(language_label(c) for c in LANGUAGES if c != "und"))
