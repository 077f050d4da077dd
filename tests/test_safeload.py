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


def _every_value_checked(value, limits: Limits) -> str | None:
    """The limits checked one value at a time (how the check was first written): the reason a
    document is refused, or None."""
    stack, count = [(value, 1)], 0
    while stack:
        v, depth = stack.pop()
        count += 1
        if count > limits.max_values:
            return "too-many-values"
        if isinstance(v, str):
            if len(v) > limits.max_string:
                return "string-too-long"
        elif isinstance(v, bool) or v is None or isinstance(v, float):
            continue
        elif isinstance(v, int):
            if abs(v) >= 10 ** limits.max_int_digits:
                return "number-too-long"
        elif isinstance(v, (dict, list)):
            if depth > limits.max_depth:
                return "too-deep"
            for k, x in (v.items() if isinstance(v, dict) else ((None, x) for x in v)):
                if k is not None:
                    stack.append((k, depth + 1))
                stack.append((x, depth + 1))
    return None


_JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**8, max_value=10**8),
              st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12)),
    lambda c: st.one_of(st.lists(c, max_size=6), st.dictionaries(st.text(max_size=8), c, max_size=6)), max_leaves=60)


@settings(max_examples=400, deadline=None)
@given(_JSON_VALUES, st.integers(2, 6), st.integers(4, 10), st.integers(3, 9), st.integers(5, 80))
def test_a_document_is_refused_exactly_when_a_value_breaks_a_limit(value, depth, string, digits, values):
    """The check takes a container's members in one loop: it refuses the same documents as checking
    every value in turn (which limit it names first may differ when several are broken)."""
    limits = Limits(max_depth=depth, max_string=string, max_int_digits=digits, max_values=values)
    expected = _every_value_checked(value, limits)
    try:
        load_json(json.dumps(value), "doc.json", limits)
        refused = None
    except DataError as e:
        refused = e.reason
    assert (refused is None) == (expected is None), (refused, expected)


def _depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


_TRICKY_TEXT = st.text(alphabet='[]{}"\\\\ a\n\u00e9', max_size=10)
_NESTED = st.recursive(st.one_of(st.none(), st.integers(), _TRICKY_TEXT),
                       lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(_TRICKY_TEXT, c, max_size=4)),
                       max_leaves=40)


@settings(max_examples=400, deadline=None)
@given(_NESTED, st.integers(1, 8), st.booleans())
def test_the_depth_check_before_parsing_counts_only_real_nesting(value, limit, ascii_only):
    """Brackets, quotes and backslashes inside strings (escaped or not) never change the depth the
    check finds before parsing: it refuses exactly the documents nested deeper than the limit."""
    from presskit.safeload import _json_depth_exceeds

    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _json_depth_exceeds(text, limit) == (_depth(value) > limit)
    assert _json_depth_exceeds(text.encode("utf-8"), limit) == (_depth(value) > limit)


_SEPARATED_TEXT = st.text(alphabet='[]{}",:\\\\ a\n\t\u00e9', max_size=10)
_SEPARATED = st.recursive(st.one_of(st.none(), st.integers(), _SEPARATED_TEXT),
                          lambda c: st.one_of(st.lists(c, max_size=5),
                                              st.dictionaries(_SEPARATED_TEXT, c, max_size=5)), max_leaves=50)


@settings(max_examples=400, deadline=None)
@given(_SEPARATED, st.integers(0, 60), st.sampled_from([None, 1, 3]), st.booleans())
def test_the_value_count_before_parsing_refuses_exactly_what_the_walk_refuses(value, limit, indent, ascii_only):
    """Counted from the separators before parsing (so a document of millions of numbers is refused
    before Python builds them), the values are exactly those the walk counts after parsing: commas,
    colons, brackets and quotes inside strings, whitespace and empty containers change nothing."""
    from presskit.safeload import _json_values_exceed, _walk

    raw = json.dumps(value, indent=indent, ensure_ascii=ascii_only).encode("utf-8")
    try:
        _walk(value, "doc.json", Limits(max_values=limit, max_depth=99, max_string=99, max_int_digits=4000))
        walked = False
    except DataError:
        walked = True
    assert _json_values_exceed(raw, limit) == walked


def test_a_document_of_many_numbers_is_refused_unparsed(monkeypatch):
    """Refused from its separators: json.loads never sees it."""
    import presskit.safeload as safeload

    monkeypatch.setattr(safeload.json, "loads", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(DataError) as e:
        load_json(b"[" + b"1000," * 200_000 + b"1]", "manifest.json")
    assert e.value.reason == "too-many-values"
