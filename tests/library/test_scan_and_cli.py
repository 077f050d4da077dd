"""Finding kits on a stick (bounded, never following links out), and the library on the command line."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

from presskit.kit.archive import pack_kit
from presskit.library.scan import find_kits, sort_packs
from tests.library.kits import presskit


def test_scan_finds_kits_and_packs_but_never_follows_links_out(kits, tmp_path):
    stick = tmp_path / "stick"
    shutil.copytree(kits["coalition"], stick / "Press" / "coalition")
    pack_kit(kits["delegation"], stick / "belmora.presskit")
    (stick / "deep" / "a" / "b" / "c" / "d" / "e").mkdir(parents=True)
    shutil.copytree(kits["society"], stick / "deep" / "a" / "b" / "c" / "d" / "e" / "too-deep")
    (stick / ".hidden").mkdir()
    shutil.copytree(kits["society"], stick / ".hidden" / "kit")
    os.symlink(kits["society"], stick / "link-to-a-kit-outside")
    os.symlink(stick, stick / "Press" / "loop")
    os.symlink(tmp_path / "elsewhere.presskit", stick / "link.presskit")
    found = find_kits(stick)
    assert found.kits == [stick / "Press" / "coalition"]
    assert found.packs == [stick / "belmora.presskit"] and not found.truncated
    # a kit inside the found kit is not looked for; the scan stops at its entry budget
    assert find_kits(stick, max_entries=3).truncated
    assert "too-deep" in [k.name for k in find_kits(stick, max_depth=7).kits]


def test_scan_sorts_kits_from_update_packs_and_names_bad_files(kits, tmp_path):
    pack_kit(kits["delegation"], tmp_path / "kit.presskit")
    (tmp_path / "broken.presskit").write_bytes(b"PK\x03\x04 not really")
    kit_files, updates, bad = sort_packs([tmp_path / "kit.presskit", tmp_path / "broken.presskit"])
    assert kit_files == [tmp_path / "kit.presskit"] and updates == []
    assert [p.name for p, _why in bad] == ["broken.presskit"] and bad[0][1]


def _json(r):
    return json.loads(r.stdout)


def test_cli_library_add_list_search_quotes_export_alerts_remove(kits, tmp_path):
    stick = tmp_path / "stick"
    for name in ("coalition", "society"):
        shutil.copytree(kits[name], stick / name)
    r = presskit("library", "add", str(stick), str(kits["delegation"]))
    assert r.stdout.count("Added: ") == 3 and "UNSIGNED" in r.stdout
    listed = _json(presskit("library", "list", "--json"))["kits"]
    assert {k["organisation"] for k in listed} == {"Coalition for Safer Streets", "Red Lantern Society",
                                                   "Delegation of Belmora"}
    assert all(k["present"] and k["signature"] == "unsigned" for k in listed)

    data = _json(presskit("search", "--library", "clearance", "--json"))
    assert data["total"] == 5 and len(data["facets"]["kit"]) == 2
    assert {r["kit"]["organisation"] for r in data["results"]} == {"Coalition for Safer Streets",
                                                                   "Red Lantern Society"}
    text = presskit("search", "--library", "transparency").stdout
    assert "Kit: Delegation of Belmora: Review Conference kit — Delegation of Belmora (UNSIGNED)" in text
    society = next(k for k in listed if k["organisation"] == "Red Lantern Society")
    only = _json(presskit("search", "--library", "clearance", "--kit", society["id"], "--json"))
    assert {r["kit"]["id"] for r in only["results"]} == {society["id"]}

    quotes = _json(presskit("quotes", "--library", "--json"))
    assert {q["kit"]["organisation"] for q in quotes} == {k["organisation"] for k in listed}
    cited = presskit("quotes", "--library", "wording", "--cite", "bibliographic").stdout
    assert "Delegation of Belmora" in cited

    hit = data["results"][0]
    out = tmp_path / "export.zip"
    r = presskit("export", "--library", "--ids", f"{hit['kit']['id']}:{hit['id']}", "-o", str(out))
    assert "Exported 1 item from 1 kit" in r.stdout
    with zipfile.ZipFile(out) as zf:
        assert any(n.endswith("CREDITS.txt") and hit["kit"]["organisation"] in zf.read(n).decode()
                   for n in zf.namelist())

    presskit("search", "--library", '"Article 5"', "--save", "Article 5")
    assert "0 new for Article 5" in presskit("alerts").stdout

    shutil.move(str(stick / "society"), tmp_path / "unplugged")
    text = presskit("library", "list").stdout
    assert "[ABSENT] Red Lantern Society" in text
    r = presskit("search", "--library", "clearance", "--json")
    assert "not searched: Red Lantern Society" in r.stderr and _json(r)["total"] == 3

    r = presskit("library", "remove", society["id"])
    assert "its files were not touched" in r.stdout
    assert len(_json(presskit("library", "list", "--json"))["kits"]) == 2
    assert (tmp_path / "unplugged" / "manifest.json").exists()


def test_cli_refuses_library_options_without_library_and_unknown_kits(kits):
    r = presskit("search", str(kits["coalition"]), "clearance", "--kit", "x", check=False)
    assert r.returncode == 2 and "--library" in r.stderr
    r = presskit("library", "remove", "no-such-kit", check=False)
    assert r.returncode == 2 and "no kit 'no-such-kit'" in r.stderr
    r = presskit("alerts")
    assert "No saved searches" in r.stdout
    r = presskit("search", "--library", "anything")
    assert "No kit of your library can be searched" in r.stdout


def test_cli_library_apply_prints_alerts(kits, library_sources, tmp_path):
    from presskit.kit.keys import generate_key
    from presskit.kit.signing import sign_kit
    from presskit.kit.updates import make_update
    from tests.kitmaker import make_pdf
    from tests.library.kits import build_kit

    key = tmp_path / "k.pem"
    generate_key(key)
    sign_kit(kits["society"], key)
    presskit("library", "add", str(kits["society"]), str(kits["coalition"]))
    presskit("search", "--library", "civils OR civilians", "--save", "civilians")
    src = Path(shutil.copytree(library_sources["society"], tmp_path / "src2"))
    make_pdf(src / "notes/Note_Civils_19.11.26_FR.pdf", ["<p>Note : les civils paient le prix des armes explosives.</p>"],
             title="Note sur les civils")
    new = build_kit(src, tmp_path / "new")
    sign_kit(new, key)
    make_update(kits["society"], new, tmp_path / "day4.presskit", key=key)
    r = presskit("library", "apply", str(tmp_path / "day4.presskit"))
    assert "Update applied (signed by Red Lantern Society" in r.stdout
    assert "1 new for civilians" in r.stdout and "Note sur les civils" in r.stdout
    data = _json(presskit("alerts", "--json", "--seen"))
    assert data["alerts"][0]["new_documents"][0]["title"] == "Note sur les civils"
    assert "0 new for civilians" in presskit("alerts").stdout


def test_library_add_says_why_an_index_made_elsewhere_is_rebuilt(kits):
    # a kit whose index another computer made (no seal of this computer, none of a publisher) was
    # announced as "(its index is stale)" while `presskit info` called the same index fresh
    from presskit.index.integrity import LOCAL_SEAL_NAME

    (kits["society"] / "index" / LOCAL_SEAL_NAME).unlink()
    r = presskit("library", "add", str(kits["society"]))
    assert "Indexing " in r.stderr and "stale" not in r.stderr, r.stderr
    assert "made on another computer and not signed by its publisher" in r.stderr
