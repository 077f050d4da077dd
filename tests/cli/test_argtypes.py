"""The CLI refuses bad arguments with exit code 2 and one sentence naming the valid values."""

from __future__ import annotations

import json

import pytest

from presskit.choices import ChoiceError, parse_kind, parse_language
from presskit.cli import main


@pytest.fixture(scope="module")
def kit_dir(tmp_path_factory):
    from kitmaker import make_source

    from presskit.build import build_kit

    base = tmp_path_factory.mktemp("cli")
    build_kit(make_source(base / "src"), base / "kit")
    return base / "kit"


def refused(capsys, *argv) -> str:
    """Run the CLI expecting exit 2; returns what it printed on stderr (nothing on stdout)."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse refuses before any command runs
        code = e.code
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert "Traceback" not in err and out == ""
    return err


# --- kinds and languages: codes, English and French labels, unique prefixes -------------------------

@pytest.mark.parametrize("text,code", [
    ("press-release", "press-release"), ("press release", "press-release"), ("Press Release", "press-release"),
    ("communiqué", "press-release"), ("communique de presse", "press-release"), ("press", "press-release"),
    ("statement", "statement"), ("déclaration", "statement"), ("fiche", "fact-sheet"),
    ("fact_sheet", "fact-sheet"), ("note d'information", "briefing"), ("photos", "photo"),
])
def test_kind_names(text, code):
    assert parse_kind(text) == code


@pytest.mark.parametrize("text,code", [
    ("fr", "fr"), ("french", "fr"), ("French", "fr"), ("français", "fr"), ("francais", "fr"), ("fren", "fr"),
    ("en", "en"), ("anglais", "en"), ("Español", "es"), ("spanish", "es"), ("deutsch", "de"),
])
def test_language_names(text, code):
    assert parse_language(text) == code


@pytest.mark.parametrize("bad", ["nonsense", "s", "", "xx"])
def test_unknown_or_ambiguous_kind_is_a_sentence(bad):
    with pytest.raises(ChoiceError) as e:
        parse_kind(bad)
    assert "press-release (Press release, Communiqué de presse)" in str(e.value)


def test_search_accepts_labels_and_prefixes(kit_dir, capsys):
    assert main(["search", str(kit_dir), "coalition", "--kind", "press release", "--lang", "french", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"] and all(r["kind"] == "press-release" and r["language"] == "fr" for r in data["results"])
    assert main(["search", str(kit_dir), "coalition", "--kind", "communiqué", "--lang", "fr", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == data["total"]


@pytest.mark.parametrize("args,words", [
    (["--kind", "nonsense"], ["'nonsense' is not a kind", "statement"]),
    (["--lang", "klingon"], ["'klingon' is not a language", "fr (French, français)"]),
    (["--lang", "e"], ["more than one language", "en", "es"]),
    (["--from", "2026-13-45"], ["'2026-13-45' is not a real date", "2026-11-16"]),
    (["--from", "16/11/2026"], ["YEAR-MONTH-DAY"]),
    (["--to", "20261116"], ["YEAR-MONTH-DAY"]),
    (["--limit", "0"], ["0 is too small", "1 or more"]),
    (["--limit", "-3"], ["too small"]),
    (["--limit", "ten"], ["'ten' is not a whole number"]),
    (["--from", "2026-11-18", "--to", "2026-11-16"], ["after --to", "swap"]),
])
def test_search_refuses_bad_arguments(kit_dir, capsys, args, words):
    err = refused(capsys, "search", kit_dir, "coalition", *args)
    for w in words:
        assert w in err


# --- export -------------------------------------------------------------------------------------

def test_export_infers_the_format_from_the_name(kit_dir, tmp_path, capsys):
    ids = [it["id"] for it in _items(kit_dir, capsys)][:2]
    assert main(["export", str(kit_dir), "--ids", *ids, "-o", str(tmp_path / "sel.pdf")]) == 0
    assert (tmp_path / "sel.pdf").read_bytes()[:5] == b"%PDF-"
    assert main(["export", str(kit_dir), "--ids", *ids, "-o", str(tmp_path / "sel.zip")]) == 0
    assert (tmp_path / "sel.zip").read_bytes()[:2] == b"PK"
    assert main(["export", str(kit_dir), "--ids", *ids, "-o", str(tmp_path / "folder")]) == 0
    assert (tmp_path / "folder" / "CREDITS.txt").is_file()
    capsys.readouterr()


def test_export_refuses_a_format_that_contradicts_the_name(kit_dir, tmp_path, capsys):
    ids = [it["id"] for it in _items(kit_dir, capsys)][:1]
    err = refused(capsys, "export", kit_dir, "--ids", *ids, "--format", "pdf", "-o", tmp_path / "out.zip")
    assert "--format pdf does not match" in err and ".pdf" in err
    assert not (tmp_path / "out.zip").exists()
    err = refused(capsys, "export", kit_dir, "--ids", *ids, "-o", tmp_path / "out.txt")
    assert "Cannot tell the export format" in err


def test_export_never_overwrites_without_force(kit_dir, tmp_path, capsys):
    ids = [it["id"] for it in _items(kit_dir, capsys)][:1]
    target = tmp_path / "keep.zip"
    target.write_bytes(b"precious")
    err = refused(capsys, "export", kit_dir, "--ids", *ids, "-o", target)
    assert "already exists" in err and "--force" in err
    assert target.read_bytes() == b"precious"
    assert main(["export", str(kit_dir), "--ids", *ids, "-o", str(target), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"
    capsys.readouterr()


def test_export_unknown_id_speaks_of_the_cli(kit_dir, tmp_path, capsys):
    err = refused(capsys, "export", kit_dir, "--ids", "bad", "-o", tmp_path / "x.zip")
    assert "'bad'" in err and "presskit info KIT --items" in err
    for viewer_word in ("mark", "selection", "Refresh"):
        assert viewer_word not in err


# --- info --items / --json ------------------------------------------------------------------------

def _items(kit_dir, capsys) -> list[dict]:
    assert main(["info", str(kit_dir), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["items"]


def test_info_lists_ids_kinds_dates_titles(kit_dir, capsys):
    items = _items(kit_dir, capsys)
    assert len(items) == 4
    assert {"id", "kind", "date", "language", "title", "path"} <= set(items[0])
    assert main(["info", str(kit_dir), "--items"]) == 0
    out = capsys.readouterr().out
    for it in items:
        line = next(ln for ln in out.splitlines() if ln.startswith(it["id"] + " "))
        assert it["kind"] in line and (it["date"] or "-") in line and it["title"] in line
    # the ids listed are the ones export takes
    assert main(["export", str(kit_dir), "--ids", items[0]["id"], "-o", str(kit_dir.parent / "one.zip")]) == 0
