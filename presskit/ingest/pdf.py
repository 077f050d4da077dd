"""PDF files, read with PyMuPDF: text per page, metadata, web links. No Qt, no network.

Text per page comes out with ligatures expanded, then :func:`presskit.textutil.normalise_text` (which
also rejoins words hyphenated at line ends). JavaScript is never run, embedded files never extracted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import CorruptError, EncryptedError
from ..memory import give_back, resident_bytes
from ..textutil import normalise_text
from .ocr import RULES_REVISION, declined, needs_ocr
from .pdfheading import top_lines
from .record import Extracted, Limits
from .text import dedupe, urls_in

def pdf_date(s: str | None) -> str | None:
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


_pymupdf = None


def mupdf():
    global _pymupdf
    if _pymupdf is None:
        import pymupdf

        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        _pymupdf = pymupdf
    return _pymupdf


#: Resident memory past which a reader process empties MuPDF's cache between two pages (0: never;
#: set by :func:`hold_less`, in reader processes only: the viewer's renderer shares the cache).
_hold_under = 0
#: Where the resident memory cannot be read, the cache is emptied every this many pages instead.
_EVERY_PAGES = 200
#: Room given to the cache over what a process holds once it is emptied (see :func:`_hold`).
_HEADROOM = 16 * 1024 * 1024  # 64 MB let a 73-page PDF of vector art reach 277 MB instead of 207


def hold_less(max_mb: int = 160) -> None:
    """Keep this process under about ``max_mb`` while reading PDFs: when its resident memory passes
    it between two pages, MuPDF's cache (fonts, decoded streams and objects, up to 256 MB) is emptied
    and the memory given back. A cache: the text is the same. Measured on PDFs of the 100,000-page
    benchmark, each read in a fresh process: a 73-page PDF of vector art peaked at 384 MB, now 207 MB
    (one page alone needs that much); a 103-page one 257 MB, now 168 MB. Emptying the cache every
    200 pages instead was tried: it made every long document read its fonts again and left the
    73-page one at 384 MB. Most documents never reach the limit and never pay anything."""
    global _hold_under
    _hold_under = max(0, max_mb) * 1024 * 1024


def _hold(i: int, limit: int) -> int:
    """Between two pages: empty the cache if this process holds more than ``limit`` (see
    :func:`hold_less`); returns the limit for the next pages. A process still over it once the
    cache is empty (what it holds is not cache) gets a limit above what it now holds, or it would
    empty the cache at every page and read every font again."""
    rss = resident_bytes()
    if rss is None:
        if i % _EVERY_PAGES == 0:
            mupdf().TOOLS.store_shrink(100)
    elif rss > limit:
        release_memory()
        limit = max(_hold_under, (resident_bytes() or 0) + _HEADROOM)
    elif rss <= _hold_under:
        limit = _hold_under  # back under the limit: the room given is taken back
    return limit


def release_memory() -> None:
    """Empty MuPDF's cache and give freed memory back to the system."""
    if _pymupdf is not None:
        _pymupdf.TOOLS.store_shrink(100)
    give_back()


#: After a file, a reader empties MuPDF's cache only when it still holds more than this once the
#: memory it freed is given back (see :func:`after_file`).
_AFTER_FILE_BYTES = 100 * 1024 * 1024


def after_file() -> None:
    """A reader process between two files: give freed memory back to the system, and empty MuPDF's
    cache too if the process still holds more than 100 MB. Emptying the cache after every file made
    the next files decode their fonts again: 38-39 s of CPU for the real corpus's text in one
    process, against 33 s this way, for a peak of 71 MB instead of 68 (a process that never gives
    memory back stays as large as the largest file it has read: 106 MB after 300 files)."""
    give_back()
    rss = resident_bytes()
    if rss is None or rss > _AFTER_FILE_BYTES:
        release_memory()


def _pdf_flags(m) -> int:
    """PyMuPDF's default text flags minus TEXT_PRESERVE_LIGATURES, so "ﬁ" comes out as "fi".

    TEXT_DEHYPHENATE is not used: in plain-text output it changed nothing in our tests, where it does act
    it also joins compounds such as "Franco-\\nGerman", and HTML/Markdown/text files need the same rule
    anyway; :func:`presskit.textutil.normalise_text` rejoins hyphenated words for every medium.
    """
    return m.TEXTFLAGS_TEXT & ~m.TEXT_PRESERVE_LIGATURES


