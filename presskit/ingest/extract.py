"""One source file -> :class:`Extracted`: page texts, metadata and a thumbnail. No Qt, no network.

:func:`extract` picks a reader from the file's first bytes (magic) and its extension, and raises a
:class:`presskit.errors.ExtractError` subclass with a sentence a person can act on when it cannot read
the file. Readers:

* PDF (PyMuPDF): text per page with ligatures expanded, then :func:`presskit.textutil.normalise_text`
  (which also rejoins words hyphenated at line ends); metadata; web links from link annotations and
  from the text. JavaScript is never run, embedded files never extracted.
* HTML (stdlib ``html.parser``): visible text, ``<title>``/first ``<h1>``, ``<html lang>``, links. Nothing
  is fetched (images, scripts and styles are ignored).
* Markdown: text with markup stripped, title from the first ``# `` heading, links collected.
* Plain text: UTF-8, UTF-8/UTF-16 with BOM, else cp1252.
* Photos (JPEG, PNG, TIFF, WebP, GIF, BMP; Pillow): caption, credit, copyright, date, size after EXIF
  orientation, a JPEG thumbnail (long side <= 320 px).

Extractors are looked up in :data:`EXTRACTORS` (``media -> function``); :func:`register_extractor`
adds one for an extension (tests use it to make files that hang or crash a worker).
"""

from __future__ import annotations

import html
import io
import json
import re
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

from presskit.errors import (
    CorruptError,
    EmptyError,
    EncryptedError,
    ExtractError,
    TooBigError,
    UnsupportedError,
)
from presskit.textutil import normalise_text

__all__ = [
    "Extracted",
    "extract",
    "register_extractor",
    "EXTRACTORS",
    "MAX_IMAGE_PIXELS",
    "THUMB_SIZE",
    "sniff",
]

#: Photos larger than this many pixels are refused (a "decompression bomb" can claim billions). Kept under
#: Pillow's own hard limit (2 x Image.MAX_IMAGE_PIXELS, ~179 MP) so the message is always ours.
MAX_IMAGE_PIXELS = 150_000_000
#: Long side of thumbnails, in pixels.
THUMB_SIZE = 320


@dataclass
class Extracted:
    """What one file holds.

    Attributes:
        media: 'pdf' | 'html' | 'markdown' | 'text' | 'image'.
        pages: normalised page texts; one entry for text documents; for photos one entry, the caption.
        meta: known keys among title, author, subject, keywords, date (ISO), language, caption, credit,
            copyright, width, height, links, speakers, warnings (list of sentences), truncated (bool).
        status: 'ok' or 'no-text' (a PDF without any text layer: it is listed but cannot be searched).
        thumbnail: JPEG bytes (long side <= 320 px) for photos, else None.
    """

    media: str
    pages: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"
    thumbnail: bytes | None = None


Extractor = Callable[[Path, "_Limits"], Extracted]


@dataclass
class _Limits:
    max_bytes: int
    max_pages: int


# --- dispatch ---------------------------------------------------------------------------------------

_EXT_MEDIA = {
    "pdf": "pdf",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "md": "markdown",
    "markdown": "markdown",
    "txt": "text",
    "text": "text",
    "jpg": "image",
    "jpeg": "image",
    "jpe": "image",
    "png": "image",
    "tif": "image",
    "tiff": "image",
    "webp": "image",
    "gif": "image",
    "bmp": "image",
}

#: extension (lower case, no dot) -> extractor, consulted before the built-in readers.
_CUSTOM: dict[str, Extractor] = {}


def register_extractor(ext: str, func: Extractor) -> None:
    """Use ``func(path, limits) -> Extracted`` for files ending in ``.ext`` (tests and plug-ins)."""
    _CUSTOM[ext.lower().lstrip(".")] = func


