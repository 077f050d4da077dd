"""The kit's title in the window's top bar: a conference's long title takes two lines at most, not the height of
the panes below it; all of it stays in the tooltip and the About page."""

from __future__ import annotations

import pytest

from presskit.build import build_kit
from presskit.ui.qt import QFontMetrics, QRect, Qt, QWidget
from uihelpers import make_source

pytestmark = pytest.mark.gui

LONG = ("Shoreweed Coalition at the First Meeting of the Parties to the Ombreval Agreement on Sargassum "
        "Influxes — press kit, with statements, briefings and the daily newsletter")


@pytest.fixture(scope="module")
def long_titled_kit(tmp_path_factory):
    base = tmp_path_factory.mktemp("longtitle")
    src = make_source(base / "src")
    toml = src / "kit.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('title = "Test Summit Kit"', f'title = "{LONG}"'),
                    encoding="utf-8")
    build_kit(src, base / "kit")
    return base / "kit"


def _lines(label) -> int:
    """How many lines the label's text takes at the width it has."""
    fm = QFontMetrics(label.font())
    r = fm.boundingRect(QRect(0, 0, label.contentsRect().width(), 100000), int(Qt.TextFlag.TextWordWrap), label.text())
    return round(r.height() / fm.lineSpacing())


def _bar_height(win) -> int:
    return win.findChild(QWidget, "topBar").height()


def test_a_long_title_takes_two_lines_and_keeps_the_rest_in_its_tooltip(qtbot, win, long_titled_kit):
    win.resize(1024, 700)
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        win.open_kit(long_titled_kit)
    title = win.kit_title
    qtbot.waitUntil(lambda: title.text().endswith("\u2026"))
    assert _lines(title) == 2  # it wrapped on five lines at this width, and the bar was as tall
    assert _bar_height(win) <= max(2 * QFontMetrics(title.font()).lineSpacing(), win.top_actions.height()) + 10
    shown = title.text()[:-1]
    assert LONG.startswith(shown) and len(shown.split()) >= 4  # whole words, as many as two lines hold
    assert title.full_text() == LONG and "Sargassum" in title.toolTip()
    assert win.windowTitle().startswith(LONG[:100])  # (the window title has its own bound)
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: len(title.text()) > len(shown) + 20)  # a wider window shows more of it
    assert _lines(title) <= 2


def test_a_short_title_is_shown_whole(qtbot, win, built_kit):
    win.resize(1024, 700)
    with qtbot.waitSignal(win.kitOpened, timeout=20000):
        win.open_kit(built_kit)
    assert win.kit_title.text() == "Test Summit Kit" and _lines(win.kit_title) == 1
