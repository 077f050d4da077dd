"""presskit.search.facets: counts per kind, language and date, and the filters the viewer's lists apply."""

from __future__ import annotations

from presskit.model import Item
from presskit.search.facets import Filters, facet_counts


def item(i, kind, lang, date):
    return Item(id=str(i), path=f"{i}.pdf", sha256="", bytes=0, kind=kind, language=lang, date=date)


ITEMS = [item(1, "statement", "en", "2026-11-16"), item(2, "statement", "fr", "2026-11-17"),
         item(3, "newsletter", None, None)]


def test_counts():
    assert facet_counts(ITEMS) == {"kind": {"statement": 2, "newsletter": 1},
                                   "language": {"en": 1, "fr": 1, "und": 1},
                                   "date": {"2026-11-16": 1, "2026-11-17": 1}}


def test_filters():
    assert not Filters.of() and [i.id for i in ITEMS if Filters.of().keep(i)] == ["1", "2", "3"]
    assert [i.id for i in ITEMS if Filters.of(["statement"], ["fr"]).keep(i)] == ["2"]
    assert [i.id for i in ITEMS if Filters.of(languages=["und"]).keep(i)] == ["3"]
    one_day = Filters.of(date_from="2026-11-16", date_to="2026-11-16")
    assert [i.id for i in ITEMS if one_day.keep(i)] == ["1"]
