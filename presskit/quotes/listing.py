"""The kit's quotations as a journalist browses them: filters by speaker, organisation, language and day.

Qt-free, so the viewer's Quotes view and its tests share one definition of what each filter means:

* **speaker**: the quotation's speaker (a full name);
* **organisation**: one organisation entity (:class:`~presskit.quotes.entities.Organisations`), whatever
  the language the quotation names it in: "Coalition Lanterne" and "Lantern Coalition" are one choice;
* **language**: the language of the quotation's own words;
* **day**: the date of its document.

Quoted treaty or draft text (``kind="text"``) is not listed: it is nobody's words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..model import Quote
from .entities import Organisations, org_key


@dataclass(frozen=True)
class QuoteFilter:
    """What the Quotes view's filters ask for; None means any."""

    speaker: str | None = None
    organisation: str | None = None  # an organisation's key (see :func:`organisation_choices`)
    language: str | None = None
    day: str | None = None  # ISO date


def entity_key(orgs: Organisations, name: str) -> str:
    """One key per organisation entity (its first name's folded form), for any of its names."""
    ent = orgs.entity(name)
    return org_key(ent.all_names()[0]) if ent is not None else org_key(name)


def matches(q: Quote, f: QuoteFilter, orgs: Organisations) -> bool:
    if q.kind == "text":
        return False
    if f.speaker and q.speaker != f.speaker:
        return False
    if f.organisation and (not q.organisation or entity_key(orgs, q.organisation) != f.organisation):
        return False
    if f.language and (q.language or "") != f.language:
        return False
    return not (f.day and (q.date or "") != f.day)


def select(quotes: Iterable[Quote], f: QuoteFilter, orgs: Organisations) -> list[Quote]:
    return [q for q in quotes if matches(q, f, orgs)]


def speaker_choices(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    """(speaker, quotations) for every person quoted, by name."""
    c = Counter(q.speaker for q in quotes if q.speaker and q.kind != "text")
    return sorted(c.items(), key=lambda kv: kv[0].casefold())


def organisation_choices(quotes: Iterable[Quote], orgs: Organisations,
                         language: str | None) -> list[tuple[str, str, int]]:
    """(key, label in ``language``, quotations) for every organisation, each once whatever its names."""
    counts: Counter = Counter()
    labels: dict[str, str] = {}
    for q in quotes:
        if q.organisation and q.kind != "text":
            key = entity_key(orgs, q.organisation)
            counts[key] += 1
            labels.setdefault(key, orgs.label(q.organisation, language))
    return sorted(((k, labels[k], n) for k, n in counts.items()), key=lambda t: t[1].casefold())


def language_choices(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    c = Counter(q.language for q in quotes if q.language and q.kind != "text")
    return sorted(c.items())


def day_choices(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    c = Counter(q.date for q in quotes if q.date and q.kind != "text")
    return sorted(c.items())
