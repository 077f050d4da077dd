"""Saved searches flag what an applied update pack or an added kit brings; packs go to the kit of
the same publisher key only; a kit whose signature fails says so on each of its results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presskit.errors import LibraryError
from presskit.kit.keys import generate_key
from presskit.kit.signing import sign_kit
from presskit.kit.updates import make_update
from presskit.library.alerts import alerts, delete_search, mark_looked, save_search, saved_searches
from presskit.library.catalog import Library
from presskit.library.search import LibrarySearcher
from presskit.library.updates import apply_to_library
from tests.kitmaker import make_pdf
from tests.library.kits import build_kit

DAY3 = ("press-releases/PR_Day3_18.11.26_EN.pdf", [
    "<h1>Day three: Article 5 extensions</h1><p>Three states asked for more time under Article 5. "
    "“Article 5 extensions must come with a plan,” said Amara Diallo.</p>"], "Day three: Article 5 extensions")


def _signed_copy(kit: Path, key: Path, tmp: Path, name: str) -> Path:
    out = Path(shutil.copytree(kit, tmp / name))
    sign_kit(out, key, publisher=None)
    return out


def _day3_pack(src: Path, old_kit: Path, key: Path, tmp: Path) -> Path:
    """The publisher's next day: one more document, rebuilt, signed with ``key``, as an update pack."""
    day3_src = Path(shutil.copytree(src, tmp / "src-day3"))
    rel, pages, title = DAY3
    make_pdf(day3_src / rel, pages, title=title)
    new = build_kit(day3_src, tmp / "kit-day3")
    sign_kit(new, key)
    pack = tmp / "day3.presskit"
    make_update(old_kit, new, pack, key=key)
    return pack


@pytest.fixture
def keys(tmp_path):
    out = {}
    for name in ("coalition", "society"):
        out[name] = tmp_path / "keys" / f"{name}.pem"
        out[name].parent.mkdir(exist_ok=True)
        generate_key(out[name])
    return out


def test_a_saved_search_flags_the_new_documents_of_an_applied_update(library, kits, keys, library_sources,
                                                                     tmp_path):
    coalition = _signed_copy(kits["coalition"], keys["coalition"], tmp_path, "coalition-signed")
    society = _signed_copy(kits["society"], keys["society"], tmp_path, "society-signed")
    for k in (coalition, society, kits["delegation"]):
        library.add(k)
    with LibrarySearcher(library) as s:
        saved = save_search(library, s, "Article 5", '"Article 5"')
        save_search(library, s, "Okonjo", "speaker:okonjo")
        assert [a.count for a in alerts(library, s)] == [0, 0]  # a search just saved has nothing new
    pack = _day3_pack(library_sources["coalition"], coalition, keys["coalition"], tmp_path)
    entry, result = apply_to_library(library, pack)
    assert entry.path == str(coalition) and result.added == [DAY3[0]]
    with LibrarySearcher(library) as s:
        found = {a.search.name: a for a in alerts(library, s)}
        article5 = found["Article 5"]
        assert [h.item.title for h in article5.documents] == ["Day three: Article 5 extensions"]
        assert article5.documents[0].entry.id == entry.id
        assert len(article5.quotes) == 1 and "must come with a plan" in article5.quotes[0].quote.text
        assert article5.quotes[0].quote.speaker == "Amara Diallo"
        assert article5.summary() == f"{article5.count} new for Article 5" and article5.count >= 2
        assert found["Okonjo"].count == 0
        mark_looked(library, s, [saved.id])
        again = {a.search.name: a.count for a in alerts(library, s)}
    assert again == {"Article 5": 0, "Okonjo": 0}
    assert entry.new == 1  # and the kit itself says what is new since it was added
    assert [s.name for s in saved_searches(Library(library.path))] == ["Article 5", "Okonjo"]


def test_a_kit_added_later_is_new_for_a_saved_search(library, kits):
    library.add(kits["coalition"])
    with LibrarySearcher(library) as s:
        save_search(library, s, "civilians", "civilians OR civils")
    library.add(kits["society"])
    with LibrarySearcher(library) as s:
        (alert,) = alerts(library, s)
    assert alert.count >= 1 and {h.entry.organisation for h in alert.documents} == {"Red Lantern Society"}
    data = alert.to_json()
    assert data["search"]["name"] == "civilians" and data["new_documents"][0]["kit"]["organisation"] == \
        "Red Lantern Society"
    delete_search(library, "civilians")
    assert saved_searches(library) == []


def test_an_update_goes_only_to_the_kit_of_the_same_key(library, kits, keys, library_sources, tmp_path):
    coalition = _signed_copy(kits["coalition"], keys["coalition"], tmp_path, "coalition-signed")
    society = _signed_copy(kits["society"], keys["society"], tmp_path, "society-signed")
    library.add(society)
    pack = _day3_pack(library_sources["coalition"], coalition, keys["coalition"], tmp_path)
    before = sorted(p.name for p in society.rglob("*"))
    with pytest.raises(LibraryError, match="signed with the key of this update"):
        apply_to_library(library, pack)  # only the society's kit is there: another key
    assert sorted(p.name for p in society.rglob("*")) == before
    library.add(kits["coalition"])  # the same kit, but unsigned: not the publisher's key either
    with pytest.raises(LibraryError):
        apply_to_library(library, pack)
    library.add(coalition)
    entry, _res = apply_to_library(library, pack)
    assert entry.path == str(coalition) and entry.items == 4


def test_an_unsigned_update_goes_only_to_the_unsigned_kit_it_was_made_from(library, kits, library_sources,
                                                                           tmp_path):
    day3_src = Path(shutil.copytree(library_sources["society"], tmp_path / "src-day3"))
    make_pdf(day3_src / DAY3[0], DAY3[1], title=DAY3[2])
    new = build_kit(day3_src, tmp_path / "kit-day3")
    pack = tmp_path / "day3.presskit"
    make_update(kits["society"], new, pack)
    library.add(kits["coalition"])
    with pytest.raises(LibraryError, match="not signed"):
        apply_to_library(library, pack)
    library.add(kits["society"])
    entry, res = apply_to_library(library, pack)
    assert entry.organisation == "Red Lantern Society" and res.added == [DAY3[0]] and not res.signed


def test_a_kit_whose_signature_fails_says_so_in_the_list_and_on_each_result(library, kits, keys, tmp_path):
    import base64
    import json

    signed = _signed_copy(kits["coalition"], keys["coalition"], tmp_path, "coalition-signed")
    sig_file = signed / "signature.json"
    sig = json.loads(sig_file.read_text())
    forged = bytearray(base64.b64decode(sig["signature"]))
    forged[0] ^= 0xFF
    sig["signature"] = base64.b64encode(bytes(forged)).decode()
    sig_file.write_text(json.dumps(sig))
    entry, _ = library.add(signed)
    library.add(kits["delegation"])
    assert entry.signature == "bad-signature"
    with LibrarySearcher(library) as s:
        res = s.search("transparency")
    states = {r["kit"]["organisation"]: r["kit"]["signature"] for r in res.to_json()["results"]}
    assert states == {"Coalition for Safer Streets": "bad-signature", "Delegation of Belmora": "unsigned"}
