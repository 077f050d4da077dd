"""Dates printed at the top of a document's first page: "Geneva, 14 November 2011", "2021/02/14",
"Marzo del 2020", "27.09.2009", "Issue 10, December 1998". No Qt, no network.

:func:`printed_dates` reads only the first :data:`WINDOW` characters of the first page (where title
pages, press releases and letters put their date), once, with a few regular expressions: it costs
next to nothing beside text extraction. It returns every full date (day, month and year) and every
month-and-year it finds there, in reading order; :mod:`presskit.build.evidence` decides which one
is the document's date.

Formats (month names in English, French, Spanish, German, Italian, Portuguese, Galician, Catalan,
Dutch, Polish, Czech and Hungarian, folded, any case):

* ``2021/02/14``, ``2021-02-14``, ``2021.02.14`` (year first);
* ``14.02.2021``, ``14/02/2021``, ``14-02-2021``: day first, month first only when day first is
  impossible (``02/14/2021``); the year has four digits (``15.11.11`` in text is too often a
  version number);
* ``14 February 2021``, ``14th Feb. 2021``, ``1er décembre 2026``, ``29 de xaneiro do 2007``,
  ``13 maja 2022``, ``2003. október 11.``, ``2020年3月17日``;
* ``February 14, 2021``;
* month and year only: ``March 2020``, ``Marzo del 2020``, ``Marzec 2022`` (full month names only).

A year alone is never a date.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..textmatch import fold_same_length

__all__ = ["PrintedDate", "printed_dates", "WINDOW"]

#: How much of the first page is read, in characters.
WINDOW = 1500

_MONTH_NAMES = [
    "january jan janv janvier enero ene januar janner gennaio janeiro xaneiro gener januari styczen "
    "stycznia leden ledna",
    "february feb febr fevrier fev fevr febrero februar febbraio fevereiro febreiro febrer februari luty "
    "lutego unor unora",
    "march mar mars marzo marz marco marc maart marzec marca brezen brezna marcius",
    "april apr avr avril abril aprile kwiecien kwietnia duben dubna aprilis",
    "may mai mayo maggio maio maig mei maj maja kveten kvetna majus",
    "june jun juin junio juni giugno junho xuno juny czerwiec czerwca cerven cervna junius",
    "july jul juil juillet julio juli luglio julho xullo juliol lipiec lipca cervenec cervence julius",
    "august aug aout agosto agost augustus sierpien sierpnia srpen srpna augusztus",
    "september sep sept septembre septiembre setiembre settembre setembro setembre wrzesien wrzesnia "
    "zari szeptember",
    "october oct octobre octubre oktober ottobre outubro pazdziernik pazdziernika rijen rijna",
    "november nov novembre noviembre novembro listopad listopada listopadu",
    "december dec decembre diciembre dezember dicembre dezembro decembro desembre grudzien grudnia "
    "prosinec prosince",
]
MONTHS: dict[str, int] = {name: n for n, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
_ALL = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL = "|".join(sorted((m for m in MONTHS if len(m) >= 4), key=len, reverse=True))

_NB, _NA = r"(?<![0-9])", r"(?![0-9])"
_YEAR = r"((?:19|20)\d\d)"
_PARTICLE = r"(?:\s*(?:de|del|do|of|z|,))?\s*"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"{_NB}{_YEAR}([-/.])(\d\d)\2(\d\d){_NA}"), "ymd"),
    (re.compile(rf"{_NB}(\d{{1,2}})([./-])(\d{{1,2}})\2{_YEAR}{_NA}"), "dmy"),
    (re.compile(rf"{_NB}(\d{{1,2}})(?:st|nd|rd|th|er|eme|e|\.)?(?:\s+(?:de|of))?\s+({_ALL})(?![a-z])\.?"
                rf"{_PARTICLE}{_YEAR}{_NA}"), "d-month-y"),
    (re.compile(rf"(?<![a-z])({_ALL})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}{_NA}"), "month-d-y"),
    (re.compile(rf"{_NB}{_YEAR}\.\s+({_ALL})(?![a-z])\.?\s+(\d{{1,2}})\.?{_NA}"), "y-month-d"),
    (re.compile(rf"{_NB}{_YEAR}\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"), "cjk"),
    (re.compile(rf"(?<![a-z0-9])({_FULL})(?![a-z]){_PARTICLE}{_YEAR}{_NA}"), "month-y"),
]


@dataclass(frozen=True)
class PrintedDate:
    """A date found in text: ``iso`` (the first day of the month for a month and year), its
    ``precision`` ("day" or "month"), the ``phrase`` as printed and its ``position``."""

    iso: str
    precision: str
    phrase: str
    position: int


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _match_date(kind: str, g: tuple[str, ...]) -> tuple[str | None, str]:
    if kind == "ymd":
        return _day(int(g[0]), int(g[2]), int(g[3])), "day"
    if kind == "dmy":
        a, b, y = int(g[0]), int(g[2]), int(g[3])
        return _day(y, b, a) or _day(y, a, b), "day"
    if kind == "d-month-y":
        return _day(int(g[2]), MONTHS[g[1]], int(g[0])), "day"
    if kind == "month-d-y":
        return _day(int(g[2]), MONTHS[g[0]], int(g[1])), "day"
    if kind == "y-month-d":
        return _day(int(g[0]), MONTHS[g[1]], int(g[2])), "day"
    if kind == "cjk":
        return _day(int(g[0]), int(g[1]), int(g[2])), "day"
    return _day(int(g[1]), MONTHS[g[0]], 1), "month"


def printed_dates(first_page: str, window: int = WINDOW) -> list[PrintedDate]:
    """Dates printed in the first ``window`` characters of ``first_page``, in reading order. A
    month-and-year inside a full date ("14 March 2020") is not listed again."""
    text = first_page[:window]
    folded = fold_same_length(text)
    found: list[PrintedDate] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in _PATTERNS:
        for m in rx.finditer(folded):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            iso, precision = _match_date(kind, m.groups())
            if iso:
                taken.append((s, e))
                phrase = " ".join(text[s:e].split())
                found.append(PrintedDate(iso, precision, phrase, s))
    found.sort(key=lambda p: p.position)
    return found
