"""presskit.ingest.extract: choosing a reader from the first bytes and the name; every failure is typed."""

from __future__ import annotations

import pytest

from presskit.errors import CorruptError, EmptyError, TooBigError, UnsupportedError
from presskit.ingest.extract import extract


def test_pdf_that_is_really_html(tmp_path):
    p = tmp_path / "statement.pdf"
    p.write_text("<!DOCTYPE html><html lang='fr'><title>Déclaration</title><p>Bonjour</p></html>", "utf-8")
    r = extract(p)
    assert r.media == "html" and "Bonjour" in r.pages[0]
    assert any("really html" in w for w in r.meta["warnings"])


def test_pdf_that_is_nothing(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"hello, this is not a pdf")
    with pytest.raises(CorruptError, match="not a PDF"):
        extract(p)


# --- generic failures -------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(EmptyError, match="empty"):
        extract(p)


def test_unsupported_names_extension(tmp_path):
    p = tmp_path / "deck.xyz"
    p.write_bytes(b"\x01\x02\x03 something")
    with pytest.raises(UnsupportedError, match=r"\.xyz"):
        extract(p)
    d = tmp_path / "budget.xlsx"
    d.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(UnsupportedError, match=r"\.xlsx"):
        extract(d)


def test_word_files_are_read_and_a_broken_one_is_damaged(tmp_path):
    """.docx/.odt are read (tests/ingest/test_office.py); a broken one is a sentence, not a crash."""
    d = tmp_path / "report.docx"
    d.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(CorruptError, match="report.docx is damaged"):
        extract(d)


def test_too_big(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 5000)
    with pytest.raises(TooBigError):
        extract(p, max_bytes=1000)


def test_missing_file_is_extract_error(tmp_path):
    from presskit.errors import ExtractError

    with pytest.raises(ExtractError):
        extract(tmp_path / "nope.pdf")
