"""presskit.kit.keys: publisher key files and fingerprints."""

from __future__ import annotations

import os

import pytest

from presskit.errors import SignatureError
from presskit.kit import keys


def test_a_key_is_written_once_private_and_read_back(tmp_path):
    path = tmp_path / "publisher.pem"
    fp = keys.generate_key(path)
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    assert len(fp.split()) == 16 and keys.public_fingerprint(keys.load_private_key(path)) == fp
    with pytest.raises(SignatureError, match="already exists"):
        keys.generate_key(path)


def test_a_password_protected_key_needs_its_password(tmp_path):
    path = tmp_path / "locked.pem"
    keys.generate_key(path, password=b"s3cret")
    with pytest.raises(SignatureError, match="password"):
        keys.load_private_key(path)
    keys.load_private_key(path, password=b"s3cret")


def test_a_wrong_password_is_called_a_wrong_password(tmp_path):
    """It said the file 'is not a presskit signing key': a publisher would think the key was lost."""
    path = tmp_path / "locked.pem"
    keys.generate_key(path, password=b"s3cret")
    with pytest.raises(SignatureError, match="not the password of the key file") as e:
        keys.load_private_key(path, password=b"wrong")
    assert "not a presskit signing key" not in e.value.message
    (tmp_path / "notes.pem").write_text("not a key", encoding="utf-8")
    with pytest.raises(SignatureError, match="is not a presskit signing key"):
        keys.load_private_key(tmp_path / "notes.pem", password=b"anything")


def test_fingerprints_compare_without_spaces_or_case():
    assert keys.same_fingerprint("AB12 CD34", "ab12cd34") and not keys.same_fingerprint("", "")
