"""presskit.search.expand: stem siblings in English, French and Spanish, and spelling suggestions."""

from __future__ import annotations

from presskit.index import lexicon as lexicon_files
from presskit.index.lexicon import write_spell_table, write_vocabulary
from presskit.search.expand import Lexicon


def lexicon(tmp_path, words):
    write_vocabulary(tmp_path / lexicon_files.VOCAB_NAME, words)
    write_spell_table(tmp_path / lexicon_files.SPELL_DIR / "seg1.pk", words)
    return Lexicon(tmp_path)


def test_stem_siblings_and_near_spellings(tmp_path):
    lex = lexicon(tmp_path, {"stockpile": 5, "stockpiles": 9, "verification": 7, "verifications": 1,
                             "ammunition": 4, "munitions": 6})
    assert lex.variants("stockpile") == {"stockpile", "stockpiles"}
    assert "verification" in lex.variants("verifications")
    assert lex.near("ammunitoin") == ["ammunition"]  # a transposition
    assert lex.near("ab") == [] and lex.variants("zz") == set()
    assert lex.with_prefix("verif") == ["verification", "verifications"]


def test_a_short_word_the_kit_lacks_is_not_taken_for_one_two_letters_away(tmp_path):
    """'quote' in a kit without it found 'que' and 'côte' (two edits of five letters: a different
    word, not a typing slip) and listed them as if they were hits; a slip of one letter still counts."""
    lex = lexicon(tmp_path, {"que": 40, "cote": 3, "lote": 1, "quota": 2, "arrows": 5, "aspect": 4})
    assert lex.near("quote") == ["quota"]
    assert lex.near("quoet") == []  # a transposition in five letters is two edits: too far
    assert lex.near("arrws") == ["arrows"]  # a missing letter is still found
    assert lex.near("aspcet") == ["aspect"]  # six letters and more: two edits, as before
