"""The .docx reader of :mod:`presskit.ingest.office` (python-docx, MIT; its XML parser resolves no
entities). Reading order: body paragraphs and tables, content controls, text boxes after the
paragraph that anchors them, footnotes and endnotes at the end; deleted tracked changes and field
codes left out. Headings from outline levels and (localised) heading styles, list markers from the
numbering part."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from presskit.ingest.officedoc import Block, OfficeDocument, _int, finish

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "{%s}" % _W
_HEADING_NAME = re.compile(r"^(?:heading|titre|t[ií]tulo|überschrift)\s*(\d)$", re.IGNORECASE)


def _w(tag: str) -> str:
    return _WP + tag


class _DocxStyles:
    """Heading levels and list properties of paragraph styles, following ``basedOn``."""

    def __init__(self, document) -> None:
        self.by_id: dict[str, Any] = {}
        try:
            root = document.styles.element
            for st in root.iterchildren(_w("style")):
                sid = st.get(_w("styleId"))
                if sid:
                    self.by_id[sid] = st
            self.default_lang = None
            for lang in root.iter(_w("lang")):
                if lang.getparent() is not None and lang.getparent().getparent() is not None \
                        and lang.getparent().getparent().tag == _w("rPrDefault"):
                    self.default_lang = lang.get(_w("val"))
                    break
        except Exception:
            self.default_lang = None

    def _chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            yield st
            based = st.find(_w("basedOn"))
            sid = based.get(_w("val")) if based is not None else None

    def heading_level(self, sid: str | None) -> int:
        for st in self._chain(sid):
            name_el = st.find(_w("name"))
            name = name_el.get(_w("val")) if name_el is not None else ""
            if name.lower() == "title":
                return 1
            m = _HEADING_NAME.match(name or "")
            if m:
                return max(1, min(6, int(m.group(1))))
            ppr = st.find(_w("pPr"))
            if ppr is not None:
                ol = ppr.find(_w("outlineLvl"))
                if ol is not None:
                    v = _int(ol.get(_w("val")), 9)
                    if v < 9:
                        return min(6, v + 1)
        return 0

    def num(self, sid: str | None) -> tuple[str, int] | None:
        for st in self._chain(sid):
            ppr = st.find(_w("pPr"))
            if ppr is not None and ppr.find(_w("numPr")) is not None:
                numpr = ppr.find(_w("numPr"))
                nid = numpr.find(_w("numId"))
                lvl = numpr.find(_w("ilvl"))
                if nid is not None:
                    return nid.get(_w("val")) or "", _int(lvl.get(_w("val")) if lvl is not None else 0, 0)
        return None


class _DocxNumbering:
    """Bullet or number format per (numId, level), and running counters."""

    def __init__(self, document) -> None:
        self.fmt: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in root.iterchildren(_w("abstractNum")):
            levels = {}
            for lvl in an.iterchildren(_w("lvl")):
                nf = lvl.find(_w("numFmt"))
                levels[_int(lvl.get(_w("ilvl")), 0)] = nf.get(_w("val")) if nf is not None else "decimal"
            abstract[an.get(_w("abstractNumId")) or ""] = levels
        for num in root.iterchildren(_w("num")):
            ref = num.find(_w("abstractNumId"))
            levels = abstract.get(ref.get(_w("val")) if ref is not None else "", {})
            for lvl, f in levels.items():
                self.fmt[(num.get(_w("numId")) or "", lvl)] = f

    def marker(self, num_id: str, level: int) -> str:
        f = self.fmt.get((num_id, level), "bullet")
        if f in ("bullet", "none", ""):
            return "•"
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, 0) + 1
        for (nid, lv) in list(self.counters):  # deeper levels restart
            if nid == num_id and lv > level:
                del self.counters[(nid, lv)]
        n = self.counters[key]
        if f == "lowerLetter":
            return _letters(n) + "."
        if f == "upperLetter":
            return _letters(n).upper() + "."
        if f in ("lowerRoman", "upperRoman"):
            r = _roman(n)
            return (r.lower() if f == "lowerRoman" else r) + "."
        return f"{n}."


def _letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s or "a"


def _roman(n: int) -> str:
    out = ""
    for v, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                   (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += sym
            n -= v
    return out


_SKIP_DOCX = {_w("del"), _w("delText"), _w("instrText"), _w("delInstrText"), _w("commentReference"),
              _w("footnoteReference"), _w("endnoteReference"), _w("pPr"), _w("rPr")}


class _DocxReader:
    def __init__(self, document) -> None:
        self.doc = document
        self.styles = _DocxStyles(document)
        self.numbering = _DocxNumbering(document)
        self.blocks: list[Block] = []
        self.extra: list[Block] = []  # text boxes met inside paragraphs, added after them
        self.links: list[str] = []
        self.rendered_breaks = 0
        self.pending_break = False
        try:
            self.rels = {rid: rel for rid, rel in document.part.rels.items()}
        except Exception:
            self.rels = {}

    # text of a paragraph, with page breaks noticed on the way
    def _para_text(self, p) -> tuple[str, bool, bool]:
        parts: list[str] = []
        before = after = False

        def walk(el) -> None:
            nonlocal before, after
            for ch in el:
                tag = ch.tag
                if not isinstance(tag, str) or tag in _SKIP_DOCX:
                    continue
                if tag == _w("t"):
                    parts.append(ch.text or "")
                elif tag == _w("tab") or tag == _w("ptab"):
                    parts.append("\t")
                elif tag in (_w("br"), _w("cr")):
                    if ch.get(_w("type")) == "page":
                        if "".join(parts).strip():
                            after = True
                        else:
                            before = True
                    else:
                        parts.append("\n")
                elif tag == _w("lastRenderedPageBreak"):
                    self.rendered_breaks += 1
                    if "".join(parts).strip():
                        after = True
                    else:
                        before = True
                elif tag == _w("noBreakHyphen"):
                    parts.append("-")
                elif tag == _w("sym"):
                    parts.append(_sym(ch.get(_w("char"))))
                elif tag == _w("txbxContent"):
                    for sub in ch.iterchildren(_w("p")):
                        t, _b, _a = self._para_text(sub)
                        if t.strip():
                            self.extra.append(Block("paragraph", t))
                elif tag == _w("hyperlink"):
                    rid = ch.get("{%s}id" % _R)
                    rel = self.rels.get(rid) if rid else None
                    if rel is not None and getattr(rel, "is_external", False):
                        url = str(getattr(rel, "target_ref", "") or "")
                        if url.lower().startswith(("http://", "https://")):
                            self.links.append(url)
                    walk(ch)
                else:
                    walk(ch)

        walk(p)
        return "".join(parts), before, after

    def paragraph(self, p) -> None:
        text, brk_before, brk_after = self._para_text(p)
        ppr = p.find(_w("pPr"))
        sid = None
        level = 0
        num = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            sid = ps.get(_w("val")) if ps is not None else None
            if ppr.find(_w("pageBreakBefore")) is not None and ppr.find(_w("pageBreakBefore")).get(_w("val")) \
                    not in ("0", "false"):
                brk_before = True
            ol = ppr.find(_w("outlineLvl"))
            if ol is not None and _int(ol.get(_w("val")), 9) < 9:
                level = min(6, _int(ol.get(_w("val")), 9) + 1)
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                nid, lvl = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
                if nid is not None and nid.get(_w("val")) not in (None, "0"):
                    num = (nid.get(_w("val")) or "", _int(lvl.get(_w("val")) if lvl is not None else 0, 0))
        level = level or self.styles.heading_level(sid)
        if num is None and not level:
            num = self.styles.num(sid)
        if level:
            b = Block("heading", text, level=level)
        elif num is not None and num[0] != "0":
            b = Block("item", text, level=min(8, num[1]), marker=self.numbering.marker(*num))
        else:
            b = Block("paragraph", text)
        b.page_break = brk_before or self.pending_break
        self.pending_break = brk_after
        if ppr is not None and ppr.find(_w("sectPr")) is not None:
            sect = ppr.find(_w("sectPr")).find(_w("type"))
            if sect is None or sect.get(_w("val")) in (None, "nextPage", "oddPage", "evenPage"):
                self.pending_break = True
        self._add(b)

    def _add(self, b: Block) -> None:
        if not b.text.strip() and b.kind != "table":
            if b.page_break:
                self.pending_break = True  # an empty paragraph holding a page break
            return
        self.blocks.append(b)
        if self.extra:
            self.blocks.extend(self.extra)
            self.extra = []

    def table(self, tbl) -> None:
        rows: list[list[str]] = []
        for tr in tbl.iter(_w("tr")):
            if tr.getparent() is not None and tr.getparent() is not tbl and _nearest_tbl(tr) is not tbl:
                continue  # rows of nested tables are read as the cell's text
            cells = []
            for tc in tr.iterchildren(_w("tc")):
                texts = []
                for p in tc.iter(_w("p")):
                    t, _b, _a = self._para_text(p)
                    if t.strip():
                        texts.append(t.strip())
                cells.append(" ".join(texts))
            if any(cells):
                rows.append(cells)
        if rows:
            b = Block("table", rows=rows, page_break=self.pending_break)
            self.pending_break = False
            self._add(b)

    def body(self, el) -> None:
        for ch in el.iterchildren():
            tag = ch.tag
            if tag == _w("p"):
                self.paragraph(ch)
            elif tag == _w("tbl"):
                self.table(ch)
            elif tag in (_w("sdt"), _w("customXml"), _w("sdtContent"), _w("smartTag")):
                self.body(ch.find(_w("sdtContent")) if tag == _w("sdt") and ch.find(_w("sdtContent")) is not None
                          else ch)

    def notes(self) -> list[Block]:
        """Footnotes and endnotes, after the body (under a 'Notes' heading)."""
        out: list[Block] = []
        for part in _related_parts(self.doc, ("footnotes", "endnotes")):
            try:
                from docx.oxml.parser import parse_xml

                root = parse_xml(part.blob)
            except Exception:
                continue
            for note in root:
                if _int(note.get(_w("id")), 0) <= 0:
                    continue  # separators
                texts = [self._para_text(p)[0].strip() for p in note.iter(_w("p"))]
                t = " ".join(x for x in texts if x)
                if t:
                    out.append(Block("paragraph", t))
        return out


def _nearest_tbl(el):
    p = el.getparent()
    while p is not None and p.tag != _w("tbl"):
        p = p.getparent()
    return p


def _sym(code: str | None) -> str:
    try:
        cp = int(code or "", 16)
        if 0xF000 <= cp <= 0xF0FF:  # symbol-font private use area: bullets and the like
            return "•" if cp in (0xF0B7, 0xF0A7, 0xF06C) else ""
        return chr(cp)
    except ValueError:
        return ""


def _related_parts(document, kinds: tuple[str, ...]):
    try:
        rels = document.part.rels.values()
    except Exception:
        return []
    out = []
    for rel in rels:
        rt = str(getattr(rel, "reltype", ""))
        if any(rt.endswith("/" + k) for k in kinds) and not getattr(rel, "is_external", False):
            try:
                out.append(rel.target_part)
            except Exception:
                continue
    return out


def read_docx(path: Path) -> OfficeDocument:
    """A .docx file's structure and properties (see the module docstring)."""
    import docx

    document = docx.Document(str(path))
    r = _DocxReader(document)
    r.body(document.element.body)
    notes = r.notes()
    if notes:
        r.blocks.append(Block("heading", "Notes", level=2))
        r.blocks.extend(notes)
    props: dict[str, Any] = {}
    warnings: list[str] = []
    try:
        cp = document.core_properties
        props = {"title": cp.title, "author": cp.author or cp.last_modified_by, "subject": cp.subject,
                 "keywords": cp.keywords, "created": cp.created, "modified": cp.modified,
                 "language": cp.language or r.styles.default_lang}
    except Exception as e:  # malformed docProps/core.xml: the text still counts
        warnings.append(f"the document properties of {path.name} are damaged and were ignored ({e}).")
        props = {"language": r.styles.default_lang}
    return finish("docx", r.blocks, props, r.links, warnings, by_pages=r.rendered_breaks > 0)


