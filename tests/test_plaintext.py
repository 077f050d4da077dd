"""Display-safe plain text for everything a kit says."""

from __future__ import annotations

import pytest

from presskit.plaintext import ELLIPSIS, REPLACEMENT, is_plain, mask_fingerprints, plain, plain_block


@pytest.mark.parametrize("text,shown", [
    ("Lantern\x1b[2K\rEvil", f"Lantern{REPLACEMENT} {REPLACEMENT}Evil".replace(" ", "")),
    ("abc\x1b]0;title\x07def", f"abc{REPLACEMENT}def"),
    ("a\u202egnp.exe", f"a{REPLACEMENT}gnp.exe"),
    ("\x9b31mred", f"{REPLACEMENT}red"),
    ("tab\there\nnext", "tab here next"),
    ("bad\udcffname", f"bad{REPLACEMENT}name"),
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("tag\U000E0041\U000E0042s", "tags"),
])
def test_plain_neutralises(text, shown):
    assert plain(text) == shown


def test_plain_bounds_length():
    out = plain("x" * 10_000, 50)
    assert len(out) == 50 and out.endswith(ELLIPSIS)
    assert len(plain("y" * (5 << 20), 300)) == 300


def test_plain_block_keeps_lines_and_bounds_them():
    assert plain_block("one\r\ntwo\x1b[31m\u2028three") == f"one\ntwo{REPLACEMENT}\nthree"
    assert plain_block("\n".join("l" for _ in range(1000)), max_lines=3) == f"l\nl\nl\n{ELLIPSIS}"


def test_ordinary_text_is_untouched():
    for name in ("Zoë Müller", "Ana Pérez / ICAN", "جمعية الفانوس", "Коалиция", "👩\u200d💻 Team", "A&B <c>"):
        assert plain(name) == name and is_plain(name)


@pytest.mark.parametrize("name", [
    "Lantern (AB12 CD34 EF56 0123 4567 89AB CDEF 0123)",
    "Lantern AB12CD34EF56012345678 9AB",
    "Lantern ab12:cd34:ef56:0123:4567",
])
def test_fingerprint_lookalikes_are_masked(name):
    out = mask_fingerprints(name)
    assert out.startswith("Lantern") and "[…]" in out
    assert "CD34" not in out.upper()


def test_short_numbers_in_names_are_kept():
    assert mask_fingerprints("Coalition 2026 (Geneva 1201)") == "Coalition 2026 (Geneva 1201)"


def test_words_made_of_hex_letters_are_kept():
    assert mask_fingerprints("Facade Ace Bed Cafe Dead Beef") == "Facade Ace Bed Cafe Dead Beef"


def test_text_with_nothing_to_neutralise_comes_back_as_it_is_and_anything_else_as_before():
    """plain() and plain_block() return text without a control, bidi, invisible, separator or surrogate character
    unchanged (bounded) without running its passes; every other text still goes through them all."""
    import random

    from presskit import plaintext as P

    def every_pass(value, limit):
        text = P._text(value)
        if limit and len(text) > 4 * limit + 64:
            text = text[: 4 * limit + 64]
        text = P._SURROGATE.sub(P.REPLACEMENT, P._ESCAPE.sub(P.REPLACEMENT, text))
        text = P._SEPARATORS.sub(" ", text).replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
        return P._bound(text.translate(P._TABLE), limit)

    def every_block_pass(value, limit, max_lines):
        text = P._text(value)
        if limit and len(text) > 4 * limit + 64:
            text = text[: 4 * limit + 64]
        text = P._SURROGATE.sub(P.REPLACEMENT, P._ESCAPE.sub(P.REPLACEMENT, text))
        text = P._SEPARATORS.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = text.translate({**P._TABLE, ord("\n"): "\n", ord("\t"): "\t"})
        lines = text.split("\n")
        if max_lines and len(lines) > max_lines:
            text = "\n".join(lines[:max_lines]) + "\n" + P.ELLIPSIS
        return P._bound(text, limit)

    special = [0x1B, 0x7F, 0x85, 0x9B, 0x9D, 0x200B, 0x200D, 0x200E, 0x202E, 0x2028, 0x2029, 0x2066, 0xFEFF,
               0xFFFD, 0xE0001, 0xE0041, 0xD800, 0xDFFF, 0x1F600]
    alphabet = [chr(c) for c in [*range(0, 0x250), *special, *[0x0A] * 20]]
    rng = random.Random(5)
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for limit in (0, 5, 300):
            assert plain(s, limit) == every_pass(s, limit), (s, limit)
            assert plain_block(s, limit, 2) == every_block_pass(s, limit, 2), (s, limit)
    title = "Déclaration commune sur l'article 5 — 17 novembre"
    assert plain(title, 300) is title
