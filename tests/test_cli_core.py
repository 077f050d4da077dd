"""The CLI as a publisher and a journalist use it: real processes, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from kitmaker import make_source


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "presskit", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_build_search_info_verify(tmp_path):
    src = make_source(tmp_path / "src")
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    out = tmp_path / "kit"
    r = run("build", src, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "broken.pdf" in r.stdout and "Skipped 1 file" in r.stdout

    r = run("search", out, '"une nouvelle decennie"', "--json")
    data = json.loads(r.stdout)
    assert data["total"] == 1
    assert data["results"][0]["path"] == "press-releases/PR_Opening_16.11.26_French.pdf"
    assert data["results"][0]["pages"][0]["page"] == 1

    r = run("search", out, "ammunitoin")
    assert "Did you mean: ammunition" in r.stdout

    r = run("info", out)
    assert "Index: fresh" in r.stdout and "broken.pdf" in r.stdout

    assert run("verify", out).returncode == 0
    (out / "briefing-note.txt").write_text("tampered", encoding="utf-8")
    r = run("verify", out)
    assert r.returncode == 1 and "CHANGED  briefing-note.txt" in r.stdout


def test_strict_build_fails_and_changes_nothing(tmp_path):
    src = make_source(tmp_path / "src")
    (src / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    r = run("build", src, "--strict")
    assert r.returncode == 1
    assert "broken.pdf" in r.stderr
    assert not (src / "manifest.json").exists() and not (src / "index").exists()


def test_bad_kit_is_a_sentence_not_a_traceback(tmp_path):
    r = run("search", tmp_path, "x")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "manifest.json" in r.stderr
