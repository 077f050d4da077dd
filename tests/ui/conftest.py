"""Fixtures for viewer tests: small PDFs, text files and kits made in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from uihelpers import make_pdf, make_source  # noqa: F401

pytestmark = pytest.mark.gui


@pytest.fixture(scope="session")
def built_kit(tmp_path_factory) -> Path:
    """A built kit (manifest + index); skips when the builder is not available yet."""
    try:
        from presskit.build import build_kit
    except ImportError as e:  # pragma: no cover
        pytest.skip(f"builder not available: {e}")
    base = tmp_path_factory.mktemp("kit")
    src = make_source(base / "src")
    try:
        build_kit(src, base / "kit")
    except ImportError as e:
        pytest.skip(f"builder not complete yet: {e}")
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
