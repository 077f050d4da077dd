"""Dates printed at the top of a first page, in the forms documents print them."""

from __future__ import annotations

import pytest

from presskit.ingest.textdates import printed_dates


@pytest.mark.parametrize("text, iso, precision", [
    ("For immediate release — Geneva, 14 November 2011", "2011-11-14", "day"),
    ("The attachfile2 package\nHeiko Oberdiek\n2019/11/26 v2.11", "2019-11-26", "day"),
    ("Version 1.97 de 2006-05-09 (15:12:22)", "2006-05-09", "day"),
    ("Podręcznik użytkownika\n27.09.2009 (dla wersji 0.74)", "2009-09-27", "day"),
    ("Test of utmrl7x on December 21, 2002 at 1722", "2002-12-21", "day"),
    ("enchiridion 1.0.1\n11th June 2020", "2020-06-11", "day"),
    ("Versión 4.3, de 29 de xaneiro do 2007", "2007-01-29", "day"),
    ("Wersja 6.4PL1 z 13 maja 2022", "2022-05-13", "day"),
    ("7 février 2022 Documentation V.1.7c", "2022-02-07", "day"),
    ("Genève, le 1er décembre 2026", "2026-12-01", "day"),
    ("Nagy Bence\n2003. október 11.\nKivonat", "2003-10-11", "day"),
    ("v1.0.0 (2020年3月17日)", "2020-03-17", "day"),
    ("Karl Berry, editor\nMarzo del 2020\nÍndice", "2020-03-01", "month"),
    ("LATEX News\nIssue 10, December 1998", "1998-12-01", "month"),
    ("Updated November 2011", "2011-11-01", "month"),
    ("Delivered 02/14/2021", "2021-02-14", "day"),  # month first only when day first is impossible
])
def test_printed_forms(text, iso, precision):
    found = printed_dates(text)
    assert found and (found[0].iso, found[0].precision) == (iso, precision)


def test_reading_order_and_no_month_counted_twice():
    found = printed_dates("Versione 6.2, 28 febbraio 2018\nLibera traduzione del 30 novembre 2020")
    assert [(p.iso, p.phrase) for p in found] == [("2018-02-28", "28 febbraio 2018"),
                                                 ("2020-11-30", "30 novembre 2020")]


@pytest.mark.parametrize("text", [
    "Copyright 2011", "version 15.11.11", "See section 3.2.1 of the 2010 report", "Geneva, 14 November",
    "31.02.2011", "It may 2020 be", "",
])
def test_what_is_not_a_date(text):
    assert printed_dates(text) == []


def test_only_the_top_of_the_page_is_read():
    assert printed_dates("x" * 2000 + " 14 November 2011") == []
