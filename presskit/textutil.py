"""Text helpers shared by ingest, index and search: folding, tokenizing, normalising extracted text.

* :func:`fold` is the one definition of "the same word" for search: lowercase, no accents/diacritics,
  ligatures expanded, curly apostrophes made straight. It is called on every token, so the common case
  (ASCII, Latin-1, Latin Extended-A/B) is one ``str.translate`` with a table built once; only characters
  outside that table go through Unicode NFKD.
* :data:`TOKEN_RE` / :func:`tokenize` cut text into words. Apostrophes and hyphens split words
  (``l'été`` -> ``l``, ``ete``; ``non-proliferation`` -> ``non``, ``proliferation``). Han ideographs
  (Chinese) have no spaces between words, so each ideograph is its own token (as Lucene's standard
  analyser does); a phrase query over consecutive positions then finds multi-character words.
* :func:`normalise_text` cleans text as extracted from PDFs, HTML or plain files before it is stored.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "TOKEN_RE", "tokenize", "normalise_text", "edit_distance", "LIGATURES"]

#: Typographic ligatures and their letters (used by both fold and normalise_text).
LIGATURES: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

# Letters that NFKD does not decompose but that readers treat as accented Latin letters.
_SPECIAL_FOLD: dict[str, str] = {
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "ß": "ss",
    "ẞ": "ss",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
    "ħ": "h",
    "Ħ": "h",
    # apostrophes and primes: one straight apostrophe
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\uff07": "'",
}


def _strip_marks(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x250):  # Latin-1 supplement, Latin Extended-A and -B
        c = chr(cp)
        if c in _SPECIAL_FOLD:
            continue
        f = _strip_marks(c.lower()).lower()
        if f != c:
            table[cp] = f
    for cp in range(0x1E00, 0x1F00):  # Latin Extended Additional (Vietnamese and others)
        c = chr(cp)
        f = _strip_marks(c.lower()).lower()
        if f != c:
            table[cp] = f
    for k, v in {**_SPECIAL_FOLD, **LIGATURES}.items():
        table[ord(k)] = v
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


_TABLE = _build_table()
_TABLE_MAX = 0x24F
# Characters the table does not cover (outside ASCII/Latin ranges, minus those the table maps).
_OUTSIDE = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
_outside_cache: dict[str, str] = {}


def _fold_outside(c: str) -> str:
    f = _outside_cache.get(c)
    if f is None:
        f = _SPECIAL_FOLD.get(c) or LIGATURES.get(c) or _strip_marks(c).lower()
        _outside_cache[c] = f  # first, so that folding f again, which may meet c, ends
        f = _settled(f)
        if len(_outside_cache) < 100_000:
            _outside_cache[c] = f
        else:
            del _outside_cache[c]
    return f


def _settled(f: str) -> str:
    """``f`` folded again until it no longer changes: one character's fold may need another's
    ("ǣ" strips to "æ", which expands to "ae"; "𝚤" is a compatibility form of "ı", which is "i"), and
    fold must give in one pass what it would give in two, or a folded index and a folded query differ."""
    for _ in range(8):
        g = fold(f)
        if g == f:
            break
        f = g
    return f


def fold(s: str) -> str:
    """Fold ``s`` for matching: lowercase, accents dropped, ligatures expanded, apostrophes straight.

    >>> fold("Été ﬁnal Œuvre l’ONU")
    "ete final oeuvre l'onu"
    """
    if s.isascii():
        return s.lower()
    t = s.translate(_TABLE)
    if t.isascii():
        return t
    if _OUTSIDE.search(t) is not None:
        t = _OUTSIDE.sub(lambda m: _fold_outside(m.group()), t)
    return t.lower()


# Every entry of the table is a fixed point of fold (see _settled).
for _cp, _f in list(_TABLE.items()):
    if not _f.isascii():
        _TABLE[_cp] = _settled(_f)
del _cp, _f


# --- tokens -----------------------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# Combining marks that may follow a letter inside a word (decomposed accents, Arabic harakat, ...).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)

#: One word: a run of letters/digits (any script) with their combining marks, or a single Han ideograph.
TOKEN_RE = re.compile(rf"[{_HAN}]|[^\W_{_HAN}](?:[^\W_{_HAN}]|[{_MARKS}])*")


def tokenize(s: str) -> list[tuple[str, int, int]]:
    """Words of ``s`` as ``(folded word, start, end)``; offsets index the ORIGINAL string."""
    out: list[tuple[str, int, int]] = []
    append = out.append
    cache: dict[str, str] = {}
    for m in TOKEN_RE.finditer(s):
        w = m.group()
        f = cache.get(w)
        if f is None:
            f = cache[w] = fold(w)
        append((f, m.start(), m.end()))
    return out


# --- normalisation of extracted text --------------------------------------------------------------

_NORM_TABLE: dict[int, str | None] = {ord(k): v for k, v in LIGATURES.items()}
for _cp in (0xA0, 0x202F, 0x2007, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008,
            0x2009, 0x200A, 0x205F, 0x3000):
    _NORM_TABLE[_cp] = " "
for _cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
    if _cp not in (0x09, 0x0A):
        _NORM_TABLE[_cp] = None
_NORM_TABLE[0x0C] = "\n"  # form feed: a page/section break
_NORM_TABLE[0x0B] = "\n"  # vertical tab
_NORM_TABLE[0x85] = "\n"  # NEL
_NORM_TABLE[0x2028] = "\n"
_NORM_TABLE[0x2029] = "\n"
for _cp in (0xAD, 0x200B, 0xFEFF, 0x2060):  # soft hyphen, zero-width space, BOM, word joiner
    _NORM_TABLE[_cp] = None

_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\r?\n[ \t]*")
# A word broken at a line end: letters, '-', newline, then a lowercase letter starting the next line.
_HYPHEN_BREAK = re.compile(r"([^\W\d_])-[ \t]*\n[ \t]*([^\W\d_]\S*)[ \t]*\n?")


#: French inverted subjects: "a-t-¶il", "dit-¶elle", "ajoute-t-¶on" keep their hyphen when rejoined
_INVERTED = re.compile(r"(?:t-(?:il|elle|on)|il|elle|ils|elles|je|nous|vous)(?![^\W\d_])")


def _join_hyphen(m: re.Match[str]) -> str:
    nxt = m.group(2)
    if not nxt[0].islower():
        return m.group(0)
    before = m.string[max(0, m.start() - 1):m.start()]
    if _INVERTED.match(nxt) or (m.group(1) == "t" and before == "-"):
        return m.group(1) + "-" + nxt + "\n"
    return m.group(1) + nxt + "\n"  # the line break moves after the rejoined word


def normalise_text(s: str) -> str:
    """Clean extracted text for storage and indexing.

    * ligatures (U+FB00-FB06) expanded; ``œ``/``æ`` are real letters and are kept (fold() maps them);
    * a word hyphenated at a line end is rejoined when the next line starts with a lowercase letter:
      ``"disarma-\\nment is"`` -> ``"disarmament\\nis"`` (the line break moves after the word, so line
      counts are unchanged), but a French inverted subject keeps its hyphen (``"a-t-\\nil"`` ->
      ``"a-t-il\\n"``, ``"dit-\\nelle"`` -> ``"dit-elle\\n"``); soft hyphens (U+00AD) are removed, joining
      across a line end too;
    * NBSP, narrow NBSP and other fixed-width spaces become plain spaces; zero-width spaces and BOMs go;
    * ``\\r\\n`` and ``\\r`` become ``\\n``; other control characters except ``\\n`` and ``\\t`` are removed.
    """
    if not s:
        return ""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00ad" in s:
        s = _SOFT_HYPHEN_BREAK.sub("", s)
    s = s.translate(_NORM_TABLE)
    if "-" in s:
        s = _HYPHEN_BREAK.sub(_join_hyphen, s)
    return s


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up early above ``limit``.

    Used for misspellings: of kinds in file names ("Newlsetter") and of query words ("ammunitoin").
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
