"""IndexWriter: a complete index or nothing, and nothing left behind (no lock file in a kit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit.index.status import index_status
from presskit.index.writer import IndexWriter
from presskit.ingest.record import Extracted
from presskit.model import Item

REPO = Path(__file__).resolve().parents[2]


def item(n: int) -> Item:
    return Item(id=f"doc-{n}", path=f"doc-{n}.txt", sha256=f"{n:064x}", bytes=10, media="text", title=f"Doc {n}")


def test_a_finished_index_is_fresh_and_holds_no_lock_file(tmp_path):
    with IndexWriter(tmp_path / "ix") as w:
        w.add_item(item(1), Extracted("text", ["lighthouse keepers"]), "k1")
        w.finish("a" * 64)
    assert index_status(tmp_path / "ix", "a" * 64) == "fresh"
    assert [p.name for p in (tmp_path / "ix").rglob("*") if "LOCK" in p.name.upper()] == []


def test_the_committed_sample_index_holds_no_lock_file():
    assert (REPO / "index" / "stamp.json").is_file()
    assert [p.relative_to(REPO).as_posix() for p in (REPO / "index").rglob("*") if "LOCK" in p.name.upper()] == []


def test_leaving_the_block_unfinished_removes_the_directory(tmp_path):
    with pytest.raises(RuntimeError):
        with IndexWriter(tmp_path / "ix") as w:
            w.add_item(item(1), Extracted("text", ["half done"]), "k1")
            raise RuntimeError("the build failed")
    assert not (tmp_path / "ix").exists()
    with IndexWriter(tmp_path / "iy"):
        pass  # never finished: nothing is left that could pass for an index
    assert not (tmp_path / "iy").exists()
