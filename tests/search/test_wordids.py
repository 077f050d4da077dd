"""presskit.index.wordids: a prefix's set of matches read from each segment's words' lists of entries
answers exactly as the posting lists do (fresh, after a change, capped prefixes included); a damaged
list is refused with the rest of the index, and a list that claims more than the postings hold
never puts a page on screen."""

from __future__ import annotations

import json
import shutil
from array import array

import pytest

from presskit.build import build_kit
from presskit.index.integrity import STAMP_NAME, list_files, trusted, write_local_seal
from presskit.index.packed import PackedError
from presskit.index.wordids import WORDIDS_DIR, WordIds, write_word_ids
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher
from presskit.search import searcher as searcher_module
from presskit.search.expand import PREFIX_CAP
from presskit.search.postings import PostingScorer

QUERIES = ["verif*", "stock*", "négo*", "s*", "tra*", "zeta*", "zeta1*", "zeta* -verification",
           "verif* -stockpile", "title:verif*", "zeta* OR lighthouse", "kind:statement verif*", "zzz*"]


def _zeta_text() -> str:
    """180 words starting with "zeta", each on a different number of lines (frequencies differ),
    so ``zeta*`` stands for its 100 most frequent only."""
    lines = []
    for i in range(180):
        lines.append(" ".join(f"zeta{j:03d}" for j in range(i, 180, 7)) + ".")
    return "Zeta notes\n\n" + "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def kits(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wordids")
    src = tmp / "src"
    shutil.copytree(sample_kit_path(), src, ignore=shutil.ignore_patterns("manifest.json", "index"))
    (src / "notes").mkdir(exist_ok=True)
    (src / "notes" / "zeta-notes.txt").write_text(_zeta_text(), encoding="utf-8")
    build_kit(src, tmp / "fresh", workers=1)
    shutil.copytree(tmp / "fresh", tmp / "changed")
    brief = next(src.rglob("briefing-note_5-questions-on-verification.md"))
    brief.write_text(brief.read_text(encoding="utf-8") + "\n\nVerified again: stockpiles, zeta001 zeta177.\n",
                     encoding="utf-8")
    assert build_kit(src, tmp / "changed", workers=1).extracted == 1
    return {"fresh": tmp / "fresh", "changed": tmp / "changed"}


def _answers(s: Searcher) -> list:
    out = []
    for q in QUERIES:
        r = s.search(q, limit=50)
        out.append((q, r.total, r.message, r.facets,
                    [(d.item.id, d.score, d.matched_pages, [(p.page, p.score, p.snippet) for p in d.pages])
                     for d in r.results]))
    return out


def _without_lists(monkeypatch) -> None:
    monkeypatch.setattr(PostingScorer, "_word_ids", lambda self, n: None)


@pytest.mark.parametrize("which", ["fresh", "changed"])
def test_prefix_results_are_the_same_with_and_without_the_word_lists(kits, which, monkeypatch):
    with Searcher(open_kit(kits[which])) as s:
        assert s.lexicon.vocab.count_with_prefix("zeta") > PREFIX_CAP, "zeta* is capped"
        if which == "changed":
            assert any(r.has_deletions() for r, _b in s._searcher.reader().leaf_readers())
        quote_seg = json.loads((kits[which] / "index" / STAMP_NAME).read_bytes())["quote_segment"]
        leaves = s._postings._leaves
        assert len(leaves) >= (3 if which == "changed" else 2)
        for n, (r, _b) in enumerate(leaves):  # an incremental build links the lists of the kept segments
            assert (s._postings._word_ids(n) is None) == (r.segment().segid == quote_seg)
        with_lists = _answers(s)
        s.search("zeta*")
        assert s._postings.from_lists, "the word lists answered"
    _without_lists(monkeypatch)
    with Searcher(open_kit(kits[which])) as s:
        assert _answers(s) == with_lists
        s.search("zeta*")
        assert not s._postings.from_lists


def test_an_index_without_word_lists_answers_from_postings(kits, tmp_path):
    """An index built before the word lists (no folder, not in its stamp) opens and answers."""
    kit = tmp_path / "old"
    shutil.copytree(kits["fresh"], kit)
    index = kit / "index"
    shutil.rmtree(index / WORDIDS_DIR)
    _restamp(index)
    with Searcher(open_kit(kits["fresh"])) as s:
        expected = _answers(s)
    with Searcher(open_kit(kit)) as s:
        assert _answers(s) == expected
        assert not s._postings.from_lists


def _restamp(index) -> None:
    """What a build would have stamped and sealed for the files now in ``index``."""
    stamp = json.loads((index / STAMP_NAME).read_bytes())
    stamp["files"] = list_files(index)
    raw = json.dumps(stamp, indent=1).encode()
    (index / STAMP_NAME).write_bytes(raw)
    write_local_seal(index, raw)


