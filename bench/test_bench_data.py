"""The committed evaluation data in bench/ is well formed, and its scorers apply the written rules.

    python -m pytest -q bench/test_bench_data.py      (not part of the default test run: testpaths = tests)
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent
KINDS = {"press-release", "statement", "newsletter", "analysis", "summary", "fact-sheet", "briefing",
         "media-contacts", "photo", "other"}
DATE = re.compile(r"^(none|\d{4}(-\d{2}(-\d{2})?)?)$")


def rows(name: str) -> list[dict]:
    lines = [ln for ln in (BENCH / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_queries_have_every_class_in_two_equal_halves():
    qs = rows("queries-real.tsv")
    by = Counter((q["class"], q["half"]) for q in qs)
    for cls in ("word", "accent", "AND", "phrase", "prefix", "misspelling", "known"):
        assert by[(cls, "tune")] >= 20 and by[(cls, "tune")] == by[(cls, "held-out")], cls
    for q in qs:
        assert q["query"].strip() and q["expected_path"].endswith(".pdf") and int(q["expected_page"]) >= 1
        if q["class"] in ("phrase", "known"):
            assert q["query"].startswith('"') and q["query"].endswith('"')
        if q["class"] == "accent":
            assert q["query"].isascii() and not q["note"].isascii()
    assert len({(q["class"], q["query"]) for q in qs}) == len(qs)


@pytest.mark.parametrize("name,least", [("metadata-truth.tsv", 100), ("seed-truth.tsv", 20)])
def test_truth_files_use_the_documented_kinds_dates_and_halves(name, least):
    truth = rows(name)
    assert len(truth) >= least and len({r["path"] for r in truth}) == len(truth)
    halves = Counter(r["half"] for r in truth)
    assert set(halves) == {"tune", "held-out"} and abs(halves["tune"] - halves["held-out"]) <= 1
    for r in truth:
        assert r["kind"] in KINDS and all(k in KINDS for k in r["kind_also"].split(";") if k), r
        assert DATE.match(r["date"]) and all(DATE.match(d) for d in r["date_also"].split(";") if d), r
        assert r["language"] == "any" or re.fullmatch(r"[a-z]{2}", r["language"]), r
        if r["path"].lower().endswith(".pdf"):
            assert r["kind"] != "photo" and "photo" not in r["kind_also"], r


def test_metadata_scoring_rules():
    score = load("score_metadata")
    row = {"kind": "other", "kind_also": "fact-sheet", "date": "2011-11", "date_also": "2011-12-02",
           "language": "fr", "language_also": "en"}
    item = {"kind": "fact-sheet", "date": "2011-11-24", "language": "en"}
    assert score.judge(row, item) == {"kind": None, "date": None, "language": None}
    assert score.judge(row, {"kind": "photo", "date": "2011-10-31", "language": "de"}) == {
        "kind": "photo", "date": "2011-10-31", "language": "de"}
    assert score.judge(row, {"kind": "other", "date": "2011-12-02", "language": "fr"})["date"] is None
    assert score.judge(dict(row, date="none"), {"kind": "other", "date": "1969-12-31"})["date"] == "1969-12-31"
    assert score.judge(dict(row, language="any"), {"kind": "other"})["language"] is None
    assert score.judge(dict(row, language_also="any"), {"kind": "other"})["language"] is None
    assert score.judge(row, None)["kind"] == "(missing)"


def test_peak_rss_sums_a_process_tree(tmp_path):
    out = tmp_path / "rss.json"
    grandchild = "import time; x = bytearray(60_000_000); time.sleep(0.6)"
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}])"
    subprocess.run([sys.executable, str(BENCH / "peak_rss.py"), "--json", str(out), "--", sys.executable, "-c", child],
                   check=True, capture_output=True)
    figures = json.loads(out.read_text())
    assert figures["exit"] == 0 and figures["max_processes"] >= 2 and figures["peak_rss_mb"] >= 60
