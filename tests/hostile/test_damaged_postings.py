"""A damaged index says so: whatever Whoosh raises while reading a damaged file of an index the reader
searches (a signed kit's, sealed again by its signer), a search answers with the damaged-index
sentence, never "That query could not be run" (which would send a journalist rewording a query
that is fine); a query Whoosh cannot run keeps that sentence (docs/trust.md, *The index*)."""

from __future__ import annotations

import re

import random
from pathlib import Path

import pytest

from hostile_helpers import cli, ok
from test_index_sizes import seal, term_ranges, whoosh_dir

from presskit.errors import SearchIndexError
from presskit.kit.open import open_kit
from presskit.search import Searcher

#: One query of each class the compiler makes: word, phrase, prefix, AND, OR, NOT, misspelt word
#: (respelt), field, and a word only the French pages hold.
QUERIES = ("stockpiles", '"ammunition stockpiles"', "stockpil*", "stockpiles AND transparency",
           "stockpiles OR clearance", "stockpiles NOT transparency", "stokpiles", "title:stockpiles",
           "verification", "transparence")


def _truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _scramble(path: Path, rng: random.Random, n: int = 8) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(n):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def _answers(kit: Path) -> list[str]:
    """How each query ends: "ok", "damaged" or the message a search gave instead of results."""
    try:
        s = Searcher(open_kit(kit))
    except SearchIndexError:
        return ["damaged"] * len(QUERIES)
    out = []
    try:
        for q in QUERIES:
            try:
                res = s.search(q)
                out.append("could not be run" if res.message and "could not be run" in res.message else "ok")
            except SearchIndexError:
                out.append("damaged")
    finally:
        s.close()
    return out


def _cut_at_postings_of(kit: Path, word: bytes) -> int:
    """Cut each postings file where ``word``'s posting block starts; how many files were cut."""
    from whoosh.codec.whoosh3 import W3TermInfo

    cut = 0
    for trm in whoosh_dir(kit).glob("*.trm"):
        found = term_ranges(trm, "body", word)
        if not found:
            continue
        info = W3TermInfo.from_bytes(trm.read_bytes()[found[1]:found[1] + found[2]])
        if info.is_inlined():
            continue
        pst = trm.with_suffix(".pst")
        pst.write_bytes(pst.read_bytes()[:info.extent()[0]])
        cut += 1
    return cut


@pytest.mark.parametrize("word", [b"stockpiles", b"transparency"])
def test_postings_cut_short_give_the_damaged_index_sentence(signed_kit, publisher_key, word):
    """Whoosh raises a bare ``Exception("Block tag error")`` for a posting block cut short; every
    query class (most of them read that word's postings) answers or says the index is damaged."""
    assert _cut_at_postings_of(signed_kit, word)
    seal(signed_kit, publisher_key)
    answers = _answers(signed_kit)
    assert "could not be run" not in answers and "damaged" in answers, answers
    p = ok(cli("search", signed_kit, word.decode()))  # the command line sets it aside and rebuilds it
    assert "damaged" in p.stderr and "could not be run" not in p.stdout + p.stderr
    assert re.search(r"\d+ documents? match", p.stdout)


@pytest.mark.parametrize("pattern", ["*.pst", "*.trm", "*._stored.col", "*._body_len.col"])
def test_scrambled_index_files_never_read_as_a_query_that_could_not_be_run(signed_kit, publisher_key, tmp_path, pattern):
    """Bytes changed at random in each kind of Whoosh file, a few seeds each (the damage a fuzz of
    every index file found escaping: block tags, short reads, entries past the entry map): every
    query class either answers or says the index is damaged."""
    import shutil

    for seed in range(4):
        kit = Path(shutil.copytree(signed_kit, tmp_path / f"{seed}" / "kit"))
        rng = random.Random(seed)
        for f in sorted(whoosh_dir(kit).glob(pattern)):
            _scramble(f, rng) if seed % 2 else _truncate(f, rng.random())
        seal(kit, publisher_key)
        answers = _answers(kit)
        assert "could not be run" not in answers, (seed, answers)


def test_a_query_whoosh_cannot_run_keeps_its_own_sentence(signed_kit, monkeypatch):
    """An error that does not come from reading the index's files is not called damage."""
    def quirk(self, q, limit):
        raise ValueError("a query Whoosh cannot run")

    monkeypatch.setattr(Searcher, "_ranked", quirk)
    with Searcher(open_kit(signed_kit)) as s:
        res = s.search("stockpiles")
    assert res.message == "That query could not be run; try simpler words."
