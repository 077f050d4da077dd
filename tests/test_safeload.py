"""Reading JSON and TOML from a kit within limits: typed errors with a sentence, never a crash."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presskit.safeload import DataError, Limits, load_json, load_toml


@pytest.mark.parametrize("data,reason", [
    (b"[" * 40 + b"]" * 40, "too-deep"),
    (b"[" * 200_000 + b"]" * 200_000, "too-deep"),
    (b'{"a":' * 40 + b"1" + b"}" * 40, "too-deep"),
    (b'{"n": ' + b"9" * 21 + b"}", "number-too-long"),
    (b'{"n": ' + b"9" * 5000 + b"}", "number-too-long"),
    (b'{"n": -' + b"9" * 21 + b"}", "number-too-long"),
    (b'{"s": "' + b"x" * 70_000 + b'"}', "string-too-long"),
    (b"[" + b"1," * 200_000 + b"1]", "too-many-values"),
    (b"[NaN]", "syntax"),
    (b'{"a": Infinity}', "syntax"),
    (b"{", "syntax"),
    (b"\xff\xfe{}", "not-text"),
    (b" " * ((1 << 20) + 1), "too-big"),
])
def test_json_limits(data, reason):
    with pytest.raises(DataError) as e:
        load_json(data, "manifest.json")
    assert e.value.reason == reason
    assert e.value.message.startswith("manifest.json") and e.value.message.endswith(".")


def test_json_accepts_a_byte_order_mark_and_brackets_inside_strings():
    assert load_json(b'\xef\xbb\xbf{"a": "[[[{{{", "b": [[{}]]}', "x") == {"a": "[[[{{{", "b": [[{}]]}


def test_json_depth_counts_escaped_quotes_right():
    text = json.dumps({"a": '"[' * 50, "b": [[1]]})
    assert load_json(text, "x")["b"] == [[1]]


@pytest.mark.parametrize("text,reason", [
    ("a = " + "[" * 5000 + "]" * 5000, "too-deep"),
    ("a = " + "{b = " * 40 + "1" + "}" * 40, "too-deep"),
    ("a = 1" + "0" * 5000, "number-too-long"),
    ("a = 1" + "0" * 25, "number-too-long"),
    ("a = 'unterminated", "syntax"),
])
def test_toml_limits(text, reason):
    with pytest.raises(DataError) as e:
        load_toml(text.encode(), "kit.toml")
    assert e.value.reason == reason


@pytest.mark.parametrize("encoded", [
    b"\xef\xbb\xbftitle = \"Caf\xc3\xa9\"\n",
    'title = "Café"\n'.encode("utf-16"),
    'title = "Café"\n'.encode("utf-16-be").join([b"\xfe\xff", b""]),
])
def test_toml_accepts_byte_order_marks(encoded):
    assert load_toml(encoded, "kit.toml") == {"title": "Café"}


def test_limits_can_be_raised_for_big_documents():
    big = json.dumps({"terms": {f"w{i}": i for i in range(200_000)}})
    with pytest.raises(DataError):
        load_json(big, "vocab.json")
    assert len(load_json(big, "vocab.json", Limits(max_bytes=64 << 20, max_values=1_000_000))["terms"]) == 200_000


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_only_raise_data_error(data):
    for fn in (load_json, load_toml):
        try:
            fn(data, "doc")
        except DataError:
            pass
