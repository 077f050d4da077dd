"""Facets and filters of a list of items: computed here once, for search results and for browsing.

The facets are the counts of items per kind, per language and per date (the viewer's Kind, Language
and Date lists show them); a :class:`Filters` keeps the items a person narrowed the list to, by kind,
language, dates, speaker and organisation. The viewer's navigator, its filter lists and the words of
a query (``kind:``, ``lang:``, ``speaker:``, see :func:`presskit.search.query.field_filters`) all
describe one :class:`Filters`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from ..model import Item

#: The "date" facet's value of an item with no date, and the date a :class:`Filters` is given to keep
#: only those: a word, never an ISO date, so it is never compared as one (a range from "none" kept every
#: date after "n…"). Listed after the days, as "und" is the language not stated.
UNDATED = "none"

#: facet name -> value of an item ("und": language undetermined; :data:`UNDATED`: no date; "" counts nowhere)
FACETS = {
    "kind": lambda it: it.kind,
    "language": lambda it: it.language or "und",
    "date": lambda it: it.date or UNDATED,
}
#: the fields of :class:`Filters` on each facet's own value (left out when that facet is counted)
OWN_FILTER = {"kind": ("kinds",), "language": ("languages",), "date": ("date_from", "date_to")}


def facet_counts(items: Iterable[Item], extra: dict[str, Callable[[Item], str]] | None = None,
                 within: "Filters | None" = None) -> dict[str, dict[str, int]]:
    """``{"kind": {value: count}, "language": {...}, "date": {...}}`` over ``items``, and the
    ``extra`` facets (name -> the value of an item) when given.

    With ``within`` (the filters in force), kind, language and date are each counted over the items every
    *other* filter keeps: a count is what choosing that value gives, the other filters staying as they are
    (with Photos chosen, "Sat 14 Nov (1)" counted a press release of that day, and choosing it listed nothing).
    The ``extra`` facets count every item."""
    items = list(items)
    value_fns = {**FACETS, **extra} if extra else FACETS
    out: dict[str, dict[str, int]] = {name: {} for name in value_fns}
    for name, value_of in value_fns.items():
        keep = within.without(name).keep if within and name in OWN_FILTER else None
        counts = out[name]
        for it in items:
            if keep is None or keep(it):
                v = value_of(it)
                if v:
                    counts[v] = counts.get(v, 0) + 1
    return out


@dataclass
class Filters:
    """Kinds, languages, a date range, speakers and organisations an item must be in (an empty set or
    None: no condition). An item passes a set when it has one of its values (any of its speakers).
    A date range with :data:`UNDATED` at either end keeps the items with no date, and only them."""

    kinds: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    date_from: str | None = None
    date_to: str | None = None
    speakers: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, kinds: Iterable[str] | None = None, languages: Iterable[str] | None = None,
           date_from: str | None = None, date_to: str | None = None, speakers: Iterable[str] | None = None,
           organisations: Iterable[str] | None = None) -> "Filters":
        return cls(set(kinds or ()), set(languages or ()), date_from or None, date_to or None,
                   set(speakers or ()), set(organisations or ()))

    def __bool__(self) -> bool:
        return bool(self.kinds or self.languages or self.date_from or self.date_to or self.speakers
                    or self.organisations)

    def without(self, facet: str) -> "Filters":
        """These filters, less the one on ``facet``'s own value ("kind", "language", "date")."""
        return replace(self, **{f: (None if f.startswith("date") else set()) for f in OWN_FILTER.get(facet, ())})

    def keep(self, it: Item) -> bool:
        return ((not self.kinds or it.kind in self.kinds)
                and (not self.languages or (it.language or "und") in self.languages)
                and self._date_ok(it.date)
                and (not self.speakers or not self.speakers.isdisjoint(it.speakers))
                and (not self.organisations or it.organisation in self.organisations))

    @property
    def undated(self) -> bool:
        """Whether these filters keep the items with no date (and only them)."""
        return UNDATED in (self.date_from, self.date_to)

    def _date_ok(self, date: str | None) -> bool:
        if self.undated:
            return not date
        return ((not self.date_from or (date or "") >= self.date_from)
                and (not self.date_to or (date or "9999") <= self.date_to))
