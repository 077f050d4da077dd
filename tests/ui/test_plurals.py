"""Counts in both interface languages come from Qt's plural forms, never from hand-made plurals
("1 photos" must not appear anywhere): the viewer's strings are scanned, every ``%n`` message has
its plural forms in English and French, and the shipped translations give "1 photo", "2 photos"."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from presskit.ui import i18n
from presskit.ui.qt import QTranslator

pytestmark = pytest.mark.gui
UI = Path(__file__).resolve().parents[2] / "presskit" / "ui"
I18N = UI / "i18n"

#: Nouns a number counts; a placeholder right before one of them is a hand-made plural.
COUNTED = ("documents?|photos?|files?|items?|pages?|quotes?|quotations?|results?|days?|languages?|"
           "speakers?|matches|match|hits?|words?|links?|updates?|people|persons?|errors?|pictures?|"
           "fichiers?|éléments?|citations?|résultats?|jours?|langues?|liens?")
HAND_MADE = re.compile(rf"(\{{[^}}]*\}}|%[0-9L]|\d+)\s+(?:{COUNTED})\b|\((s|x|es)\)", re.IGNORECASE)


def _tr_strings() -> list[tuple[str, int, str, bool]]:
    """(file, line, source string, has a count argument) of every tr()/translate() call in the viewer."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("tr", "translate"):
                continue
            args = node.args[1:] if name == "translate" else node.args
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.append((path.name, node.lineno, args[0].value, len(args) > 2))
    return found


def test_the_scan_finds_the_viewers_strings():
    strings = _tr_strings()
    assert len(strings) > 300
    assert any(s == "%n photo(s)" and counted for _f, _l, s, counted in strings)


def test_no_hand_made_plural_in_the_viewer():
    bad = [f"{f}:{line}: {s!r}" for f, line, s, counted in _tr_strings()
           if HAND_MADE.search(s.replace("%n", "")) and not (counted and "%n" in s)]
    assert bad == [], "write counts as tr('%n photo(s)', '', n) with plural forms in the .ts files"


def test_hand_made_plurals_are_caught():
    for s in ("{0} documents and {1} photos", "{0} files checked", "%1 pages", "3 photos", "photo(s)"):
        assert HAND_MADE.search(s), s
    for s in ("Photos  ({0})", "Hit {0} of {1}", "p. {0}", "Page {0}", "of {0}"):
        assert not HAND_MADE.search(s), s


def _numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            if m.get("numerus") == "yes":
                out[(name, m.find("source").text)] = [f.text or "" for f in m.find("translation").findall("numerusform")]
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_count_has_its_plural_forms(lang):
    forms = _numerus(I18N / f"presskit_{lang}.ts")
    counted = {s for _f, _l, s, c in _tr_strings() if "%n" in s}
    assert counted <= {src for _ctx, src in forms}
    for (ctx, src), fs in forms.items():
        assert len(fs) == 2 and all("%n" in f for f in fs), (ctx, src, fs)
        assert not re.search(r"\(s\)|\(x\)", " ".join(fs)), (ctx, src, fs)


def _counting_classes() -> list[tuple[str, str]]:
    """(module, class) of every class of the viewer whose methods call ``self.tr(…, n)``."""
    found = []
    for path in sorted(UI.glob("*.py")):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(cls, ast.ClassDef) and any(
                    isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "tr"
                    and len(c.args) > 2 for c in ast.walk(cls)):
                found.append((path.stem, cls.name))
    return found


