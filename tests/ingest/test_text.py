"""presskit.ingest.text: plain text in any common encoding, and Markdown without its markup."""

from __future__ import annotations


import pytest

from presskit.errors import UnsupportedError
from presskit.ingest.extract import extract


def test_markdown(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(
        "# Opening *day* summary\n\nThe **Chair** said [the report](https://example.org/r) is _ready_.\n\n"
        "- item one\n- item two\n\n> quoted\n\nSee <https://example.com/auto>.\n",
        "utf-8",
    )
    r = extract(p)
    assert r.media == "markdown"
    assert r.meta["title"] == "Opening day summary"
    t = r.pages[0]
    assert "The Chair said the report is ready." in t
    assert "**" not in t and "](" not in t and "#" not in t
    assert "item one" in t and "quoted" in t
    assert r.meta["links"] == ["https://example.org/r", "https://example.com/auto"]


def test_markdown_headings_and_blocks_stay_paragraphs_of_their_own(tmp_path):
    # a "##" heading, a "> " quotation block or a rule once took the newline before it, gluing the
    # heading to the paragraph above ("… in the hall. Day two") and a quote finder read one paragraph
    p = tmp_path / "diary.md"
    p.write_text(
        "# Conference diary\n\nThe hall was full by nine.\n\n## Day two\n\nDelegates came back late.\n\n"
        "> Nothing was decided.\n\n---\n\n### Jour trois ###\n\nLa salle était vide.\n\n"
        "```\ncode\n```\n\n- one\n- two\n",
        "utf-8",
    )
    paras = extract(p).pages[0].split("\n\n")
    assert paras[:7] == ["Conference diary", "The hall was full by nine.", "Day two", "Delegates came back late.",
                         "Nothing was decided.", "Jour trois", "La salle était vide."]
    assert paras[7] == "code" and "one" in paras[-1] and "two" in paras[-1]



def test_a_markdown_table_is_read_as_its_cells(tmp_path):
    """A table in a Markdown statement reached the index and the result list as its markup
    ("| Country | Subsidy (bn) | |---|---| | A | 7.2 |"): a reader saw pipes and dashes."""
    p = tmp_path / "statement.md"
    p.write_text("Subsidies by country:\n\n| Country | Subsidy (bn) |\n|:---|---:|\n| Ruritania | 7.2 |\n"
                 "Freedonia | 3.1\n\nThe end.\n", "utf-8")
    t = extract(p).pages[0]
    assert "|" not in t and "---" not in t, t
    assert "Country" in t and "Subsidy (bn)" in t and "Ruritania" in t and "7.2" in t and "Freedonia" in t
    assert "The end." in t

def test_text_encodings(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Déclaration – café “quoted”\nline two".encode("cp1252"))
    r = extract(p)
    assert r.pages[0].startswith("Déclaration – café “quoted”")
    assert r.meta["title"] == "Déclaration – café “quoted”"
    assert r.meta["encoding"] == "cp1252"
    u = tmp_path / "u16.txt"
    u.write_bytes("\ufeffРусский текст".encode("utf-16-le"))
    assert extract(u).pages[0] == "Русский текст"
    s = tmp_path / "sig.txt"
    s.write_bytes(b"\xef\xbb\xbf\n\nTitle here\nbody")
    assert extract(s).meta["title"] == "Title here"


def test_text_that_is_binary(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"abc\x00\x01\x02" * 10)
    with pytest.raises(UnsupportedError):
        extract(p)
