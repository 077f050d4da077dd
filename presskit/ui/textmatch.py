"""Accent-insensitive matching of search terms against text as it stands on a page (no Qt here).

The index folds words (``presskit.textutil.fold``); PyMuPDF's ``search_for`` does not. So the viewer
cuts the page's own words into folded tokens and looks for the query's folded word sequences
(``Searcher.highlight_terms``) among them, then draws boxes around the original words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..textutil import fold, tokenize


def query_sequences(text: str) -> list[list[str]]:
    """Folded word sequence of a find-in-document string (one phrase)."""
    words = [f for f, _, _ in tokenize(text)]
    return [words] if words else []


def _index_sequences(sequences: Iterable[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        seq = tuple(fold(w) for w in seq if w)
        if seq:
            by_first.setdefault(seq[0], []).append(seq)
    for lst in by_first.values():
        lst.sort(key=len, reverse=True)  # longest phrase first
    return by_first


def _match_tokens(tokens: list[str], sequences: Iterable[Sequence[str]], prefix_last: bool) -> list[tuple[int, int]]:
    """Spans ``(first_token, last_token_exclusive)`` where a sequence matches consecutively."""
    seqs = [tuple(fold(w) for w in s if w) for s in sequences]
    seqs = [s for s in seqs if s]
    if not seqs or not tokens:
        return []
    out: list[tuple[int, int]] = []
    n = len(tokens)
    if prefix_last:
        i = 0
        while i < n:
            hit = 0
            for s in seqs:
                k = len(s)
                if i + k <= n and all(tokens[i + j] == s[j] for j in range(k - 1)) \
                        and tokens[i + k - 1].startswith(s[-1]):
                    hit = max(hit, k)
            if hit:
                out.append((i, i + hit))
                i += hit
            else:
                i += 1
        return out
    by_first = _index_sequences(seqs)
    i = 0
    while i < n:
        cands = by_first.get(tokens[i])
        hit = 0
        if cands:
            for s in cands:
                k = len(s)
                if i + k <= n and tuple(tokens[i:i + k]) == s:
                    hit = k
                    break
        if hit:
            out.append((i, i + hit))
            i += hit
        else:
            i += 1
    return _merge_adjacent(out)


def _merge_adjacent(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Matches of separate query words that stand side by side count as one hit."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def match_text(text: str, sequences: Iterable[Sequence[str]], prefix_last: bool = False) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` in ``text`` where a folded sequence matches."""
    toks = tokenize(text)
    spans = _match_tokens([t[0] for t in toks], list(sequences), prefix_last)
    return [(toks[a][1], toks[b - 1][2]) for a, b in spans]


@dataclass
class PageWords:
    """Words of one PDF page as PyMuPDF gives them: ``(x0, y0, x1, y1, text, block, line, word)``."""

    words: list[tuple]

    def tokens(self) -> tuple[list[str], list[list[int]]]:
        """Folded tokens and, for each, the indices of the page words it covers.

        A word hyphenated at a line end (``désarme-`` / ``ment``) becomes one token covering both.
        """
        toks: list[str] = []
        cover: list[list[int]] = []
        words = self.words
        pending_join = False
        for i, w in enumerate(words):
            parts = tokenize(w[4])
            if not parts:
                pending_join = False
                continue
            for j, (f, _, _) in enumerate(parts):
                if j == 0 and pending_join and toks:
                    toks[-1] += f
                    cover[-1].append(i)
                else:
                    toks.append(f)
                    cover.append([i])
            text = w[4]
            nxt = words[i + 1] if i + 1 < len(words) else None
            pending_join = bool(
                text.endswith(("-", "\u2010", "\u00ad")) and len(text) > 1 and nxt is not None
                and (nxt[5], nxt[6]) != (w[5], w[6]) and nxt[4][:1].islower())
        return toks, cover


def match_words(words: list[tuple], sequences: Iterable[Sequence[str]], prefix_last: bool = False) -> list[list[int]]:
    """For each match on a page, the indices of the page words it covers (in order)."""
    toks, cover = PageWords(words).tokens()
    out = []
    for a, b in _match_tokens(toks, list(sequences), prefix_last):
        idx: list[int] = []
        for c in cover[a:b]:
            for k in c:
                if not idx or idx[-1] != k:
                    idx.append(k)
        out.append(idx)
    return out


def line_rects(words: list[tuple], indices: list[int]) -> list[tuple[float, float, float, float]]:
    """Merge the boxes of consecutive words on the same line into one box per line."""
    rects: list[list[float]] = []
    last_line = None
    for k in indices:
        x0, y0, x1, y1, _t, b, ln = words[k][:7]
        if rects and (b, ln) == last_line:
            r = rects[-1]
            r[0], r[1], r[2], r[3] = min(r[0], x0), min(r[1], y0), max(r[2], x1), max(r[3], y1)
        else:
            rects.append([x0, y0, x1, y1])
        last_line = (b, ln)
    return [tuple(r) for r in rects]


def words_text(words: list[tuple], indices: list[int]) -> str:
    """Selected words as text: spaces within a line, newlines between lines, blank line between blocks."""
    out: list[str] = []
    last = None
    for k in sorted(indices):
        w = words[k]
        key = (w[5], w[6])
        if last is not None:
            if key[0] != last[0]:
                out.append("\n\n")
            elif key != last:
                out.append("\n")
            else:
                out.append(" ")
        out.append(w[4])
        last = key
    return "".join(out)
