"""Snippets: about ``width`` words of a page around its best cluster of matches, matches in ``<b>``.

Only a window around the matches is tokenised: a regex over a same-length folded copy of the page
finds candidate positions, so long pages cost little. Matching is :mod:`presskit.textmatch`'s.
"""

from __future__ import annotations

import html
import re

from ..textmatch import fold_same_length, mark_tokens, term_starts
from ..textutil import tokenize

_WS = re.compile(r"\s+")


def make_snippet(text: str, terms: list[list[str]], width: int = 32) -> str:
    """About ``width`` words of ``text`` around its best cluster of matches, matches in <b>.

    Only a window around the matches is tokenised: a regex over a same-length folded copy of the
    page finds candidate positions, so long pages cost little.
    """
    if not text:
        return ""
    span = width * 9  # characters: ~width words
    start = 0
    if len(text) > span:
        pos = term_starts(fold_same_length(text), terms)
        if pos:
            best, best_n = pos[0], 0
            j = 0
            for i, p in enumerate(pos):  # the densest window of `span` characters
                while pos[j] < p - span // 2:
                    j += 1
                n = sum(1 for q in pos[j:i + 1 + 20] if abs(q - p) <= span // 2)
                if n > best_n:
                    best, best_n = p, n
            start = max(0, best - span // 4)
    window = text[start:start + span + 40]
    return _mark_window(window, terms, width, cut_left=start > 0, cut_right=start + span + 40 < len(text))


def _mark_window(text: str, terms: list[list[str]], width: int, cut_left: bool, cut_right: bool) -> str:
    toks = tokenize(text)
    if cut_left and toks and toks[0][1] == 0:
        toks = toks[1:]  # a word cut in half at the left edge
    if not toks:
        return html.escape(" ".join(text.split())[:200])
    marks = mark_tokens([t[0] for t in toks], terms)
    first = next((i for i, m in enumerate(marks) if m), 0)
    lo = max(0, min(first - width // 4, len(toks) - width))
    hi = min(len(toks), lo + width)
    out = ["…" if (lo > 0 or cut_left) else ""]
    pos = toks[lo][1]
    for k in range(lo, hi):
        _f, s0, e0 = toks[k]
        if s0 > pos:
            out.append(html.escape(_WS.sub(" ", text[pos:s0])))
        word = html.escape(text[s0:e0])
        out.append(f"<b>{word}</b>" if marks[k] else word)
        pos = e0
    if hi < len(toks) or cut_right:
        out.append("…")
    return "".join(out).strip()
