"""presskit.search.postings: scores read straight from posting lists are Whoosh's scores, and a search
ranked with them answers exactly as one ranked by Whoosh's matchers; snippets cut for the first pages
only, the others on demand, are the same snippets."""

from __future__ import annotations

import shutil

import pytest

from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher
from presskit.search.compile import Without, ranking_query

QUERIES = [
    "verification", "securite", "coopération", "stockpile transparency", "transparency OR transparence",
    "verification -stockpile", "munitions NOT transparence", '"une future scene de crime"', "verif*",
    "négo*", "stock* transparency", "verifcation", "ammunitoin", "kind:statement verification",
    "lang:fr munitions", "speaker:diallo", "title:statement", "corrected figures", "lighthouse keepers",
    "(verification OR securite) AND stock*", "the", "zzzz",
]


@pytest.fixture(scope="module")
def kits(tmp_path_factory):
    """The sample kit built fresh, and rebuilt after a change (its old entries marked deleted)."""
    tmp = tmp_path_factory.mktemp("postings")
    src = tmp / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    build_kit(src, tmp / "fresh", workers=1)
    shutil.copytree(tmp / "fresh", tmp / "changed")
    brief = next(src.rglob("briefing-note_5-questions-on-verification.md"))
    brief.write_text(brief.read_text(encoding="utf-8") + "\n\nCorrected figures: lighthouse keepers "
                     "counted again; verification continues.\n", encoding="utf-8")
    report = build_kit(src, tmp / "changed", workers=1)
    assert report.extracted == 1
    return {"fresh": tmp / "fresh", "changed": tmp / "changed"}


@pytest.mark.parametrize("which", ["fresh", "changed"])
def test_posting_scores_are_whooshs_scores(kits, which):
    with Searcher(open_kit(kits[which])) as s:
        if which == "changed":
            assert any(r.has_deletions() for r, _base in s._searcher.reader().leaf_readers())
        scored = 0
        for text in QUERIES:
            q = s.compile(text).query
            if q is None:
                continue
            q = ranking_query(Without(q, s._quote_entries))
            mine = s._postings.scores(q)
            assert mine is not None, text
            whoosh = {d: score for score, d in s._searcher.search(q, limit=None).top_n}
            assert set(mine) == set(whoosh), text
            assert all(mine[d] == pytest.approx(whoosh[d], rel=1e-12) for d in whoosh), text
            scored += bool(whoosh)
        assert scored > len(QUERIES) // 2


def _answers(s: Searcher, **kw) -> list:
    out = []
    for text in QUERIES:
        res = s.search(text, **kw)
        out.append((text, res.total, res.suggestion, res.facets,
                    [(d.item.id, round(d.score, 9), d.matched_pages, [(p.page, round(p.score, 9), p.snippet)
                                                                     for p in d.pages]) for d in res.results]))
    return out


@pytest.mark.parametrize("which", ["fresh", "changed"])
@pytest.mark.parametrize("limit", [1, 3, 50])
def test_a_search_ranked_from_postings_answers_as_whooshs_matchers_do(kits, which, limit, monkeypatch):
    with Searcher(open_kit(kits[which])) as s:
        fast = _answers(s, limit=limit)
        monkeypatch.setattr(s._postings, "scores", lambda q: None)  # every query through Whoosh's matchers
        assert _answers(s, limit=limit) == fast


def test_snippets_for_the_first_pages_then_the_others_on_demand(kits):
    with Searcher(open_kit(kits["fresh"])) as s:
        full = s.search("verification", limit=50)
        pages = [p for d in full.results for p in d.pages]
        assert len(pages) > 3 and all(p.snippet for p in pages)
        first = s.search("verification", limit=50, snippet_pages=2)
        shown = [p.snippet for d in first.results for p in d.pages]
        assert shown[:2] == [p.snippet for p in pages[:2]] and not any(shown[2:])
        assert s.fill_snippets(first, first.results[-1:]) == len(first.results[-1].pages)
        assert s.fill_snippets(first) == len(pages) - 2 - len(first.results[-1].pages)
        assert [p.snippet for d in first.results for p in d.pages] == [p.snippet for p in pages]
        assert s.fill_snippets(first) == 0  # nothing left to cut
        bare = s.search("verification", limit=50, snippets=False)
        assert not any(p.snippet for d in bare.results for p in d.pages)
