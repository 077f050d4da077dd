"""The vocabulary and spelling tables: built with the index, read a piece at a time, and as good as
the tables they replace (prefixes and misspellings find what they found before)."""

from __future__ import annotations

import random
import tracemalloc

import pytest

from presskit.index import lexicon
from presskit.index.lexicon import SpellTable, Vocabulary, deletes1, write_spell_table, write_vocabulary
from presskit.index.packed import PackedError
from presskit.kit.open import open_kit
from presskit.locations import sample_kit_path
from presskit.search import Searcher
from presskit.search.expand import Lexicon

LETTERS = "abcdefghijklmnopqrstuvwxyzéèàç"


def _words(n: int, seed: int = 5) -> dict[str, int]:
    rnd = random.Random(seed)
    out: dict[str, int] = {}
    while len(out) < n:
        w = "".join(rnd.choice(LETTERS) for _ in range(rnd.randint(3, 12)))
        out[w] = rnd.randint(1, 500)
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """An index folder holding only a 100,000-word vocabulary and its spelling table."""
    d = tmp_path_factory.mktemp("lexicon")
    words = _words(100_000)
    write_vocabulary(d / lexicon.VOCAB_NAME, words)
    write_spell_table(d / lexicon.SPELL_DIR / "seg1.pk", words)
    return d, words


def test_vocabulary_reads_counts_prefixes_and_order(big):
    d, words = big
    v = Vocabulary(d / lexicon.VOCAB_NAME)
    assert len(v) == len(words)
    some = sorted(words)[::997]
    assert all(v.df(w) == words[w] and w in v for w in some)
    assert v.df("zzzzzzzzzzzzzz") == 0 and "zzzzzzzzzzzzzz" not in v
    prefix = some[3][:3]
    expected = sorted(w for w in words if w.startswith(prefix))
    assert v.with_prefix(prefix, limit=10**6) == expected
    top = v.most_frequent_with_prefix(prefix, 5)
    assert top == sorted(expected, key=lambda w: (-words[w], w))[:5]


def _near_reference(word: str, words: dict[str, int]) -> set[str]:
    """What the in-memory table built at the first misspelling used to find (same definition)."""
    keys = {word} | deletes1(word)
    if len(word) > 4:
        keys |= {d2 for d in deletes1(word) for d2 in deletes1(d)}
    return {w for w in words if lexicon.spellable(w) and ({w} | deletes1(w)) & keys}


def test_spelling_table_finds_what_the_in_memory_table_found(big):
    d, words = big
    table = SpellTable(d / lexicon.SPELL_DIR / "seg1.pk")
    rnd = random.Random(9)
    sample = rnd.sample(sorted(w for w in words if len(w) >= 5), 25)
    for w in sample:
        i = rnd.randrange(len(w))
        typo = w[:i] + w[i + 1:] + rnd.choice(LETTERS)  # a deletion and an insertion
        keys = {typo} | deletes1(typo) | {d2 for d1 in deletes1(typo) for d2 in deletes1(d1)}
        assert table.words_under(keys) == _near_reference(typo, words), typo
    unfenced = SpellTable(d / lexicon.SPELL_DIR / "seg1.pk")
    unfenced._fence = None  # as a table written before the fence was: a plain binary search
    for w in sample:
        keys = {w[1:] + "q"} | deletes1(w[1:] + "q")
        assert unfenced.words_under(keys) == table.words_under(keys), w


def test_a_spelling_lookup_reads_one_page_of_keys_per_form(big, monkeypatch):
    """The fence narrows each lookup to one page of the key array (a misspelling no longer pages in
    the whole table: tens of MB at 100,000 pages)."""
    d, _words = big
    table = SpellTable(d / lexicon.SPELL_DIR / "seg1.pk")
    assert len(table._keys) > 50 * lexicon.FENCE_STEP
    spans = []
    real = lexicon.bisect.bisect_left
    monkeypatch.setattr(lexicon.bisect, "bisect_left",
                        lambda a, x, lo=0, hi=None: spans.append((a, lo, len(a) if hi is None else hi))
                        or real(a, x, lo, len(a) if hi is None else hi))
    table.words_under({"abcdefg", "bcdefgh", "zzzzzz"})
    on_keys = [hi - lo for a, lo, hi in spans if a is table._keys]
    assert on_keys and max(on_keys) <= lexicon.FENCE_STEP


