"""presskit.search.facets: counts per kind, language and date, and the filters the viewer's lists apply."""

from __future__ import annotations

from presskit.model import Item
from presskit.search.facets import UNDATED, Filters, facet_counts


def item(i, kind, lang, date):
    return Item(id=str(i), path=f"{i}.pdf", sha256="", bytes=0, kind=kind, language=lang, date=date)


ITEMS = [item(1, "statement", "en", "2026-11-16"), item(2, "statement", "fr", "2026-11-17"),
         item(3, "newsletter", None, None)]


def test_counts():
    assert facet_counts(ITEMS) == {"kind": {"statement": 2, "newsletter": 1},
                                   "language": {"en": 1, "fr": 1, "und": 1},
                                   "date": {"2026-11-16": 1, "2026-11-17": 1, UNDATED: 1}}


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


MORE = ITEMS + [item(4, "fact-sheet", "en", None), item(5, "statement", "en", ""), item(6, "statement", "fr", "2026-11-18")]


def test_undated_items_are_counted_under_one_value_that_is_no_date():
    """A kit's fact sheet or background note has no date: the Date list offered only the days, so nobody could
    list the undated documents, and the day counts did not add up to the documents. They count under UNDATED."""
    dates = facet_counts(MORE)["date"]
    assert dates == {"2026-11-16": 1, "2026-11-17": 1, "2026-11-18": 1, UNDATED: 3}
    assert sum(dates.values()) == len(MORE)
    assert UNDATED[:1].isalpha()  # never an ISO date, and never read as one


def test_the_undated_value_keeps_the_undated_items_only():
    undated = Filters.of(date_from=UNDATED, date_to=UNDATED)
    assert undated and undated.undated
    assert [i.id for i in MORE if undated.keep(i)] == ["3", "4", "5"]
    # a range from "none" compared as a date kept every day after "n…" (none), and "to none" every day
    assert [i.id for i in MORE if Filters.of(date_from=UNDATED).keep(i)] == ["3", "4", "5"]
    assert [i.id for i in MORE if Filters.of(date_to=UNDATED).keep(i)] == ["3", "4", "5"]
    # a day, or a range of days, still leaves out the undated items
    assert [i.id for i in MORE if Filters.of(date_from="2026-11-17").keep(i)] == ["2", "6"]
    assert [i.id for i in MORE if Filters.of(date_to="2026-11-17").keep(i)] == ["1", "2"]
    assert not undated.without("date") and not undated.without("date").undated


def test_the_undated_value_with_other_filters():
    assert [i.id for i in MORE if Filters.of(["statement"], date_from=UNDATED, date_to=UNDATED).keep(i)] == ["5"]
    assert [i.id for i in MORE if Filters.of(languages=["en"], date_from=UNDATED, date_to=UNDATED).keep(i)] == ["4", "5"]
    assert [i.id for i in MORE if Filters.of(languages=["und"], date_from=UNDATED, date_to=UNDATED).keep(i)] == ["3"]
    # the counts within filters are what choosing gives, "no date" included
    undated_en = Filters.of(languages=["en"], date_from=UNDATED, date_to=UNDATED)
    counts = facet_counts(MORE, within=undated_en)
    assert counts["date"] == {"2026-11-16": 1, UNDATED: 2}  # English items, by day: choosing a day stays offered
    assert counts["language"] == {"en": 2, "und": 1}  # undated items, by language
    assert counts["kind"] == {"fact-sheet": 1, "statement": 1}
    statements = Filters.of(["statement"])
    for v, n in facet_counts(MORE, within=statements)["date"].items():
        assert n == sum(1 for i in MORE if Filters.of(["statement"], date_from=v, date_to=v).keep(i))