def sniff(head: bytes) -> str | None:
    """The media type that the first bytes of a file say, or None if they say nothing clear."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff") or head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[:6] in (b"GIF87a", b"GIF89a") or head[:2] == b"BM":
        return "image" if head[:2] != b"BM" or len(head) > 26 else None
    if head[:4] in (b"PK\x03\x04",) or head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "office"  # zip container (docx, odt, ...) or OLE (doc, xls)
    low = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or (
        low.startswith(b"<") and (b"<html" in low or b"<body" in low or b"<head" in low)
    ):
        return "html"
    return None


def extract(path: Path, *, max_bytes: int = 512 * 1024 * 1024, max_pages: int = 20000) -> Extracted:
    """Read one file.

    Raises:
        EmptyError: the file has 0 bytes.
        TooBigError: the file is larger than ``max_bytes`` or a photo has too many pixels.
        UnsupportedError: the type is unknown (the message names the extension).
        EncryptedError: a password-protected PDF.
        CorruptError: the file cannot be opened or repaired.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractError(f"{name} cannot be read: {e.strerror or e}.", str(e)) from e
    if size == 0:
        raise EmptyError(f"{name} is empty (0 bytes); replace it with the real file.")
    if size > max_bytes:
        raise TooBigError(
            f"{name} is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB limit; "
            "split it or raise the limit.", f"{size} bytes"
        )
    ext = path.suffix.lower().lstrip(".")
    limits = _Limits(max_bytes, max_pages)
    if ext in _CUSTOM:
        return _CUSTOM[ext](path, limits)
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise ExtractError(f"{name} cannot be read: {e.strerror or e}.", str(e)) from e

    by_ext = _EXT_MEDIA.get(ext)
    by_magic = sniff(head)
    warn: list[str] = []
    if by_magic == "office":
        raise UnsupportedError(
            f"{name} is an office document (.{ext or 'no extension'}) that presskit cannot read; "
            "export it as PDF.", "zip/OLE container"
        )
    if by_ext is None:
        if by_magic is None:
            label = f".{ext} files" if ext else "files without an extension"
            raise UnsupportedError(
                f"{name}: {label} are not supported; use PDF, HTML, Markdown, plain text or "
                "JPEG/PNG/TIFF/WebP photos.", f"extension {ext!r}"
            )
        media = by_magic
        warn.append(f"{name} has no known extension; it was read as {media} from its content.")
    elif by_magic is not None and by_magic != by_ext:
        media = by_magic
        warn.append(f"{name} is named .{ext} but is really {media}; it was read as {media}.")
    else:
        media = by_ext
    if media == "pdf" and by_magic != "pdf":
        raise CorruptError(
            f"{name} is not a PDF (it does not start with %PDF); re-export or replace the file.",
            repr(head[:32]),
        )
    if media == "image" and by_magic != "image":
        raise CorruptError(
            f"{name} is not a readable photo (its first bytes match no image format); replace the file.",
            repr(head[:32]),
        )
    if media in ("text", "markdown") and b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedError(f"{name} looks like a binary file, not text; it cannot be read as .{ext}.")
    result = EXTRACTORS[media](path, limits)
    if warn:
        result.meta.setdefault("warnings", []).extend(warn)
    return result


# --- shared helpers ---------------------------------------------------------------------------------

_URL_RE = re.compile(r"\bhttps?://[^\s<>\"'\]\[)(}{|\\^`]+", re.IGNORECASE)


def _urls_in(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL_RE.findall(text)]


def _dedupe(items) -> list:
    seen: set = set()
    out = []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _pdf_date(s: str | None) -> str | None:
    """'D:20261116093000+01'00'' -> '2026-11-16'."""
    if not s:
        return None
    m = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", s.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    import datetime as _dt

    try:
        if y < 1900:
            return None
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


# --- PDF --------------------------------------------------------------------------------------------

_pymupdf = None


def _mupdf():
    global _pymupdf
    if _pymupdf is None:
        import pymupdf

        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        _pymupdf = pymupdf
    return _pymupdf


