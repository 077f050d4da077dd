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


def _search_all(index_dir: Path, words: list[str]) -> dict[str, list[tuple[str, int, float]]]:
    from whoosh import query as Q

    from presskit.index.reader import open_searcher

    s = open_searcher(index_dir)
    try:
        return {w: sorted((h["item"], h["page"], round(h.score, 6)) for h in s.search(Q.Term("body", w), limit=None))
                for w in words}
    finally:
        s.close()


def test_a_writer_bounded_by_memory_writes_more_segments_with_the_same_answers(tmp_path):
    # pages of distinct words weigh far more than their postings: the bound is on memory, not postings
    pages = [" ".join(f"w{d}x{p}x{k}" for k in range(40)) + " harbour" for d in range(6) for p in range(5)]
    stats = {}
    for name, max_bytes in (("one", None), ("many", 40_000)):
        with IndexWriter(tmp_path / name, max_bytes=max_bytes) as w:
            for d in range(6):
                w.add_item(item(d), Extracted("text", pages[d * 5:(d + 1) * 5]), f"k{d}")
            stats[name] = w.finish("a" * 64)
    assert stats["one"].segments == 1
    assert stats["many"].segments >= 4  # a segment is written each time the estimate passes 40 kB
    words = ["harbour", "w0x0x0", "w5x4x39", "w3x2x7"]
    assert _search_all(tmp_path / "one", words) == _search_all(tmp_path / "many", words)
    assert len(_search_all(tmp_path / "many", ["harbour"])["harbour"]) == 30


def test_the_memory_estimate_grows_with_new_words_much_more_than_with_repeated_ones():
    from presskit.index.schema import make_schema
    from presskit.index.segment import SegmentBuilder, invert

    def held(texts: list[str]) -> int:
        sb = SegmentBuilder(make_schema())
        for n, t in enumerate(texts):
            sb.add(dict(uid=f"d#{n}", item="d", page=n + 1, entry="page"), {}, {"body": invert(t)})
        return sb.bytes

    same = held([" ".join(f"w{k}" for k in range(20))] * 50)
    fresh = held([" ".join(f"w{k}d{n}" for k in range(20)) for n in range(50)])  # as many postings
    assert fresh > 5 * same


@pytest.mark.parametrize("processes", [0, 2])
def test_writer_processes_retired_early_give_the_same_answers(tmp_path, processes):
    """A build whose text pass is over has its writer processes write their segments and stop before
    the scanned pages' items come (the memory goes to recognition); those items are written in the
    building process: the same answers."""
    pages = [" ".join(f"w{d}x{p}x{k}" for k in range(40)) + " harbour" for d in range(6) for p in range(5)]
    stats = {}
    for name, flush_after in (("whole", None), ("flushed", 3)):
        with IndexWriter(tmp_path / name, processes=processes) as w:
            for d in range(6):
                w.add_item(item(d), Extracted("text", pages[d * 5:(d + 1) * 5]), f"k{d}")
                if d == flush_after:
                    procs = [r.proc for r in w._writers._remotes]
                    w.retire_writer_processes()
                    assert len(procs) == processes and not any(p.is_alive() for p in procs)
            stats[name] = w.finish("a" * 64)
    assert stats["flushed"].segments >= stats["whole"].segments
    words = ["harbour", "w0x0x0", "w5x4x39", "w3x2x7"]
    assert _search_all(tmp_path / "whole", words) == _search_all(tmp_path / "flushed", words)
    assert len(_search_all(tmp_path / "flushed", ["harbour"])["harbour"]) == 30
