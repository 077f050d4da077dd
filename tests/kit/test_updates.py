"""Update packs: made by the publisher, applied by readers only from the same key; 'new since last seen'."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from presskit.index.status import kit_index_status
from presskit import state
from presskit.kit import keys, signing
from presskit.errors import ArchiveError, KitError, SignatureError
from presskit.kit.open import open_kit
from presskit.kit.updates import apply_update, make_update, recover
from presskit import kitswap
from trust_helpers import DEFAULT_FILES, unsign, write_kit

NEW_FILE = "statements/2026-11-18_en_statement_day-three.txt"


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def setup(tmp_path):
    """old kit (signed), new kit (one new file, one changed, one removed; signed), a reader's copy."""
    key = tmp_path / "key.pem"
    keys.generate_key(key)
    old = write_kit(tmp_path / "old", publisher="Test Coalition")
    signing.sign_kit(old, key)
    files = dict(DEFAULT_FILES)
    files[NEW_FILE] = b"Day three: the coalition welcomes the vote.\n"
    files["releases/2026-11-16_en_press-release_opening.txt"] = b"Opening statement, corrected.\n"
    del files["briefings/2026-11-17_en_briefing_day-two.pdf"]
    new = write_kit(tmp_path / "new", files=files, publisher="Test Coalition")
    signing.sign_kit(new, key)
    reader = tmp_path / "reader" / "kit"
    shutil.copytree(old, reader)
    (reader / "my-notes.txt").write_text("reader's own file")
    return tmp_path, key, old, new, reader


def test_make_and_apply(setup):
    base, key, old, new, reader = setup
    s = make_update(old, new, base / "up.presskit", key=key)
    assert s.added == [NEW_FILE]
    assert s.changed == ["releases/2026-11-16_en_press-release_opening.txt"]
    assert s.removed == ["briefings/2026-11-17_en_briefing_day-two.pdf"]
    with zipfile.ZipFile(base / "up.presskit") as zf:
        names = set(zf.namelist())
    assert "photos/summit.jpg" not in names, "unchanged items are not shipped"
    assert {NEW_FILE, "manifest.json", "signature.json"} <= names

    kit0 = open_kit(reader)
    state.mark_seen(kit0)
    res = apply_update(reader, base / "up.presskit", reindex=False)
    assert res.signed and res.publisher == "Test Coalition"
    assert res.added == [NEW_FILE] and len(res.changed) == 1 and len(res.removed) == 1
    rep = signing.verify_kit(reader)
    assert rep.status == "signed", rep.summary()
    assert rep.extra == ["my-notes.txt"], "the reader's own files are kept"
    assert not (reader / "briefings" / "2026-11-17_en_briefing_day-two.pdf").exists()
    assert snapshot(reader)[NEW_FILE] == snapshot(new)[NEW_FILE]
    kit1 = open_kit(reader)
    new_ids = state.new_since_last_seen(kit1)
    assert {kit1.items[i].path for i in range(len(kit1.items)) if kit1.items[i].id in new_ids} == {
        NEW_FILE, "releases/2026-11-16_en_press-release_opening.txt"}
    state.mark_seen(kit1)
    assert state.new_since_last_seen(open_kit(reader)) == set()
    assert not list(reader.parent.glob(".kit.*")), "no staging or lock left behind"


