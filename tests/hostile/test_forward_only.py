"""Updates that move forward only, and a signed kit that never silently becomes unsigned.

The publisher ships v1, then packs v1 -> v2 and v2 -> v3, all signed with one key. The attacker
replays old packs, hands over an older full kit, rewrites a pack's (unsigned) description, or strips
the signature from a forged copy.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from hostile_helpers import (
    cli, fingerprint_of, no_traceback, ok, read_manifest, rehash, sentence, snapshot, write_plain_kit,
)
from conftest import PUBLISHER

V1 = {
    "releases/2026-11-16_en_opening.txt": b"Opening: the summit opens today.\n",
    "releases/2026-11-16_en_stockpiles.txt": b"Stockpiles reached 1200 tonnes.\n",
    "releases/2026-11-16_en_retracted.txt": b"A statement that will be retracted.\n",
}
V2 = {**V1, "releases/2026-11-17_en_day-two.txt": b"Day two: talks continue.\n",
      "releases/2026-11-16_en_stockpiles.txt": b"Stockpiles reached 2100 tonnes (corrected).\n"}
del V2["releases/2026-11-16_en_retracted.txt"]
V3 = {**V2, "releases/2026-11-18_en_day-three.txt": b"Day three: the vote.\n"}


def _diff(old: Path, new: Path, out: Path, key: Path) -> None:
    p = cli("diff", old, new, "-o", out, "--key", key)
    if p.returncode == 2 and "unrecognized arguments" in p.stderr:  # a presskit whose packs are unsigned
        p = cli("diff", old, new, "-o", out)
    ok(p)


@pytest.fixture(scope="module")
def editions(tmp_path_factory, publisher_key):
    """Signed v1, v2, v3 folders and the packs between them (made with the real commands)."""
    base = tmp_path_factory.mktemp("editions")
    kits = {}
    for name, files in (("v1", V1), ("v2", V2), ("v3", V3)):
        kits[name] = write_plain_kit(base / name, files, title="Summit kit", publisher=PUBLISHER)
        ok(cli("sign", kits[name], "--key", publisher_key))
    _diff(kits["v1"], kits["v2"], base / "p12.presskit", publisher_key)
    _diff(kits["v2"], kits["v3"], base / "p23.presskit", publisher_key)
    ok(cli("pack", kits["v1"], "-o", base / "v1.presskit"))
    return base, kits


def _reader(editions, tmp_path, start: str = "v1") -> Path:
    base, kits = editions
    return Path(shutil.copytree(kits[start], tmp_path / "reader" / "kit"))


def _apply(kit: Path, pack: Path):
    return cli("apply", kit, pack, timeout=240)


def test_packs_apply_in_order(editions, tmp_path):
    base, kits = editions
    kit = _reader(editions, tmp_path)
    ok(_apply(kit, base / "p12.presskit"))
    ok(_apply(kit, base / "p23.presskit"))
    assert read_manifest(kit)["items"] == read_manifest(kits["v3"])["items"]
    ok(cli("verify", kit))


def test_replaying_an_older_pack_is_refused(editions, tmp_path):
    """The issue: replaying yesterday's signed pack brought back a retracted document."""
    base, _kits = editions
    kit = _reader(editions, tmp_path)
    ok(_apply(kit, base / "p12.presskit"))
    ok(_apply(kit, base / "p23.presskit"))
    before = snapshot(kit)
    p = _apply(kit, base / "p12.presskit")
    err = sentence(p)
    assert "older" in err or "earlier" in err or "already" in err
    assert snapshot(kit) == before
    assert not (kit / "releases/2026-11-16_en_retracted.txt").exists()


def test_an_older_full_kit_is_refused_as_an_update(editions, tmp_path):
    base, _kits = editions
    kit = _reader(editions, tmp_path, start="v3")
    before = snapshot(kit)
    p = _apply(kit, base / "v1.presskit")
    sentence(p)
    assert snapshot(kit) == before


def test_reapplying_the_same_pack_changes_nothing(editions, tmp_path):
    base, _kits = editions
    kit = _reader(editions, tmp_path)
    ok(_apply(kit, base / "p12.presskit"))
    before = snapshot(kit)
    p = _apply(kit, base / "p12.presskit")
    no_traceback(p)
    assert snapshot(kit) == before


def test_a_pack_for_another_edition_is_refused(editions, tmp_path):
    base, _kits = editions
    kit = _reader(editions, tmp_path)  # v1, but p23 was made for v2
    before = snapshot(kit)
    sentence(_apply(kit, base / "p23.presskit"))
    assert snapshot(kit) == before


