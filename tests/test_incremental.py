"""A rebuild touches only what changed, and gives what a fresh build of the same files gives.

A press officer adds a statement, corrects two, withdraws one, and rebuilds: only those items are
read and indexed again; every search a journalist can type (words, accents, AND, NOT, phrases,
prefixes, misspellings, filters, quotes) must then answer exactly as a kit built from scratch does,
with the same ranking, pages, snippets and spelling suggestions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presskit.build import build_kit
from presskit.index import writer as index_writer
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher

QUERIES = [
    "verification", "securite", "coopération", "stockpile transparency", "transparency OR transparence",
    "verification -stockpile", "munitions NOT transparence", '"une future scene de crime"',
    '"Every unaccounted crate of ammunition"', "verif*", "négo*", "stock*", "verifcation", "ammunitoin",
    "kind:statement verification", "lang:fr munitions", "speaker:diallo", "title:statement", "survivors",
    "withdrawn", "corrected figures", "lighthouse keepers", "marrow hill",
]


def _source(tmp: Path) -> Path:
    src = tmp / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    return src


def _day_two(src: Path) -> None:
    """Two items added, three changed (one a photo whose caption sidecar changed), one removed."""
    (src / "notes").mkdir(exist_ok=True)
    (src / "notes" / "update-lighthouse.txt").write_text(
        "Update: lighthouse keepers\n\nThe lighthouse keepers of Marrow Hill counted the crates again. "
        "Corrected figures follow; verification continues.\n", encoding="utf-8")
    (src / "notes" / "note-fr.md").write_text(
        "# Note aux rédactions\n\nLa vérification des stocks reprend demain; sécurité renforcée.\n", encoding="utf-8")
    brief = next(src.rglob("briefing-note_5-questions-on-verification.md"))
    brief.write_text(brief.read_text(encoding="utf-8") + "\n\nCorrected figures: 2,100 tonnes, not 1,200.\n",
                     encoding="utf-8")
    fact = next(src.rglob("fact-sheet_ammunition-transparency_EN.html"))
    fact.write_text(fact.read_text(encoding="utf-8").replace("</body>", "<p>This sheet was withdrawn "
                                                             "and corrected.</p></body>"), encoding="utf-8")
    side = src / "photos" / "banner_closing_20nov.jpg.json"
    side.write_text(side.read_text(encoding="utf-8").replace('"caption": "', '"caption": "Corrected: '),
                    encoding="utf-8")
    next(src.rglob("Media contacts*")).unlink()


def _answers(kit_dir: Path) -> list:
    kit = open_kit(kit_dir)
    out = []
    with Searcher(kit) as s:
        for q in QUERIES:
            res = s.search(q, limit=50)
            out.append((q, res.total, res.suggestion, res.message, res.facets,
                        [(d.item.id, round(d.score, 6), d.matched_pages,
                          [(p.page, round(p.score, 6), p.snippet) for p in d.pages]) for d in res.results]))
        out.append(("quotes", [q.to_dict() for q in s.quotes()]))
        # what a library sums over its kits to score them as one collection
        out.append(("statistics", s.collection_statistics(),
                    [s.doc_frequency(f, w) for f in ("body", "title") for w in ("verification", "lighthouse")]))
        s.set_weighting(None)  # back to the kit's own scoring, over its live entries
        out.append(("rescored", [(d.item.id, round(d.score, 6)) for d in s.search("verification").results]))
        out.append(("quotes:verification", [q.to_dict() for q in s.quotes("verification")]))
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("incremental")
    src = _source(tmp)
    build_kit(src, tmp / "kit", workers=1)
    _day_two(src)
    return tmp, src


@pytest.mark.parametrize("compact", [False, True], ids=["deleted-entries", "compacted"])
def test_an_incremental_rebuild_answers_like_a_fresh_build(built, compact, monkeypatch):
    tmp, src = built
    kit = tmp / f"kit-{compact}"
    shutil.copytree(tmp / "kit", kit)
    monkeypatch.setattr(index_writer, "COMPACT_DEAD_SHARE", 0.0 if compact else 1.0)
    again = build_kit(src, kit, workers=1)
    assert again.extracted == 5, "only the two new and the three changed files are read"
    assert again.kept == len(again.items) - 5, "every other item keeps its index entries"
    fresh = build_kit(src, tmp / f"fresh-{compact}", workers=1)
    assert fresh.extracted == len(fresh.items)
    assert (kit / "manifest.json").read_bytes() == (tmp / f"fresh-{compact}" / "manifest.json").read_bytes()
    assert _answers(kit) == _answers(tmp / f"fresh-{compact}")


def test_a_rebuild_with_no_change_reads_and_indexes_nothing(built):
    tmp, src = built
    kit = tmp / "kit-nochange"
    build_kit(src, kit, workers=1)
    before, answers = (kit / "manifest.json").read_bytes(), _answers(kit)
    again = build_kit(src, kit, workers=1)
    assert again.extracted == 0 and again.kept == len(again.items)
    assert (kit / "manifest.json").read_bytes() == before
    assert _answers(kit) == answers
