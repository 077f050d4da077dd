"""presskit.build.indexing: the one indexing loop shared by build_kit and index_kit."""

from __future__ import annotations

import os
import time

import pytest

from presskit.build.indexing import IndexPass, writer_processes
from presskit.errors import Cancelled
from presskit.index.status import index_status
from presskit.model import Item


def source(tmp_path, n=3):
    for i in range(n):
        (tmp_path / f"d{i}.txt").write_text(f"Document {i} about lighthouses.\n")
    (tmp_path / "same.txt").write_text("Document 0 about lighthouses.\n")


def make(rel, key, ex):
    return Item(id=rel, path=rel, sha256=key, bytes=1, media=ex.media, title=rel), []


def test_each_content_is_read_once_and_a_failure_is_a_reason(tmp_path):
    source(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    order = ["d0.txt", "d1.txt", "d2.txt", "empty.txt", "same.txt"]
    keys = {"d0.txt": "k0", "d1.txt": "k1", "d2.txt": "k2", "empty.txt": "ke", "same.txt": "k0"}
    seen = []
    run = IndexPass(tmp_path / "index", order, keys, lambda rel: tmp_path / rel, dict.fromkeys(order, 100),
                    workers=0, progress=lambda d, t, label: seen.append((d, t)))
    items, stats = run.run(make, lambda items: "s" * 64)
    assert [i.path for i in items] == ["d0.txt", "d1.txt", "d2.txt", "same.txt"]
    assert run.extracted == 5 and run.reused == 0 and run.failures["empty.txt"].reason == "empty"
    assert stats.documents == 4 and seen[-1] == (5, 5)
    assert index_status(tmp_path / "index", "s" * 64) == "fresh"


def test_a_cancel_leaves_the_previous_index(tmp_path):
    source(tmp_path)
    keys = {f"d{i}.txt": f"k{i}" for i in range(3)}
    sizes = dict.fromkeys(keys, 100)
    IndexPass(tmp_path / "index", list(keys), keys, lambda rel: tmp_path / rel, sizes, workers=0).run(
        make, lambda items: "a" * 64)
    with pytest.raises(Cancelled):
        IndexPass(tmp_path / "index", list(keys), keys, lambda rel: tmp_path / rel, sizes, workers=0,
                  cancel=lambda: True).run(make, lambda items: "b" * 64)
    assert index_status(tmp_path / "index", "a" * 64) == "fresh"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_index_writer_processes_only_for_large_kits():
    assert writer_processes(1_000) == 0
    assert writer_processes(10**9) == (2 if (os.cpu_count() or 1) > 1 else 0)


def test_what_a_killed_build_left_is_removed_even_when_the_next_run_fails(tmp_path):
    """A build SIGKILLed while it recognised scans left its ``.index.building-<pid>-…`` folder until a
    later build succeeded; a run of the same index removes it as it starts (its process is gone)."""
    source(tmp_path)
    keys = {f"d{i}.txt": f"k{i}" for i in range(3)}
    dead = tmp_path / ".index.building-999999999-1764300000000"
    (dead / "whoosh").mkdir(parents=True)
    (dead / "whoosh" / "_MAIN_1.toc").write_bytes(b"half written")
    live = tmp_path / f".index.building-{os.getppid()}-{int(time.time() * 1000) + 60_000}"  # at work
    live.mkdir()
    other_thread = tmp_path / f".index.building-{os.getpid()}-{int(time.time() * 1000)}"  # this process's
    other_thread.mkdir()

    def fail(items):
        raise RuntimeError("the manifest could not be written")

    with pytest.raises(RuntimeError):
        IndexPass(tmp_path / "index", list(keys), keys, lambda rel: tmp_path / rel, dict.fromkeys(keys, 100),
                  workers=0).run(make, fail)
    assert not dead.exists() and live.exists() and other_thread.exists()


def test_two_builds_started_in_the_same_millisecond_get_their_own_folders(tmp_path, monkeypatch):
    """The viewer and its library may start building in the same process at once: each build gets a
    folder of its own, and its name still says whose it is and when it was made."""
    from presskit.fsutil import leftover_pid, leftover_time
    from presskit.index import writer

    monkeypatch.setattr(writer.time, "time", lambda: 1_795_933_193.101)
    a, b = writer.new_build_dir(tmp_path / "index"), writer.new_build_dir(tmp_path / "index")
    assert a != b
    a.mkdir()
    b.mkdir()
    assert leftover_pid(a) == leftover_pid(b) == os.getpid()
    assert leftover_time(a) == leftover_time(b) == 1_795_933_193.101
