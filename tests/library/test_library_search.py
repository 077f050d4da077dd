"""A library of three kits from three publishers searches as one, each result naming its kit."""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from pathlib import Path

import pymupdf
import pytest

from presskit.citation import cite_quote
from presskit.kit.open import open_kit
from presskit.library.catalog import Library
from presskit.library.export import export_across_kits, group_by_kit
from presskit.library.search import LibrarySearcher
from presskit.search import Searcher


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def full(library, kits) -> Library:
    for k in kits.values():
        library.add(k)
    return library


def test_three_kits_search_as_one_each_result_naming_its_kit(full):
    with LibrarySearcher(full) as s:
        res = s.search("transparency stockpiles")
        orgs = [h.entry.organisation for h in res.results]
        assert set(orgs) == {"Coalition for Safer Streets", "Delegation of Belmora"}
        data = res.to_json()
        assert {r["kit"]["organisation"] for r in data["results"]} == set(orgs)
        assert all(r["kit"]["signature"] == "unsigned" for r in data["results"])
        assert all(set(r) >= {"id", "title", "kind", "language", "date", "path", "score", "pages", "kit"}
                   for r in data["results"])
        assert data["total"] == 2 and [k["state"] for k in data["kits"]] == ["searched"] * 3
        # results of every kit in one list, best first, with snippets
        assert [r["score"] for r in data["results"]] == sorted((r["score"] for r in data["results"]), reverse=True)
        assert all("<b>transparency</b>" in r["pages"][0]["snippet"] for r in data["results"])


def test_snippets_only_for_the_pages_a_row_shows_then_the_rest_on_demand(full):
    """The library panel shows one line per document, its best page's: only those snippets are cut
    while the reader waits; the others are cut later, the same as a search cutting them all."""
    with LibrarySearcher(full) as s:
        every = s.search("stockpile OR clearance", limit=20)
        first = s.search("stockpile OR clearance", limit=20, snippets_per_doc=1)
        assert [h.item.id for h in first.results] == [h.item.id for h in every.results]
        assert any(len(h.hit.pages) > 1 for h in first.results)  # or the test proves nothing
        assert all(h.hit.pages[0].snippet and "<b>" in h.hit.pages[0].snippet for h in first.results)
        assert all(not p.snippet for h in first.results for p in h.hit.pages[1:])
        s.fill_snippets(first)
        assert [[p.snippet for p in h.hit.pages] for h in first.results] == \
            [[p.snippet for p in h.hit.pages] for h in every.results]


def test_facets_by_kit_and_organisation_and_filters(full):
    coalition = next(e for e in full.kits if e.organisation == "Coalition for Safer Streets")
    with LibrarySearcher(full) as s:
        res = s.search("clearance")
        assert res.facets["kit"][coalition.id] == 3
        assert set(res.facets["organisation"]) >= {"Coalition for Safer Streets", "Red Lantern Society"}
        assert set(res.facets) >= {"kind", "language", "date", "kit", "organisation"}
        only = s.search("clearance", kits=[coalition.id])
        assert only.total == 3 and {h.entry.id for h in only.results} == {coalition.id}
        assert only.facets == res.facets  # facets are counted without the filters
        society = s.search("clearance", organisations=["Red Lantern Society"])
        assert {h.item.title for h in society.results} == {"Explosive weapons in populated areas"}


def test_the_same_document_in_two_kits_scores_the_same(full):
    """Shared statistics: the joint statement is byte for byte in two kits of different sizes and
    vocabularies; across the library it gets one score. Each kit's own BM25 gives two."""
    with LibrarySearcher(full) as s:
        for query in ("clearance", "Article 5 deadlines", '"state party"', "contaminated OR budget", "clear*"):
            res = s.search(query, limit=20)
            joint = [h for h in res.results if h.item.title == "Joint statement on Article 5"]
            assert len(joint) == 2, query
            assert joint[0].score == pytest.approx(joint[1].score, rel=1e-9), query
            ranks = [n for n, h in enumerate(res.results) if h.item.title == "Joint statement on Article 5"]
            assert ranks[1] == ranks[0] + 1, query  # side by side: nothing scores between equal scores
    own = []
    for e in full.kits:
        if e.organisation in ("Coalition for Safer Streets", "Red Lantern Society"):
            with Searcher(open_kit(e.path)) as one:
                hit = next(d for d in one.search("clearance").results if d.item.title.startswith("Joint"))
                own.append(hit.score)
    assert own[0] != pytest.approx(own[1], rel=1e-3)  # why the statistics have to be shared