@pytest.mark.parametrize("damage", ["truncated", "altered"])
def test_a_damaged_word_list_is_refused_by_the_index_check(kits, tmp_path, damage):
    kit = tmp_path / "kit"
    shutil.copytree(kits["fresh"], kit)
    index = kit / "index"
    assert trusted(index)
    path = max((index / WORDIDS_DIR).glob("*.pk"), key=lambda p: p.stat().st_size)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[:len(data) // 2]
    else:
        data[-3] ^= 0x01  # one entry number changed
    path.write_bytes(bytes(data))
    assert not trusted(index), "the stamp's sha256 no longer matches"


def _forge(path, docs: int, prefixes: tuple[str, ...]) -> None:
    """Rewrite a segment's word lists claiming that every entry holds every word with ``prefixes``."""
    lists = WordIds(path, docs)
    t = lists._terms
    pairs = []
    for i in range(len(t)):
        word = t.term(i)
        ids = array("I", lists._ids[lists._starts[i]:lists._starts[i + 1]])
        if word.startswith(prefixes):
            ids = array("I", range(docs))
        pairs.append((word, (ids,)))
    lists.close()
    write_word_ids(path, docs, [pairs])


def test_word_lists_that_claim_more_than_the_postings_never_show_a_page(kits, tmp_path, monkeypatch):
    kit = tmp_path / "kit"
    shutil.copytree(kits["fresh"], kit)
    index = kit / "index"
    with Searcher(open_kit(kit)) as s:
        leaves = [(r.segment().segid, r.doc_count_all()) for r, _b in s._searcher.reader().leaf_readers()]
    for segid, docs in leaves:
        path = index / WORDIDS_DIR / f"{segid}.pk"
        if path.exists():
            _forge(path, docs, ("zeta", "verif", "stock"))
    _restamp(index)  # as if the build itself had written them wrong: the index check passes
    assert trusted(index)
    queries = ["zeta*", "verif*", "stock*", "zeta1*"]
    refused = []
    confirmed = searcher_module._Unsure.confirmed
    monkeypatch.setattr(searcher_module._Unsure, "confirmed",
                        lambda self, d, p: confirmed(self, d, p) or refused.append(d))
    with Searcher(open_kit(kit)) as s:
        forged = {q: s.search(q, limit=50) for q in queries}
        assert s._postings.from_lists
    assert refused, "entries the lists claimed were checked and refused"
    monkeypatch.undo()
    _without_lists(monkeypatch)
    with Searcher(open_kit(kit)) as s:
        truth = {q: s.search(q, limit=50) for q in queries}
    for q in queries:
        assert forged[q].total >= truth[q].total
        shown = [(d.item.id, d.score, [(p.page, p.score, p.snippet) for p in d.pages]) for d in forged[q].results]
        assert shown == [(d.item.id, d.score, [(p.page, p.score, p.snippet) for p in d.pages])
                         for d in truth[q].results], q


def test_word_lists_damaged_behind_a_valid_stamp_leave_the_postings_to_answer(kits, tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(kits["fresh"], kit)
    for n, path in enumerate(sorted((kit / "index" / WORDIDS_DIR).glob("*.pk"))):
        path.write_bytes(b"PKPK1\n{not json" if n % 2 else path.read_bytes()[:200])
    _restamp(kit / "index")
    with Searcher(open_kit(kits["fresh"])) as s:
        expected = _answers(s)
    with Searcher(open_kit(kit)) as s:
        assert _answers(s) == expected
        assert not s._postings.from_lists


@pytest.mark.parametrize("docs", [300, 70_000])
def test_a_word_table_gives_each_prefix_the_entries_of_its_words(tmp_path, docs):
    """16-bit entry numbers in segments under 65,536 entries, 32-bit beyond; body and title merged."""
    body = [("late", (array("I", [1, 5, docs - 1]),)), ("latex", (array("I", [2, 5]),)),
            ("later", (array("I", [7]),)), ("lazy", (array("I", [3]),))]
    title = [("latex", (array("I", [0, 2, docs - 2]),)), ("zeta", (array("I", [4]),))]
    path = tmp_path / "seg.pk"
    assert write_word_ids(path, docs, [body, title]) == 10
    lists = WordIds(path, docs)
    try:
        assert lists._ids.format == ("H" if docs <= 0xFFFF else "I")
        assert lists.entries("late", None) == {0, 1, 2, 5, 7, docs - 2, docs - 1}
        assert lists.entries("late", {b"latex"}) == {0, 2, 5, docs - 2}
        assert lists.entries("late", {b"late", b"later"}) == {1, 5, 7, docs - 1}
        assert lists.entries("la", {b"lazy", b"late"}) == {1, 3, 5, docs - 1}
        assert lists.entries("zz", None) == set()
    finally:
        lists.close()
    with pytest.raises(PackedError):
        WordIds(path, docs + 1)  # not this segment's table
