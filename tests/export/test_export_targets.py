"""Exports to a target that cannot take them, run as a reader runs them (the ``presskit`` command):
a file size limit (a FAT32 stick holds at most 4 GB a file; here the process's own limit, no root
needed) stops each format with a sentence that says what to do and leaves nothing behind; a
100-megapixel photo exports without Pillow's warning on the terminal."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from presskit.build import build_kit

REPO = Path(__file__).resolve().parents[2]


def _presskit(*args, fsize: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHONDONTWRITEBYTECODE="1")

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=300, preexec_fn=limit)


@pytest.fixture(scope="module")
def noisy_kit(tmp_path_factory) -> Path:
    """Two statements and two photos of noise (which no compression shrinks): some 600 KB."""
    src = tmp_path_factory.mktemp("src")
    (src / "statement.txt").write_text("The coalition demands transparency on stockpiles.\n", encoding="utf-8")
    (src / "déclaration.txt").write_text("La coalition exige la transparence.\n", encoding="utf-8")
    for name in ("plenary one.png", "plenary two.png"):
        Image.frombytes("RGB", (330, 330), os.urandom(330 * 330 * 3)).save(src / name)
        (src / f"{name}.txt").write_text("Plenary\nPhoto: Zoë Martin\n", encoding="utf-8")
    kit = src.parent / "kit"
    build_kit(src, kit, workers=1)
    return kit


@pytest.mark.parametrize("name", ["selection", "selection.zip", "selection.pdf"])
def test_a_target_that_takes_no_file_that_large_says_what_to_do(noisy_kit, tmp_path, name):
    """Before: the merged PDF said "The export … failed" with a MuPDF object as details."""
    dest = tmp_path / "stick"
    dest.mkdir()
    ids = ["statement", "declaration", "plenary-one", "plenary-two"]
    p = _presskit("export", noisy_kit, "--ids", *ids, "-o", dest / name, "--allow-missing-credit",
                  fsize=200_000)
    assert "Traceback" not in p.stderr and p.returncode == 2, p.stderr
    first = p.stderr.splitlines()[0]
    assert "larger than one file may be there" in first and "FAT32" in first, first
    assert ("Export a folder" in first) == (name != "selection"), first
    assert "nothing was left behind" in first
    assert list(dest.iterdir()) == []


def test_a_hundred_megapixel_photo_exports_without_a_warning(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    Image.new("L", (9500, 9500), 128).save(src / "panorama.png")  # 90 MP: past Pillow's warning
    (src / "panorama.png.txt").write_text("The venue\nPhoto: Zoë Martin\n", encoding="utf-8")
    build_kit(src, tmp_path / "kit", workers=1)
    for out in ("folder", "one.zip", "one.pdf"):
        p = _presskit("export", tmp_path / "kit", "--ids", "panorama", "-o", tmp_path / out)
        assert p.returncode == 0, p.stderr
        assert "Warning" not in p.stderr and "warn" not in p.stderr, p.stderr


def test_a_file_gone_from_the_kit_is_not_counted_as_exported(noisy_kit, tmp_path):
    """Before: "Exported 4 items" above the warning that one was left out."""
    import shutil

    kit = Path(shutil.copytree(noisy_kit, tmp_path / "kit"))
    (kit / "statement.txt").unlink()
    for out in ("folder", "one.zip", "one.pdf"):
        p = _presskit("export", kit, "--ids", "statement", "declaration", "plenary-one", "-o", tmp_path / out)
        assert p.returncode == 0, p.stderr
        assert "Exported 2 items" in p.stdout, p.stdout
        assert "statement.txt is missing from the kit folder; it was left out." in p.stderr
