"""Tests for presskit.ingest.naming: metadata from names, language detection."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presskit.ingest.naming import detect_language, infer_from_name
from presskit.model import KINDS


def inf(p, **kw):
    return infer_from_name(p, **kw)


@pytest.mark.parametrize(
    "name,date",
    [
        ("PR_Opening_16.11.26_EN.pdf", "2026-11-16"),
        ("Statement 15.11.11.pdf", "2011-11-15"),
        ("Statement_15-11-2011.pdf", "2011-11-15"),
        ("Statement_15_11_2011.pdf", "2011-11-15"),
        ("2011/11/15/Statement.pdf", "2011-11-15"),
        ("Statement 15/11/2011.pdf", "2011-11-15"),  # "/" in a name arrives as a path separator
        ("Statement 2011-11-15.pdf", "2011-11-15"),
        ("Statement_20111115.pdf", "2011-11-15"),
        ("Statement 24 novembre 2011.pdf", "2011-11-24"),
        ("Statement November 24, 2011.pdf", "2011-11-24"),
        ("Statement Nov 24 2011.pdf", "2011-11-24"),
        ("Déclaration 3 février 2026.pdf", "2026-02-03"),
        ("Declaration 3 fevrier 2026.pdf", "2026-02-03"),
        ("Communiqué 15 août 2026.pdf", "2026-08-15"),
        ("Communique_1er_decembre_2026.pdf", "2026-12-01"),
        ("Discours 2 DÉCEMBRE 2026.pdf", "2026-12-02"),
        ("Statement 11.16.2026.pdf", "2026-11-16"),  # day-first impossible -> month-first
        ("2026/Statement 24 Nov.pdf", "2026-11-24"),  # year from the path
        ("24-11-2026/photos/IMG_1.jpg", "2026-11-24"),  # date from a folder
        ("Statement 24 Nov.pdf", None),  # no year anywhere
        ("Statement.pdf", None),
        ("Statement 31.02.2026.pdf", None),  # no such day
        ("Report v1.2.pdf", None),
    ],
)
def test_dates(name, date):
    assert inf(name)["date"] == date


def test_default_year():
    assert inf("Statement 24 Nov.pdf", default_year=2026)["date"] == "2026-11-24"
    assert inf("Statement 24 November.pdf", default_year=2011)["date"] == "2011-11-24"


@pytest.mark.parametrize(
    "name,lang",
    [
        ("PR_Opening_EN.pdf", "en"),
        ("PR_Opening_French.pdf", "fr"),
        ("PR_Opening_Francais.pdf", "fr"),
        ("PR_Opening_Français.pdf", "fr"),
        ("PR-Opening-fr.pdf", "fr"),
        ("PR Opening (FR).pdf", "fr"),
        ("PR_Opening_ES.pdf", "es"),
        ("PR Opening Español.pdf", "es"),
        ("PR Opening Spanish.pdf", "es"),
        ("PR_Opening_AR.pdf", "ar"),
        ("PR_Opening_Arabic.pdf", "ar"),
        ("PR_Opening_RU.pdf", "ru"),
        ("PR_Opening_Russian.pdf", "ru"),
        ("PR_Opening_ZH.pdf", "zh"),
        ("PR_Opening_Chinese.pdf", "zh"),
        ("English/PR_Opening.pdf", "en"),
        ("fr/PR_Opening.pdf", "fr"),
        ("French/PR_Opening.pdf", "fr"),
        ("statement.fr.html", "fr"),
        ("Fact sheet en français.pdf", "fr"),
        # no misfires
        ("Fresh_escalation_ENDS.pdf", None),
        ("Déclaration de la présidente en séance.pdf", None),
        ("Les enjeux.pdf", None),
        ("Arms_Trade_Treaty.pdf", None),
        ("frames/escape.pdf", None),
    ],
)
def test_languages(name, lang):
    assert inf(name)["language"] == lang


@pytest.mark.parametrize(
    "name,kind",
    [
        ("PR_Opening.pdf", "press-release"),
        ("Press release opening.pdf", "press-release"),
        ("Pres Release opening.pdf", "press-release"),
        ("Press_Relase_opening.pdf", "press-release"),
        ("Communiqué de presse.pdf", "press-release"),
        ("communiques/Ouverture.pdf", "press-release"),
        ("press-releases/opening.pdf", "press-release"),
        ("Statement by the Chair.pdf", "statement"),
        ("Statment by the Chair.pdf", "statement"),
        ("Déclaration.pdf", "statement"),
        ("Intervention de la France.pdf", "statement"),
        ("Speech.pdf", "statement"),
        ("Discours.pdf", "statement"),
        ("Newsletter 3.pdf", "newsletter"),
        ("Newlsetter 3.pdf", "newsletter"),
        ("Bulletin quotidien.pdf", "newsletter"),
        ("Daily_12.pdf", "newsletter"),
        ("Analysis of day 2.pdf", "analysis"),
        ("Analyse.pdf", "analysis"),
        ("Summary day 2.pdf", "summary"),
        ("Résumé.pdf", "summary"),
        ("Synthèse.pdf", "summary"),
        ("Wrap-up.pdf", "summary"),
        ("Fact sheet.pdf", "fact-sheet"),
        ("Factsheet.pdf", "fact-sheet"),
        ("Fiche d'information.pdf", "fact-sheet"),
        ("Briefing.pdf", "briefing"),
        ("Media advisory.pdf", "briefing"),
        ("Note aux médias.pdf", "briefing"),
        ("Media contacts.pdf", "media-contacts"),
        ("Contacts presse.pdf", "media-contacts"),
        ("photos/Delegates.pdf", "photo"),
        ("Delegates.jpg", "photo"),
        ("Random thing.pdf", None),
        ("Prescription.pdf", None),
        ("States parties.pdf", None),
    ],
)
def test_kinds(name, kind):
    assert inf(name)["kind"] == kind


@pytest.mark.parametrize(
    "name,title",
    [
        ("PR_Opening_16.11.26_EN.pdf", "PR Opening"),
        ("2026/Statement by the Chair - 24 November 2026 (FR).pdf", "Statement by the Chair"),
        ("opening-ceremony-2026-11-16-fr.md", "Opening ceremony"),
        ("Franco-German_statement.pdf", "Franco-German statement"),
        ("01_Press_release.pdf", "Press release"),
        ("press_release_opening.pdf", "Press release opening"),
    ],
)
def test_titles(name, title):
    assert inf(name)["title"] == title


def test_group_keys_for_translations():
    a = inf("PR_Opening_16.11.26_EN.pdf")["group_key"]
    b = inf("PR_Opening_16.11.26_French.pdf")["group_key"]
    c = inf("PR_Opening_16.11.26_(ES).pdf")["group_key"]
    assert a == b == c
    assert "2026-11-16" in a and "press-release" in a
    assert inf("en/Opening.pdf")["group_key"] == inf("fr/Opening.pdf")["group_key"]
    assert a != inf("PR_Opening_17.11.26_EN.pdf")["group_key"]
    assert a != inf("PR_Closing_16.11.26_EN.pdf")["group_key"]


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_never_raises_and_values_are_valid(s):
    r = inf(s)
    assert set(r) == {"date", "date_year", "day_month", "language", "language_from", "kind", "kinds", "title",
                      "group_key"}
    if r["date"] is not None:
        dt.date.fromisoformat(r["date"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"])
        assert r["date_year"] in ("name", "kit") and r["day_month"] is None
    else:
        assert r["date_year"] is None
        assert r["day_month"] is None or (1 <= r["day_month"][0] <= 12 and 1 <= r["day_month"][1] <= 31)
    assert r["kind"] is None or r["kind"] in KINDS
    assert r["language"] is None or re.fullmatch(r"[a-z]{2}", r["language"])
    assert isinstance(r["title"], str) and isinstance(r["group_key"], str)


@settings(max_examples=300)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-./()0123456789 ÉéèàôçENFRS", max_size=60))
def test_never_raises_on_name_like_text(s):
    r = inf(s + ".pdf")
    assert r["kind"] is None or r["kind"] in KINDS


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

FORMATS = {
    "dotted2": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "dotted4": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dashed": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "underscored": lambda d: f"{d.day}_{d.month}_{d.year}",
    "iso": lambda d: d.isoformat(),
    "compact": lambda d: d.strftime("%Y%m%d"),
    "day_month_en": lambda d: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    "day_abbr_en": lambda d: f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
    "month_day_en": lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    "day_month_fr": lambda d: f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}",
    "day_month_fr_upper": lambda d: f"{d.day} {MONTHS_FR[d.month - 1].upper()} {d.year}",
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@settings(max_examples=60)
@given(d=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_date_round_trip(fmt, d):
    name = f"Statement_{FORMATS[fmt](d)}_EN.pdf"
    r = inf(name)
    assert r["date"] == d.isoformat(), name
    assert r["language"] == "en" and r["kind"] == "statement" and r["title"] == "Statement"


def test_detect_language():
    assert detect_language("The conference opened today with statements by the Chair and many "
                           "delegations, which welcomed the report.") == "en"
    assert detect_language("La conférence s'est ouverte aujourd'hui avec les déclarations de la présidente "
                           "et des délégations qui ont salué le rapport.") == "fr"
    assert detect_language("La conferencia se inauguró hoy con las declaraciones de la presidenta y de muchas "
                           "delegaciones, que acogieron el informe.") == "es"
    assert detect_language("Конференция открылась сегодня заявлениями председателя и многих делегаций") == "ru"
    assert detect_language("افتتح المؤتمر اليوم ببيانات من الرئيس والعديد من الوفود") == "ar"
    assert detect_language("会议今天开幕，主席和许多代表团发言欢迎报告的发表") == "zh"
    assert detect_language("Η διάσκεψη άνοιξε σήμερα με δηλώσεις του προέδρου") == "el"
    assert detect_language("") is None
    assert detect_language("Hello") is None
    assert detect_language("12345 67890 ...") is None


@given(st.text())
def test_detect_language_never_raises(s):
    found = detect_language(s)
    assert found is None or re.fullmatch(r"[a-z]{2}", found)
