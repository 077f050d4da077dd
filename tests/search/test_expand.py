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
