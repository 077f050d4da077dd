"""presskit.search.expand: stem siblings in English, French and Spanish, and spelling suggestions."""

from __future__ import annotations

import json

from presskit.search.expand import Lexicon


def lexicon(tmp_path, words):
    (tmp_path / "vocab.json").write_text(json.dumps(words))
    return Lexicon(tmp_path)


def test_stem_siblings_and_near_spellings(tmp_path):
    lex = lexicon(tmp_path, {"stockpile": 5, "stockpiles": 9, "verification": 7, "verifications": 1,
                             "ammunition": 4, "munitions": 6})
    assert lex.variants("stockpile") == {"stockpile", "stockpiles"}
    assert "verification" in lex.variants("verifications")
    assert lex.near("ammunitoin") == ["ammunition"]  # a transposition
    assert lex.near("ab") == [] and lex.variants("zz") == set()
    assert lex.with_prefix("verif") == ["verification", "verifications"]
