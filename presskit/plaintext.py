"""Display-safe plain text: what a kit says, made safe to show on a terminal or in a widget.

A kit may come from a stranger, so every string it supplies (publisher, titles, captions, credits,
file names, pack descriptions) goes through :func:`plain` (one line) or :func:`plain_block`
(paragraphs) before it reaches a terminal or a Qt widget. They:

* replace terminal escape sequences (``ESC [ ... m``, ``ESC ] ... BEL``, ...) and every other C0 or
  C1 control character and DEL by U+FFFD, so nothing can move the cursor, erase a line, retitle the
  window or hide text, and the tampering stays visible;
* replace the bidirectional controls (embeddings, overrides, isolates, LRM/RLM/ALM) by U+FFFD, so
  text cannot be made to read in another order than it is stored (and a fingerprint next to it
  cannot be visually reordered);
* drop invisible characters that have no use in names (zero-width space, word joiner, BOM, tag
  characters); ZWJ and ZWNJ stay, since scripts and emoji need them;
* replace lone surrogates (from file names that are not UTF-8) by U+FFFD, so printing never fails;
* bound the length (an ellipsis marks the cut).

Qt widgets must still be told the text is plain (``Qt.PlainText``): this module cannot stop a
widget from interpreting ``<b>`` as markup; it makes the characters themselves harmless.
:func:`mask_fingerprints` hides text that looks like a key fingerprint inside a name, so a
publisher cannot call itself "Lantern Coalition (AB12 CD34 ...)".
"""

from __future__ import annotations

import re

__all__ = ["plain", "plain_block", "mask_fingerprints", "is_plain", "any_unsafe", "bound", "REPLACEMENT", "ELLIPSIS"]

REPLACEMENT = "\ufffd"
ELLIPSIS = "…"

#: Terminal escape sequences: CSI (ESC [ ... final), OSC / DCS / APC / PM / SOS (ESC ] ... BEL or ST),
#: and two-character escapes (ESC + one character). The C1 forms (U+009B CSI, U+009D OSC) too.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
_INVISIBLE = "\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\ufff9\ufffa\ufffb"
_CONTROL = "".join(chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])
#: Characters that become U+FFFD (controls and bidi) or disappear (invisible).
_TABLE = {ord(c): REPLACEMENT for c in _CONTROL + _BIDI}
_TABLE.update({ord(c): None for c in _INVISIBLE})
_TABLE.update({c: None for c in range(0xE0000, 0xE0080)})  # tag characters
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Any character :func:`plain` changes: text without one is returned as it is (bounded), which is
#: most text, so reading a manifest of thousands of items does not run every pass on every field.
_CHANGED = re.compile("[" + re.escape(_CONTROL + _BIDI + _INVISIBLE + "\u2028\u2029") +
                      "\U000e0000-\U000e007f\ud800-\udfff]")
_SEPARATORS = re.compile("[\u2028\u2029\u0085]")
#: Sixteen or more hex digits, separated or not: what (part of) a fingerprint looks like.
_FINGERPRINT = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f](?:[\s:._-]?[0-9a-f]){15,}(?![0-9a-f])")


def _fingerprint_like(m: re.Match) -> str:
    run = m.group(0)
    return "[…]" if sum(c.isdigit() for c in run) >= 4 else run


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _bound(text: str, limit: int) -> str:
    if limit and len(text) > limit:
        return text[: max(0, limit - 1)].rstrip() + ELLIPSIS
    return text


def bound(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis marks the cut; 0: no bound)."""
    return _bound(text, limit)


def any_unsafe(texts: list[str]) -> bool:
    """Whether :func:`plain` would change any of ``texts`` beyond bounding its length: one scan for
    the many short fields of a manifest entry, most of which need nothing."""
    return bool(_CHANGED.search(" ".join(texts)))


def plain(value: object, limit: int = 300) -> str:
    """One line of display-safe text, at most ``limit`` characters (0: no bound).

    Newlines and tabs become spaces and runs of spaces are kept as they are; see the module
    docstring for what else is neutralised.
    """
    text = _text(value)
    if len(text) > 4 * limit + 64 and limit:
        text = text[: 4 * limit + 64]  # never scan megabytes to show a few words
    if not _CHANGED.search(text):
        return _bound(text, limit)
    text = _SURROGATE.sub(REPLACEMENT, _ESCAPE.sub(REPLACEMENT, text))
    text = _SEPARATORS.sub(" ", text).replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _bound(text.translate(_TABLE), limit)


def plain_block(value: object, limit: int = 20_000, max_lines: int = 500) -> str:
    """Paragraphs of display-safe text: like :func:`plain` but newlines (and tabs) are kept."""
    text = _text(value)
    if text.isprintable():  # one line without control, format, surrogate or separator characters
        return _bound(text, limit)
    if limit and len(text) > 4 * limit + 64:
        text = text[: 4 * limit + 64]
    text = _SURROGATE.sub(REPLACEMENT, _ESCAPE.sub(REPLACEMENT, text))
    text = _SEPARATORS.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    keep = {ord("\n"): "\n", ord("\t"): "\t"}
    text = text.translate({**_TABLE, **keep})
    lines = text.split("\n")
    if max_lines and len(lines) > max_lines:
        text = "\n".join(lines[:max_lines]) + "\n" + ELLIPSIS
    return _bound(text, limit)


def mask_fingerprints(value: object, limit: int = 120) -> str:
    """A name made plain, with anything that looks like a key fingerprint replaced by ``[…]``.

    For names shown next to a real fingerprint (publisher, signer): the only fingerprint a reader
    sees must be the one computed from the key.
    """
    return _bound(_FINGERPRINT.sub(_fingerprint_like, plain(value, limit=4 * limit if limit else 0)), limit)


def is_plain(value: str) -> bool:
    """True when :func:`plain_block` would leave ``value`` as it is (length aside)."""
    return plain_block(value, limit=0, max_lines=0) == value
