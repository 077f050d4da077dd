"""A kit whose documents span years (background papers, an archive) lists its days with their year,
under "Dates" rather than "Conference days"; one conference's kit keeps its short day names."""

from __future__ import annotations

import pytest

from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.ui.navigator import OPEN_DATES, Navigator
from presskit.ui.qt import Qt

DAYS = ["1998-10-14", "2003-12-14", "2003-12-15", "2007-11-29", "2011-03-10", "2012-04-12", "2014-06-15",
        "2015-02-09", "2016-12-31", "2018-05-31", "2019-08-31", "2020-07-04", "2021-09-23", "2022-04-03"]


@pytest.fixture(scope="module")
def archive_kit(tmp_path_factory):
    base = tmp_path_factory.mktemp("archive")
    src = base / "src"
    src.mkdir()
    for d in DAYS:
        (src / f"background-{d}.txt").write_text(
            f"Background paper\n\nPublished on {d} about verification.\n", encoding="utf-8")
    build_kit(src, base / "kit")
    return base / "kit"


def group(nav, title):
    return next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
                if nav.topLevelItem(i).text(0) == title)


def test_days_of_many_years_carry_their_year_under_dates(qtbot, archive_kit):
    assert len(DAYS) > OPEN_DATES
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_kit(open_kit(archive_kit))
    titles = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    assert "Dates" in titles and "Conference days" not in titles
    dates = group(nav, "Dates")
    labels = [dates.child(i).text(0) for i in range(dates.childCount())]
    assert labels[0] == "Wed 14 Oct 1998  (1)" and labels[-1] == "Sun 3 Apr 2022  (1)"
    assert not dates.isExpanded()  # fourteen dates over 24 years: the languages stay in sight
    assert dates.child(0).data(0, Qt.ItemDataRole.UserRole) == {"date": "1998-10-14"}


def test_the_date_list_of_the_search_pane_gives_the_year_too(qtbot, win, archive_kit):
    with qtbot.waitSignal(win.kitOpened, timeout=10000):
        win.open_kit(archive_kit)
    combo = win.list_pane.date_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Wed 14 Oct 1998 (1)" in labels and "Sun 3 Apr 2022 (1)" in labels


def test_one_conference_keeps_its_short_days(qtbot, win, built_kit):
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.set_kit(open_kit(built_kit))
    days = group(nav, "Conference days")
    assert days.isExpanded() and days.childCount()
    for i in range(days.childCount()):
        assert "20" not in days.child(i).text(0).split("(")[0], days.child(i).text(0)
    with qtbot.waitSignal(win.kitOpened, timeout=10000):
        win.open_kit(built_kit)
    combo = win.list_pane.date_combo
    assert all(" 20" not in combo.itemText(i).split("(")[0] for i in range(1, combo.count()))
