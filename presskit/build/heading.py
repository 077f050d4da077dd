"""The heading of a PDF's first page, as a title for a PDF without a good title of its own.

What calibre and Zotero do, carefully: the largest type near the top of page 1
(:mod:`presskit.ingest.pdfheading` records its lines with their sizes), joined over the consecutive
lines of that size, but not

* a banner alone ("PRESS RELEASE", « COMMUNIQUÉ DE PRESSE », "FACT SHEET", "NEWS" ...): the heading
  under it is taken; so is a table of contents' own heading ("Contents", « Sommaire »): it names no
  document;
* a date line ("Baku, 14 November 2024"), a page number ("1", "Page 1 of 2", "- 1 -");
* the organisation's name (the PDF's author, the kit's organisation, or a name of one or two words
  without digits such as a word mark "OCEANWATCH") when a heading of at least four words follows;
* longer than :data:`MAX_CHARS` (the lines that fit are kept; a first line longer than that is a
  paragraph, not a heading).

A line stands out when its type is at least :data:`LARGER` times the body's, or bold where the body
is not (same size or larger). When none does, there is no heading and the file name stays.
"""

from __future__ import annotations

import re

from ..ingest.textdates import printed_dates
from ..textutil import fold

#: A heading line's type is at least this many times the body's (or it is bold and the body is not).
LARGER = 1.15
#: A heading is at most this long; the lines that fit are kept.
MAX_CHARS = 200
#: Two sizes closer than this (points) are the same size.
SAME = 0.6

_BANNER = re.compile(
    r"(?i)^\W*(?:press\s+release|news\s+release|media\s+release|press\s+statement|statement|news|"
    r"media\s+advisory|fact\s*sheet|factsheet|briefing|for\s+immediate\s+release|embargo(?:ed)?|"
    r"communiqu[ée](?:\s+de\s+presse)?|d[ée]claration|fiche\s+d.information|fiche|avis\s+aux\s+m[ée]dias|"
    r"note\s+aux\s+r[ée]dactions|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|nota\s+informativa|"
    r"ficha\s+informativa|declaraci[óo]n|aviso\s+a\s+los\s+medios|"
    r"(?:table\s+of\s+)?contents|table\s+des\s+mati[èe]res|sommaire|[íi]ndice|contenidos?)\W*$")
_PAGE_NUMBER = re.compile(r"(?i)^\W*(?:page|p\.|p[áa]gina)?\s*\d{1,4}(?:\s*(?:/|of|de|sur)\s*\d{1,4})?\W*$")
_WORD = re.compile(r"\w+")


def first_page_heading(meta: dict, organisation: str = "") -> str | None:
    """The heading of page 1 from ``meta["top_lines"]`` and ``meta["body_type"]``, or None."""
    lines = _lines(meta.get("top_lines"))
    body = meta.get("body_type")
    if not lines or not isinstance(body, (list, tuple)) or len(body) != 2:
        return None
    body_size, body_bold = float(body[0] or 0), bool(body[1])
    names = {_fold(n) for n in (meta.get("author") or "", organisation) if n.strip()}

    def stands_out(size: float, bold: bool) -> bool:
        return size >= body_size * LARGER or (bold and not body_bold and size >= body_size - SAME)

    runs = [r for r in _runs(lines) if stands_out(r[0], r[1]) and not _not_a_heading(r[2][0])]
    runs = [r for i, r in enumerate(runs) if not _is_a_name(r, runs[i + 1:], names)]
    if not runs:
        return None
    best = max(runs, key=lambda r: r[0])  # the largest; max keeps the first of equals
    text = ""
    for ln in best[2]:
        joined = f"{text} {ln}".strip()
        if len(joined) > MAX_CHARS:
            break
        text = joined
    return text or None


def _lines(raw) -> list[tuple[float, bool, str]]:
    out = []
    for item in raw or []:
        try:
            size, bold, text = float(item[0]), bool(item[1]), " ".join(str(item[2]).split())
        except (TypeError, ValueError, IndexError):
            continue
        if text:
            out.append((size, bold, text))
    return out


def _runs(lines: list[tuple[float, bool, str]]) -> list[tuple[float, bool, list[str]]]:
    """Consecutive lines of the same size and weight, as one run each."""
    runs: list[tuple[float, bool, list[str]]] = []
    for size, bold, text in lines:
        if runs and abs(runs[-1][0] - size) < SAME and runs[-1][1] == bold and not _not_a_heading(text) \
                and not _not_a_heading(runs[-1][2][-1]):
            runs[-1][2].append(text)
        else:
            runs.append((size, bold, [text]))
    return runs


def _not_a_heading(text: str) -> bool:
    """A banner alone, a page number, or a date line (a date and at most three other words)."""
    if _BANNER.match(text) or _PAGE_NUMBER.match(text):
        return True
    dates = printed_dates(text, len(text) + 1)
    if dates:
        rest = text.replace(dates[0].phrase, " ")
        return len(_WORD.findall(rest)) <= 3
    return False


def _is_a_name(run, after, names: set[str]) -> bool:
    """The organisation's name above a heading of four words or more."""
    text = " ".join(run[2])
    if not any(len(_WORD.findall(" ".join(r[2]))) >= 4 for r in after):
        return False
    words = _WORD.findall(text)
    return _fold(text) in names or (len(words) <= 2 and not any(w.isdigit() for w in words))


def _fold(s: str) -> str:
    return " ".join(fold(s).split())
