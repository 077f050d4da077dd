"""A build killed without its handlers (SIGKILL) leaves no helper process running and nothing in the
kit: its index writers notice their parent's death, stop writing and remove the build's folder
(docs/trust.md, *Crash safety*)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile_helpers import env, snapshot

from presskit.build.indexing import PARALLEL_INDEX_BYTES

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                                reason="index writer processes run on two cores or more; /proc is Linux's")


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's new parent may not reap it at once)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _source(folder: Path) -> Path:
    """Enough text that the build indexes it with two writer processes."""
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 11)))
             for _ in range(30_000)]
    folder.mkdir()
    per_file = 1 << 20
    for n in range(PARALLEL_INDEX_BYTES // per_file + 4):
        text = " ".join(rng.choice(words) for _ in range(per_file // 7))
        (folder / f"statement-{n:02d}.txt").write_text(f"Statement {n}\n\n{text}\n", encoding="utf-8")
    return folder


def test_index_writers_of_a_killed_build_exit_and_leave_nothing_in_the_kit(tmp_path):
    src = _source(tmp_path / "press office")
    before = snapshot(src)
    build = subprocess.Popen([sys.executable, "-m", "presskit", "build", str(src), "--workers", "1"],
                             env=env(XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_DATA_HOME=str(tmp_path / "data")),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        helpers: set[int] = set()
        while time.monotonic() < deadline and build.poll() is None:
            building = list(src.glob(".index.building-*/whoosh"))
            helpers = _children(build.pid)
            if building and len(helpers) >= 3:  # an extractor and two index writers (at least)
                time.sleep(1.0)  # the writers at work
                helpers = _children(build.pid)
                break
            time.sleep(0.1)
        assert build.poll() is None and list(src.glob(".index.building-*")), \
            f"the build never reached its index writers: {build.stderr.read().decode()[-2000:] if build.poll() is not None else ''}"
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=30)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_running(p) for p in helpers):
        time.sleep(0.2)
    left = [p for p in helpers if _running(p)]
    for p in left:  # do not leave them to the rest of the suite
        os.kill(p, signal.SIGKILL)
    assert not left, f"{len(left)} helper process(es) of the killed build still running"
    time.sleep(0.5)  # a writer stopped in the middle of a file: nothing written after it removed the folder
    assert snapshot(src) == before, sorted(set(snapshot(src)) ^ set(before))
