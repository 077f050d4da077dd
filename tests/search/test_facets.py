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


def test_counts_within_filters_are_what_choosing_a_value_gives():
    """With a kind chosen, a day's count counted every item of that day: "Sat 14 Nov (1)" beside Photos, and
    choosing it listed nothing. Each list now counts what the other filters keep; its own choice is left out,
    so the other values of that list stay offered with their counts."""
    statements_fr = Filters.of(["statement"], ["fr"])
    counts = facet_counts(ITEMS, within=statements_fr)
    assert counts["kind"] == {"statement": 1}  # French items, by kind (the newsletter is no French item)
    assert counts["language"] == {"en": 1, "fr": 1}  # statements, by language: English stays a choice
    assert counts["date"] == {"2026-11-17": 1}  # French statements, by day
    one_day = Filters.of(date_from="2026-11-16", date_to="2026-11-16")
    assert facet_counts(ITEMS, within=one_day)["date"] == facet_counts(ITEMS)["date"]
    assert facet_counts(ITEMS, within=one_day)["language"] == {"en": 1}
    for name, values in facet_counts(ITEMS, within=statements_fr).items():  # each count is what choosing gives
        for v, n in values.items():
            chosen = {"kind": Filters.of([v], ["fr"]), "language": Filters.of(["statement"], [v]),
                      "date": Filters.of(["statement"], ["fr"], v, v)}[name]
            assert n == sum(1 for i in ITEMS if chosen.keep(i))
