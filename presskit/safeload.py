"""Reading JSON and TOML that a kit, a pack or a file supplies, within limits.

Every JSON or TOML document presskit reads from a kit (``manifest.json``, ``kit.toml``,
``signature.json``, the pack description, the index stamp and vocabulary, photo sidecars) is
untrusted. :func:`load_json` and :func:`load_toml` read it with limits on

* the size in bytes (checked before parsing),
* the nesting depth (deep nesting would otherwise end in a ``RecursionError``),
* the length of each string and key,
* the number of digits of an integer (a 5,000-digit number is refused, not converted),
* the number of values in all (lists, tables, strings, numbers together): for JSON counted from the
  separators before parsing too, so a document of a million small numbers is refused before Python
  builds a million objects (a parsed document is some 8 to 12 times its size),

accept a byte-order mark (Windows editors write one), refuse ``NaN``, and raise
one typed error, :class:`DataError`, whose message is a sentence naming the document. Callers wrap
it in their own error type (``KitError``, ``SignatureError``, ...) when they want to.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import json
import re
from dataclasses import dataclass, replace
from typing import Any

from .errors import PresskitError

__all__ = ["DataError", "Limits", "load_json", "load_toml", "decode_text", "JSON_LIMITS", "TOML_LIMITS"]


class DataError(PresskitError):
    """A JSON or TOML document is malformed or exceeds a limit.

    ``reason`` is one of ``too-big``, ``not-text``, ``syntax``, ``too-deep``, ``string-too-long``,
    ``number-too-long``, ``too-many-values``.
    """

    def __init__(self, message: str, reason: str, details: str | None = None):
        super().__init__(message, details)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    """What a document may hold. The defaults suit small documents (descriptions, stamps, sidecars)."""

    max_bytes: int = 1 << 20
    max_depth: int = 32
    max_string: int = 1 << 16
    max_int_digits: int = 20
    max_values: int = 100_000

    def but(self, **changes: int) -> "Limits":
        return replace(self, **changes)


JSON_LIMITS = Limits()
#: ``kit.toml``: the sample kit's is 4 KB; 1 MiB leaves room for hundreds of contacts and notes.
TOML_LIMITS = Limits(max_bytes=1 << 20, max_values=100_000)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes | str, where: str, *, utf16: bool = False) -> str:
    """Bytes as text: UTF-8, with or without a byte-order mark (UTF-16 with its mark if ``utf16``)."""
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    for bom, codec in _BOMS:
        if data.startswith(bom) and (codec == "utf-8" or utf16):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    raise DataError(f"{where} is not UTF-8 text. Save it as UTF-8 and try again.", "not-text")


def _check_size(data: bytes | str, where: str, limits: Limits) -> None:
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise DataError(f"{where} is too large ({size:,} bytes; at most {limits.max_bytes:,} are read).",
                        "too-big")


def _walk(value: Any, where: str, limits: Limits) -> None:
    """Check depth, string lengths, integer sizes and the number of values, without recursion.

    Containers go on a stack; the members of each are checked in one loop by type (a manifest of
    thousands of items holds hundreds of thousands of values: one call or stack entry each cost more
    than the parsing). Every container, key and scalar counts as one value."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    count = 0
    max_values, max_string, max_depth = limits.max_values, limits.max_string, limits.max_depth
    big = 10 ** limits.max_int_digits
    while stack:
        v, depth = stack.pop()
        count += 1
        if not isinstance(v, (dict, list)):  # only the document itself can be a scalar here
            _check_scalar(v, where, limits)
            if count > max_values:
                _too_many(where, limits)
            continue
        if depth > max_depth:
            raise DataError(f"{where} is nested more than {max_depth} levels deep.", "too-deep")
        if isinstance(v, dict):
            count += len(v)  # the keys
            if v and max(map(len, v)) > max_string:
                for k in v:
                    _check_scalar(k, where, limits)
            members = v.values()
        else:
            members = v
        count += len(members)  # the members; a container among them is counted when it is taken
        for x in members:
            t = type(x)
            if t is str:
                if len(x) > max_string:
                    _check_scalar(x, where, limits)
            elif t is dict or t is list:
                count -= 1
                stack.append((x, depth + 1))
            elif t is int:
                if not -big < x < big:
                    _check_scalar(x, where, limits)
            elif t is float or t is bool or x is None:
                pass
            elif isinstance(x, (dict, list)):
                count -= 1
                stack.append((x, depth + 1))
            else:
                _check_scalar(x, where, limits)
        if count > max_values:
            _too_many(where, limits)


def _too_many(where: str, limits: Limits) -> None:
    raise DataError(f"{where} holds too many values (more than {limits.max_values:,}).", "too-many-values")


def _check_scalar(v: Any, where: str, limits: Limits) -> None:
    if isinstance(v, str):
        if len(v) > limits.max_string:
            raise DataError(f"{where} holds a text value of {len(v):,} characters (at most "
                            f"{limits.max_string:,}).", "string-too-long")
    elif isinstance(v, bool) or v is None or isinstance(v, (float, _dt.date, _dt.time)):
        return
    elif isinstance(v, int):
        if abs(v) >= 10 ** limits.max_int_digits:
            raise DataError(f"{where} holds a number with more than {limits.max_int_digits} digits.",
                            "number-too-long")


