"""Word (.docx) and OpenDocument (.odt) files -> structured text in page-like sections. No Qt.

Read with ``python-docx`` (MIT; its XML parser resolves no entities) and ``odfpy`` (Apache-2.0; it
parses through ``defusedxml``). Nothing in the file is executed (macros are never looked at),
nothing is fetched (linked images and templates are ignored).

:func:`read_office` returns an :class:`OfficeDocument`:

* ``sections``: lists of :class:`Block` (heading, paragraph, list item, table), in reading order,
  including text boxes, footnotes and endnotes (at the end), without deleted tracked changes,
  comments, headers and footers;
* ``pages``: each section as plain text, one index "page" each, so a search hit lands on a stretch
  of a few thousand characters rather than on "the document". Sections follow the document's own
  page breaks (explicit ones, and the layout breaks Word and LibreOffice record when they save);
  a document without any is cut before level 1-2 headings and at paragraph ends, about every
  3,000 characters (one printed page). ``meta["section_kind"]`` says which: ``page`` or ``section``;
* ``meta``: title, author, date (created, else modified), modified, language, subject, keywords,
  links (web addresses of hyperlinks), warnings.

The file is checked as a ZIP archive first (:func:`check_zip`): too many members, a member or a total
that unpacks to more than the limits, or a ratio only a "zip bomb" has, are refused before any XML
is parsed. Old binary ``.doc`` files, and password-protected Word files (which are not ZIP archives),
are refused with a sentence (:func:`refuse_binary`).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from presskit.errors import CorruptError, EncryptedError, TooBigError, UnsupportedError
from presskit.textutil import normalise_text

__all__ = [
    "Block",
    "OfficeDocument",
    "OFFICE_EXTENSIONS",
    "read_office",
    "read_docx",
    "read_odt",
    "check_zip",
    "refuse_binary",
    "block_text",
    "section_text",
    "split_sections",
]

OFFICE_EXTENSIONS = frozenset({"docx", "odt"})
#: Limits checked before parsing: members, unpacked bytes in all and per XML part, unpacked/packed ratio.
MAX_MEMBERS = 10_000
MAX_UNPACKED = 400 * 1024 * 1024
MAX_XML_PART = 64 * 1024 * 1024
MAX_RATIO = 200
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


# --- safety checks ----------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_binary(path: Path, head: bytes) -> None:
    """Raise the sentence for a file that is an OLE container (old .doc, or a password-protected
    .docx, which Word stores encrypted inside one). Returns when ``head`` is not OLE."""
    if not head.startswith(_OLE_MAGIC):
        return
    name = path.name
    try:
        with open(path, "rb") as f:
            sample = f.read(1 << 20)
    except OSError:
        sample = head
    if "EncryptedPackage".encode("utf-16-le") in sample:
        raise EncryptedError(
            f"{name} is password-protected; open it in Word or LibreOffice, save a copy without a "
            "password, and build again.", "OLE EncryptedPackage")
    ext = path.suffix.lower().lstrip(".") or "no extension"
    raise UnsupportedError(
        f"{name} is an old Word document (.{'doc' if ext in ('doc', 'docx', 'dot') else ext}), which presskit "
        "cannot read; open it in Word or LibreOffice, save it as .docx, .odt or PDF, and build again.",
        "OLE compound file")


def check_zip(path: Path) -> zipfile.ZipFile:
    """Open ``path`` as a ZIP archive after checking it cannot unpack into something huge.

    Raises:
        CorruptError: not a ZIP archive, or a damaged one.
        TooBigError: too many members, too many unpacked bytes, or a 'zip bomb' ratio.
        EncryptedError: encrypted members.
    """
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise CorruptError(f"{name} is damaged (it is not a readable ZIP package); re-save it.", str(e)) from e
    try:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise TooBigError(f"{name} holds {len(infos)} parts, more than presskit reads; re-save it.")
        total = 0
        for i in infos:
            if i.flag_bits & 0x1:
                raise EncryptedError(f"{name} is encrypted; save a copy without a password and build again.")
            total += i.file_size
            bomb = i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(1, i.compress_size)
            big_xml = i.filename.lower().endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART
            if bomb or big_xml:
                raise TooBigError(
                    f"{name} unpacks to far more than its size ({i.filename}: {i.file_size / 1e6:.0f} MB); "
                    "it was not opened (a 'zip bomb'?).", f"{i.filename} {i.compress_size} -> {i.file_size}")
        if total > MAX_UNPACKED:
            raise TooBigError(f"{name} unpacks to {total / 1e6:.0f} MB, more than the "
                              f"{MAX_UNPACKED / 1e6:.0f} MB presskit reads; re-save it with smaller images.")
    except BaseException:
        zf.close()
        raise
    return zf


def read_office(path: str | Path) -> OfficeDocument:
    """Read a .docx or .odt file (by its content: a .docx that is really an .odt is read as one)."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise CorruptError(f"{path.name} cannot be read: {e.strerror or e}.", str(e)) from e
    refuse_binary(path, head)
    zf = check_zip(path)
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" in names or any(n.endswith("document.xml") and n.startswith("word/") for n in names):
            fmt = "docx"
        elif "content.xml" in names:
            mime = zf.read("mimetype")[:200].decode("ascii", "replace").strip() if "mimetype" in names else ""
            if mime and not mime.startswith("application/vnd.oasis.opendocument.text"):
                raise UnsupportedError(
                    f"{path.name} is an OpenDocument file of another kind ({mime.rsplit('.', 1)[-1]}); "
                    "only text documents (.odt) are read. Export it as PDF.", mime)
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise EncryptedError(f"{path.name} is password-protected; save a copy without a password "
                                     "and build again.", "manifest:encryption-data")
            fmt = "odt"
        else:
            raise UnsupportedError(
                f"{path.name} is a ZIP package but not a Word or OpenDocument text; export it as PDF.",
                ", ".join(sorted(names)[:10]))
    reader = read_docx if fmt == "docx" else read_odt
    try:
        return reader(path)
    except (CorruptError, TooBigError, EncryptedError, UnsupportedError):
        raise
    except MemoryError:
        raise
    except Exception as e:  # lxml/SAX/odfpy errors on malformed XML
        raise CorruptError(f"{path.name} is damaged and cannot be read ({type(e).__name__}); re-save it.",
                           str(e)[:500]) from e


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


def _finish(fmt: str, blocks: list[Block], props: dict[str, Any], links: list[str], warnings: list[str],
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


# --- .docx ------------------------------------------------------------------------------------------

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


def _int(v: Any, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


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
    return _finish("docx", r.blocks, props, r.links, warnings, by_pages=r.rendered_breaks > 0)


# --- .odt -------------------------------------------------------------------------------------------

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
    return _finish("odt", r.blocks, _odt_meta(doc), r.links, [], by_pages=r.soft_breaks > 0)


READERS: dict[str, Callable[[Path], OfficeDocument]] = {"docx": read_docx, "odt": read_odt}
