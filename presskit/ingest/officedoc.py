"""The structure of a Word or OpenDocument text (:class:`Block`, :class:`OfficeDocument`) and how it is
cut into page-like sections; shared by :mod:`presskit.ingest.office` and its two readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from presskit.textutil import normalise_text

__all__ = ["Block", "OfficeDocument", "block_text", "section_text", "split_sections", "finish",
           "SECTION_TARGET", "SECTION_MAX"]

#: Section sizes in characters: aim, and the point past which a section is always cut.
SECTION_TARGET = 3000
SECTION_MAX = 4500
# a heading of level <= this starts a new section once the current one has this many characters
_HEADING_CUT_LEVEL = 2
_HEADING_CUT_MIN = 1200


@dataclass
class Block:
    """One unit of a document's structure.

    Attributes:
        kind: ``heading`` | ``paragraph`` | ``item`` (list item) | ``table``.
        text: the text (empty for tables).
        level: heading level 1-6; list nesting 0-8.
        marker: a list item's bullet or number as shown ("•", "3.").
        rows: a table's cell texts, row by row.
        page_break: a page break stands before this block in the document.
    """

    kind: str
    text: str = ""
    level: int = 0
    marker: str = ""
    rows: list[list[str]] = field(default_factory=list)
    page_break: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind}
        if self.text:
            d["text"] = self.text
        if self.level:
            d["level"] = self.level
        if self.marker:
            d["marker"] = self.marker
        if self.rows:
            d["rows"] = self.rows
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Block":
        return cls(str(d.get("kind", "paragraph")), str(d.get("text", "")), int(d.get("level", 0) or 0),
                   str(d.get("marker", "")), [[str(c) for c in r] for r in d.get("rows", []) if isinstance(r, list)])


@dataclass
class OfficeDocument:
    """A Word or OpenDocument text: its structure in sections, and its properties."""

    format: str  # 'docx' | 'odt'
    sections: list[list[Block]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> list[str]:
        """One plain text per section (what the index holds)."""
        return [section_text(s) for s in self.sections] or [""]


# --- plain text of blocks ---------------------------------------------------------------------------

def block_text(b: Block) -> str:
    """A block as plain text: list items keep their marker and indent, table cells are tab-separated."""
    if b.kind == "table":
        return "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in b.rows)
    if b.kind == "item":
        return "  " * b.level + (b.marker + " " if b.marker else "") + b.text
    return b.text


def section_text(blocks: Iterable[Block]) -> str:
    """Blocks joined: a blank line between paragraphs, none between consecutive list items."""
    out: list[str] = []
    prev = ""
    for b in blocks:
        t = block_text(b)
        if not t.strip():
            continue
        if out:
            out.append("\n" if (b.kind == "item" and prev == "item") else "\n\n")
        out.append(t)
        prev = b.kind
    return "".join(out)


def _size(b: Block) -> int:
    return len(block_text(b)) + 2


def split_sections(blocks: list[Block], *, by_pages: bool) -> list[list[Block]]:
    """Cut ``blocks`` into page-like sections (see the module docstring).

    ``by_pages``: the document records its page breaks, so they alone decide, except that a page
    longer than SECTION_MAX is still cut at paragraph ends.
    """
    sections: list[list[Block]] = []
    cur: list[Block] = []
    size = 0
    for b in blocks:
        n = _size(b)
        cut = False
        if cur:
            if b.page_break:
                cut = True
            elif (not by_pages and b.kind == "heading" and b.level <= _HEADING_CUT_LEVEL
                  and size >= _HEADING_CUT_MIN):
                cut = True
            elif size + n > SECTION_MAX or (not by_pages and size >= SECTION_TARGET):
                cut = True
        if cut:
            sections.append(cur)
            cur, size = [], 0
        if b.kind == "table" and n > SECTION_MAX:
            for part in _split_table(b):
                if cur:
                    sections.append(cur)
                cur, size = [part], _size(part)
            continue
        cur.append(b)
        size += n
    if cur:
        sections.append(cur)
    return sections


def _split_table(b: Block) -> list[Block]:
    parts: list[Block] = []
    rows: list[list[str]] = []
    size = 0
    for r in b.rows:
        n = sum(len(c) + 1 for c in r)
        if rows and size + n > SECTION_TARGET:
            parts.append(Block("table", rows=rows))
            rows, size = [], 0
        rows.append(r)
        size += n
    if rows:
        parts.append(Block("table", rows=rows))
    return parts


def _int(v: Any, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


# --- common finishing -------------------------------------------------------------------------------

def _lang2(value: Any) -> str | None:
    m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z]+)?\s*$", str(value or ""))
    if not m:
        return None
    code = m.group(1).lower()
    return {"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "deu": "de", "ger": "de"}.get(code, code[:2])


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "date") and hasattr(value, "year"):
        try:
            return value.date().isoformat() if hasattr(value, "hour") else value.isoformat()
        except Exception:
            return None
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", str(value))
    if m:
        import datetime as _dt

        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return None


def finish(fmt: str, blocks: list[Block], props: dict[str, Any], links: list[str], warnings: list[str],
            by_pages: bool) -> OfficeDocument:
    for b in blocks:
        b.text = normalise_text(b.text).strip()
        b.rows = [[normalise_text(c).strip() for c in r] for r in b.rows]
    blocks = [b for b in blocks if b.text or any(any(c for c in r) for r in b.rows)]
    meta: dict[str, Any] = {}
    for k in ("title", "author", "subject", "keywords"):
        v = normalise_text(str(props.get(k) or "")).strip()
        if v:
            meta[k] = v[:500]
    if not meta.get("title"):
        first = next((b for b in blocks if b.kind == "heading" and b.level <= 1), None)
        if first is not None and len(first.text) <= 200:
            meta["title"] = first.text
    created, modified = _iso_date(props.get("created")), _iso_date(props.get("modified"))
    if created or modified:
        meta["date"] = created or modified
    if modified:
        meta["modified"] = modified
    lang = _lang2(props.get("language"))
    if lang:
        meta["language"] = lang
    seen: set[str] = set()
    meta["links"] = [u for u in links if not (u in seen or seen.add(u))][:200]
    meta["section_kind"] = "page" if by_pages else "section"
    if warnings:
        meta["warnings"] = warnings
    sections = split_sections(blocks, by_pages=by_pages)
    return OfficeDocument(fmt, sections, meta)


