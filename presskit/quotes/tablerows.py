"""A table's row whose cells a reader joined on one line: "Delegation Speaker ¶ Tarvolia Obed Lanyard-Fiore".

Markdown, HTML and PDF tables reach the finder as lines of cells joined by spaces, so where a State's,
a site's or a number's cell ends and a person's name begins is lost. A name of three words or more on such a
line is no evidence of a person's full name: taken, "Tarvolia Obed Lanyard-Fiore" would be given for the
"Obed Lanyard-Fiore" the prose names, in its document and across the kit. See docs/quotes.md, "Who spoke".
"""

from __future__ import annotations

import re

from .people import lower_token

#: punctuation a sentence has and a row of cells does not
_PROSE = re.compile(r"[,;:!?\"\u201c\u201d\u00ab\u00bb()\u2014\u2013]|\.(?:\s|$)")
_LINKS = {"de", "du", "des", "la", "le", "van", "von", "da", "del", "al", "bin", "of", "and", "et", "&"}


def _is_row(line: str) -> bool:
    """A line of two to ten words, each capitalised, a number or a name's particle, without a sentence's
    punctuation: "Delegation Speaker", "Dock 4 Merovia Talin Okonkwo-Reyes"."""
    words = line.split()
    if not 2 <= len(words) <= 10 or _PROSE.search(line):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or lower_token(w) in _LINKS for w in words)


#: a sentence's punctuation, quotation marks left out: a cell may hold quoted words ("add “and to publish”")
_SENTENCE = re.compile(r"[,;!?()\u2014\u2013]|\.(?:[\s\"\u201d\u00bb]|$)")


def _is_cells(line: str) -> bool:
    """A line a table's row may be when its last cells hold words a row of names does not: two to twelve
    words, the first capitalised, without a sentence's punctuation ("Lunderne Aïssata Koroméa-Vidal add
    “and to publish the results”", "Delegation Speaker Position on paragraph 6")."""
    words = line.split()
    return 2 <= len(words) <= 12 and words[0][:1].isupper() and not _SENTENCE.search(line)


def in_table_row(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a row of a table: a line of cells (:func:`_is_row`) next to another one (its
    header or another row), maybe one blank line apart (the finder marks a row's end as a paragraph's); or a
    line of looser cells (:func:`_is_cells`) with one such line before it and one after, or two on one side
    (a header and rows whose last cell holds a position or quoted words). A heading or a name alone between
    paragraphs of prose is none."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if _is_row(line) and (_is_row(_line_near(text, start, -1)) or _is_row(_line_near(text, end, 1))):
        return True
    if not _is_cells(line):
        return False
    return _cells_run(text, start, -1) + _cells_run(text, end, 1) >= 2


def _cells_run(text: str, at: int, step: int) -> int:
    """How many lines of looser cells (at most two) follow one another from the line at ``at`` in the
    direction ``step``."""
    n = 0
    while n < 2:
        line = _line_near(text, at, step)
        if not line or not _is_cells(line):
            break
        n += 1
        at = text.rfind(line, 0, at) if step < 0 else text.find(line, at)
        at = at if step < 0 else at + len(line)
    return n


def _line_near(text: str, at: int, step: int) -> str:
    """The first line that is not blank before the line starting at ``at`` (``step`` -1) or after the line ending
    at ``at`` (``step`` 1), at most one blank line away; "" when none."""
    for _ in range(2):
        if step < 0:
            if at <= 0:
                return ""
            a = text.rfind("\n", 0, at - 1) + 1
            line, at = text[a:at - 1], a
        else:
            if at >= len(text):
                return ""
            b = text.find("\n", at + 1)
            b = len(text) if b < 0 else b
            line, at = text[at + 1:b], b
        if line.strip():
            return line
    return ""
