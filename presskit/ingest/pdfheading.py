"""The lines at the top of a PDF's first page with their type size and weight, for its title.

Read from the text page that page 1's text comes from (no second parse): ``meta["top_lines"]`` is a
list of ``[size, bold, text]`` in reading order (size in points, rounded to a tenth; bold 1 or 0),
the lines whose top is in the upper :data:`TOP_SHARE` of the page, at most :data:`MAX_LINES`;
``meta["body_type"]`` is ``[size, bold]`` of the page's body, the size and weight that carry the
most characters of page 1. :mod:`presskit.build.heading` decides from them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

#: Lines whose top is in this upper share of page 1 are kept.
TOP_SHARE = 0.6
#: At most this many lines are kept (a page of small print at the top stays small in the record).
MAX_LINES = 40
_BOLD = 16  # PyMuPDF's span flag for a bold font


def top_lines(tp, height: float, out: dict[str, Any]) -> None:
    """Fill ``out`` with ``top_lines`` and ``body_type`` from a PyMuPDF ``TextPage`` of page 1."""
    chars: Counter = Counter()
    lines: list[list] = []
    for block in tp.extractDICT().get("blocks", []):
        for line in block.get("lines", []):
            spans = [s for s in line.get("spans", []) if s.get("text", "").strip()]
            if not spans:
                continue
            for s in spans:
                chars[(round(s["size"], 1), _bold(s))] += len(s["text"].strip())
            if line["bbox"][1] > height * TOP_SHARE or len(lines) >= MAX_LINES:
                continue
            big = max(spans, key=lambda s: (s["size"], len(s["text"])))
            text = " ".join("".join(s["text"] for s in line["spans"]).split())
            lines.append([round(big["size"], 1), int(_bold(big)), text])
    if lines:
        out["top_lines"] = lines
        size, bold = chars.most_common(1)[0][0]
        out["body_type"] = [size, int(bold)]


def _bold(span: dict) -> bool:
    return bool(span.get("flags", 0) & _BOLD) or "bold" in str(span.get("font", "")).lower()
