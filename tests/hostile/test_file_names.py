"""Every file name a real disk can hold: it builds, packs, opens and searches, or is refused at
build time with a sentence naming the file. Kit folders with ``#``, ``?`` or ``%`` in their path work.
"""

from __future__ import annotations

import re

import os
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

from hostile_helpers import cli, no_traceback, ok, read_manifest, snapshot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")


def _source(tmp_path: Path, names: list[bytes | str]) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "kit.toml").write_text('title = "Names"\n')
    (src / "plain.txt").write_text("The coalition publishes a plain note.\n")
    for n in names:
        raw = n if isinstance(n, bytes) else n.encode("utf-8")
        with open(os.path.join(os.fsencode(src), raw), "wb") as f:
            f.write(b"The coalition text of " + raw.replace(b"\n", b" ") + b".\n")
    return src


def _round_trip(src: Path, tmp_path: Path, names: list[bytes | str]) -> None:
    """Build (-o and in place), then info, verify, search, pack and search the packed kit. Every odd
    name is either in the kit or reported by the build as left out, by name."""
    kit = tmp_path / "kit"
    b = cli("build", src, "-o", kit, "--workers", "1")
    no_traceback(b)
    ok(b)
    paths = {it["path"] for it in read_manifest(kit)["items"]}
    assert "plain.txt" in paths
    for n in names:
        shown = os.fsdecode(n) if isinstance(n, bytes) else n
        inside = shown in paths or unicodedata.normalize("NFC", shown) in paths
        reported = repr(shown)[1:-1] in b.stdout or shown in b.stdout or \
            shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace") in b.stdout
        assert inside or reported, f"{shown!r} is neither in the kit nor reported:\n{b.stdout}"
    for args in (["info", kit], ["verify", kit], ["search", kit, "coalition"]):
        ok(cli(*args))
    packed = tmp_path / "kit.presskit"
    ok(cli("pack", kit, "-o", packed))
    for args in (["info", packed], ["verify", packed], ["search", packed, "coalition"]):
        ok(cli(*args))
    ok(cli("build", src, "--workers", "1"))  # in place


def test_a_255_byte_name_builds(tmp_path):
    name = "a" * 251 + ".txt"
    _round_trip(_source(tmp_path, [name]), tmp_path, [name])


def test_a_255_byte_name_in_a_deep_folder_builds(tmp_path):
    src = _source(tmp_path, [])
    deep = src / ("d" * 200) / ("e" * 200)
    deep.mkdir(parents=True)
    (deep / ("n" * 250 + ".txt")).write_text("The coalition deep note.\n")
    _round_trip(src, tmp_path, [])


@pytest.mark.parametrize("raw", [b"caf\xe9 latin-1.txt", b"\xff\xfe.txt"], ids=["latin1", "garbage"])
def test_a_name_that_is_not_utf8_is_refused_by_name_or_kept(raw, tmp_path):
    _round_trip(_source(tmp_path, [raw]), tmp_path, [raw])


#: Names a Linux disk holds that a terminal, Windows, a FAT-formatted USB stick or a ZIP reader chokes on.
CONTROL_NAMES = ["line\nbreak.txt", "carriage\rreturn.txt", "tab\tname.txt", "bell\x07.txt", "esc\x1b[31m.txt",
                 "\u202eeman.txt"]
WINDOWS_NAMES = ["colon: name.txt", "back\\slash.txt", "trailing dot.", "CON.txt", "question?.txt", "star*.txt",
                 "pipe|.txt", 'quote".txt', "lt<gt>.txt", "space at end .txt"]


@pytest.mark.parametrize("names", [CONTROL_NAMES, WINDOWS_NAMES], ids=["controls", "windows"])
def test_odd_names_build_pack_open_and_search(names, tmp_path):
    _round_trip(_source(tmp_path, names), tmp_path, names)


def test_names_that_differ_only_by_case_build_and_pack(tmp_path):
    names = ["Report.txt", "report.txt", "REPORT.TXT"]
    _round_trip(_source(tmp_path, names), tmp_path, names)


def test_names_that_differ_only_by_normalisation_build_and_pack(tmp_path):
    nfc, nfd = unicodedata.normalize("NFC", "café.txt"), unicodedata.normalize("NFD", "café.txt")
    assert nfc != nfd
    _round_trip(_source(tmp_path, [nfc, nfd]), tmp_path, [nfc, nfd])


@pytest.mark.parametrize("folder", ["Press kit #2", "kit?v=1", "100% kit", "a#b?c%d&e=f", "%2e%2e", "file:kit"])
def test_kit_folders_with_uri_characters_build_and_search(folder, tmp_path, source_template):
    parent = tmp_path / folder
    kit = parent / "kit"
    ok(cli("build", source_template, "-o", kit, "--workers", "1"))
    before = snapshot(tmp_path)
    s = ok(cli("search", kit, "stockpiles"))
    assert re.search(r"\d+ documents? match", s.stdout)
    ok(cli("info", kit))
    ok(cli("verify", kit))
    assert snapshot(tmp_path) == before, "searching created or changed files"
    packed = parent / "kit.presskit"
    ok(cli("pack", kit, "-o", packed))
    assert re.search(r"\d+ documents? match", ok(cli("search", packed, "stockpiles")).stdout)
    ids = [it["id"] for it in read_manifest(kit)["items"] if it["media"] != "image"]
    ok(cli("export", kit, "--ids", *ids, "--format", "zip", "-o", parent / "out.zip"))


@pytest.mark.gui
def test_the_viewer_searches_a_kit_whose_folder_has_a_hash(qtbot, viewer, tmp_path, unsigned_template):
    kit = Path(shutil.copytree(unsigned_template, tmp_path / "Press kit #2" / "kit?v=1"))
    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(kit))
    qtbot.waitUntil(lambda: viewer.list_pane.search_available, timeout=60000)
    with qtbot.waitSignal(viewer.list_pane.searchFinished, timeout=20000) as blocker:
        viewer.list_pane.set_query("stockpiles")
        viewer.list_pane.search_now()
    assert blocker.args[0].total >= 1
