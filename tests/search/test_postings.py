"""presskit.search.postings: scores read straight from posting lists are Whoosh's scores, and a search
ranked with them answers exactly as one ranked by Whoosh's matchers; snippets cut for the first pages
only, the others on demand, are the same snippets."""

from __future__ import annotations

import os
import pickle
import shutil

import pytest
from whoosh import query as Q

from presskit.build import build_kit
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher, blocks, phrases, postings
from presskit.search.compile import PrefixOr, Without, ranking_query

QUERIES = [
    "verification", "securite", "coopération", "stockpile transparency", "transparency OR transparence",
    "verification -stockpile", "munitions NOT transparence", '"une future scene de crime"', "verif*",
    "négo*", "stock* transparency", "verifcation", "ammunitoin", "kind:statement verification",
    "lang:fr munitions", "speaker:diallo", "title:statement", "corrected figures", "lighthouse keepers",
    "(verification OR securite) AND stock*", "the", "zzzz",
]
#: a NOT leaves out whole documents (Searcher._whole_documents): the entries it names run through both
#: ways too, also where the index has several segments (the "changed" kit)
WHOLE_DOCUMENT_NOTS = ["-stockpile", 'verification -"crime scene"', "(verification -stockpile) OR lighthouse"]


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


@pytest.fixture(scope="module")
def small_blocks(tmp_path_factory):
    """The sample kit written with posting blocks of 3 entries: common words span many blocks, as
    they do in a kit of thousands of pages (blocks of 128)."""
    from presskit.index import segment

    tmp = tmp_path_factory.mktemp("blocks")
    src = tmp / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(segment, "BLOCK", 3)
        build_kit(src, tmp / "kit", workers=1)
    return tmp / "kit"


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
    for text in QUERIES + WHOLE_DOCUMENT_NOTS:
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


@pytest.mark.parametrize("which", ["fresh", "changed"])
def test_blocks_read_without_their_positions_are_whooshs_blocks(kits, which):
    """The ids and weights of each posting block, read without unpickling its positions, are the ones
    Whoosh reads (same ids, same weights, 32-bit where Whoosh makes them 32-bit)."""
    with Searcher(open_kit(kits[which])) as s:
        fast = 0
        for sub, _base in s._postings._leaves:
            for fieldname, text in sub.all_terms():
                if fieldname not in ("body", "title", "speakers"):
                    continue
                m = sub.postings(fieldname, text)
                m = getattr(m, "child", m)  # under the filter of deleted entries
                while m.is_active():
                    mine = postings._ids_and_weights(m)
                    m._read_ids()
                    m._read_weights()
                    if mine is not None:
                        fast += 1
                        assert tuple(mine[0]) == tuple(m._ids)
                        assert type(mine[1]) is type(m._weights) and list(mine[1]) == list(m._weights)
                    m._next_block()
        assert fast > 200


def test_a_block_not_laid_out_as_presskit_writes_it_is_left_to_whoosh():
    """Only integers, floats, None and tuples are read this way; anything else (a bytearray, a global,
    another protocol) goes through Whoosh and the restricted unpickler."""
    good = pickle.dumps(((3, 4, 500, 70000), (1.0, 2.5, 1.0, 1.0), (b"a", b"b", b"c", b"d")), 4)
    assert blocks._HEAD.match(good)
    for weights in (None, 2.0, (1.0,), (1.0, 2.0, 3.0)):
        assert blocks._HEAD.match(pickle.dumps(((3,), weights, None), 4))
    for bad in (pickle.dumps(((3, 4), bytearray(b"xx"), ()), 5),
                pickle.dumps(((3, 4), os.system, ()), 4),
                pickle.dumps(((3, 4), (1.0, 2.0), ()), 2),
                good.replace(b"G", b"\x96", 1)):
        assert blocks._HEAD.match(bad) is None


