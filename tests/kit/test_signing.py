"""Signed kits: keys, signing order, verification naming what changed."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest

from presskit.kit import keys, signing
from presskit.errors import KitError, SignatureError
from presskit.kit.format import load_kit_toml, parse_manifest
from trust_helpers import write_kit


@pytest.fixture
def key(tmp_path):
    path = tmp_path / "keys" / "publisher.pem"
    path.parent.mkdir()
    fp = keys.generate_key(path)
    return path, fp


@pytest.fixture
def signed_kit(tmp_path, key):
    root = write_kit(tmp_path / "kit", publisher="Test Coalition")
    signing.sign_kit(root, key[0])
    return root


def test_keygen_writes_private_pem_mode_600_and_refuses_overwrite(key):
    path, fp = key
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(fp.split()) == 16 and all(len(g) == 4 for g in fp.split())
    assert keys.public_fingerprint(keys.load_private_key(path)) == fp
    before = path.read_bytes()
    with pytest.raises(SignatureError, match="already exists"):
        keys.generate_key(path)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*tmp*"))


def test_password_protected_key(tmp_path):
    path = tmp_path / "k.pem"
    keys.generate_key(path, password=b"s3cret")
    with pytest.raises(SignatureError, match="password"):
        keys.load_private_key(path)
    keys.load_private_key(path, password=b"s3cret")


def test_not_a_key(tmp_path):
    p = tmp_path / "k.pem"
    p.write_text("hello")
    with pytest.raises(SignatureError, match="not a presskit signing key"):
        keys.load_private_key(p)
    with pytest.raises(SignatureError, match="presskit keygen"):
        keys.load_private_key(tmp_path / "absent.pem")


def test_sign_sets_publisher_in_toml_and_manifest_and_verifies(signed_kit, key):
    _, fp = key
    toml = load_kit_toml(signed_kit).info
    assert toml.publisher == "Test Coalition" and toml.key_fingerprint == fp
    assert toml.title == "Test kit"  # the rest of kit.toml kept
    info, _, _ = parse_manifest((signed_kit / "manifest.json").read_bytes())
    assert info.publisher == "Test Coalition" and info.key_fingerprint == fp
    sig = json.loads((signed_kit / "signature.json").read_text())
    assert sig["algorithm"] == "ed25519" and sig["publisher"] == "Test Coalition"
    assert len(base64.b64decode(sig["public_key"])) == 32
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "signed" and rep.ok
    assert rep.publisher == "Test Coalition" and rep.fingerprint == fp
    assert rep.changed == rep.missing == rep.extra == []
    assert "Signed by Test Coalition" in rep.summary() and fp in rep.summary()


def test_resigning_an_already_signed_kit_keeps_manifest_bytes(signed_kit, key):
    before = (signed_kit / "manifest.json").read_bytes()
    res = signing.sign_kit(signed_kit, key[0])
    assert not res.manifest_rewritten
    assert (signed_kit / "manifest.json").read_bytes() == before


def test_editing_kit_toml_after_signing_does_not_invalidate(signed_kit):
    p = signed_kit / "kit.toml"
    p.write_text(p.read_text() + 'description = "edited later"\n', encoding="utf-8")
    assert signing.verify_kit(signed_kit).status == "signed"


def test_tampered_file_is_named(signed_kit):
    p = signed_kit / "photos" / "summit.jpg"
    data = bytearray(p.read_bytes())
    data[100] ^= 0xFF  # same size, different bytes: caught by the hash, not the size
    p.write_bytes(bytes(data))
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "modified"
    assert rep.changed == ["photos/summit.jpg"]
    assert "photos/summit.jpg" in rep.summary() and "Modified after signing" in rep.summary()


def test_missing_and_extra_files(signed_kit):
    (signed_kit / "releases" / "2026-11-16_en_press-release_opening.txt").unlink()
    (signed_kit / "planted.pdf").write_bytes(b"%PDF evil")
    (signed_kit / ".DS_Store").write_bytes(b"junk")
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "modified"
    assert rep.missing == ["releases/2026-11-16_en_press-release_opening.txt"]
    assert rep.extra == ["planted.pdf"]


def test_extra_file_alone_keeps_signed(signed_kit):
    (signed_kit / "notes.txt").write_text("mine")
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "signed" and rep.extra == ["notes.txt"]


def test_modified_manifest_is_reported(signed_kit):
    p = signed_kit / "manifest.json"
    p.write_bytes(p.read_bytes().replace(b'"Test kit"', b'"Evil kit"'))
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "modified" and rep.changed == ["manifest.json"]


def test_forged_signature_same_manifest_hash(signed_kit):
    p = signed_kit / "signature.json"
    sig = json.loads(p.read_text())
    raw = bytearray(base64.b64decode(sig["signature"]))
    raw[0] ^= 1
    sig["signature"] = base64.b64encode(bytes(raw)).decode()
    p.write_text(json.dumps(sig))
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "bad-signature" and not rep.ok
    assert "Bad signature" in rep.summary()


def test_resigned_by_another_key_than_manifest_names(signed_kit, tmp_path):
    other = tmp_path / "other.pem"
    keys.generate_key(other)
    manifest = (signed_kit / "manifest.json").read_bytes()
    (signed_kit / "signature.json").write_bytes(
        signing.signature_bytes_for(manifest, keys.load_private_key(other), "Impostor"))
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "bad-signature" and "names the key" in rep.reason


@pytest.mark.parametrize("content", [
    b"not json", b"[]", b'{"algorithm": "rsa"}', b'{"algorithm": "ed25519", "public_key": "!!", '
    b'"signature": "x", "manifest_sha256": "0"}', "{\"algorithm\": \"ed25519\"}".encode(),
    json.dumps({"algorithm": "ed25519", "public_key": base64.b64encode(b"x" * 31).decode(),
                "signature": base64.b64encode(b"y" * 64).decode(), "manifest_sha256": "0"}).encode(),
    b"\xff\xfe\x00",
])
def test_damaged_signature_file(signed_kit, content):
    (signed_kit / "signature.json").write_bytes(content)
    rep = signing.verify_kit(signed_kit)
    assert rep.status == "bad-signature"
    assert rep.reason


def test_unsigned_kit_still_checks_files(tmp_path):
    root = write_kit(tmp_path / "kit")
    rep = signing.verify_kit(root)
    assert rep.status == "unsigned" and rep.intact
    (root / "photos" / "summit.jpg").write_bytes(b"x")
    rep = signing.verify_kit(root)
    assert rep.status == "unsigned" and rep.changed == ["photos/summit.jpg"] and not rep.intact


def test_sign_refuses_kit_whose_files_changed_since_build(tmp_path, key):
    root = write_kit(tmp_path / "kit", publisher="P")
    (root / "photos" / "summit.jpg").write_bytes(b"changed")
    with pytest.raises(SignatureError, match="summit.jpg"):
        signing.sign_kit(root, key[0])
    assert not (root / "signature.json").exists()


def test_sign_needs_a_publisher_name(tmp_path, key):
    root = write_kit(tmp_path / "kit")
    (root / "manifest.json").write_bytes((root / "manifest.json").read_bytes().replace(b'"Test Org"', b'""'))
    (root / "kit.toml").write_text('title = "x"\n')
    with pytest.raises(SignatureError, match="publisher"):
        signing.sign_kit(root, key[0])
    res = signing.sign_kit(root, key[0], publisher="Named Later")
    assert res.publisher == "Named Later"


def test_sign_inserts_keys_before_tables_in_kit_toml(tmp_path, key):
    root = write_kit(tmp_path / "kit", publisher="P",
                     toml_extra='\n[[contacts]]\nname = "Jo"\n\n[items."photos/summit.jpg"]\ncredit = "Ann"\n')
    signing.sign_kit(root, key[0])
    kt = load_kit_toml(root)
    assert kt.info.key_fingerprint == key[1]
    assert kt.info.contacts[0].name == "Jo"
    assert kt.overrides["photos/summit.jpg"]["credit"] == "Ann"


def test_sign_with_no_kit_toml_creates_one(tmp_path, key):
    root = write_kit(tmp_path / "kit", publisher="P")
    (root / "kit.toml").unlink()
    signing.sign_kit(root, key[0], publisher="P")
    kt = load_kit_toml(root)
    assert kt.info.title == "Test kit" and kt.info.publisher == "P"


def test_set_toml_keys_replaces_in_place():
    text = 'title = "t"\npublisher = "old"\n[x]\npublisher = "not top level"\n'
    out = signing.set_toml_keys(text, {"publisher": 'New "quoted" name', "key_fingerprint": "AB"})
    import tomllib

    data = tomllib.loads(out)
    assert data["publisher"] == 'New "quoted" name' and data["key_fingerprint"] == "AB"
    assert data["x"]["publisher"] == "not top level"


def test_verify_progress_and_cancel(signed_kit):
    calls = []
    signing.verify_kit(signed_kit, progress=lambda d, t, label: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1] > 0
    from presskit.errors import Cancelled

    with pytest.raises(Cancelled):
        signing.verify_kit(signed_kit, cancel=lambda: True)


def test_verify_path_that_is_not_a_kit(tmp_path):
    with pytest.raises(KitError):
        signing.verify_kit(tmp_path / "nothing")


def test_verify_is_fast(tmp_path, key):
    """40 MB in 20 files: hashing runs at disk/cache speed (well under a second here)."""
    files = {f"docs/file{n:02d}.pdf": os.urandom(2 << 20) for n in range(20)}
    root = write_kit(tmp_path / "big", files=files, publisher="P")
    signing.sign_kit(root, key[0])
    rep = signing.verify_kit(root)
    assert rep.status == "signed" and rep.bytes_checked == 40 << 20
    assert rep.seconds < 5
