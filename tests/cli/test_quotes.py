"""presskit quotes (and export --query): quotations as JSON or as citations, from the command line."""

from __future__ import annotations

import json

import pymupdf

from kitmaker import make_source
from presskit.build import build_kit
from presskit.cli import main


def test_cli_export_query_and_quotes_json(tmp_path, capsys):
    build_kit(make_source(tmp_path / "src"), tmp_path / "kit")
    assert main(["export", str(tmp_path / "kit"), "--query", "stockpile", "--format", "pdf",
                 "-o", str(tmp_path / "q.pdf")]) == 0
    toc_titles = [t for lvl, t, _ in pymupdf.open(tmp_path / "q.pdf").get_toc() if lvl == 2]
    assert "Statement to the plenary" in toc_titles
    capsys.readouterr()
    assert main(["quotes", str(tmp_path / "kit"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and set(data[0]) == {"text", "speaker", "role", "organisation", "document_id", "title", "date",
                                     "page", "language", "attribution", "confidence", "kind"}
    assert any(q["speaker"] == "Amara Diallo" for q in data)
    assert main(["quotes", str(tmp_path / "kit"), "delay", "--cite", "news"]) == 0
    assert "said Amara Diallo" in capsys.readouterr().out
