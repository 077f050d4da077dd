"""presskit.whooshlite: searching a kit imports no network or event-loop module, and leaves none of
its stand-ins behind for other code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = """
import sys
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher

with Searcher(open_kit(sample_kit_path())) as s:
    assert s.search("verif* OR stockpile").total > 0
heavy = [m for m in ("urllib.request", "http.client", "ssl", "asyncio", "cached_property",
                     "whoosh.lang.morph_en") if m in sys.modules]
assert not heavy, heavy

import whoosh.compat, whoosh.query.terms, whoosh.reading
try:
    whoosh.compat.urlretrieve("http://example.org/", "x")
    raise SystemExit("urlretrieve ran")
except RuntimeError as e:
    assert "offline" in str(e)
assert "run" in set(whoosh.query.terms.variations("running"))  # the real one, on first use
import urllib.request, cached_property  # later imports get the real modules
assert hasattr(urllib.request, "urlopen") and hasattr(cached_property, "threaded_cached_property")
print("ok")
"""


def test_searching_imports_no_network_module_and_leaves_the_real_ones_importable():
    p = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert p.returncode == 0 and p.stdout.strip() == "ok", p.stderr[-3000:]
