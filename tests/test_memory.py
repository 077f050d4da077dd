"""presskit.memory: a long-lived helper process can see what it holds and give back what it freed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Run in a new process: in the test session's own process, memory freed by earlier tests is reused by
# these allocations, so they need not grow the resident size at all and the measure means nothing.
_CHECK = """
import json
from presskit.memory import give_back, resident_bytes
before = resident_bytes()
blobs = [bytes(1000) + i.to_bytes(4, "little") for i in range(100_000)]  # about 100 MB
keep = blobs[::50]  # one in fifty survives, scattered: the allocator cannot shrink on its own
del blobs
held = resident_bytes()
gave = give_back()
after = resident_bytes()
print(json.dumps([before, held, after, gave, len(keep)]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident memory and malloc_trim: Linux")
def test_memory_freed_between_survivors_goes_back_to_the_system():
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=120, check=True)
    before, held, after, gave, kept = json.loads(out.stdout)
    assert gave
    assert held - before > 80e6
    assert held - after > 60e6, (before, held, after)
    assert kept == 2000

