"""The words of a PDF page as PyMuPDF gives them, and the hits on them (no Qt here).

The index folds words (:func:`presskit.textutil.fold`); PyMuPDF's ``search_for`` does not. So the
viewer cuts the page's own words into folded tokens, finds the query's folded word sequences
(``Searcher.highlight_terms``) among them with :mod:`presskit.textmatch`, then draws boxes around
the original words.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..textmatch import match_spans
from ..textutil import normalise_text, tokenize


@dataclass
class PageWords:
    """Words of one PDF page as PyMuPDF gives them: ``(x0, y0, x1, y1, text, block, line, word)``."""

    words: list[tuple]

    def tokens(self) -> tuple[list[str], list[list[int]]]:
        """Folded tokens and, for each, the indices of the page words it covers.

        A word hyphenated at a line end (``désarme-`` / ``ment``) becomes one token covering both.
        """
        toks, cover, _spans = self.tokens_spans()
        return toks, cover

    def tokens_spans(self) -> tuple[list[str], list[list[int]], list[list[int]]]:
        """:meth:`tokens`, and for each token ``[start, end]``: where it starts in its first word's
        text and ends in its last word's (so ``décennie,`` gives ``décennie`` without the comma)."""
        toks: list[str] = []
        cover: list[list[int]] = []
        spans: list[list[int]] = []
        words = self.words
        pending_join = False
        for i, w in enumerate(words):
            parts = tokenize(w[4])
            if not parts:
                pending_join = False
                continue
            for j, (f, start, end) in enumerate(parts):
                if j == 0 and pending_join and toks:
                    toks[-1] += f
                    cover[-1].append(i)
                    spans[-1][1] = end
                else:
                    toks.append(f)
                    cover.append([i])
                    spans.append([start, end])
            text = w[4]
            nxt = words[i + 1] if i + 1 < len(words) else None
            pending_join = bool(
                text.endswith(("-", "\u2010", "\u00ad")) and len(text) > 1 and nxt is not None
                and (nxt[5], nxt[6]) != (w[5], w[6]) and nxt[4][:1].islower())
        return toks, cover, spans


def match_words(words: list[tuple], sequences: Iterable[Sequence[str]], prefix_last: bool = False) -> list[list[int]]:
    """For each match on a page, the indices of the page words it covers (in order)."""
    toks, cover = PageWords(words).tokens()
    return [_covered(cover, a, b) for a, b in match_spans(toks, list(sequences), prefix_last)]


def _covered(cover: list[list[int]], a: int, b: int) -> list[int]:
    """The page words tokens ``a:b`` cover, in order, each once."""
    idx: list[int] = []
    for c in cover[a:b]:
        for k in c:
            if not idx or idx[-1] != k:
                idx.append(k)
    return idx


def match_rects(words: list[tuple], sequences: Iterable[Sequence[str]], prefix_last: bool = False,
                measure: Callable[[str], float] = len) -> list[list[tuple[float, float, float, float]]]:
    """For each match on a page, its boxes (one per line) around the matched characters only: the
    punctuation glued to the first or last word (``«``, ``décennie,``, ``2030.``) stays outside.
    ``measure`` gives the width of a string in any unit (the page's words carry no character boxes;
    the share of a word's width its characters take is estimated from it)."""
    toks, cover, spans = PageWords(words).tokens_spans()
    out = []
    for a, b in match_spans(toks, list(sequences), prefix_last):
        sub = [words[k] for k in _covered(cover, a, b)]
        if len(sub) == 1:
            sub[0] = _trimmed(sub[0], spans[a][0], spans[b - 1][1], measure)
        else:
            sub[0] = _trimmed(sub[0], spans[a][0], None, measure)
            sub[-1] = _trimmed(sub[-1], None, spans[b - 1][1], measure)
        out.append(line_rects(sub, list(range(len(sub)))))
    return out


def _trimmed(word: tuple, start: int | None, end: int | None, measure: Callable[[str], float]) -> tuple:
    """``word`` with its box cut to its characters ``[start:end]`` (``None``: that side is kept)."""
    text = word[4]
    s = 0 if start is None else start
    e = len(text) if end is None else end
    if (s, e) == (0, len(text)):
        return word
    full = measure(text)
    if full <= 0:
        return word
    x0, x1 = word[0], word[2]
    w = x1 - x0
    nx0 = x0 + w * measure(text[:s]) / full
    nx1 = x0 + w * measure(text[:e]) / full
    return (nx0, word[1], max(nx1, nx0), *word[3:])


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


def plain_text(words: list[tuple], indices: list[int]) -> str:
    """Selected words as text to paste: ligatures expanded ("ﬁ" -> "fi"), soft hyphens dropped, a word
    hyphenated at a line end joined again, the lines of a paragraph (a PDF block) joined with spaces,
    paragraphs separated by a blank line."""
    t = normalise_text(words_text(words, indices))
    paras = (" ".join(p.split()) for p in t.split("\n\n"))
    return "\n\n".join(p for p in paras if p)


def plain_html(text: str) -> str:
    """The same text as an HTML fragment: one escaped paragraph per paragraph, nothing else."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p)


#: a sentence's last mark and the closing quotes or brackets after it (the PDF and text views share it)
SENTENCE_END = r"[.!?\u2026][\"\u201d\u2019\u00bb)\]]*"
_SENTENCE_END = re.compile(SENTENCE_END + "$")


def words_in_rects(words: Sequence[tuple], rects: Iterable[tuple]) -> list[int]:
    """Indices of the page words whose centre lies in one of ``rects`` (a hit's boxes)."""
    rects = list(rects)
    out = []
    for k, w in enumerate(words):
        cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
        if any(r[0] - 1 <= cx <= r[2] + 1 and r[1] - 1 <= cy <= r[3] + 1 for r in rects):
            out.append(k)
    return out


def sentence_around(words: Sequence[tuple], first: int, last: int) -> tuple[int, int]:
    """The first and last word index of the sentence holding words ``first..last``: back to the word
    after one that ends a sentence (``.``, ``!``, ``?``, ``…``, closing quotes allowed), forward to
    the next such word, never across a text block (a paragraph, a heading)."""
    block = words[first][5]
    a = first
    while a > 0 and words[a - 1][5] == block and not _SENTENCE_END.search(words[a - 1][4]):
        a -= 1
    b = max(first, last)
    while b + 1 < len(words) and words[b + 1][5] == words[b][5] and not _SENTENCE_END.search(words[b][4]):
        b += 1
    return a, b
