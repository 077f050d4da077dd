"""The .odt reader of :mod:`presskit.ingest.office` (odfpy, Apache-2.0; it parses with defusedxml).
Headings, paragraphs (the "Title" style as a heading), nested lists with bullets or numbers from
their list styles, tables, sections and text frames; notes at the end; tracked changes, comments and
generated indexes left out. Page breaks from ``fo:break-before`` styles and LibreOffice's recorded
``text:soft-page-break``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from presskit.errors import UnsupportedError
from presskit.ingest.officedoc import Block, OfficeDocument, _int, finish

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
_DC = "http://purl.org/dc/elements/1.1/"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_SKIP_ODT = {(_TEXT, "tracked-changes"), (_OFFICE, "annotation"), (_OFFICE, "annotation-end"),
             (_TEXT, "table-of-content"), (_TEXT, "alphabetical-index"), (_TEXT, "illustration-index"),
             (_TEXT, "note-citation"), (_TEXT, "sequence-decls"), (_TEXT, "variable-decls"),
             (_TEXT, "bookmark-ref"), (_DRAW, "image")}


def _attr(el, ns: str, name: str) -> str | None:
    try:
        return el.attributes.get((ns, name))
    except AttributeError:
        return None


class _OdtReader:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.blocks: list[Block] = []
        self.notes: list[Block] = []
        self.links: list[str] = []
        self.soft_breaks = 0
        self.pending_break = False
        self.break_styles, self.numbered_lists = _odt_styles(doc)
        self.counters: dict[tuple[int, int], int] = {}

    def text(self, el) -> str:
        parts: list[str] = []

        def walk(node) -> None:
            for ch in node.childNodes:
                if ch.nodeType == ch.TEXT_NODE:
                    parts.append(str(ch.data))
                    continue
                q = getattr(ch, "qname", None)
                if q in _SKIP_ODT:
                    continue
                if q == (_TEXT, "s"):
                    parts.append(" " * max(1, min(100, _int(_attr(ch, _TEXT, "c"), 1))))
                elif q == (_TEXT, "tab"):
                    parts.append("\t")
                elif q == (_TEXT, "line-break"):
                    parts.append("\n")
                elif q == (_TEXT, "soft-page-break"):
                    self.soft_breaks += 1
                elif q == (_TEXT, "note"):
                    body = next((c for c in ch.childNodes if getattr(c, "qname", None) == (_TEXT, "note-body")), None)
                    if body is not None:
                        t = " ".join(self.text(p).strip() for p in body.childNodes if getattr(p, "qname", None))
                        if t.strip():
                            self.notes.append(Block("paragraph", t.strip()))
                elif q == (_DRAW, "frame") or q == (_DRAW, "text-box"):
                    self.frames.append(ch)
                else:
                    if q == (_TEXT, "a"):
                        href = _attr(ch, _XLINK, "href") or ""
                        if href.lower().startswith(("http://", "https://")):
                            self.links.append(href)
                    walk(ch)

        walk(el)
        return "".join(parts)

    def _para(self, el, kind: str, level: int = 0, marker: str = "") -> None:
        self.frames: list = []
        soft = self.soft_breaks
        t = self.text(el)
        style = _attr(el, _TEXT, "style-name") or ""
        b = Block(kind, t, level=level, marker=marker)
        b.page_break = self.pending_break or style in self.break_styles or self.soft_breaks > soft
        self.pending_break = False
        frames = self.frames
        if t.strip():
            self.blocks.append(b)
        elif b.page_break:
            self.pending_break = True
        for fr in frames:  # text boxes anchored in this paragraph
            self.body(fr)

    def list_(self, el, level: int, numbered: bool | None = None) -> None:
        style = _attr(el, _TEXT, "style-name")
        if numbered is None or style:
            numbered = self.numbered_lists.get((style or "", level), bool(numbered))
        key = (id(el), level)
        for item in el.childNodes:
            if getattr(item, "qname", None) not in ((_TEXT, "list-item"), (_TEXT, "list-header")):
                continue
            first = True
            for ch in item.childNodes:
                q = getattr(ch, "qname", None)
                if q in ((_TEXT, "p"), (_TEXT, "h")):
                    if first:
                        self.counters[key] = self.counters.get(key, 0) + 1
                        marker = f"{self.counters[key]}." if numbered else "•"
                        self._para(ch, "item", level=min(8, level), marker=marker)
                        first = False
                    else:
                        self._para(ch, "item", level=min(8, level))
                elif q == (_TEXT, "list"):
                    self.list_(ch, level + 1, numbered)
                else:
                    self.body_one(ch)

    def table(self, el) -> None:
        rows: list[list[str]] = []

        def walk_rows(node) -> None:
            for ch in node.childNodes:
                q = getattr(ch, "qname", None)
                if q == (_TABLE, "table-row"):
                    cells = []
                    for c in ch.childNodes:
                        if getattr(c, "qname", None) == (_TABLE, "table-cell"):
                            cells.append(" ".join(self.text(p).strip() for p in c.childNodes
                                                  if getattr(p, "qname", None)).strip())
                    if any(cells):
                        rows.append(cells)
                elif q in ((_TABLE, "table-header-rows"), (_TABLE, "table-rows"), (_TABLE, "table-row-group")):
                    walk_rows(ch)

        self.frames = []
        walk_rows(el)
        if rows:
            self.blocks.append(Block("table", rows=rows, page_break=self.pending_break))
            self.pending_break = False

    def body_one(self, ch) -> None:
        q = getattr(ch, "qname", None)
        if q == (_TEXT, "h"):
            self._para(ch, "heading", level=max(1, min(6, _int(_attr(ch, _TEXT, "outline-level"), 1))))
        elif q == (_TEXT, "p"):
            style = (_attr(ch, _TEXT, "style-name") or "").lower()
            self._para(ch, "heading" if style == "title" else "paragraph", level=1 if style == "title" else 0)
        elif q == (_TEXT, "list"):
            self.list_(ch, 0)
        elif q == (_TABLE, "table"):
            self.table(ch)
        elif q == (_TEXT, "soft-page-break"):
            self.soft_breaks += 1
            self.pending_break = True
        elif q in _SKIP_ODT:
            return
        elif q is not None:
            self.body(ch)  # sections, frames, text boxes, change wrappers

    def body(self, el) -> None:
        for ch in el.childNodes:
            self.body_one(ch)


def _odt_styles(doc) -> tuple[set[str], dict[tuple[str, int], bool]]:
    """Paragraph styles that break the page before, and (list style, level) -> numbered."""
    breaks: set[str] = set()
    numbered: dict[tuple[str, int], bool] = {}
    for container in (getattr(doc, "automaticstyles", None), getattr(doc, "styles", None)):
        if container is None:
            continue
        for st in container.childNodes:
            q = getattr(st, "qname", None)
            if q == (_STYLE, "style"):
                for pp in st.childNodes:
                    if getattr(pp, "qname", None) == (_STYLE, "paragraph-properties") and \
                            _attr(pp, _FO, "break-before") == "page":
                        breaks.add(_attr(st, _STYLE, "name") or "")
            elif q == (_TEXT, "list-style"):
                name = _attr(st, _STYLE, "name") or ""
                for lv in st.childNodes:
                    lq = getattr(lv, "qname", None)
                    if lq and lq[1].startswith("list-level-style"):
                        numbered[(name, _int(_attr(lv, _TEXT, "level"), 1) - 1)] = lq[1] == "list-level-style-number"
    return breaks, numbered


def _odt_meta(doc) -> dict[str, Any]:
    props: dict[str, Any] = {}
    want = {(_DC, "title"): "title", (_DC, "creator"): "modified_by", (_META, "initial-creator"): "author",
            (_DC, "date"): "modified", (_META, "creation-date"): "created", (_DC, "language"): "language",
            (_DC, "subject"): "subject", (_DC, "description"): "description"}
    keywords: list[str] = []
    meta = getattr(doc, "meta", None)
    for el in (meta.childNodes if meta is not None else []):
        q = getattr(el, "qname", None)
        val = "".join(str(c.data) for c in el.childNodes if c.nodeType == c.TEXT_NODE).strip()
        if q == (_META, "keyword") and val:
            keywords.append(val)
        elif q in want and val:
            props[want[q]] = val
    props["author"] = props.get("author") or props.get("modified_by")
    if keywords:
        props["keywords"] = ", ".join(keywords)
    if not props.get("language"):
        for st in (doc.styles.childNodes if getattr(doc, "styles", None) is not None else []):
            if getattr(st, "qname", None) == (_STYLE, "default-style"):
                for tp in st.childNodes:
                    lang = _attr(tp, _FO, "language")
                    if lang and lang.lower() not in ("zxx", "none"):
                        props["language"] = lang
                        break
            if props.get("language"):
                break
    return props


def read_odt(path: Path) -> OfficeDocument:
    """An .odt file's structure and properties (see the module docstring)."""
    from odf import opendocument

    doc = opendocument.load(str(path))
    body = getattr(doc, "text", None)
    if body is None:
        raise UnsupportedError(f"{path.name} is not an OpenDocument text; export it as PDF.")
    r = _OdtReader(doc)
    r.frames = []
    r.body(body)
    if r.notes:
        r.blocks.append(Block("heading", "Notes", level=2))
        r.blocks.extend(r.notes)
    return finish("odt", r.blocks, _odt_meta(doc), r.links, [], by_pages=r.soft_breaks > 0)


