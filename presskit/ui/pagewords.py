"""The words of a PDF page as PyMuPDF gives them, and the hits on them (no Qt here).

The index folds words (:func:`presskit.textutil.fold`); PyMuPDF's ``search_for`` does not. So the
viewer cuts the page's own words into folded tokens, finds the query's folded word sequences
(``Searcher.highlight_terms``) among them with :mod:`presskit.textmatch`, then draws boxes around
the original words.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable, Sequence

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
    for a, b in match_spans(toks, list(sequences), prefix_last):
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