def test_a_prefixs_matches_are_the_same_listed_or_looked_up(kits):
    with Searcher(open_kit(kits["changed"])) as s:
        for prefix in ("verif", "stock", "tr", "s"):
            words = s.lexicon.expand_prefix(prefix)
            terms = [(f, w) for f in ("body", "title") for w in words]
            expected = set().union(*(s._postings.ids(f, w) for f, w in terms))
            assert expected, prefix
            assert s._postings.ids_with_prefix(prefix, terms, 0) == expected  # each segment's words listed
            assert s._postings.ids_with_prefix(prefix, terms, 10**9) == expected  # each word looked up


def test_a_prefixs_matches_are_those_of_its_scored_words_and_of_the_others(kits):
    """The set of a prefix's matches is built from the scores of its most frequent words and the
    posting lists of the others only: the same set as read from all its posting lists."""
    with Searcher(open_kit(kits["changed"])) as s:
        wide = 0
        for text in ("s*", "co*", "tr*", "verif*", "s* -verification", "zzz*"):
            q = Without(s.compile(text).query, s._quote_entries)
            scores = s._postings.scores(ranking_query(q))
            assert s._prefix_docset(q, scores) == s._docset(q), text
            prefix = q.a if isinstance(q.a, PrefixOr) else None
            wide += prefix is not None and len(prefix.subqueries) > len(prefix.scored)
        assert wide >= 2


def _phrases_of(s: Searcher) -> list[list[str]]:
    """Phrases to search: runs of 2 to 6 words cut from the kit's own pages (common words and all),
    the same words out of order, and phrases repeating a word."""
    from presskit.textutil import tokenize

    out = []
    for it in s.kit.items:
        for page in range(1, (it.pages or 1) + 1):
            words = [w for w, _a, _b in tokenize(s.page_text(it.id, page))]
            for start in range(0, max(0, len(words) - 6), 37):
                run = words[start:start + 2 + start % 5]
                out += [run, run[::-1], run[:1] + run]
    return out


@pytest.mark.parametrize("which", ["fresh", "changed", "small blocks", "blocks unpickled"])
def test_phrases_read_from_posting_blocks_match_and_score_as_whooshs_phrase_matcher(kits, small_blocks, which,
                                                                                    monkeypatch):
    """Positions read by block for the candidates of the rarest words: the same entries as Whoosh's
    phrase matcher, with the same scores, alone and within an AND's matches. "blocks unpickled":
    each position list found by unpickling its block, as for a block not laid out as presskit
    writes it, rather than where the weights say it lies."""
    if which == "blocks unpickled":
        monkeypatch.setattr(phrases._Block, "_locate", lambda self: False)
    with Searcher(open_kit(kits["fresh"] if which == "blocks unpickled" else
                           small_blocks if which == "small blocks" else kits[which])) as s:
        if which == "small blocks":
            leaf = max((r for r, _base in s._postings._leaves), key=lambda r: r.doc_frequency("body", "the"))
            assert leaf.doc_frequency("body", "the") > 9 and leaf.postings("body", "the")._blocklength == 3
        runs = _phrases_of(s)
        assert len(runs) > 150
        matched = narrowed = 0
        for words in runs:
            for field in ("body", "title"):
                q = Q.Phrase(field, words, boost=1.7 if field == "title" else 1.0)
                whoosh = {d: score for score, d in s._searcher.search(q, limit=None).top_n}
                mine = phrases.phrase_scores(s._postings, q, None)
                assert mine is not None and set(mine) == set(whoosh), words
                assert all(mine[d] == pytest.approx(whoosh[d], rel=1e-12) for d in whoosh), words
                matched += bool(whoosh)
                within = set(list(whoosh)[::2]) | {0, 1, 2}
                part = phrases.phrase_scores(s._postings, q, within)
                assert part == {d: v for d, v in mine.items() if d in within}
                narrowed += len(part) < len(mine)
        assert matched > len(runs) // 4 and narrowed > 10  # the runs as cut match, most others do not
