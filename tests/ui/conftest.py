"""Fixtures for viewer tests: small PDFs, text files and kits made in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit.build import build_kit
from uihelpers import make_source

# Every test here uses Qt through qtbot or qapp: tests/conftest.py marks them "gui". An import error
# in this file fails every viewer test loudly; it never turns them into skips.


@pytest.fixture(scope="session")
def built_kit(tmp_path_factory) -> Path:
    """A built kit (manifest + index)."""
    base = tmp_path_factory.mktemp("kit")
    src = make_source(base / "src")
    build_kit(src, base / "kit")
    return base / "kit"


@pytest.fixture
def settings(tmp_path):
    from presskit.ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def win(qtbot, settings):
    """The viewer's main window as the app makes it (extensions installed), shown offscreen."""
    from presskit.ui.app import Viewer, make_application

    make_application([])
    v = Viewer(settings)
    w = v.window
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait(3000)
