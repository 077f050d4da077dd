"""The viewer's first window comes before the heavy parts of presskit are loaded.

Whoosh, the build machinery (which an update pack needs) and the quotation finder's patterns
(which only building a kit needs) cost more to import than the window costs to draw. They are
loaded when first used, never by importing the viewer; ``bench/library_bench.py`` times the window.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("whoosh", "presskit.search.searcher", "presskit.build", "presskit.kit.updates",
         "presskit.quotes.attribute", "presskit.quotes.forms")


def test_importing_the_viewer_loads_no_search_engine_build_or_quote_finder():
    code = ("import sys, presskit.ui.app\n"
            f"print([m for m in {LATER!r} if m in sys.modules])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_what_is_loaded_later_is_still_there_when_asked_for():
    from presskit.quotes import MAX_QUOTE_CHARS, extract_quotes
    from presskit.search import Searcher, SearchResults

    assert callable(extract_quotes) and MAX_QUOTE_CHARS > 0
    assert Searcher.__name__ == "Searcher" and SearchResults.__module__ == "presskit.search.results"