def extract_pdf(path: Path, limits: Limits) -> Extracted:
    m = mupdf()
    name = path.name
    m.TOOLS.reset_mupdf_warnings()
    try:
        doc = m.open(str(path), filetype="pdf")
    except Exception as e:  # MuPDF raises its own types (FileDataError, RuntimeError...)
        raise CorruptError(f"{name} cannot be opened as a PDF; it is damaged. Re-export it.", str(e)) from e
    with doc:
        n = _page_count(doc, name)
        warn: list[str] = []
        meta: dict[str, Any] = {}
        if n > limits.max_pages:
            warn.append(f"{name} has {n} pages; only the first {limits.max_pages} were read.")
            meta["truncated"] = True
        pages, links, scans, passed, first = _pages_and_links(doc, min(n, limits.max_pages), _pdf_flags(m),
                                                              name, warn)
        meta.update(_document_meta(doc))
        meta.update(first)
        meta["links"] = dedupe(links)
        meta["page_count"] = n
        if scans:
            meta["ocr_todo"] = scans  # 0-based; read by OCR in the workers (ingest.pool), then removed
        meta["ocr_rules"] = RULES_REVISION  # which rules decided (a build under newer ones reads it again)
        if passed:
            meta["ocr_declined"] = passed  # 0-based: pages without text those rules did not send
        status = "ok" if any(p.strip() for p in pages) else "no-text"
        if status == "no-text" and not scans:
            warn.append(f"{name} has no text layer; it is listed but its words cannot be searched.")
        mw = m.TOOLS.mupdf_warnings()
        if mw:
            meta["mupdf_warnings"] = mw[:2000]
        if warn:
            meta["warnings"] = warn
        # No first-page thumbnail: the viewer renders pages itself, and drawing one cost 40% on top
        # of text extraction on text-only PDFs (measured on bench/make_large_kit.py output).
        return Extracted("pdf", pages, meta, status, None)


def _page_count(doc, name: str) -> int:
    if doc.needs_pass:
        raise EncryptedError(
            f"{name} is password-protected; it is left out of the kit's list and search (it stays in "
            "the kit folder: readers can open it with its password from About this kit). "
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
    return n


def _pages_and_links(doc, n: int, flags: int, name: str,
                     warn: list[str]) -> tuple[list[str], list[str], list[int], list[int], dict]:
    """Normalised text of the first ``n`` pages, the web links they hold (annotations and text), the
    pages that are scans (0-based; :func:`presskit.ingest.ocr.needs_ocr`), the pages without text
    that were not taken for scans (:func:`presskit.ingest.ocr.declined`) and the lines at the top of
    page 1 with their type sizes (:func:`presskit.ingest.pdfheading.top_lines`)."""
    pages: list[str] = []
    links: list[str] = []
    scans: list[int] = []
    passed: list[int] = []
    first: dict[str, Any] = {}
    limit = _hold_under
    for i in range(n):
        if limit and i:
            limit = _hold(i, limit)
        try:
            page = doc.load_page(i)
            if i == 0:
                # one text page for page 1's text and its lines' sizes (the title is looked for there)
                tp = page.get_textpage(flags=flags)
                raw = tp.extractText()
                top_lines(tp, page.rect.height, first)
            else:
                raw = page.get_text("text", flags=flags)
        except Exception as e:
            warn.append(f"page {i + 1} of {name} could not be read ({e}); it is left empty.")
            pages.append("")
            continue
        pages.append(normalise_text(raw))
        try:
            if needs_ocr(page, raw):
                scans.append(i)
            elif declined(page, raw):
                passed.append(i)
        except Exception:  # noqa: BLE001 - a page whose images cannot be listed is read as it is
            pass
        try:
            links.extend(_web_links(page))
        except Exception:  # a broken annotation must not lose the page text
            pass
    for t in pages:
        if "http" in t or "HTTP" in t:
            links.extend(urls_in(t))
    return pages, links, scans, passed, first


def _web_links(page) -> list[str]:
    """The http(s) addresses of a page's link annotations, in order.

    MuPDF's own chain of links is walked: ``page.get_links()`` resolves every internal destination
    (4x slower), and PyMuPDF's ``Link.next`` lists the page's annotations again for every link
    (quadratic: 5.6 s of the real corpus's 6,301 links, against 0.45 s here, the same addresses)."""
    out: list[str] = []
    first = page.first_link
    link = first.this if first is not None else None
    while link is not None and link.m_internal:
        uri = link.m_internal.uri
        if uri and uri.lower().startswith(("http://", "https://")):
            out.append(uri)
        link = link.next()
    return out


def _document_meta(doc) -> dict[str, Any]:
    """Title, author, subject, keywords, date and language the PDF says of itself."""
    meta: dict[str, Any] = {}
    try:
        md = doc.metadata or {}
    except Exception:
        md = {}
    for k in ("title", "author", "subject", "keywords"):
        v = (md.get(k) or "").strip()
        if v:
            meta[k] = normalise_text(v)
    d = pdf_date(md.get("creationDate")) or pdf_date(md.get("modDate"))
    if d:
        meta["date"] = d
    mod = pdf_date(md.get("modDate"))
    if mod and mod != d:
        meta["date_modified"] = mod  # the next date to try when the creation date is not believable
    try:
        lang = doc.language
        if lang:
            meta["language"] = lang.split("-")[0].lower()[:2]
    except Exception:
        pass
    return meta
