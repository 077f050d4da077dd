"""The CLI as a publisher and a journalist use it: real processes, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from kitmaker import make_source


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_build_search_info_verify(tmp_path):
    src = make_source(tmp_path / "src")
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    out = tmp_path / "kit"
    r = run("build", src, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "broken.pdf" in r.stdout and "Skipped 1 file" in r.stdout

    r = run("search", out, '"une nouvelle decennie"', "--json")
    data = json.loads(r.stdout)
    assert data["total"] == 1
    assert data["results"][0]["path"] == "press-releases/PR_Opening_16.11.26_French.pdf"
    assert data["results"][0]["pages"][0]["page"] == 1

    r = run("search", out, "ammunitoin")
    assert "Did you mean: ammunition" in r.stdout
    assert "1 document matches." in run("search", out, '"une nouvelle decennie"').stdout
    assert "(s)" not in run("search", out, "coalition").stdout  # "2 documents match.", never "document(s)"

    r = run("info", out)
    assert "Index: fresh" in r.stdout and "broken.pdf" in r.stdout

    assert run("verify", out).returncode == 0
    (out / "briefing-note.txt").write_text("tampered", encoding="utf-8")
    r = run("verify", out)
    assert r.returncode == 1 and "CHANGED  briefing-note.txt" in r.stdout
    assert "0 missing and 1 changed, of 4 files." in r.stdout


def test_build_takes_the_output_folder_as_a_second_argument_too(tmp_path):
    # "presskit build SRC OUT" is what a publisher types first; it must not build into SRC.
    src = make_source(tmp_path / "src")
    (src / "misc.txt").write_text("Programme of side events.\n", encoding="utf-8")
    before = sorted(p.relative_to(src) for p in src.rglob("*"))
    out = tmp_path / "kit"
    r = run("build", src, out)
    assert r.returncode == 0, r.stderr
    assert (out / "manifest.json").is_file()
    assert sorted(p.relative_to(src) for p in src.rglob("*")) == before
    assert "1 other document" in r.stdout and "1 other," not in r.stdout and "1 other)" not in r.stdout

    r = run("build", src, out, "-o", tmp_path / "elsewhere")
    assert r.returncode == 2 and "two output folders" in r.stderr
    assert not (tmp_path / "elsewhere").exists()


def test_strict_build_fails_and_changes_nothing(tmp_path):
    src = make_source(tmp_path / "src")
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    r = run("build", src, "--strict")
    assert r.returncode == 1
    assert "broken.pdf" in r.stderr
    assert not (src / "manifest.json").exists() and not (src / "index").exists()


def test_bad_kit_is_a_sentence_not_a_traceback(tmp_path):
    r = run("search", tmp_path, "x")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "manifest.json" in r.stderr


def test_full_disk_during_a_rebuild_is_a_sentence_and_keeps_the_previous_kit(tmp_path, monkeypatch):
    import errno

    import pytest

    from presskit.build import build_kit
    from presskit.errors import BuildError
    from presskit.index import writer as idx
    from presskit.index.status import kit_index_status
    from presskit.kit.open import open_kit
    from presskit.search import Searcher

    src = make_source(tmp_path / "src")
    build_kit(src, workers=1)
    manifest_before = (src / "manifest.json").read_bytes()
    (src / "briefing-note.txt").write_text("Briefing note\n\nAbout landmines.\n", encoding="utf-8")

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(idx.IndexWriter, "finish", full)
    with pytest.raises(BuildError, match="disk is full"):
        build_kit(src, workers=1)
    monkeypatch.undo()
    assert (src / "manifest.json").read_bytes() == manifest_before
    assert not [p for p in src.iterdir() if p.name.startswith(".index.")], "no half-built index left"
    kit = open_kit(src)
    assert kit_index_status(kit) == "fresh"
    with Searcher(kit) as s:
        assert s.search("inspectors").total == 1


def test_a_query_that_starts_with_a_minus_is_a_query(tmp_path, capsys):
    """`presskit search KIT -draft` (the README's -word) stopped with argparse's "unrecognized
    arguments: -draft": the query was read as an option. Search and export --query now take it."""
    from presskit.build import build_kit
    from presskit.cli import main

    src = make_source(tmp_path / "src")
    build_kit(src, tmp_path / "kit", workers=1)
    assert main(["search", str(tmp_path / "kit"), "-coalition", "--json"]) == 0
    without = {r["id"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert main(["search", str(tmp_path / "kit"), "coalition", "--json"]) == 0
    having = {r["id"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert without and having and not without & having  # the minus left those documents out
    assert main(["export", str(tmp_path / "kit"), "--query", "-coalition", "-o", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / "CREDITS.txt").is_file()


def test_a_photo_in_the_results_has_no_question_mark_for_a_language(tmp_path, capsys):
    """A photo's result line read "[Photo, ?, 2026-11-24]": the '?' looked like a fault; a photo
    has no language to name."""
    from PIL import Image

    from presskit.build import build_kit
    from presskit.cli import main

    src = tmp_path / "src"
    src.mkdir()
    exif = Image.Exif()
    exif[0x010E] = "Activists unfurl a banner at the summit entrance."
    exif[0x013B] = "Claire Dubois"
    Image.new("RGB", (60, 40), (30, 110, 160)).save(src / "Banner_23-11-2026.jpg", exif=exif)
    build_kit(src, tmp_path / "kit", workers=1)
    assert main(["search", str(tmp_path / "kit"), "banner"]) == 0
    out = capsys.readouterr().out
    assert "[Photo, 2026-11-23]" in out, out
    assert "?" not in out
