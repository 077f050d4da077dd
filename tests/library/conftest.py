"""Fixtures: three kits from three publishers, built once per session and copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.library.kits import build_kit, make_library_sources


@pytest.fixture(scope="session")
def built_kits(tmp_path_factory) -> dict[str, Path]:
    """{name: built kit folder} for coalition, society and delegation (read-only for tests: copy first)."""
    root = tmp_path_factory.mktemp("library-kits")
    srcs = make_library_sources(root)
    return {name: build_kit(src, root / f"kit-{name}") for name, src in srcs.items()}


@pytest.fixture(scope="session")
def library_sources(built_kits) -> dict[str, Path]:
    return {name: kit.parent / f"src-{name}" for name, kit in built_kits.items()}


@pytest.fixture
def kits(built_kits, tmp_path) -> dict[str, Path]:
    """A fresh copy of the three built kits under this test's tmp_path."""
    out = {}
    for name, kit in built_kits.items():
        out[name] = Path(shutil.copytree(kit, tmp_path / "kits" / kit.name))
    return out


@pytest.fixture
def library(tmp_path):
    from presskit.library.catalog import Library

    return Library(tmp_path / "library.json")
