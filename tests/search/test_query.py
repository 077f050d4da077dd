"""presskit.search.query: query text to a tree, never raising."""

from __future__ import annotations

from presskit.search.query import clean_query, parse_query


def test_parse_query_shapes():
    assert parse_query("") is None
    assert parse_query("a b").op == "and"
    assert parse_query("a OR b").op == "or"
    assert parse_query('"x y"').op == "phrase"
    assert parse_query("pre*").op == "prefix"
    assert parse_query("non-proliferation").op == "phrase"


def test_field_filters_and_aliases():
    assert (parse_query("kind:statement").op, parse_query("kind:statement").fieldname) == ("field", "kind")
    assert parse_query("type:newsletter").fieldname == "kind"  # type: is the kind of document
    assert parse_query("langue:fr").text == "fr"
    node = parse_query("speaker:diallo")
    assert (node.op, node.fieldname, node.text) == ("word", "speakers", "diallo")


def test_odd_text_is_bounded_and_cleaned():
    assert clean_query("a\x00b\x07c") == "a b c"
    assert len(clean_query("x" * 5000)) == 1000
    assert parse_query('"une nouvelle').words == ["une", "nouvelle"]  # an unbalanced quote runs to the end
    assert parse_query('"une nouvelle').open_end  # … its last word may be unfinished
    assert not parse_query('"une nouvelle"').open_end
    assert not parse_query('"une nouvelle" decennie').open_end
    assert parse_query("AND OR") is None