def test_apply_twice_is_harmless(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    apply_update(reader, base / "up.presskit", reindex=False)
    res = apply_update(reader, base / "up.presskit", reindex=False)
    assert res.added == [] and res.changed == []
    assert signing.verify_kit(reader).status == "signed"


def test_refuses_another_publisher_key(setup):
    base, key, old, new, reader = setup
    other = base / "other.pem"
    keys.generate_key(other)
    signing.sign_kit(new, other)
    with pytest.raises(SignatureError, match="another key"):
        make_update(old, new, base / "up.presskit", key=key)
    # a pack made by hand from the impostor's kit
    shutil.copytree(reader, base / "fake-old")
    unsign(base / "fake-old")
    make_update(base / "fake-old", new, base / "evil.presskit", key=other)
    before = snapshot(reader)
    with pytest.raises(SignatureError, match="another key"):
        apply_update(reader, base / "evil.presskit", reindex=False)
    assert snapshot(reader) == before


def test_refuses_unsigned_pack_on_signed_kit(setup):
    base, key, old, new, reader = setup
    unsign(new)
    with pytest.raises(SignatureError, match="not"):
        make_update(old, new, base / "up.presskit", key=key)
    unsigned_old = base / "uold"
    shutil.copytree(old, unsigned_old)
    unsign(unsigned_old)
    make_update(unsigned_old, new, base / "up.presskit", key=key)
    before = snapshot(reader)
    with pytest.raises(SignatureError, match="not signed"):
        apply_update(reader, base / "up.presskit", reindex=False)
    assert snapshot(reader) == before


def test_unsigned_kit_accepts_unsigned_update(setup):
    base, key, old, new, reader = setup
    for k in (old, new, reader):
        unsign(k)
    make_update(old, new, base / "up.presskit", key=key)
    res = apply_update(reader, base / "up.presskit", reindex=False)
    assert not res.signed and "Neither" in res.note
    assert signing.verify_kit(reader).status == "unsigned"


def test_unsigned_kit_becomes_signed(setup):
    base, key, old, new, reader = setup
    unsign(reader)
    make_update(old, new, base / "up.presskit", key=key)
    res = apply_update(reader, base / "up.presskit", reindex=False)
    assert res.signed and "now signed" in res.note
    assert signing.verify_kit(reader).status == "signed"


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for zi in zin.infolist():
            zout.writestr(zi, change(zi.filename, zin.read(zi)))


def test_refuses_tampered_file_in_pack(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    _rewrite(base / "up.presskit", base / "bad.presskit",
             lambda n, d: d.replace(b"welcomes", b"condemns") if n == NEW_FILE else d)
    before = snapshot(reader)
    with pytest.raises(ArchiveError, match="tampered"):
        apply_update(reader, base / "bad.presskit", reindex=False)
    assert snapshot(reader) == before
    assert not list(reader.parent.glob(".kit.apply-*"))


def test_refuses_a_file_added_to_the_pack(setup):
    # a file slipped into a signed update pack was taken without a word: the update "applied"
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    with zipfile.ZipFile(base / "up.presskit") as zin, zipfile.ZipFile(base / "bad.presskit", "w") as zout:
        for zi in zin.infolist():
            zout.writestr(zi, zin.read(zi))
        zout.writestr("extra/notice.html", b"<p>Read this</p>")
    before = snapshot(reader)
    with pytest.raises(ArchiveError, match=r"did not list \(extra/notice.html\)"):
        apply_update(reader, base / "bad.presskit", reindex=False)
    assert snapshot(reader) == before
    apply_update(reader, base / "up.presskit", reindex=False)  # the pack as the publisher made it


def test_refuses_tampered_manifest_in_pack(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    _rewrite(base / "up.presskit", base / "bad.presskit",
             lambda n, d: d.replace(b"Test kit", b"Evil kit") if n == "manifest.json" else d)
    with pytest.raises(SignatureError, match="does not match"):
        apply_update(reader, base / "bad.presskit", reindex=False)


def test_refuses_when_earlier_update_missing(setup):
    base, key, old, new, reader = setup
    files = dict(DEFAULT_FILES)
    files["day2.txt"] = b"day two"
    mid = write_kit(base / "mid", files=files, publisher="Test Coalition")
    signing.sign_kit(mid, key)
    files["day3.txt"] = b"day three"
    last = write_kit(base / "last", files=files, publisher="Test Coalition")
    signing.sign_kit(last, key)
    make_update(mid, last, base / "day3.presskit", key=key)
    with pytest.raises(ArchiveError, match="earlier updates"):
        apply_update(reader, base / "day3.presskit", reindex=False)


def test_refuses_when_local_copy_was_modified(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    p = reader / "photos" / "summit.jpg"
    data = bytearray(p.read_bytes())
    data[50] ^= 1
    p.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="modified"):
        apply_update(reader, base / "up.presskit", reindex=False)


def test_refuses_kit_whose_own_signature_is_broken(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    m = reader / "manifest.json"
    m.write_bytes(m.read_bytes().replace(b"Test kit", b"Edited"))
    with pytest.raises(SignatureError, match="fresh copy"):
        apply_update(reader, base / "up.presskit", reindex=False)


def test_refuses_packed_kit_target(setup, tmp_path):
    from presskit.kit.archive import pack_kit

    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    pack_kit(old, base / "old.presskit")
    with pytest.raises(KitError, match="never modifies"):
        apply_update(base / "old.presskit", base / "up.presskit")


def test_another_apply_running_is_refused(setup):
    base, key, old, new, reader = setup
    make_update(old, new, base / "up.presskit", key=key)
    with kitswap.kit_lock(reader):  # another run holds the kit's lock
        with pytest.raises(KitError, match="Another presskit update"):
            apply_update(reader, base / "up.presskit", reindex=False)
    apply_update(reader, base / "up.presskit", reindex=False)  # released: the next one runs


def test_recover_restores_kit_after_crash_between_renames(setup):
    base, key, old, new, reader = setup
    old_copy = reader.parent / ".kit.old-999999999-abc"
    os.replace(reader, old_copy)
    staging = reader.parent / ".kit.apply-999999999-def"
    staging.mkdir()
    (staging / "half").write_text("x")
    assert "restored" in recover(reader)
    assert signing.verify_kit(reader).status == "signed"
    assert not staging.exists() and not old_copy.exists()


def test_full_kit_pack_works_as_update(setup):
    from presskit.kit.archive import pack_kit

    base, key, old, new, reader = setup
    pack_kit(new, base / "new.presskit")
    res = apply_update(reader, base / "new.presskit", reindex=False)
    assert res.added == [NEW_FILE]
    assert signing.verify_kit(reader).status == "signed"


def test_state_survives_damage_and_first_open_has_nothing_new(tmp_path):
    root = write_kit(tmp_path / "kit")
    kit = open_kit(root)
    assert state.new_since_last_seen(kit) == set(), "a kit never seen has nothing 'new'"
    state.mark_seen(kit)
    f = next((Path(os.environ["XDG_DATA_HOME"]) / "presskit" / "seen").glob("*.json"))
    f.write_text("{garbage")
    assert state.new_since_last_seen(kit) == set()
    state.mark_seen(kit)
    assert state.last_seen(kit)


def test_real_kit_update_reindexes_incrementally(tmp_path):
    """Built kits (PDFs, real index): the pack applies, the index is fresh, the new text is searchable."""
    from kitmaker import make_pdf, make_source
    from presskit.build import build_kit
    from presskit.search import Searcher

    key = tmp_path / "key.pem"
    keys.generate_key(key)
    src = make_source(tmp_path / "src")
    build_kit(src, tmp_path / "v1", workers=1)
    signing.sign_kit(tmp_path / "v1", key, publisher="Test Coalition")
    shutil.copytree(src, tmp_path / "src2")
    shutil.copy(tmp_path / "v1" / "kit.toml", tmp_path / "src2" / "kit.toml")
    make_pdf(tmp_path / "src2" / "statements" / "Statement_Diallo_18.11.26_EN.pdf",
             ["<p>The coalition condemns the use of cluster munitions near hospitals.</p>"], title="Day three")
    build_kit(tmp_path / "src2", tmp_path / "v2", workers=1)
    signing.sign_kit(tmp_path / "v2", key)
    reader = tmp_path / "reader"
    shutil.copytree(tmp_path / "v1", reader)
    state.mark_seen(open_kit(reader))
    make_update(tmp_path / "v1", tmp_path / "v2", tmp_path / "up.presskit", key=key)
    res = apply_update(reader, tmp_path / "up.presskit")
    assert res.indexed
    kit = open_kit(reader)
    assert kit_index_status(kit) == "fresh" and kit.index_dir == reader / "index"
    with Searcher(kit) as s:
        hits = s.search("hospitals")
    assert [d.item.path for d in hits.results] == ["statements/Statement_Diallo_18.11.26_EN.pdf"]
    assert {kit.item(i).path for i in state.new_since_last_seen(kit)} == {
        "statements/Statement_Diallo_18.11.26_EN.pdf"}
    assert signing.verify_kit(kit).status == "signed"
