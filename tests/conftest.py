"""Test-wide setup: Qt offscreen, no network (the offline guarantee is enforced here), user folders
kept apart, the ``gui`` mark, and the real-world corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Test modules are imported by path (--import-mode=importlib: tests/kit/test_archive.py and a future
# tests/export/test_archive.py may share a name); the helper modules are imported by name from here.
HERE = Path(__file__).resolve().parent
for _helpers in (HERE, HERE / "ui"):
    if str(_helpers) not in sys.path:
        sys.path.insert(0, str(_helpers))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRESSKIT_NO_USER_STATE", "1")

REPO = Path(__file__).resolve().parents[1]
#: Real-world PDFs and photos (not in the repository): PRESSKIT_CORPUS, else ../shared/corpus next to it.
CORPUS = Path(os.environ.get("PRESSKIT_CORPUS") or REPO.parent / "shared" / "corpus")


@pytest.fixture(scope="session", autouse=True)
def network_guard(tmp_path_factory):
    """No test reaches the network: connections and name lookups outside this machine raise
    :class:`netguard.NetworkBlocked`, here and in every Python process a test starts (a
    ``sitecustomize`` on ``PYTHONPATH`` installs the same guard there)."""
    import netguard

    site = tmp_path_factory.mktemp("netguard")
    (site / "sitecustomize.py").write_text(netguard.SITECUSTOMIZE.format(here=str(HERE)), encoding="utf-8")
    old_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(x for x in (str(site), old_path) if x)
    real = netguard.install()
    yield
    netguard.uninstall(real)
    if old_path is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old_path


def pytest_collection_modifyitems(config, items):
    """Every test that uses Qt (qtbot or qapp, directly or through a fixture) is marked ``gui``, so
    ``pytest -m "not gui"`` runs the core alone."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep caches and settings of tests out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real-world corpus not present at {CORPUS}")
    return CORPUS


def pytest_unconfigure(config):
    """Empty the clipboard before the process ends: Qt's offscreen platform crashes at exit (signal 11,
    after every test passed) when its clipboard still holds data set with ``setMimeData``, which the
    copy and cite tests do. The viewer itself does the same on quitting (``make_application``)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        widgets.QApplication.clipboard().clear()

