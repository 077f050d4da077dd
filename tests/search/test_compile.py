"""presskit.search.compile: a query tree to a Whoosh query, the words to highlight, suggestions."""

from __future__ import annotations

from whoosh import query as Q

from presskit.index import lexicon
from presskit.index.lexicon import write_spell_table, write_vocabulary
from presskit.search.compile import QueryCompiler
from presskit.search.expand import Lexicon


def compiler(tmp_path):
    words = {"stockpile": 3, "stockpiles": 2, "draft": 1, "the": 9}
    write_vocabulary(tmp_path / lexicon.VOCAB_NAME, words)
    write_spell_table(tmp_path / lexicon.SPELL_DIR / "seg1.pk", words)
    return QueryCompiler(Lexicon(tmp_path))


def test_words_expand_to_their_siblings_and_negations_are_not_highlighted(tmp_path):
    c = compiler(tmp_path).compile("the stockpile -draft")
    assert c.terms == [["stockpile"], ["stockpiles"]]  # 'the' dropped, 'draft' is excluded, not shown
    assert isinstance(c.query, Q.AndNot)


def test_a_misspelt_word_gets_a_suggestion_and_still_searches(tmp_path):
    c = compiler(tmp_path).compile("stokpile")
    assert c.fixes == {"stokpile": "stockpile"} and c.query is not None


def test_field_filters_and_prefixes(tmp_path):
    c = compiler(tmp_path).compile("kind:statement stock*")
    assert c.prefixes == ["stock"]
    assert Q.Term("kind", "statement") in c.query.subqueries
    assert compiler(tmp_path).compile("AND").query is None
