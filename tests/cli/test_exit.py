"""``python -m presskit search`` / ``quotes`` end without the interpreter's tear-down (presskit.cli.end_now):
everything they print still arrives, whole, with the right exit code."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

from presskit.cli import main
from presskit.locations import sample_kit_path


def run(*args):
    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


def in_process(*args) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(a) for a in args]) == 0
    return out.getvalue()


def test_a_search_and_the_quotes_print_everything_before_the_process_ends():
    kit = sample_kit_path()
    r = run("search", kit, "verif*", "--json", "--limit", "100")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == json.loads(in_process("search", kit, "verif*", "--json", "--limit", "100"))
    r = run("quotes", kit)
    assert r.returncode == 0, r.stderr
    assert r.stdout == in_process("quotes", kit) and r.stdout.count("\n") > 100


def test_a_failing_search_still_says_why_with_its_exit_code(tmp_path):
    r = run("search", tmp_path / "no-kit", "water")
    assert r.returncode == 2
    assert "no kit" in r.stderr.lower()
