"""Tests for presskit.textutil: fold, tokenize, normalise_text."""

from __future__ import annotations


from hypothesis import example, given
from hypothesis import strategies as st

from presskit.textutil import TOKEN_RE, fold, normalise_text, tokenize


def test_fold_accents_case_ligatures():
    assert fold("Été") == "ete"
    assert fold("ﬁrm aﬀected ﬃ ﬄ ﬂ") == "firm affected ffi ffl fl"
    assert fold("Œuvre cœur Æsop Straße") == "oeuvre coeur aesop strasse"
    assert fold("l’ONU l‘x") == "l'onu l'x"
    assert fold("DÉSARMEMENT NUCLÉAIRE") == "desarmement nucleaire"
    assert fold("Ñandú São Paulo Łódź") == "nandu sao paulo lodz"


def test_fold_other_scripts():
    assert fold("МОСКВА") == "москва"
    assert fold("Ελλάδα") == "ελλαδα"
    assert fold("القُرآن") == "القران"  # harakat dropped
    assert fold("中文") == "中文"
    assert fold("ｆｕｌｌｗｉｄｔｈ") == "fullwidth"  # NFKD compatibility forms


def test_fold_decomposed_input():
    assert fold("e\u0301te\u0301") == "ete"


@given(st.text())
@example("\U0001d6a4")  # MATHEMATICAL ITALIC SMALL DOTLESS I: its compatibility form is "ı", itself "i"
@example("Ǣ")  # strips to "æ", which expands to "ae"
def test_fold_never_raises_and_is_idempotent(s):
    f = fold(s)
    assert fold(f) == f


def test_fold_gives_in_one_pass_what_two_would_give():
    """A query folded once must match an index folded once: every letter of the Latin blocks, the
    letter-like and mathematical forms, IPA, Greek and Cyrillic folds to a fixed point at once."""
    blocks = [(0x80, 0x2B0), (0x300, 0x530), (0x1E00, 0x1F00), (0x2100, 0x2200), (0x2C60, 0x2C80),
              (0xA720, 0xA800), (0xFB00, 0xFB07), (0xFF00, 0xFFEF), (0x1D400, 0x1D800)]
    unsettled = [(hex(cp), fold(chr(cp)), fold(fold(chr(cp))))
                 for a, b in blocks for cp in range(a, b) if fold(fold(chr(cp))) != fold(chr(cp))]
    assert unsettled == []
    assert fold("Ǣ ǽ Ǿ \U0001d6a4 ℏ") == "ae ae o i h"


def test_tokenize_apostrophes_and_hyphens():
    assert [t for t, *_ in tokenize("l'été")] == ["l", "ete"]
    assert [t for t, *_ in tokenize("l’été")] == ["l", "ete"]
    assert [t for t, *_ in tokenize("non-proliferation")] == ["non", "proliferation"]
    assert [t for t, *_ in tokenize("snake_case")] == ["snake", "case"]


def test_tokenize_offsets_index_original():
    s = "Œuvre ﬁnale, l'été 2026 — Москва"
    for tok, a, b in tokenize(s):
        assert fold(s[a:b]) == tok
    assert [t for t, *_ in tokenize(s)] == ["oeuvre", "finale", "l", "ete", "2026", "москва"]


def test_tokenize_scripts():
    # NFKD splits hamza carriers (ؤ -> و + hamza): folded Arabic ignores hamza, as search engines do
    assert [t for t, *_ in tokenize("مؤتمر نزع السلاح")] == ["موتمر", "نزع", "السلاح"]
    assert [t for t, *_ in tokenize("裁军谈判")] == ["裁", "军", "谈", "判"]  # one token per ideograph
    assert [t for t, *_ in tokenize("Ελλάδα και")] == ["ελλαδα", "και"]
    assert [t for t, *_ in tokenize("ca\u0301fe\u0301")] == ["cafe"]  # combining marks stay in the word


def test_token_re_no_empty_matches():
    assert TOKEN_RE.findall("  -- ' _ ") == []


def test_normalise_ligatures_spaces_controls():
    assert normalise_text("ﬁrm\u00a0a\u202fb\x00c\x07d\te") == "firm a bcd\te"
    assert normalise_text("a\r\nb\rc") == "a\nb\nc"
    assert normalise_text("") == ""


def test_normalise_dehyphenation():
    assert normalise_text("the disarma-\nment talks") == "the disarmament\ntalks"
    assert normalise_text("disarma-\nment.\nNext") == "disarmament.\nNext"
    # next line starts upper case: a real compound or a list, keep it
    assert normalise_text("Franco-\nGerman") == "Franco-\nGerman"
    # numbers are not rejoined
    assert normalise_text("2011-\n2012") == "2011-\n2012"
    # soft hyphens vanish, also across a line end
    assert normalise_text("disarma\u00ad\nment e\u00adf") == "disarmament ef"
    assert normalise_text("dés-\narmement") == "désarmement\n"


def test_normalise_keeps_the_hyphen_of_a_french_inverted_subject():
    # "a-t-il", "dit-elle" wrapped at the line end stay what they are (a quote's "a-t-il déclaré" is found)
    assert normalise_text("», a-t-\nil déclaré") == "», a-t-il\ndéclaré"
    assert normalise_text("», a-t-elle ajouté, dit-\nelle") == "», a-t-elle ajouté, dit-elle\n"
    assert normalise_text("», ajoute-t-\non.") == "», ajoute-t-on.\n"
    assert normalise_text("sa pla-\nce est") == "sa place\nest"


@given(st.text())
def test_normalise_never_raises(s):
    out = normalise_text(s)
    assert "\x00" not in out and "\u00ad" not in out and "\r" not in out