def test_counts_are_asked_of_the_class_that_holds_them(qapp):
    """PySide6 looks a plural form up in the context of the instance's own class only, never in its
    bases (unlike a plain ``self.tr``): a count in a mix-in or in a class the viewer subclasses would
    show in English under the French interface ("2 page(s) match" in the French search results)."""
    import importlib

    from presskit.ui.qt import QObject

    classes = {}
    for module, name in _counting_classes():
        classes[name] = getattr(importlib.import_module(f"presskit.ui.{module}"), name)
    assert len(classes) > 10 and "SearchCounts" in classes
    for path in UI.glob("*.py"):
        importlib.import_module(f"presskit.ui.{path.stem}")
    bad = []
    for name, cls in classes.items():
        if not issubclass(cls, QObject):
            bad.append(f"{name} is no QObject")
        bad += [f"{sub.__name__} inherits {name}'s counts" for sub in cls.__subclasses__()]
    assert bad == [], "give the counts their own small QObject class, as SearchCounts does"


def test_pyside_still_looks_plural_forms_up_in_the_own_class_only(qapp):
    """Why the test above exists; if a PySide6 release walks the bases for counts too, it may go."""
    from presskit.ui.qt import QCoreApplication, QObject

    class SearchCounts(QObject):  # named like the real context, which holds the French plural forms
        def pages(self, n):
            return self.tr("%n page(s) match", "", n)

    class Subclass(SearchCounts):
        pass

    t = QTranslator()
    assert t.load(str(I18N / "presskit_fr.qm"))
    QCoreApplication.installTranslator(t)
    try:
        assert SearchCounts().pages(2) == "2 pages correspondent"
        assert Subclass().pages(2) == "2 page(s) match"
    finally:
        QCoreApplication.removeTranslator(t)


@pytest.mark.parametrize("lang, one, two, zero", [
    ("en", "1 photo", "2 photos", "0 photos"),
    ("fr", "1 photo", "2 photos", "0 photo"),
])
def test_the_shipped_translations_count_right(qapp, lang, one, two, zero):
    t = QTranslator()
    assert t.load(str(I18N / f"presskit_{lang}.qm"))
    assert t.translate("KitInfo", "%n photo(s)", None, 1).replace("%n", "1") == one
    assert t.translate("KitInfo", "%n photo(s)", None, 2).replace("%n", "2") == two
    assert t.translate("KitInfo", "%n photo(s)", None, 0).replace("%n", "0") == zero


@pytest.mark.parametrize("lang, expected", [
    ("en", ["1 document and 1 photo, with their credits.", "2 documents and 3 photos, with their credits.",
            "1 photo, with their credits.", "4 documents."]),
    ("fr", ["1 document et 1 photo, avec leurs crédits.", "2 documents et 3 photos, avec leurs crédits.",
            "1 photo, avec leurs crédits.", "4 documents."]),
])
def test_the_welcome_counts_documents_and_photos_in_both_languages(qtbot, lang, expected):
    from presskit.ui.desktop import WelcomeDialog

    i18n.install(lang)
    try:
        dlg = WelcomeDialog(None)
        qtbot.addWidget(dlg)
        got = [dlg.contents_sentence(1, 1), dlg.contents_sentence(2, 3), dlg.contents_sentence(0, 1),
               dlg.contents_sentence(4, 0)]
    finally:
        i18n.install("en")
    assert got == expected


@pytest.mark.parametrize("lang, month, day", [("en", "November 2011", "14 Nov 2011"),
                                              ("fr", "novembre 2011", "14 nov. 2011")])
def test_a_date_known_to_the_month_reads_as_a_month(qapp, lang, month, day):
    """A document that prints only "November 2011" is not shown as dated the 1st."""
    from presskit.model import Item
    from presskit.ui.labels import item_date_label
    from presskit.ui.resultslist import doc_html

    monthly = Item(id="a", path="a.pdf", sha256="", bytes=1, date="2011-11-01", date_precision="month")
    daily = Item(id="b", path="b.pdf", sha256="", bytes=1, date="2011-11-14")
    i18n.install(lang)
    try:
        assert item_date_label(monthly) == month
        assert item_date_label(daily) == day
        assert month in doc_html(monthly) and "1 nov" not in doc_html(monthly).lower()
    finally:
        i18n.install("en")
