"""presskit.fsutil: atomic writes, hashing while copying, folder swaps, safe names."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from presskit import fsutil
from presskit.fsutil import safe_name


def test_safe_names():
    assert safe_name('a<b>:c"?.pdf') == "a_b__c__.pdf"
    assert safe_name("CON.txt") == "_CON.txt"


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path, monkeypatch):
    p = tmp_path / "manifest.json"
    fsutil.atomic_write_bytes(p, b"first")
    assert p.read_bytes() == b"first"

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", failing_replace)
    with pytest.raises(OSError):
        fsutil.atomic_write_bytes(p, b"second")
    assert p.read_bytes() == b"first"
    assert [x.name for x in tmp_path.iterdir()] == ["manifest.json"], "no temporary file left behind"


def test_copy_hashing_copies_and_hashes_and_can_be_stopped():
    data = os.urandom(3 * fsutil.CHUNK + 17)
    out = io.BytesIO()
    seen = []
    assert fsutil.copy_hashing(io.BytesIO(data), out, progress=seen.append) == hashlib.sha256(data).hexdigest()
    assert out.getvalue() == data and sum(seen) == len(data) and len(seen) == 4

    class Stop(Exception):
        pass

    calls = []

    def check():
        calls.append(1)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        fsutil.copy_hashing(io.BytesIO(data), io.BytesIO(), check)
    assert fsutil.sha256_stream(io.BytesIO(data)) == hashlib.sha256(data).hexdigest()


def test_swap_dir_puts_the_new_folder_in_place_and_removes_the_old(tmp_path):
    final, new = tmp_path / "index", tmp_path / ".index.building-1"
    final.mkdir()
    (final / "old.txt").write_text("old")
    new.mkdir()
    (new / "new.txt").write_text("new")
    fsutil.swap_dir(new, final)
    assert [p.name for p in final.iterdir()] == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]
    other = tmp_path / ".index.building-2"
    other.mkdir()
    fsutil.swap_dir(other, tmp_path / "fresh")  # no previous folder: a plain rename
    assert (tmp_path / "fresh").is_dir() and not other.exists()


def test_leftovers_of_dead_processes_are_removed_and_live_ones_kept(tmp_path):
    final = tmp_path / "index"
    dead = tmp_path / ".index.building-999999999-1"
    mine = tmp_path / f".index.old-{os.getppid()}-ab12"
    for d in (dead, mine):
        d.mkdir()
    gone = fsutil.remove_leftovers(final, ("building-*", "old-*"))
    assert gone == [dead] and mine.exists()
    assert fsutil.leftover_pid(mine) == os.getppid()


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="process start times: Linux's /proc")
def test_a_leftover_whose_pid_a_newer_process_was_given_is_removed(tmp_path):
    """pids are reused: a killed build's folder named with a pid that a process started since holds
    was kept for ever, that process taken for its owner."""
    import subprocess
    import sys
    import time

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        now_ms = int(time.time() * 1000)
        final = tmp_path / "index"
        reused = tmp_path / f".index.building-{child.pid}-{now_ms - 3_600_000}"  # made an hour before it
        owned = tmp_path / f".index.building-{child.pid}-{now_ms + 5_000}"  # made after it started
        for d in (reused, owned):
            d.mkdir()
        assert fsutil.remove_leftovers(final, ("building-*",)) == [reused] and owned.exists()
    finally:
        child.kill()
        child.wait()


def test_an_update_on_read_only_media_says_what_to_do_instead(tmp_path):
    """A kit on a locked USB stick cannot take an update in place: the sentence says to copy it first;
    a pack written to the same stick has nothing more to suggest than the fault."""
    import errno

    from presskit.errors import DiskError

    for action, hint in (("update", True), ("pack", False)):
        with pytest.raises(DiskError) as e:
            with fsutil.disk_errors(tmp_path / "kit", action):
                raise OSError(errno.EROFS, "Read-only file system")
        assert "read-only media" in str(e.value) and "Nothing was changed." in str(e.value)
        assert ("Copy the kit folder to this computer, then apply the update to that copy." in str(e.value)) is hint


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signals cannot be held here")
def test_a_signal_inside_signals_held_arrives_after_the_block():
    """A SIGTERM that lands while a ZIP file is being opened waits until the object is whole: the pack's abort can
    then close it, and no "Exception ignored in ZipFile.__del__" traceback covers the sentence that it stopped.
    (Run in a process of its own: signals are held in the main thread, where Python runs their handlers, and a
    test runner may run tests in another.)"""
    script = (
        "import os, signal\n"
        "from presskit.fsutil import signals_held\n"
        "seen = []\n"
        "signal.signal(signal.SIGTERM, lambda *_: seen.append('signal'))\n"
        "with signals_held():\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    seen.append('block done')\n"
        "seen.append('after')\n"
        "print(' '.join(seen))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.split() == ["block", "done", "signal", "after"], out.stderr