def _pdf_flags(m) -> int:
    """PyMuPDF's default text flags minus TEXT_PRESERVE_LIGATURES, so "ﬁ" comes out as "fi".

    TEXT_DEHYPHENATE is not used: in plain-text output it changed nothing in our tests, where it does act
    it also joins compounds such as "Franco-\\nGerman", and HTML/Markdown/text files need the same rule
    anyway; :func:`presskit.textutil.normalise_text` rejoins hyphenated words for every medium.
    """
    return m.TEXTFLAGS_TEXT & ~m.TEXT_PRESERVE_LIGATURES


def _extract_pdf(path: Path, limits: _Limits) -> Extracted:
    m = _mupdf()
    name = path.name
    m.TOOLS.reset_mupdf_warnings()
    try:
        doc = m.open(str(path), filetype="pdf")
    except Exception as e:  # MuPDF raises its own types (FileDataError, RuntimeError...)
        raise CorruptError(f"{name} cannot be opened as a PDF; it is damaged. Re-export it.", str(e)) from e
    with doc:
        if doc.needs_pass:
            raise EncryptedError(
                f"{name} is password-protected; it is listed but not searchable. "
                "Ask for a copy without a password.", "needs_pass"
            )
        try:
            n = doc.page_count
        except Exception as e:
            raise CorruptError(f"{name} cannot be opened as a PDF; it is damaged. Re-export it.", str(e)) from e
        if n == 0:
            raise CorruptError(
                f"{name} is damaged: no page could be recovered from it. Re-export or replace it.",
                "0 pages after repair",
            )
        warn: list[str] = []
        meta: dict[str, Any] = {}
        if n > limits.max_pages:
            warn.append(f"{name} has {n} pages; only the first {limits.max_pages} were read.")
            meta["truncated"] = True
        flags = _pdf_flags(m)
        pages: list[str] = []
        links: list[str] = []
        for i in range(min(n, limits.max_pages)):
            try:
                page = doc.load_page(i)
                raw = page.get_text("text", flags=flags)
            except Exception as e:
                warn.append(f"page {i + 1} of {name} could not be read ({e}); it is left empty.")
                pages.append("")
                continue
            pages.append(normalise_text(raw))
            try:
                # walking the link chain is ~4x cheaper than page.get_links(), which resolves every
                # internal destination
                lk = page.first_link
                while lk is not None:
                    uri = lk.uri if lk.is_external else None
                    if uri and uri.lower().startswith(("http://", "https://")):
                        links.append(uri)
                    lk = lk.next
            except Exception:  # a broken annotation must not lose the page text
                pass
        for t in pages:
            if "http" in t or "HTTP" in t:
                links.extend(_urls_in(t))
        try:
            md = doc.metadata or {}
        except Exception:
            md = {}
        for k in ("title", "author", "subject", "keywords"):
            v = (md.get(k) or "").strip()
            if v:
                meta[k] = normalise_text(v)
        d = _pdf_date(md.get("creationDate")) or _pdf_date(md.get("modDate"))
        if d:
            meta["date"] = d
        try:
            lang = doc.language
            if lang:
                meta["language"] = lang.split("-")[0].lower()[:2]
        except Exception:
            pass
        meta["links"] = _dedupe(links)
        meta["page_count"] = n
        status = "ok" if any(p.strip() for p in pages) else "no-text"
        if status == "no-text":
            warn.append(f"{name} has no text layer (a scan?); it is listed but its words cannot be searched.")
        # No first-page thumbnail: the viewer renders pages itself, and drawing one cost 40% on top
        # of text extraction on text-only PDFs (measured on bench/make_large_kit.py output).
        thumb = None
        mw = m.TOOLS.mupdf_warnings()
        if mw:
            meta["mupdf_warnings"] = mw[:2000]
        if warn:
            meta["warnings"] = warn
        return Extracted("pdf", pages, meta, status, thumb)


