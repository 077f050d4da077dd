"""presskit.index.status: fresh, stale or missing, and re-stamping after signing."""

from __future__ import annotations

import json
import shutil

from presskit.index.status import SCHEMA_VERSION, first_trusted, index_status, restamp


def test_fresh_stale_missing(index_dir, manifest_sha, tmp_path):
    assert index_status(index_dir, manifest_sha) == "fresh"
    assert index_status(index_dir, "other") == "stale"
    assert index_status(tmp_path / "none", manifest_sha) == "missing" and index_status(None, "x") == "missing"
    old = tmp_path / "old"
    shutil.copytree(index_dir, old)
    stamp = json.loads((old / "stamp.json").read_text())
    (old / "stamp.json").write_text(json.dumps({**stamp, "schema": SCHEMA_VERSION - 1}))
    assert index_status(old, manifest_sha) == "stale"
    assert first_trusted([tmp_path / "none", old, index_dir], manifest_sha) == index_dir


def test_an_index_changed_after_it_was_built_is_not_trusted(index_dir, manifest_sha, tmp_path):
    """Fresh by its stamp is not enough: every file must match the stamp, and the stamp must be
    vouched for (here: sealed by this computer when it was built)."""
    copy = tmp_path / "copy"
    shutil.copytree(index_dir, copy)
    assert first_trusted([copy], manifest_sha) == copy
    (copy / "whoosh" / "_MAIN_1.toc").write_bytes(b"planted")
    assert index_status(copy, manifest_sha) == "fresh" and first_trusted([copy], manifest_sha) is None
    again = tmp_path / "again"
    shutil.copytree(index_dir, again)
    (again / "local-seal").write_text("0" * 64)  # someone else's computer, or a forged seal
    assert first_trusted([again], manifest_sha) is None


def test_restamp_only_a_fresh_index(index_dir, manifest_sha, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(index_dir, copy)
    assert restamp(copy, manifest_sha, "n" * 64) and index_status(copy, "n" * 64) == "fresh"
    assert not restamp(copy, manifest_sha, "o" * 64)  # no longer fresh for the old manifest
