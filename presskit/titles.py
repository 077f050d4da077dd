"""The title a person sees for an item: its own, or for a photo named by a camera code, its caption's lead.

A photo's title is made from its file name when nothing better is known, and cameras name files with
codes (``DSC_0193.JPG``, ``RevCon8_Opening-Plenary_16Nov2026_001.jpg``). Such a title says nothing, so
the viewer shows the first words of the caption instead: up to the first comma or full stop, at most
about 70 characters, cut at a word.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .model import Item

#: File-name prefixes cameras and phones use.
CAMERA_PREFIXES = frozenset("img dsc dscn dscf dsc_ pxl dji gopr mvi sam cimg pict wp vid p imag photo image "
                            "scan screenshot capture".split())
MAX_TITLE = 70
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def looks_like_code(title: str) -> bool:
    """Whether ``title`` is a camera or archive code rather than words (``DSC 0193``, ``Plenary 001``)."""
    tokens = _TOKEN.findall(title)
    if not tokens:
        return True
    if tokens[0].lower() in CAMERA_PREFIXES and len(tokens) > 1 and tokens[1].isdigit():
        return True
    for t in tokens:
        if t.isdigit() and len(t) >= 3 and not (len(t) == 4 and t[:2] in ("19", "20")):
            return True  # a sequence number (001, 0193), not a year
    return not any(len(t) >= 3 and not t.isdigit() for t in tokens)


def caption_lead(caption: str, limit: int = MAX_TITLE) -> str:
    """The first words of a caption: up to its first comma or sentence end, cut at a word if long."""
    text = " ".join(caption.split())
    m = re.search(r"[,;:.!?](\s|$)|\s[–—-]\s", text)
    lead = text[:m.start()] if m and m.start() >= 12 else text
    if len(lead) > limit:
        cut = lead[:limit].rsplit(" ", 1)[0]
        lead = cut.rstrip(",;:") + "…"
    return lead


def display_title(item: Item) -> str:
    """What to call ``item`` on screen: its title, a photo's caption lead when the title is a code,
    else its file name."""
    title = (item.title or "").strip()
    if item.is_photo and item.caption.strip() and (not title or looks_like_code(title)):
        return caption_lead(item.caption)
    return title or PurePosixPath(item.path).name