def test_quotes_and_citations_across_kits_name_each_kits_publisher(full):
    with LibrarySearcher(full) as s:
        quotes = s.quotes()
        assert {q.entry.organisation for q in quotes} == {
            "Coalition for Safer Streets", "Red Lantern Society", "Delegation of Belmora"}
        martin = next(q for q in quotes if q.quote.speaker.startswith("Claire Martin"))
        item = martin.kit.item(martin.quote.document_id)
        cited = cite_quote(martin.quote, item, martin.kit.info, "bibliographic").plain
        assert "Red Lantern Society" in cited
        okonjo = next(q for q in s.quotes("wording") if q.quote.speaker.startswith("Rafael"))
        cited = cite_quote(okonjo.quote, okonjo.kit.item(okonjo.quote.document_id), okonjo.kit.info,
                           "bibliographic").plain
        assert "Delegation of Belmora" in cited


def test_export_across_kits_keeps_each_kits_credits(full, tmp_path):
    with LibrarySearcher(full) as s:
        hits = s.search("clearance OR transparency", snippets=False).results
        selection = group_by_kit((h.entry, h.kit, h.item.id) for h in hits)
        assert len(selection) == 3
        export_across_kits(selection, "zip", tmp_path / "out.zip")
        export_across_kits(selection, "pdf", tmp_path / "out.pdf")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        names = zf.namelist()
        credits = {n: zf.read(n).decode() for n in names if n.endswith("CREDITS.txt")}
    assert len(credits) == 4  # one per kit, and the list of kits
    for org in ("Coalition for Safer Streets", "Red Lantern Society", "Delegation of Belmora"):
        assert any(n.startswith(f"out/{org}/") and org in text for n, text in credits.items())
    assert not any(n.startswith(".") or "/." in n for n in names)
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        top = [t for lvl, t, _p in doc.get_toc() if lvl == 1]
    assert [t.split(" — ")[0] for t in top] == [e.label for e, _k, _ids in selection]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # nothing half-written left


def test_a_missing_kit_is_shown_absent_not_dropped_and_comes_back(full, kits, tmp_path):
    away = tmp_path / "unplugged"
    shutil.move(str(kits["society"]), away)
    lib = Library(full.path)
    assert len(lib.kits) == 3
    society = next(e for e in lib.kits if e.organisation == "Red Lantern Society")
    assert not society.present and society.title  # the snapshot is still there to show
    lib.refresh()
    assert len(Library(full.path).kits) == 3
    with LibrarySearcher(lib) as s:
        res = s.search("clearance")
        assert society.id not in {h.entry.id for h in res.results}
        assert {"id": society.id, "state": "absent"}.items() <= next(
            k for k in res.kits if k["id"] == society.id).items()
    shutil.move(str(away), kits["society"])
    with LibrarySearcher(Library(full.path)) as s:
        assert society.id in {h.entry.id for h in s.search("clearance").results}


def test_removing_a_kit_never_touches_its_files_and_reading_never_writes(library, kits):
    before = {n: _snapshot(k) for n, k in kits.items()}
    for k in kits.values():
        library.add(k)
    with LibrarySearcher(library) as s:
        s.search("clearance")
        s.quotes("Article")
    library.remove(library.kits[0].id)
    assert len(Library(library.path).kits) == 2
    assert {n: _snapshot(k) for n, k in kits.items()} == before


def test_a_single_file_kit_joins_the_library(library, kits, tmp_path):
    from presskit.kit.archive import pack_kit

    from presskit.build import index_kit

    pack_kit(kits["delegation"], tmp_path / "belmora.presskit")
    entry, new = library.add(tmp_path / "belmora.presskit")
    assert new and entry.packed and entry.organisation == "Delegation of Belmora"
    # an unsigned packed kit's own index is never used (nobody vouches for it): it is indexed here,
    # as 'presskit library add' does
    index_kit(library.open(entry), workers=0)
    library.add(kits["coalition"])
    with LibrarySearcher(library) as s:
        res = s.search("transparency")
        assert {h.entry.id for h in res.results} == {entry.id, library.kits[1].id}


def test_adding_the_same_kit_twice_refreshes_it(library, kits):
    e1, new1 = library.add(kits["coalition"])
    e2, new2 = library.add(str(kits["coalition"]) + os.sep)
    assert new1 and not new2 and e1.id == e2.id and len(library.kits) == 1


def test_a_damaged_library_file_is_set_aside_with_a_notice(tmp_path):
    path = tmp_path / "library.json"
    path.write_text('{"version": 1, "kits": [' * 50, encoding="utf-8")
    lib = Library(path)
    assert lib.kits == [] and "could not be read" in lib.notice
    assert list(tmp_path.glob("library.json.damaged-*"))
    path.write_text('{"version": 1, "kits": [{"id": 5}, {"id": "x", "path": "/nowhere", "items": "many"}]}')
    lib = Library(path)
    assert [(e.id, e.items, e.present) for e in lib.kits] == [("x", 0, False)]