#: What the depth check keeps of a JSON text: brackets and quotes. In UTF-8 every byte of a character
#: beyond ASCII is 0x80 or more, so deleting bytes never makes or hides one of these.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_PAIR = re.compile(rb"\[\]|\{\}")


def _without_escapes(raw: bytes) -> bytes:
    """JSON bytes without their escapes (a backslash and the character after it), done before
    anything is deleted: escapes are pairs of adjacent characters, paired from the left."""
    n = raw.count(b"\\")
    if n > 10_000:  # many: two passes in C (only escaped backslashes and quotes matter here)
        return raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    parts, start = [], 0
    at = raw.find(b"\\")
    while at >= 0:
        parts.append(raw[start:at])
        start = at + 2
        at = raw.find(b"\\", start)
    return b"".join(parts) + raw[start:] if parts else raw


def _json_depth_exceeds(data: bytes | str, max_depth: int) -> bool:
    """Whether a JSON document nests deeper than ``max_depth``, found without parsing it.

    Checked before ``json.loads``, whose C parser recurses once per level: on a thread with a small
    stack (Qt worker threads on macOS have 512 KiB) deep nesting could crash instead of raising.
    Escaped backslashes, then escaped quotes are removed (the parser pairs them from the left); then
    everything but brackets and quotes is deleted (``bytes.translate``: milliseconds for a manifest
    of megabytes) and what stood between quotes with it; then innermost ``[]``/``{}`` pairs, one
    level per pass.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    raw = _without_escapes(raw)
    # outside strings, between them, inside: the pieces at even places (an unterminated string
    # holds the rest, as for the parser)
    brackets = b"".join(raw.translate(None, _NOT_STRUCTURE).split(b'"')[::2])
    for _ in range(max_depth):
        if not brackets:
            return False
        shorter = _PAIR.sub(b"", brackets)
        if len(shorter) == len(brackets):
            return False  # unbalanced: json.loads reports the syntax error
        brackets = shorter
    return bool(_PAIR.search(brackets))


#: A JSON string, escapes included (an unterminated one is left as it is: counted high, never low).
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_EMPTY = re.compile(rb"\[\s*\]|\{\s*\}")


def _json_values_exceed(raw: bytes, max_values: int) -> bool:
    """Whether a JSON document holds more than ``max_values`` values, found without parsing it.

    Outside strings, a non-empty container of n members has n - 1 commas, and every key its colon:
    values (as :func:`_walk` counts them: the document, every key, every member) are at most
    1 + colons + commas + the non-empty containers. Never under the count, so it refuses only what
    the walk would refuse after parsing, when Python would already hold every value. Counted first
    in the raw bytes (separators inside strings too: an upper bound, no copy); only when that is too
    many, again with each string as one letter (one copy, at most the document's size)."""
    def separators(b: bytes) -> int:
        return 1 + b.count(b":") + b.count(b",") + b.count(b"[") + b.count(b"{")

    if len(raw) <= max_values or separators(raw) <= max_values:  # every value takes at least one byte
        return False
    strings_as_letters = _JSON_STRING.sub(b"s", raw)
    return separators(strings_as_letters) - _EMPTY.subn(b"", strings_as_letters)[1] > max_values


def load_json(data: bytes | str, where: str, limits: Limits = JSON_LIMITS) -> Any:
    """Parse JSON from a kit within ``limits``. Raises :class:`DataError` with a sentence."""
    _check_size(data, where, limits)
    if _json_depth_exceeds(data, limits.max_depth):  # the bytes: decoded, they say the same
        raise DataError(f"{where} is nested more than {limits.max_depth} levels deep.", "too-deep")
    # before it is decoded or parsed: refusing a document of millions of values costs no copy of it
    if _json_values_exceed(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data,
                           limits.max_values):
        _too_many(where, limits)
    text = decode_text(data, where)

    def parse_constant(s: str) -> Any:
        raise DataError(f"{where} holds '{s}', which is not a number JSON allows.", "syntax")

    try:
        value = json.loads(text, parse_constant=parse_constant)
    except RecursionError:
        raise DataError(f"{where} is nested more than {limits.max_depth} levels deep.", "too-deep") from None
    except json.JSONDecodeError as e:
        raise DataError(f"{where} is damaged (not valid JSON: {e.msg} at line {e.lineno}).", "syntax",
                        details=str(e)) from None
    except ValueError as e:  # an integer past Python's digit limit
        raise DataError(f"{where} holds a number with more than {limits.max_int_digits} digits.",
                        "number-too-long", details=str(e)) from None
    _walk(value, where, limits)
    return value


def load_toml(data: bytes | str, where: str, limits: Limits = TOML_LIMITS) -> dict[str, Any]:
    """Parse TOML from a kit within ``limits`` (a UTF-8 or UTF-16 byte-order mark is accepted)."""
    import tomllib  # here: reading a kit to search it never parses TOML (start-up of `presskit search`)

    _check_size(data, where, limits)
    text = decode_text(data, where, utf16=True)
    try:
        value = tomllib.loads(text)
    except RecursionError:
        raise DataError(f"{where} is nested more than {limits.max_depth} levels deep.", "too-deep") from None
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{where} is not valid TOML: {e}.", "syntax", details=str(e)) from None
    except ValueError as e:  # e.g. an integer past Python's digit limit
        raise DataError(f"{where} holds a value presskit cannot read (too long a number?).", "number-too-long",
                        details=str(e)) from None
    _walk(value, where, limits)
    return value
