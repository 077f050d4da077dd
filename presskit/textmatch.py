"""Folding that keeps offsets, and finding folded word sequences in text: one module for every hit.

The index stores folded words (:func:`presskit.textutil.fold`: lowercase, no accents, ligatures
expanded). Whatever shows a hit to a person has to find those folded words back in the text as it
stands, and mark the original characters:

* search snippets (:mod:`presskit.search.snippets`) mark matched words in a page's text;
* quotes (:func:`presskit.quotes.find_quote_span`) find a quotation back in its page, whatever its
  accents and case;
* the viewer draws boxes around matched words on a PDF page and in a text document, and finds as
  you type (the last word may be a prefix).

A *sequence* is a list of folded words (a phrase, or one word); a text matches it where consecutive
tokens equal those words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from .textutil import fold, tokenize

Span = tuple[int, int]

# --- folding with offsets ---------------------------------------------------------------------------

_SAME_LEN: dict[int, str] = {}


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_one(m: re.Match) -> str:
    cp = ord(m.group())
    r = _SAME_LEN.get(cp)
    if r is None:
        f = fold(chr(cp))
        r = _SAME_LEN[cp] = f[0] if f else " "
    return r


def fold_same_length(text: str) -> str:
    """:func:`fold` with one output character per input character, so offsets stay valid (œ -> o)."""
    out = text.lower()
    if out.isascii():
        return out
    if len(out.encode("utf-8")) - len(out) < len(out) // 8:
        # mostly ASCII (English, French...): replacing the few other characters is about six
        # times faster than translating every character of the page
        return _NON_ASCII.sub(_fold_one, out)
    table = _SAME_LEN
    for ch in set(out):
        cp = ord(ch)
        if cp > 127 and cp not in table:
            f = fold(ch)
            table[cp] = f[0] if f else " "
    return out.translate(table)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` character by character, and for each output character its index in ``text``."""
    out: list[str] = []
    idx: list[int] = []
    for i, c in enumerate(text):
        f = c.lower() if c.isascii() else fold(c)
        out.append(f)
        idx.extend([i] * len(f))
    return "".join(out), idx


# --- sequences ---------------------------------------------------------------------------------------

def query_sequences(text: str) -> list[list[str]]:
    """The folded word sequence of a find-in-document string (one phrase)."""
    words = [f for f, _, _ in tokenize(text)]
    return [words] if words else []


def _clean(sequences: Iterable[Sequence[str]]) -> list[tuple[str, ...]]:
    return list(_clean_tuple(tuple(tuple(s) for s in sequences)))


@lru_cache(maxsize=64)
def _clean_tuple(sequences: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Each sequence folded (a search's snippets all ask for the same ones: folded once)."""
    seqs = (tuple(fold(w) for w in s if w) for s in sequences)
    return tuple(s for s in seqs if s)


def terms_regex(sequences: Iterable[Sequence[str]], limit: int = 300) -> re.Pattern | None:
    """A regex finding any word of ``sequences`` as a whole word in :func:`fold_same_length` text."""
    words = sorted({w for seq in sequences for w in seq if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words[:limit]) + r")(?!\w)")


def term_starts(folded: str, sequences: Iterable[Sequence[str]], limit: int = 300) -> list[int]:
    """Where :func:`terms_regex` matches in ``folded``: the start of each whole word of ``sequences``.

    The same positions, found about ten times faster: without the look-behind in front, the regex
    engine skips to the words' first letters, and a match inside a longer word is dropped here (a
    word of the sequences is all word characters, so such a match never hides a whole-word one).
    """
    words = sorted({w for seq in sequences for w in seq if w}, key=len, reverse=True)
    if not words:
        return []
    rx = _words_regex(tuple(sorted(words[:limit])))
    out = []
    for m in rx.finditer(folded):
        p = m.start()
        if p:
            c = folded[p - 1]
            if c.isalnum() or c == "_":  # what \w is in a str pattern
                continue
        out.append(p)
    return out


@lru_cache(maxsize=64)
def _words_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` followed by no word character, as a trie (``late(?:ly|x(?:a)?)?``): the
    engine compares each character once, where an alternation of a prefix's hundred words compared
    the prefix up to a hundred times at each candidate position. A match ends where its word ends
    (the words are word characters), so the positions found are the alternation's."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = None
    return re.compile(_trie_pattern(trie) + r"(?!\w)")


def _trie_pattern(node: dict) -> str:
    alts = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def occurrences(tokens: Sequence[str], sequences: Iterable[Sequence[str]],
                prefix_last: bool = False) -> list[Span]:
    """Every ``(first token, last token + 1)`` where a sequence stands, the longest first at each start.

    ``prefix_last``: the last word of a sequence may be the start of a token (find as you type).
    """
    seqs = _clean(sequences)
    n = len(tokens)
    if not seqs or not n:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    if not prefix_last:
        for s in seqs:
            by_first.setdefault(s[0], []).append(s)
    out: list[Span] = []
    for i in range(n):
        cands = seqs if prefix_last else by_first.get(tokens[i], ())
        for s in cands:
            k = len(s)
            if i + k > n:
                continue
            if prefix_last:
                ok = all(tokens[i + j] == s[j] for j in range(k - 1)) and tokens[i + k - 1].startswith(s[-1])
            else:
                ok = tuple(tokens[i:i + k]) == s
            if ok:
                out.append((i, i + k))
    out.sort(key=lambda sp: (sp[0], -sp[1]))
    return out


def mark_tokens(tokens: Sequence[str], sequences: Iterable[Sequence[str]]) -> list[bool]:
    """For each token, whether it is part of some sequence's occurrence."""
    marks = [False] * len(tokens)
    for a, b in occurrences(tokens, sequences):
        for k in range(a, b):
            marks[k] = True
    return marks


def match_spans(tokens: Sequence[str], sequences: Iterable[Sequence[str]], prefix_last: bool = False) -> list[Span]:
    """Token spans of the hits to show.

    Search hits: the runs of matched tokens, so separate query words standing side by side (or
    overlapping phrases) count as one hit. Find as you type (``prefix_last``): each occurrence is a
    hit of its own, none overlapping another.
    """
    occ = occurrences(tokens, sequences, prefix_last)
    out: list[Span] = []
    if prefix_last:
        end = 0
        for a, b in occ:
            if a >= end:
                out.append((a, b))
                end = b
        return out
    for a, b in occ:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def match_text(text: str, sequences: Iterable[Sequence[str]], prefix_last: bool = False) -> list[Span]:
    """Character spans ``(start, end)`` in ``text`` where the folded sequences match."""
    toks = tokenize(text)
    spans = match_spans([t[0] for t in toks], list(sequences), prefix_last)
    return [(toks[a][1], toks[b - 1][2]) for a, b in spans]