def test_not_a_kit_is_refused_with_a_sentence(library, tmp_path):
    from presskit.errors import KitError

    (tmp_path / "empty").mkdir()
    with pytest.raises(KitError, match="manifest"):
        library.add(tmp_path / "empty")
    assert library.kits == []


def test_a_word_one_kit_holds_is_not_respelt_in_the_others(full):
    """'start' is in the coalition's kit only; across the library it is a word, not a typo. (The
    society's kit alone once read it as a misspelling of 'state'; two edits in five letters make
    another word, so no kit respells it now.)"""
    society = next(e for e in full.kits if e.organisation == "Red Lantern Society")
    with Searcher(open_kit(society.path)) as alone:
        assert alone.search("start").suggestion is None and alone.search("stat").suggestion == "state"
    with LibrarySearcher(full) as s:
        res = s.search("start")
        assert res.suggestion is None
        assert {h.entry.organisation for h in res.results} == {"Coalition for Safer Streets"}
        assert s.search("stert").suggestion in ("start", "state")  # a real typo is still corrected


def test_why_nothing_was_found_is_the_querys_reason_said_once_for_the_library(full):
    """kind:foo across the library said only "No documents match.": each kit's sentence naming 'foo' as no
    kind was dropped, because it too began with those words. The library now keeps the kits' common reason
    and says it once."""
    with LibrarySearcher(full) as s:
        res = s.search("kind:foo transparency")
        assert res.total == 0 and res.reason == "unknown-choice"
        assert res.message.startswith("No documents match.")
        assert res.message.count("'foo' is not a kind presskit knows") == 1 and "statement" in res.message
        assert res.to_json()["reason"] == "unknown-choice"
        short = s.search("transparency e*")
        assert short.reason == "short-prefix" and short.message.endswith("too many words match e*.")
        nothing = s.search("zzzqqqxx")
        assert nothing.reason == "no-match" and nothing.message == "No documents match."
        assert s.search("...!!!").reason == "operators"
        found = s.search("transparency")
        assert found.total > 0 and found.reason == "" and found.to_json()["reason"] is None


def test_a_prefix_stands_for_the_same_words_in_every_kit():
    """``verif*`` ranks with the library's most frequent words, not each kit's own: a kit where a
    word is rare still searches it, so the same page scores the same in any kit."""
    from presskit.library.search import LibraryPrefixes

    class Lex:
        def __init__(self, df):
            def frequent(_s, prefix, cap):  # Vocabulary.frequent_with_prefix: most frequent first
                words = sorted((w for w in df if w.startswith(prefix)), key=lambda w: (-df[w], w))
                return [(w, df[w]) for w in words[:cap]]

            self.vocab = type("V", (), {"df": lambda _s, w: df.get(w, 0), "__contains__": lambda _s, w: w in df,
                                        "frequent_with_prefix": frequent})()

    a = Lex({"verify": 9, "verification": 2, "verified": 1})
    b = Lex({"verification": 40, "verifier": 3})
    prefixes = LibraryPrefixes([a, b])
    assert prefixes.words("verif", 3) == ["verification", "verify", "verifier"]
    assert prefixes.words("verif", 100) == ["verification", "verify", "verifier", "verified"]
    assert prefixes.words("zzz", 100) == []
    prefixes.forget()
    prefixes.words("verif", 3)
    assert prefixes.held(0) == {"verification", "verify"}  # a lacks 'verifier': its query leaves it out
    assert prefixes.held(1) == {"verification", "verifier"}


def test_whether_another_kit_holds_a_word_is_asked_of_each_kit_once_per_search():
    """A word no kit holds is looked up once in each kit's vocabulary, not once per pair of kits."""
    from presskit.library.search import LibraryWords

    asked = []

    class Vocab(set):
        def __contains__(self, w):
            asked.append(w)
            return set.__contains__(self, w)

    lexicons = [type("Lex", (), {"vocab": Vocab(ws)})() for ws in ({"state"}, {"state", "etat"}, set(), set())]
    words = LibraryWords(lexicons)
    assert [words.held_elsewhere("start", n) for n in range(4)] == [False] * 4
    assert [words.held_elsewhere("etat", n) for n in range(4)] == [True, False, True, True]
    assert [words.held_elsewhere("state", n) for n in range(4)] == [True] * 4
    assert sorted(asked) == ["etat"] * 4 + ["start"] * 4 + ["state"] * 4
    words.forget()
    words.held_elsewhere("start", 0)
    assert len(asked) == 16


def _found(res) -> list:
    return [res.total, res.facets, [(h.entry.id, h.item.id, h.score, [p.page for p in h.hit.pages])
                                    for h in res.results]]


