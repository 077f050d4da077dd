"""`presskit export --query` exports every match, however many: a kit of 1,050 notes all matching
exported 1,000 of them and said "1000 items match"."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from presskit.build import build_kit

NOTES = 1050


@pytest.fixture(scope="module")
def many_notes(tmp_path_factory):
    base = tmp_path_factory.mktemp("many")
    src = base / "src"
    src.mkdir()
    for n in range(NOTES):
        (src / f"note-{n:04d}.txt").write_text(f"Note {n}\n\nThe verification regime, note {n}.\n",
                                              encoding="utf-8")
    (src / "other.txt").write_text("Programme\n\nSide events only.\n", encoding="utf-8")
    build_kit(src, base / "kit")
    return base / "kit"


def run(*args):
    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], capture_output=True,
                          text=True, timeout=600)


def documents_in(zip_path):
    with zipfile.ZipFile(zip_path) as z:
        return {n for n in z.namelist() if n.rsplit("/", 1)[-1].startswith("note-")}


def test_a_query_exports_every_item_it_matches(many_notes, tmp_path):
    r = run("export", many_notes, "--query", "verification", "-o", tmp_path / "all.zip")
    assert r.returncode == 0, r.stderr
    assert f"{NOTES} items match" in r.stderr
    assert len(documents_in(tmp_path / "all.zip")) == NOTES


def test_a_library_query_exports_every_item_it_matches(many_notes, tmp_path):
    assert run("library", "add", many_notes).returncode == 0
    r = run("export", "--library", "--query", "verification", "-o", tmp_path / "lib.zip")
    assert r.returncode == 0, r.stderr
    assert len(documents_in(tmp_path / "lib.zip")) == NOTES


def test_all_exports_every_item_and_a_star_query_says_so(many_notes, tmp_path):
    r = run("export", many_notes, "--all", "-o", tmp_path / "every.zip")
    assert r.returncode == 0, r.stderr
    assert len(documents_in(tmp_path / "every.zip")) == NOTES
    with zipfile.ZipFile(tmp_path / "every.zip") as z:
        assert any(n.endswith("other.txt") for n in z.namelist())
    r = run("export", many_notes, "--query", "*", "-o", tmp_path / "star.zip")
    assert r.returncode != 0 and "--all" in r.stderr and not (tmp_path / "star.zip").exists()