# --- HTML -------------------------------------------------------------------------------------------

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "dl", "figure", "figcaption",
    "main", "aside", "nav", "address", "td", "th", "caption", "form", "fieldset", "details", "summary",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head"}


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.h1: list[str] | None = None
        self.h1_done = False
        self.lang: str | None = None
        self.links: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        if tag == "title":
            self.in_title = True
            return
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key in ("author", "description", "keywords", "dc.date", "date", "article:published_time",
                       "og:title", "dc.title"):
                self.meta[key] = a.get("content", "")
            return
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "a":
            href = a.get("href", "").strip()
            if href.lower().startswith(("http://", "https://")):
                self.links.append(href)
        if tag == "h1" and not self.h1_done and self.h1 is None:
            self.h1 = []
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP and tag not in ("meta",):
            self.skip = max(0, self.skip - 1)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "h1" and self.h1 is not None and not self.h1_done:
            self.h1_done = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        if self.h1 is not None and not self.h1_done:
            self.h1.append(data)
        self.parts.append(data)


def _collapse(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    blank = False
    for ln in lines:
        if not ln:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(ln)
    return "\n".join(out)


def _decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes: BOMs first, then UTF-8, then cp1252 (latin-1 as the last resort)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _decode_html(data: bytes) -> str:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.IGNORECASE)
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii").lower()
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_text(data)[0]


def _extract_html(path: Path, limits: _Limits) -> Extracted:
    data = path.read_bytes()
    text = _decode_html(data)
    p = _HTMLText()
    try:
        p.feed(text)
        p.close()
    except Exception as e:  # html.parser is lenient; this is belt and braces
        raise CorruptError(f"{path.name} is not readable HTML; re-export it.", str(e)) from e
    body = normalise_text(_collapse("".join(p.parts)))
    meta: dict[str, Any] = {}
    title = _collapse(" ".join(p.title)).replace("\n", " ").strip()
    if not title and p.h1:
        title = _collapse(" ".join(p.h1)).replace("\n", " ").strip()
    if not title and p.meta.get("og:title"):
        title = p.meta["og:title"].strip()
    if title:
        meta["title"] = normalise_text(title)
    if p.lang:
        meta["language"] = p.lang.split("-")[0].strip().lower()[:2] or None
    if p.meta.get("author"):
        meta["author"] = p.meta["author"].strip()
    if p.meta.get("keywords"):
        meta["keywords"] = p.meta["keywords"].strip()
    if p.meta.get("description"):
        meta["subject"] = p.meta["description"].strip()
    for k in ("dc.date", "date", "article:published_time"):
        if p.meta.get(k):
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", p.meta[k].strip())
            if m:
                meta["date"] = m.group(0)
                break
    meta["links"] = _dedupe(p.links + _urls_in(body))
    return Extracted("html", [body], meta)


# --- Markdown and plain text ------------------------------------------------------------------------

_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MD_EMPH = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$", re.MULTILINE)
_MD_FRONT = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _strip_markdown(src: str) -> tuple[str, str | None, list[str], dict[str, str]]:
    front: dict[str, str] = {}
    m = _MD_FRONT.match(src)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                front[k.strip().lower()] = v.strip().strip("\"'")
        src = src[m.end():]
    links: list[str] = []

    def link(mm: re.Match[str]) -> str:
        url = mm.group(3)
        if url.lower().startswith(("http://", "https://")) and not mm.group(1):
            links.append(url)
        return mm.group(2)

    title = None
    hm = _MD_HEADING.search(src)
    if hm and re.match(r"^\s{0,3}#\s", src[hm.start():]):
        title = hm.group(1)
    t = _MD_FENCE.sub("", src)
    t = _MD_LINK.sub(link, t)
    t = _MD_AUTOLINK.sub(lambda mm: (links.append(mm.group(1)), mm.group(1))[1], t)
    for mm in _MD_REFDEF.finditer(t):
        if mm.group(1).lower().startswith(("http://", "https://")):
            links.append(mm.group(1))
    t = _MD_REFDEF.sub("", t)
    t = _MD_HEADING.sub(lambda mm: mm.group(1), t)
    t = _MD_RULE.sub("", t)
    t = _MD_SETEXT.sub("", t)
    t = _MD_QUOTE.sub("", t)
    t = _MD_LIST.sub(r"\1", t)
    t = _MD_CODE.sub(r"\1", t)
    for _ in range(2):
        t = _MD_EMPH.sub(r"\2", t)
    t = _MD_TAG.sub("", t)
    t = html.unescape(t)
    if title:
        title = _MD_EMPH.sub(r"\2", _MD_LINK.sub(lambda mm: mm.group(2), title)).strip()
    return t, title, links, front