def test_a_kit_is_asked_only_for_the_words_of_a_prefix_it_holds_and_finds_the_same(full, monkeypatch):
    """A prefix stands for the library's words in every kit, but a kit's index is not asked for the
    ones it lacks (they would match nothing there): the results, scores, totals and facets are
    those of asking every kit for every word."""
    from presskit.library import search as library_search

    queries = ("clear*", "cont*", "stat* OR budg*", "deadl* -clear*", "title:join*", "c*")
    left_out = []
    real = library_search._without_missing

    def narrowing(q, held):
        out = real(q, held)
        left_out.append(len(list(q.leaves())) - len(list(out.leaves())))
        return out

    monkeypatch.setattr(library_search, "_without_missing", narrowing)
    with LibrarySearcher(full) as s:
        narrowed = [_found(s.search(q, limit=50)) for q in queries]
    assert sum(left_out) > 0  # some kit lacks some of the words
    monkeypatch.setattr(library_search, "_without_missing", lambda q, held: q)
    with LibrarySearcher(full) as s:
        assert [_found(s.search(q, limit=50)) for q in queries] == narrowed


def test_refresh_reads_again_only_the_kits_whose_manifest_changed(full, monkeypatch):
    """The viewer's library thread has every kit open for searching; refreshing the list uses them
    instead of reading ten manifests twice, unless a manifest changed since (an update applied)."""
    import presskit.library.catalog as catalog

    with LibrarySearcher(full) as s:
        opened = {e.id: k for e, k, _s in s.kits}
        read = []
        real = catalog.open_kit
        monkeypatch.setattr(catalog, "open_kit", lambda p: read.append(str(p)) or real(p))
        assert full.refresh(opened=opened) == [] and read == []
        assert [e.items for e in full.kits] == [len(opened[e.id].items) for e in full.kits]
        changed = full.kits[0]
        manifest = Path(changed.path) / "manifest.json"
        manifest.write_bytes(manifest.read_bytes() + b"\n")
        assert full.refresh(opened=opened) == [] and read == [changed.path]


def test_a_kit_whose_index_turns_out_damaged_is_set_aside_and_the_others_answer(full):
    """A kit can open and then fail on a search (an index that states a size it does not hold: the
    searcher refuses it with SearchIndexError). The library still answers from the other kits, lists
    that kit as damaged with the sentence, and leaves it out of the searches and quotations after."""
    from presskit.errors import SearchIndexError

    with LibrarySearcher(full) as s:
        whole = s.search("transparency stockpiles")
        assert len({h.entry.id for h in whole.results}) == 2
        bad_entry, _kit, bad = next(t for t in s.kits if t[0].id == whole.results[0].entry.id)
        asked = []

        def damaged(*a, **k):
            asked.append(1)
            raise SearchIndexError("The search index is damaged; it has to be rebuilt.")

        bad.search = bad.quotes = damaged
        res = s.search("transparency stockpiles")
        assert res.total == 1 and bad_entry.id not in {h.entry.id for h in res.results}
        state = next(k for k in res.kits if k["id"] == bad_entry.id)
        assert state["state"] == "damaged" and "rebuilt" in state["reason"]
        assert [k["state"] for k in res.kits].count("searched") == 2
        assert all(q.entry.id != bad_entry.id for q in s.quotes(""))
        s.search("clearance")
        assert len(asked) == 1  # set aside: not asked again


def test_a_kit_set_aside_is_left_out_everywhere_snippets_lookups_and_saved_searches(full):
    """Set aside once, a damaged kit is one fact of the library searcher: its snippets are not cut
    again (its text store is not asked a second time), ``searcher()`` no longer hands it out, and a
    saved search keeps what was seen of it instead of forgetting it (it would all read "new" once the
    kit is rebuilt)."""
    from presskit.errors import SearchIndexError
    from presskit.library.alerts import mark_looked, save_search

    with LibrarySearcher(full) as s:
        res = s.search("transparency stockpiles", snippets=False)
        bad_id = res.results[0].entry.id
        bad = s.searcher(bad_id)[2]
        saved = save_search(full, s, "transparency", "transparency stockpiles")
        assert any(k.startswith(bad_id + "/") for k in saved.seen_documents)
        asked = []

        def damaged(*a, **k):
            asked.append(1)
            raise SearchIndexError("The search index is damaged; it has to be rebuilt.")

        bad.snippet = damaged
        s.fill_snippets(res)
        s.fill_snippets(res)  # the same rows again (the panel scrolling back): not asked again
        assert len(asked) == 1
        assert s.searcher(bad_id) is None and bad_id not in {e.id for e, _k, _s in s.kits}
        assert bad_id in {e.id for e, _k in s.opened}
        assert [state for e, state, _why in s.skipped if e.id == bad_id] == ["damaged"]
        [again] = mark_looked(full, s, [saved.id])
        assert any(k.startswith(bad_id + "/") for k in again.seen_documents)
        assert [h.entry.id for h in s.search("transparency stockpiles").results] != [] and len(asked) == 1