def test_a_misspelt_word_reads_a_few_pieces_never_the_whole_vocabulary(big, monkeypatch):
    """Nothing is built at query time: the first misspelling decodes a few hundred words of the
    100,000 and allocates little, where a table of all words' deletions would hold millions."""
    d, words = big
    lex = Lexicon(d)
    decoded = []
    real = lexicon._SortedTerms.raw
    monkeypatch.setattr(lexicon._SortedTerms, "raw", lambda self, i: decoded.append(i) or real(self, i))
    target = sorted(w for w in words if len(w) == 9)[100]
    tracemalloc.start()
    near = lex.near(target[:4] + target[5:] + "x")
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert target in near or near, "a near spelling is found"
    assert len(decoded) < 5000, f"{len(decoded)} words decoded for one misspelling"
    assert peak < 2_000_000, f"{peak} bytes allocated for one misspelling"


def test_a_damaged_table_is_an_index_error_not_a_crash(tmp_path):
    p = tmp_path / "vocab.pk"
    write_vocabulary(p, {"alpha": 1, "beta": 2})
    raw = bytearray(p.read_bytes())
    raw[10:30] = b"x" * 20
    p.write_bytes(bytes(raw))
    with pytest.raises(PackedError):
        Vocabulary(p)
    p.write_bytes(b"PKPK1\n" + b'{"sections":{"blob":[8,99999,"B"]},"meta":{}}\n')
    with pytest.raises(PackedError):
        Vocabulary(p)


@pytest.fixture(scope="module")
def sample():
    with Searcher(open_kit(sample_kit_path())) as s:
        yield s


def _docs_with_prefix(s: Searcher, prefix: str) -> set[str]:
    words = s.lexicon.with_prefix(prefix, limit=10**6)
    found = set()
    for w in words:
        found |= {d.item.id for d in s.search(w, limit=1000).results if w in _words_of(s, d)}
    return found


def _words_of(s: Searcher, hit) -> set[str]:
    from presskit.textutil import fold, tokenize

    text = " ".join(s.page_text(hit.item.id, p) for p in range(1, max(1, hit.item.pages) + 1))
    text += " " + hit.item.title + " " + hit.item.caption
    return {fold(w) for w, _a, _b in tokenize(text)}


@pytest.mark.parametrize("prefix", ["verif", "négo", "transp", "munit"])
def test_a_prefix_finds_every_document_holding_a_word_it_starts(sample, prefix):
    res = sample.search(prefix + "*", limit=1000)
    assert {d.item.id for d in res.results} == _docs_with_prefix(sample, prefix.replace("é", "e"))


@pytest.mark.parametrize("typo, word", [("verifcation", "verification"), ("ammunitoin", "ammunition"),
                                        ("stockpiel", "stockpile"), ("transparancy", "transparency")])
def test_a_misspelt_word_finds_the_documents_of_the_word_meant(sample, typo, word):
    res = sample.search(typo, limit=1000)
    assert res.suggestion == word
    meant = {d.item.id for d in sample.search(word, limit=1000).results if word in _words_of(sample, d)}
    assert meant and {d.item.id for d in res.results} >= meant  # every document holding the word meant


def test_the_stems_of_a_word_s_neighbours_are_found_once_for_every_kit():
    """A library's kits list mostly the same words around a word's stem: a second kit's lexicon
    finds the same siblings without stemming any of them again."""
    from presskit.locations import bundled_index_dir
    from presskit.search import expand

    calls = []
    first, second = expand.Lexicon(bundled_index_dir()), expand.Lexicon(bundled_index_dir())
    for lx in (first, second):
        lx._stemmers = {lang: (lambda w, f=f: calls.append(w) or f(w)) for lang, f in lx._stemmers.items()}
    expand._STEMS.clear()
    siblings = first.variants("verification")
    stemmed = len(calls)
    assert len(siblings) > 1 and stemmed > 3
    assert second.variants("verification") == siblings
    assert len(calls) == stemmed
