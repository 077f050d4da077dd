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
