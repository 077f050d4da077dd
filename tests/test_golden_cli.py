"""Golden output of ``presskit search --json``, ``presskit quotes --json`` and ``presskit info`` on the
bundled sample kit: the same kit and index must give byte-identical output, so a refactoring that
changes what a user sees fails here.

Only what is legitimately volatile is normalised: the time the index was built and the folder the
repository lives in. Regenerate after an intended change with::

    PRESSKIT_UPDATE_GOLDEN=1 python3 -m pytest -q tests/test_golden_cli.py

and read the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from presskit.cli import main

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
KIT = str(REPO / "assets" / "sample-kit")

#: name -> arguments after the kit. Varied on purpose: every query feature and filter.
SEARCHES: dict[str, list[str]] = {
    "word": ["verification"],
    "word-accented": ["coopération"],
    "french-no-accents": ["securite"],
    "french-phrase-no-accents": ['"une future scene de crime"'],
    "phrase": ['"Every unaccounted crate of ammunition"'],
    "phrase-guillemets": ["« Sans vérification, la sécurité promise »"],
    "and": ["stockpile transparency"],
    "or": ["transparency OR transparence"],
    "not-minus": ["verification -stockpile"],
    "not-word": ["munitions NOT transparence"],
    "prefix": ["verif*"],
    "prefix-accented": ["négo*"],
    "misspelling": ["verifcation"],
    "misspelling-transposed": ["ammunitoin"],
    "field-kind": ["kind:statement verification"],
    "field-type-alias": ["type:newsletter transparency"],
    "field-lang": ["lang:fr munitions"],
    "field-speaker": ["speaker:diallo"],
    "field-title": ["title:statement"],
    "option-kind-dates": ["munitions", "--kind", "newsletter", "--from", "2026-11-17", "--to", "2026-11-19"],
    "option-lang-limit": ["securite", "--lang", "fr", "--limit", "2"],
    "unbalanced-quote": ['"une nouvelle'],
    "operators-only": ["AND OR"],
    "photo-caption": ["survivors"],
}

QUOTES: dict[str, list[str]] = {
    "all": [],
    "speaker": ["--speaker", "Diallo"],
    "speaker-organisation": ["--speaker", "Lantern Coalition"],
    "query": ["verification"],
}


def _run(capsys, argv: list[str]) -> str:
    code = main(argv)
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def _normalise_info(text: str) -> str:
    text = re.sub(r"built \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "built <time>", text)
    return text.replace(str(REPO), "<repo>")


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PRESSKIT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with PRESSKIT_UPDATE_GOLDEN=1 once"
    assert actual == path.read_text(encoding="utf-8"), f"output of {name} differs from {path}"


@pytest.mark.parametrize("name", sorted(SEARCHES))
def test_search_json_is_unchanged(name, capsys):
    _compare(f"search-{name}.json", _run(capsys, ["search", KIT, *SEARCHES[name][:1], "--json",
                                                   *SEARCHES[name][1:]]))


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quotes_json_is_unchanged(name, capsys):
    _compare(f"quotes-{name}.json", _run(capsys, ["quotes", KIT, *QUOTES[name], "--json"]))


def test_info_is_unchanged(capsys):
    _compare("info.txt", _normalise_info(_run(capsys, ["info", KIT])))


def test_golden_searches_find_something():
    """The golden set covers real results, not a list of empty answers."""
    import json

    empty = [n for n in SEARCHES if not json.loads((GOLDEN / f"search-{n}.json").read_text("utf-8"))["results"]]
    assert sorted(empty) == ["operators-only"]
