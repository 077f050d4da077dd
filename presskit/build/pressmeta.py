"""The organisation's saved press pages in a build (see :mod:`presskit.ingest.webpage`).

Before any file is read, the builder looks for saved press pages among the kit's files. What they
say becomes hints for the items (:class:`~presskit.ingest.webpage.Hint`, each with its reason): link
texts are titles, list headings are kinds, the text next to a photo is its caption and credit. The
pages' web links join the kit's links (after those of ``kit.toml``), and the pages' own files
(styles, scripts, icons) are left out of the kit.

How hints weigh against the rest, from weakest to strongest: the file's name and folders, what the
file says of itself (PDF/Word metadata, photo XMP/IPTC/EXIF), the press page, a photo's sidecar
file, ``kit.toml``. The item records each hint it took in ``Item.why`` (field -> reason), as
:mod:`presskit.build.evidence` does for the values it decides.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from ..ingest.record import Extracted
from ..ingest.webpage import Hint, find_press_pages
from ..kit.format import KitToml
from ..model import Item, Link

#: Fields a press page may set, and the item attribute each goes to.
HINT_FIELDS = ("title", "kind", "date", "language", "caption", "credit")


@dataclass
class PressHints:
    """What the saved press pages of a kit say (see the module docstring)."""

    pages: list[str] = field(default_factory=list)
    hints: dict[str, list[Hint]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    assets: set[str] = field(default_factory=set)

    def fingerprint(self) -> str:
        """What the pages say of the items (part of a build's inputs: an item is made again when
        the press page says something else of it)."""
        return json.dumps({rel: [asdict(h) for h in hs] for rel, hs in sorted(self.hints.items())},
                          ensure_ascii=False, default=str)


def read_press_pages(src: Path, rels: Sequence[str], kt: KitToml) -> PressHints:
    """Read the press pages among ``rels``; their web links are added to ``kt.info.links``."""
    out = PressHints()
    try:
        pages = find_press_pages(src, rels)
    except Exception:  # noqa: BLE001 - a page that cannot be understood is read as plain HTML
        return out
    known = {link.url for link in kt.info.links}
    for page in pages:
        out.pages.append(page.path)
        if page.text.strip():
            out.texts[page.path] = page.text
        for rel, hints in page.hints.items():
            out.hints.setdefault(rel, []).extend(hints)
        out.assets |= page.assets
        for label, url in page.links:
            if url not in known:
                known.add(url)
                kt.info.links.append(Link(label, url))
    return out


def apply_hints(item: Item, ex: Extracted, hints: Iterable[Hint], overridden: Iterable[str]) -> None:
    """Give ``item`` what the press pages say of it, unless ``kit.toml`` sets the field
    (``overridden``) or, for a photo's caption and credit, its sidecar file does."""
    overridden = set(overridden)
    sidecar = bool(ex.meta.get("sidecar"))
    taken: set[str] = set()
    for h in hints:
        if h.field not in HINT_FIELDS or h.field in overridden or h.field in taken:
            continue
        if h.field in ("caption", "credit") and (sidecar or not item.is_photo):
            continue
        if h.field == "kind" and (h.value == "photo") != item.is_photo:
            continue
        if h.field == "date" and item.is_photo and item.date:
            continue  # a photo's own date (EXIF) beats the date of the page that shows it
        setattr(item, h.field, h.value)
        item.why[h.field] = f"{h.reason} ({h.source})"
        taken.add(h.field)
        if h.field == "date":
            item.date_source = "press-page"
