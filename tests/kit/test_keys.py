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


def test_fingerprints_compare_without_spaces_or_case():
    assert keys.same_fingerprint("AB12 CD34", "ab12cd34") and not keys.same_fingerprint("", "")
