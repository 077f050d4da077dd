"""One source of truth for what the list is narrowed to: the navigator, the filter lists and the query's
own words (``kind:``, ``lang:``, ``speaker:``) show the same state.

:class:`FilterState` holds the filters chosen in the navigator or the Kind / Language / Date lists (a
core :class:`~presskit.search.facets.Filters`) and the query text; :meth:`effective` merges them with
what the query's words say (:func:`presskit.search.query.field_filters`, the core reads them). The last
word wins: choosing a kind in a list removes ``kind:`` words from the query, typing ``lang:fr`` drops a
language chosen in a list. Nothing here knows about widgets; they listen to ``changed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..search.facets import Filters
from ..search.query import field_filters, without_fields
from .qt import QObject, Signal

#: The dimensions, as :func:`field_filters` names them.
DIMENSIONS = ("kind", "language", "date", "speaker", "organisation")


@dataclass(frozen=True)
class FilterSpec:
    """A plain, comparable copy of the chosen filters (history entries and tests keep these)."""

    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    date: str | None = None
    speakers: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    query_words: dict = field(default_factory=dict, compare=False)

    def filters(self) -> Filters:
        return Filters.of(self.kinds, self.languages, self.date, self.date, self.speakers, self.organisations)

    def __bool__(self) -> bool:
        return bool(self.kinds or self.languages or self.date or self.speakers or self.organisations)


class FilterState(QObject):
    """What the list is narrowed to. Signals: ``changed()`` after any change of filters or query."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.chosen = FilterSpec()
        self.query = ""
        self._words: dict[str, list[str]] = {}

    # -- reading --------------------------------------------------------------------------------
    def effective(self) -> FilterSpec:
        """The filters in force: those chosen, with the query's own words in place of any they name."""
        c, w = self.chosen, self._words
        return FilterSpec(
            kinds=tuple(w["kind"]) if "kind" in w else c.kinds,
            languages=tuple(w["language"]) if "language" in w else c.languages,
            date=w["date"][0] if w.get("date") else c.date,
            speakers=c.speakers,
            organisations=c.organisations,
            query_words={k: list(v) for k, v in w.items()},
        )

    def query_speakers(self) -> list[str]:
        """Speaker words of the query (``speaker:diallo`` -> ``["diallo"]``)."""
        return list(self._words.get("speaker", []))

    # -- changing -------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """The query as typed. A dimension its words name replaces the one chosen in a list."""
        if text == self.query:
            return
        self.query = text
        self._words = field_filters(text) if text.strip() else {}
        c = self.chosen
        self.chosen = FilterSpec(
            kinds=() if "kind" in self._words else c.kinds,
            languages=() if "language" in self._words else c.languages,
            date=None if "date" in self._words else c.date,
            speakers=c.speakers, organisations=c.organisations)
        self.changed.emit()

    def choose(self, dimension: str, value: str | None) -> str:
        """Choose one ``value`` (None: any) for ``dimension``; returns the query text, from which any
        word about that dimension was removed (the caller puts it back in the search box)."""
        c = self.chosen
        # an organisation is one entity under any of its names: the navigator gives them all
        one = tuple(value) if isinstance(value, (list, tuple)) else ((value,) if value else ())
        spec = {
            "kind": lambda: FilterSpec(one, c.languages, c.date, c.speakers, c.organisations),
            "language": lambda: FilterSpec(c.kinds, one, c.date, c.speakers, c.organisations),
            "date": lambda: FilterSpec(c.kinds, c.languages, value or None, c.speakers, c.organisations),
            "speaker": lambda: FilterSpec(c.kinds, c.languages, c.date, one, c.organisations),
            "organisation": lambda: FilterSpec(c.kinds, c.languages, c.date, c.speakers, one),
        }[dimension]()
        text = without_fields(self.query, {dimension}) if dimension in self._words else self.query
        self.chosen = spec
        if text != self.query:
            self.query = text
            self._words = field_filters(text) if text.strip() else {}
        self.changed.emit()
        return self.query

    def clear(self) -> str:
        """No filter at all (the query loses its filter words too); returns the query text."""
        text = without_fields(self.query, set(DIMENSIONS)) if self._words else self.query
        self.chosen = FilterSpec()
        self.query = text
        self._words = field_filters(text) if text.strip() else {}
        self.changed.emit()
        return text

    def restore(self, chosen: FilterSpec, query: str) -> None:
        """Put back a state kept earlier (history, a language switch)."""
        self.chosen = FilterSpec(chosen.kinds, chosen.languages, chosen.date, chosen.speakers, chosen.organisations)
        self.query = query
        self._words = field_filters(query) if query.strip() else {}
        self.changed.emit()