def _extract_markdown(path: Path, limits: _Limits) -> Extracted:
    text, enc = _decode_text(path.read_bytes())
    body, title, links, front = _strip_markdown(text.replace("\r\n", "\n"))
    body = normalise_text(_collapse(body))
    meta: dict[str, Any] = {}
    title = front.get("title") or title
    if title:
        meta["title"] = normalise_text(title)
    for k in ("author", "language", "lang", "date", "keywords", "subject"):
        if front.get(k):
            meta["language" if k == "lang" else k] = front[k]
    if "date" in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["date"])):
        meta.pop("date")
    meta["links"] = _dedupe(links + _urls_in(body))
    meta["encoding"] = enc
    return Extracted("markdown", [body], meta)


def _extract_text(path: Path, limits: _Limits) -> Extracted:
    text, enc = _decode_text(path.read_bytes())
    body = normalise_text(text)
    meta: dict[str, Any] = {"encoding": enc}
    for line in body.splitlines():
        if line.strip():
            meta["title"] = line.strip()[:200]
            break
    meta["links"] = _dedupe(_urls_in(body))
    return Extracted("text", [body], meta)


# --- photos -----------------------------------------------------------------------------------------

_JUNK_RE = re.compile(
    r"^(?:(?:[a-z]+\s+)?digital\s+camera|.*\bdigital\s+camera\b.*|sony\s+dsc|olympus\s+digital\s+camera|"
    r"default|untitled(?:\s+image)?|image|picture|photo|description|copyright|none|null|n/?a|"
    r"file\s+written\s+by\s+adobe\s+photoshop.*|created\s+with\s+.*|(?:\(c\)|©)?\s*by\s+\S+\s+user|"
    r"lead\s+technologies.*|minolta\s+dsc|exif_jpeg_\d+|ascii|unicode|"
    r"(?:img|dsc|dscn|dscf|p|pict|sam|imag)[_-]?\d+(?:\.\w+)?|"
    r"[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",  # hashes, UUIDs
    re.IGNORECASE,
)


