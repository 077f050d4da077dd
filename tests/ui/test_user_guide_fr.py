"""Help > User guide opens docs/user-guide.fr.md when the interface is French, English otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presskit.ui import i18n

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def french_win(settings, request):
    """The main window with the interface in French (as View > Language > Français leaves it)."""
    settings.set("language", "fr")
    yield request.getfixturevalue("win")
    i18n.install("en")


def test_help_user_guide_shows_the_french_guide_when_the_interface_is_french(qtbot, french_win):
    w = french_win
    assert i18n.current() == "fr"
    action = next(a for a in w.menu("help").actions() if a.text() == "&Guide d’utilisation")
    action.trigger()
    guide = w.user_guide_window
    qtbot.waitUntil(guide.isVisible)
    assert guide.path.name == "user-guide.fr.md"
    assert guide.windowTitle() == "Guide d’utilisation de presskit"
    titles = [h[1] for h in guide.headings]
    for t in ("Guide d’utilisation de presskit", "Ouvrir un dossier de presse", "Rechercher",
              "Citations et références", "Exporter et imprimer", "Raccourcis clavier"):
        assert t in titles
    assert "Keyboard shortcuts" not in titles
    text = guide.browser.toPlainText()
    assert "Aide › Guide d’utilisation" in text and "Fichier › Exporter la sélection…" in text


def test_the_guide_falls_back_to_english_without_a_translation(monkeypatch, tmp_path):
    from presskit.ui import desktop

    assert desktop.user_guide_path("fr").name == "user-guide.fr.md"
    assert desktop.user_guide_path("en").name == "user-guide.md"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "user-guide.md").write_text("# presskit user guide\n", encoding="utf-8")
    monkeypatch.setattr(desktop, "app_root", lambda: tmp_path)
    assert desktop.user_guide_path("fr") == tmp_path / "docs" / "user-guide.md"


def test_the_french_guide_keeps_the_english_structure_screenshots_and_queries():
    en = (DOCS / "user-guide.md").read_text(encoding="utf-8")
    fr = (DOCS / "user-guide.fr.md").read_text(encoding="utf-8")

    def levels(md):
        return [len(m) for m in re.findall(r"^(#+) ", md, re.M)]

    def shots(md):
        return re.findall(r"\(screenshots/([\w.-]+\.png)\)", md)

    def queries(md):
        return re.findall(r"^\| `(.+?)` \|", md, re.M)

    assert levels(fr) == levels(en)
    assert shots(fr) == shots(en)
    assert queries(fr) == queries(en) and len(queries(en)) >= 10
