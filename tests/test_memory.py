"""presskit.memory: a long-lived helper process can see what it holds and give back what it freed."""

from __future__ import annotations

import sys

import pytest

from presskit.memory import give_back, resident_bytes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident memory and malloc_trim: Linux")
def test_memory_freed_between_survivors_goes_back_to_the_system():
    before = resident_bytes()
    blobs = [bytes(1000) + i.to_bytes(4, "little") for i in range(100_000)]  # about 100 MB
    keep = blobs[::50]  # one in fifty survives, scattered: the allocator cannot shrink on its own
    del blobs
    held = resident_bytes()
    assert give_back()
    after = resident_bytes()
    assert held - before > 80e6
    assert held - after > 60e6, (before, held, after)
    assert len(keep) == 2000