def _clean_meta_text(v: Any, camera: tuple[str, ...] = ()) -> str:
    """A metadata string, or "" when it is missing or camera junk."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        v = v[0] if v else ""
    if isinstance(v, bytes):
        v = _decode_meta_bytes(v)
    s = str(v).replace("\x00", " ")
    s = re.sub(r"[\x01-\x08\x0b-\x1f\x7f]", "", s)
    s = re.sub(r"[ \t]+", " ", s).strip()
    if not s or not any(c.isalnum() for c in s):
        return ""
    if _JUNK_RE.match(s):
        return ""
    low = s.lower()
    for c in camera:
        if c and (low == c or low in c or (len(c) > 3 and c in low and len(low) < len(c) + 16)):
            return ""
    return s


def _decode_meta_bytes(b: bytes) -> str:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("latin-1")


def _user_comment(v: Any) -> str:
    if isinstance(v, str):
        return v
    if not isinstance(v, bytes) or len(v) < 8:
        return ""
    head, body = v[:8], v[8:]
    if head.startswith(b"UNICODE"):
        try:
            enc = "utf-16-be" if body[:1] == b"\x00" else "utf-16-le"
            return body.decode(enc, errors="replace")
        except Exception:
            return ""
    if head.startswith(b"ASCII") or head == b"\x00" * 8:
        return _decode_meta_bytes(body)
    return ""  # JIS and unknown: skip


def _xp(v: Any) -> str:
    if isinstance(v, (tuple, list)):
        try:
            v = bytes(v)
        except (TypeError, ValueError):
            return ""
    if isinstance(v, bytes):
        return v.decode("utf-16-le", errors="replace").split("\x00")[0]
    return str(v) if v else ""


# XMP is read with regular expressions, never an XML parser: no entity expansion, nothing external.
def _xmp_value(xmp: str, tag: str) -> str:
    q = re.escape(tag)
    m = re.search(rf"<{q}\b[^>]*?(?:/>|>(.*?)</{q}\s*>)", xmp, re.DOTALL)
    if m and m.group(1) is not None:
        inner = m.group(1)
        lis = re.findall(r"<rdf:li\b([^>]*)>(.*?)</rdf:li\s*>", inner, re.DOTALL)
        if lis:
            default = [t for a, t in lis if "x-default" in a]
            vals = default or [lis[0][1]]
            if "rdf:Seq" in inner or "rdf:Bag" in inner:
                vals = [t for _, t in lis]
            return html.unescape("; ".join(re.sub(r"<[^>]+>", "", v).strip() for v in vals if v.strip()))
        return html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
    m = re.search(rf"\s{q}\s*=\s*\"([^\"]*)\"", xmp) or re.search(rf"\s{q}\s*=\s*'([^']*)'", xmp)
    if m:
        return html.unescape(m.group(1)).strip()
    return ""


def _xmp_packet(img) -> str:
    raw = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp")
    if raw is None:
        try:
            raw = img.tag_v2.get(700)  # TIFF XMP tag
        except AttributeError:
            raw = None
    if raw is None:
        return ""
    if isinstance(raw, (tuple, list)):
        raw = bytes(raw) if all(isinstance(x, int) for x in raw) else (raw[0] if raw else b"")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return raw[:1_000_000] if isinstance(raw, str) else ""


def _iptc(img) -> dict[tuple[int, int], str]:
    from PIL import IptcImagePlugin

    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:
        return {}
    out = {}
    for k, v in info.items():
        if isinstance(v, list):
            v = b"; ".join(x for x in v if isinstance(x, bytes))
        if isinstance(v, bytes):
            out[k] = _decode_meta_bytes(v)
    return out


# Credit written inside a caption: "… Photo credit: X", "Photo : X", "Crédit photo : X", "© X", "(c) X".
_CREDIT_IN_CAPTION = re.compile(
    r"(?:^|[\s(\[|–—-])(?:"
    r"(?:photo(?:graph)?\s*(?:credit)?|credit\s*photo|cr[ée]dit(?:s)?\s*(?:photo)?|foto|"
    r"photographer|photographe)\s*:\s*"
    r"|©\s*|\(c\)\s+|copyright\s+(?:©\s*)?"
    r")(?P<who>[^\n)\]|]{2,120}?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)


def _credit_from_caption(caption: str) -> tuple[str, str]:
    """(credit found in the caption or "", caption without that credit phrase)."""
    m = _CREDIT_IN_CAPTION.search(caption)
    if not m:
        return "", caption
    who = m.group("who").strip().rstrip(".;,").strip()
    if not who or not any(c.isalpha() for c in who):
        return "", caption
    rest = caption[: m.start()].rstrip(" \t([|–—-,;")
    return who, rest


def _clean_copyright_holder(s: str) -> str:
    s = re.sub(r"^\s*(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*", "", s, flags=re.IGNORECASE)
    s = re.sub(r"^\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*[,.]?\s*", "", s)
    s = re.sub(r"\s*\((?:this file is in the public domain\.?|all rights reserved\.?)\)\s*$", "", s, flags=re.I)
    s = re.sub(r"[,.]?\s*all rights reserved\.?$", "", s, flags=re.IGNORECASE)
    return s.strip(" .,")


def _sidecar(path: Path) -> tuple[dict[str, str], str | None]:
    """Caption/credit/copyright from ``NAME.ext.json`` or ``NAME.json``, else a ``NAME.ext.txt`` caption.

    Returns (values, sidecar file name or None).
    """
    for cand in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if cand.is_file() and cand != path:
            try:
                if cand.stat().st_size > 1_000_000:
                    continue
                data = json.loads(_decode_text(cand.read_bytes())[0])
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                out = {k: str(data[k]).strip() for k in ("caption", "credit", "copyright", "title", "date")
                       if isinstance(data.get(k), (str, int, float)) and str(data[k]).strip()}
                return out, cand.name
    cand = path.with_name(path.name + ".txt")
    if cand.is_file():
        try:
            if cand.stat().st_size <= 100_000:
                txt = normalise_text(_decode_text(cand.read_bytes())[0]).strip()
                if txt:
                    return {"caption": txt}, cand.name
        except OSError:
            pass
    return {}, None


def _exif_date(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    m = re.match(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})", v)
    if not m:
        return None
    import datetime as _dt

    try:
        y = int(m.group(1))
        if y < 1900:
            return None
        return _dt.date(y, int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _to_rgb(im):
    """Any Pillow mode -> RGB for a JPEG thumbnail (alpha flattened on white, 16-bit scaled)."""
    from PIL import Image

    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        im = im.convert("I")
        lo, hi = im.getextrema()
        scale = 255.0 / hi if hi and hi > 255 else 1.0
        return im.point(lambda x: x * scale).convert("L").convert("RGB")
    if mode == "F":
        lo, hi = im.getextrema()
        scale = 255.0 / hi if hi and hi > 255 else 1.0
        return im.point(lambda x: x * scale).convert("L").convert("RGB")
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return im.convert("RGB")


def _extract_image(path: Path, limits: _Limits) -> Extracted:
    from PIL import Image, ImageOps, UnidentifiedImageError

    name = path.name
    warn: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit applies below
        try:
            img = Image.open(path)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise TooBigError(
                f"{name} claims to be a gigantic image (a 'decompression bomb'); it was not opened.", str(e)
            ) from e
        except UnidentifiedImageError as e:
            raise CorruptError(f"{name} is not a readable image; replace it.", str(e)) from e
        except (OSError, SyntaxError, ValueError) as e:
            raise CorruptError(f"{name} is a damaged image and cannot be opened; replace it.", str(e)) from e
        with img:
            w, h = img.size
            if w * h > MAX_IMAGE_PIXELS or w <= 0 or h <= 0:
                raise TooBigError(
                    f"{name} is {w}x{h} pixels, more than the {MAX_IMAGE_PIXELS // 1_000_000} megapixel "
                    "limit; it was not opened (a 'decompression bomb'?).", f"{w}x{h}"
                )
            try:
                exif = img.getexif()
            except Exception as e:
                exif = {}
                warn.append(f"the EXIF data of {name} is damaged and was ignored ({e}).")
            try:
                orientation = int(exif.get(0x0112, 1) or 1)
            except (TypeError, ValueError):
                orientation = 1
            if orientation in (5, 6, 7, 8):
                w, h = h, w
            meta = _photo_meta(path, img, exif, warn)
            meta["width"], meta["height"] = w, h
            try:
                if img.format == "JPEG":
                    img.draft("RGB", (THUMB_SIZE * 2, THUMB_SIZE * 2))
                img.load()
                th = img
                if getattr(img, "n_frames", 1) > 1:
                    img.seek(0)
                th = _to_rgb(th)
                th.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.LANCZOS)
                if orientation != 1:
                    th.getexif()[0x0112] = orientation
                    th = ImageOps.exif_transpose(th)
                buf = io.BytesIO()
                th.save(buf, "JPEG", quality=82, optimize=True)
                thumb = buf.getvalue()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
                raise TooBigError(f"{name} decodes to a gigantic image; it was not opened.", str(e)) from e
            except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as e:
                raise CorruptError(
                    f"{name} is damaged (truncated or unreadable image data); replace it.", str(e)
                ) from e
    if warn:
        meta["warnings"] = warn + meta.get("warnings", [])
    caption = meta.get("caption", "")
    return Extracted("image", [caption], meta, "ok", thumb)


def _photo_meta(path: Path, img, exif, warn: list[str]) -> dict[str, Any]:
    """Caption, credit, copyright, title, date of a photo; sources in priority order:
    sidecar JSON/TXT > XMP > IPTC > EXIF (incl. Windows XP tags and UserComment)."""
    camera: tuple[str, ...] = ()
    try:
        camera = tuple(
            str(exif.get(t, "")).replace("\x00", "").strip().lower() for t in (0x010F, 0x0110)
        )
    except Exception:
        pass
    try:
        ifd = exif.get_ifd(0x8769) if hasattr(exif, "get_ifd") else {}
    except Exception:
        ifd = {}

    def ex(tag: int) -> Any:
        try:
            return exif.get(tag)
        except Exception:
            return None

    side, side_name = _sidecar(path)
    xmp = _xmp_packet(img)
    iptc = _iptc(img)
    c = lambda v: _clean_meta_text(v, camera)  # noqa: E731

    caption = (side.get("caption") or c(_xmp_value(xmp, "dc:description")) or c(iptc.get((2, 120)))
               or c(ex(0x010E)) or c(_xp(ex(0x9C9C))) or c(_user_comment(ifd.get(0x9286))))
    title = (side.get("title") or c(_xmp_value(xmp, "dc:title")) or c(_xmp_value(xmp, "photoshop:Headline"))
             or c(iptc.get((2, 5))) or c(iptc.get((2, 105))) or c(_xp(ex(0x9C9B))))
    credit = (side.get("credit") or c(_xmp_value(xmp, "photoshop:Credit")) or c(_xmp_value(xmp, "dc:creator"))
              or c(iptc.get((2, 110))) or c(iptc.get((2, 80))) or c(ex(0x013B)) or c(_xp(ex(0x9C9D))))
    copyright_ = (side.get("copyright") or c(_xmp_value(xmp, "dc:rights")) or c(iptc.get((2, 116)))
                  or c(ex(0x8298)))
    meta: dict[str, Any] = {}
    if caption:
        caption = normalise_text(caption).strip()
        found, rest = _credit_from_caption(caption)
        if found:
            meta["caption_credit"] = found
            if not credit:
                credit = found
            caption = rest  # the credit is shown apart: do not repeat it in the caption
    if not credit and copyright_:
        credit = _clean_copyright_holder(copyright_)
    if caption:
        meta["caption"] = caption
    if title and title != caption:
        meta["title"] = title
    elif title:
        meta["title"] = title
    if credit:
        meta["credit"] = credit
    if copyright_:
        meta["copyright"] = copyright_
    date = side.get("date") if re.fullmatch(r"\d{4}-\d\d-\d\d", side.get("date", "")) else None
    date = (date or _exif_date(ifd.get(0x9003)) or _exif_date(ifd.get(0x9004))
            or _exif_date(_xmp_value(xmp, "photoshop:DateCreated")) or _exif_date(_xmp_value(xmp, "xmp:CreateDate")))
    if not date and iptc.get((2, 55)):
        d = iptc[(2, 55)]
        if re.fullmatch(r"\d{8}", d):
            date = _exif_date(f"{d[:4]}:{d[4:6]}:{d[6:]}")
    if date:
        meta["date"] = date
    if side_name:
        meta["sidecar"] = side_name
    meta["links"] = []
    return meta


EXTRACTORS: dict[str, Extractor] = {
    "pdf": _extract_pdf,
    "html": _extract_html,
    "markdown": _extract_markdown,
    "text": _extract_text,
    "image": _extract_image,
}