def _rewrite_member(pack: Path, out: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for zi in src.infolist():
            dst.writestr(zi, data if zi.filename == name else src.read(zi.filename))
    return out


def test_a_rewritten_pack_description_is_refused(editions, tmp_path):
    """The issue: the confirmation trusted the pack's own description ('no new items') while its
    signed manifest removed every item. Now the description is signed too: rewritten, it is refused."""
    base, _kits = editions
    kit = _reader(editions, tmp_path)
    with zipfile.ZipFile(base / "p12.presskit") as zf:
        marker = json.loads(zf.read(".presskit/pack.json"))
    marker.update(added=[], changed=[], removed=[], title="Harmless typo fix")
    liar = _rewrite_member(base / "p12.presskit", tmp_path / "liar.presskit", ".presskit/pack.json",
                           json.dumps(marker).encode())
    before = snapshot(kit)
    sentence(_apply(kit, liar))
    assert snapshot(kit) == before


def test_what_an_unsigned_pack_says_of_itself_is_never_what_is_confirmed(tmp_path):
    """Unsigned kits take unsigned packs; what is shown and done comes from the manifests, never from
    the pack's description."""
    from presskit.kit.updates import plan_update

    old = write_plain_kit(tmp_path / "old", V1, title="Summit kit")
    new = write_plain_kit(tmp_path / "new", V2, title="Summit kit")
    ok(cli("diff", old, new, "-o", tmp_path / "up.presskit"))
    with zipfile.ZipFile(tmp_path / "up.presskit") as zf:
        marker = json.loads(zf.read(".presskit/pack.json"))
    marker.update(added=[], changed=[], removed=[], title="Harmless typo fix")
    liar = _rewrite_member(tmp_path / "up.presskit", tmp_path / "liar.presskit", ".presskit/pack.json",
                           json.dumps(marker).encode())
    kit = Path(shutil.copytree(old, tmp_path / "reader"))
    plan = plan_update(kit, liar)
    assert plan.removed == ["releases/2026-11-16_en_retracted.txt"]
    assert plan.added == ["releases/2026-11-17_en_day-two.txt"]
    assert plan.changed == ["releases/2026-11-16_en_stockpiles.txt"]
    p = ok(_apply(kit, liar))
    assert "REMOVED  releases/2026-11-16_en_retracted.txt" in p.stdout
    assert "NEW      releases/2026-11-17_en_day-two.txt" in p.stdout


def test_a_pack_whose_description_names_another_base_is_refused(editions, tmp_path):
    base, _kits = editions
    kit = _reader(editions, tmp_path)
    with zipfile.ZipFile(base / "p23.presskit") as zf:
        marker = json.loads(zf.read(".presskit/pack.json"))
    marker["base_manifest_sha256"] = __import__("hashlib").sha256((kit / "manifest.json").read_bytes()).hexdigest()
    liar = _rewrite_member(base / "p23.presskit", tmp_path / "liar.presskit", ".presskit/pack.json",
                           json.dumps(marker).encode())
    before = snapshot(kit)
    sentence(_apply(kit, liar))
    assert snapshot(kit) == before


# --- a signed kit never silently becomes unsigned ---------------------------------------------------

def test_removing_signature_json_is_not_unsigned_and_fine(signed_kit):
    (signed_kit / "signature.json").unlink()
    p = cli("verify", signed_kit)
    no_traceback(p)
    assert p.returncode != 0, p.stdout
    assert "signature" in p.stdout.lower()


def test_forged_file_rehashed_manifest_and_no_signature_fails_verify(signed_kit):
    """The issue: forged file + re-hashed manifest + deleted signature.json gave 'Unsigned … All
    files match', exit 0, while the manifest still named the publisher's key."""
    rel = "briefing-note.txt"
    (signed_kit / rel).write_text("The verification regime is not needed.\n")
    rehash(signed_kit, rel)
    (signed_kit / "signature.json").unlink()
    p = cli("verify", signed_kit)
    no_traceback(p)
    assert p.returncode != 0, p.stdout
    assert "All files match" not in p.stdout or "signature" in p.stdout.lower()


def test_a_stripped_kit_does_not_accept_unsigned_updates(editions, tmp_path):
    base, kits = editions
    kit = _reader(editions, tmp_path)
    (kit / "signature.json").unlink()
    evil = write_plain_kit(tmp_path / "evil", {"releases/x.txt": b"Forged release.\n"}, title="Summit kit")
    data = read_manifest(evil)
    data["kit"]["publisher"] = PUBLISHER
    (evil / "manifest.json").write_text(json.dumps(data))
    ok(cli("pack", evil, "-o", tmp_path / "evil.presskit"))
    before = snapshot(kit)
    sentence(_apply(kit, tmp_path / "evil.presskit"))
    assert snapshot(kit) == before


@pytest.mark.gui
def test_the_import_confirmation_lists_exactly_what_changes(qtbot, viewer, editions, tmp_path, publisher_key):
    """The viewer asks before applying; what it lists (and then does) is built from signed content."""
    base, kits = editions
    kit = _reader(editions, tmp_path)
    with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
        viewer.open_kit(str(kit))
    shown: list[str] = []

    def confirm(plan) -> bool:
        shown.append(viewer.import_update.confirmation_text(plan) + "\n" + viewer.import_update.details_text(plan))
        return False

    viewer.import_update.confirm = confirm
    viewer.import_update.import_path(str(base / "p12.presskit"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    text = shown[0]
    assert "Removed (1)" in text and "2026-11-16_en_retracted" in text
    assert "New (1)" in text and "2026-11-17_en_day-two" in text
    assert "Changed (1)" in text and "2026-11-16_en_stockpiles" in text
    assert fingerprint_of(publisher_key) in text
    assert read_manifest(kit)["items"] == read_manifest(kits["v1"])["items"], "declining changes nothing"


@pytest.mark.gui
def test_the_viewer_says_when_a_kit_it_saw_signed_is_signed_no_more(qtbot, viewer, signed_kit):
    """Stripping the signature *and* the key from the manifest makes an ordinary unsigned kit; a
    reader who opened it signed before is told it no longer is."""
    def open_final():
        with qtbot.waitSignal(viewer.kitOpened, timeout=20000):
            viewer.open_kit(str(signed_kit))
        qtbot.waitUntil(lambda: viewer.trust.badge.final, timeout=30000)
        return viewer.trust.badge

    assert open_final().text().startswith("✔ Signed by")
    data = read_manifest(signed_kit)
    data["kit"].pop("key_fingerprint", None)
    data.pop("sequence", None)
    (signed_kit / "manifest.json").write_text(json.dumps(data))
    (signed_kit / "signature.json").unlink()
    badge = open_final()
    assert "no longer signed" in badge.text().lower(), badge.text()
