"""``presskit --self-test``: passes on the repository's sample kit, and names what failed otherwise."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_from_the_command_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("PRESSKIT_DATA_DIR", None)
    r = subprocess.run([sys.executable, "-m", "presskit", "--self-test"], cwd=REPO, env=env,
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr
    # the reader's own library, marks and seen-state are left alone (the checks open the sample kit)
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.*"))
    lines = r.stdout.splitlines()
    assert lines[-1].startswith("self-test passed: 6 checks")
    for name in ("open the bundled sample kit", "search in English and French", "render a PDF page",
                 "worker processes", "main window (offscreen)", "export ZIP and PDF"):
        assert any(line.startswith(f"ok   {name}") for line in lines), r.stdout


def test_self_test_names_what_failed(tmp_path, monkeypatch, qapp):
    from presskit.cli import selftest
    from presskit.cli.selftest import run_self_test

    empty = tmp_path / "no-kit-here"
    empty.mkdir()
    monkeypatch.setattr(selftest, "sample_kit_path", lambda: empty)
    out = io.StringIO()
    assert run_self_test(out) == 1
    text = out.getvalue()
    assert f"FAIL open the bundled sample kit: the bundled sample kit is missing at {empty}" in text
    assert "SKIP search in English and French: the sample kit did not open" in text
    assert "ok   worker processes" in text  # independent of the kit
    assert text.splitlines()[-1].startswith("self-test FAILED (5 of 6): open the bundled sample kit")


def test_expected_search_hits_are_real_documents():
    """The self-test's expectations name documents that exist in the sample kit."""
    from presskit.kit.open import open_kit
    from presskit.locations import sample_kit_path
    from presskit.cli.selftest import SEARCHES

    kit = open_kit(sample_kit_path())
    for _q, _f, want, _page in SEARCHES:
        assert not want or kit.get(want) is not None, want
