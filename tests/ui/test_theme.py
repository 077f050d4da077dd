"""presskit.ui.theme: every colour of the viewer in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presskit.ui import theme

UI = Path(theme.__file__).parent


def test_css_fills_in_colours_by_name():
    assert theme.css("color: @MUTED; background: @SURFACE;") == f"color: {theme.MUTED}; background: {theme.SURFACE};"
    with pytest.raises(KeyError):
        theme.css("color: @NO_SUCH_COLOUR;")


def test_no_viewer_module_names_a_colour_of_its_own():
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d")
    offenders = [p.name for p in UI.glob("*.py") if p.name != "theme.py" and literal.search(p.read_text("utf-8"))]
    assert offenders == []
    used = {m for p in UI.glob("*.py") if p.name != "theme.py"
            for m in re.findall(r"@([A-Z_]+)\b", p.read_text("utf-8"))}
    assert used and all(hasattr(theme, name) for name in used)
