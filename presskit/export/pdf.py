"""The merged PDF of an export: a cover, a linked contents, then every item, with bookmarks.

PDFs are inserted as they are (their own bookmarks kept under the item's); text, Markdown and HTML
documents are typeset on A4 pages (``pymupdf.Story``); photos get a page with their caption, credit
and copyright under them. An item that cannot be included gets a page saying so, never a failed export.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
from pathlib import Path, PurePosixPath

from ..errors import ExtractError
from ..model import Item, KitInfo
from .common import Job, short
from .texts import Texts
from .credits import kit_dates
from .markup import document_html
from .sheets import PDF_CSS as _PDF_CSS
from .sheets import Sheets, share_fonts

_A4 = (595.0, 842.0)
_MARGIN = 56.0


def write_pdf(job: Job, tmp: Path) -> None:
    """Write the merged PDF of ``job`` to ``tmp``."""
    import pymupdf

    final = pymupdf.open()
    sheets = Sheets(final)
    toc: list[list] = []  # [level, title, page (1-based within the items)]
    current_kind = None
    words = job.texts
    for it in job.items:
        job.tick(it.title or it.path)
        start = sheets.page_count + 1
        if it.kind != current_kind:
            current_kind = it.kind
            toc.append([1, words.kind_plural(it.kind), start])
        toc.append([2, it.title or PurePosixPath(it.path).name, start])
        toc += [[2 + lvl, t, start + p - 1] for lvl, t, p in add_item(job, sheets, it)]
    job.step(words["sources"])
    toc.append([1, words["sources"], sheets.page_count + 1])
    sheets.typeset(sources_html(job), job.check_cancel)
    job.step(words["assembling"])
    sheets.finish(job.check_cancel)
    n_toc = _toc_pages_needed(len(toc))
    _cover_page(final, job.info, len(job.items), job.now, words)  # inserted at 0
    for i in range(n_toc):
        final.new_page(pno=1 + i, width=_A4[0], height=_A4[1])
    shifted = [[lvl, t, p + 1 + n_toc] for lvl, t, p in toc]
    _draw_toc(final, shifted, first_page=1, n_pages=n_toc, check=job.check_cancel, title=words["contents"])
    outline = [[1, words["contents"], 2]] + shifted
    try:
        final.set_toc(_valid_outline(outline))
    except Exception as e:  # a strange inner outline must not stop the export
        job.warn(f"The bookmarks of some documents could not be kept ({e}).")
        final.set_toc(_valid_outline([x for x in outline if x[0] <= 2]))
    final.set_metadata({
        "title": f"{job.info.title} — {words['selection']}", "author": job.info.organisation,
        "subject": job.info.event, "creator": "presskit", "producer": "presskit (PyMuPDF)",
        "keywords": "press kit", "creationDate": pymupdf.get_pdf_now(), "modDate": pymupdf.get_pdf_now(),
    })
    job.step(words["saving"])
    share_fonts(final, job.check_cancel)
    job.check_cancel()
    _save_pdf(final, tmp)
    job.report.pages = final.page_count
    final.close()
    job.done += 1


def add_item(job: Job, doc: Sheets, it: Item) -> list[list]:
    """Append ``it`` to ``doc`` (its pages appear at :meth:`Sheets.finish`); returns its own outline
    (levels from 1, pages from 1)."""
    src = job.source(it)
    if src is None:
        _placeholder_page(doc, it, "The file is missing from the kit folder.", job.texts)
        return []
    if it.is_photo:
        try:
            _photo_page(doc, it, src, job.texts)
        except Exception as e:
            job.warn(f"{it.path}: the photo could not be read ({short(e)}); a page says so instead.")
            _placeholder_page(doc, it, f"The photo could not be read ({short(e)}).", job.texts)
        return []
    if it.media == "pdf" or src.suffix.lower() == ".pdf":
        return _add_pdf(job, doc, it, src)
    try:
        body = document_html(src, it)
    except OSError as e:
        job.warn(f"{it.path} could not be read ({e.strerror or e}).")
        _placeholder_page(doc, it, f"The file could not be read ({e.strerror or e}).", job.texts)
        return []
    except ExtractError as e:  # a damaged Word/OpenDocument file
        job.warn(f"{it.path}: {e.message}")
        _placeholder_page(doc, it, e.message, job.texts)
        return []
    doc.typeset(_item_header_html(it, it.title or PurePosixPath(it.path).name, job.texts) + body, job.check_cancel)
    return []


def _add_pdf(job: Job, doc: Sheets, it: Item, src: Path) -> list[list]:
    import pymupdf

    try:
        src_doc = pymupdf.open(src)
    except Exception as e:
        job.warn(f"{it.path} is damaged and could not be included ({short(e)}).")
        _placeholder_page(doc, it, f"The PDF is damaged and could not be opened ({short(e)}).", job.texts)
        return []
    with src_doc:
        if src_doc.needs_pass:
            job.warn(f"{it.path} is password-protected and could not be included.")
            _placeholder_page(doc, it, "The PDF is protected by a password, so it could not be "
                                       "included. Open it from the kit with its password.", job.texts)
            return []
        if src_doc.page_count == 0:
            job.warn(f"{it.path} has no readable pages and could not be included.")
            _placeholder_page(doc, it, "The PDF has no readable pages (it is probably damaged).", job.texts)
            return []
        try:
            doc.insert_pdf(src_doc)
        except Exception as e:
            job.warn(f"{it.path} could not be included ({short(e)}).")
            _placeholder_page(doc, it, f"The PDF could not be included ({short(e)}).", job.texts)
            return []
        try:
            return [[lvl, t, p] for lvl, t, p, *_ in src_doc.get_toc(simple=True)
                    if 1 <= p <= src_doc.page_count and str(t).strip()]
        except Exception:
            return []




def _save_pdf(doc, path: Path) -> None:
    # 2: unused objects dropped (the font copies share_fonts unlinked); 4 also merged them, but by
    # comparing every object with every other, in one call that took 11 s and could not be cancelled
    doc.save(str(path), garbage=2, deflate=True)


def _cover_page(doc, info: KitInfo, n_items: int, now: _dt.datetime, words: Texts) -> None:
    import pymupdf

    page = doc.new_page(pno=0, width=_A4[0], height=_A4[1])
    e_ = html.escape
    lines = [f"<h1 style='font-size:26pt'>{e_(info.title)}</h1>"]
    for value in (info.organisation, info.event, info.venue, kit_dates(info)):
        if value:
            lines.append(f"<p style='font-size:14pt'>{e_(value)}</p>")
    lines.append(f"<p style='margin-top:30pt;color:#555555'>"
                 f"{e_(words.count('cover', n_items, date=words.date(now)))}</p>")
    page.insert_htmlbox(pymupdf.Rect(_MARGIN, 200, _A4[0] - _MARGIN, _A4[1] - _MARGIN),
                        "".join(lines), css=_PDF_CSS, scale_low=0.3)


_TOC_LINE = 17.0
_TOC_TOP = _MARGIN + 40


def _toc_pages_needed(n_entries: int) -> int:
    per_page = int((_A4[1] - _TOC_TOP - _MARGIN) // _TOC_LINE)
    return max(1, -(-n_entries // per_page))


def _toc_line(writer, font, rect, text: str) -> bool:
    """Put one contents line in ``writer`` with ``font`` (one font for the whole page), shrunk (down
    to 4 pt) then cut to fit ``rect``; False when the font lacks a letter of ``text``, which the caller
    then typesets as HTML (with MuPDF's fallback fonts).

    A line typeset as HTML embeds its own copy of a font: 300 lines gave 300 copies, and removing
    them made saving a 300-document PDF take 20 s, with no way to cancel it."""
    if any(not font.has_glyph(ord(c)) for c in text if not c.isspace()):
        return False
    size, avail = 10.0, rect.width - 2
    length = font.text_length(text, size)
    if length > avail:
        size = max(4.0, size * avail / length)
        while len(text) > 1 and font.text_length(text, size) > avail:
            text = text[:-2].rstrip() + "…"
    writer.append((rect.x0, rect.y0 + 11), text, font=font, fontsize=size)
    return True


def _draw_toc(doc, toc: list[list], first_page: int, n_pages: int, check, title: str = "Contents") -> None:
    """Draw the contents on pages ``first_page``.. (0-based), with links to each entry's page."""
    import pymupdf

    per_page = int((_A4[1] - _TOC_TOP - _MARGIN) // _TOC_LINE)
    width = _A4[0] - 2 * _MARGIN
    fonts = {False: pymupdf.Font("helv"), True: pymupdf.Font("hebo")}
    for n in range(n_pages):
        check()
        page = doc[first_page + n]
        if n == 0:
            page.insert_htmlbox(pymupdf.Rect(_MARGIN, _MARGIN, _A4[0] - _MARGIN, _TOC_TOP),
                                f"<h1>{html.escape(title)}</h1>", css=_PDF_CSS)
        y = _TOC_TOP
        writer = pymupdf.TextWriter(page.rect)
        for lvl, title, pno in toc[n * per_page:(n + 1) * per_page]:
            indent = 0 if lvl == 1 else 14 * (lvl - 1)
            weight = "bold" if lvl == 1 else "normal"
            text = title if len(title) <= 110 else title[:107] + "…"
            rect = pymupdf.Rect(_MARGIN + indent, y, _MARGIN + width - 40, y + _TOC_LINE)
            if not _toc_line(writer, fonts[lvl == 1], rect, text):
                page.insert_htmlbox(rect, f"<span style='font-weight:{weight}'>{html.escape(text)}</span>",
                                    css="* {font-family: sans-serif; font-size: 10pt;}", scale_low=0.4)
            num = str(pno)
            writer.append((_MARGIN + width - fonts[False].text_length(num, 10), y + 11), num, font=fonts[False],
                          fontsize=10)
            page.insert_link({"kind": pymupdf.LINK_GOTO, "from": pymupdf.Rect(_MARGIN, y, _MARGIN + width, y + _TOC_LINE),
                              "page": pno - 1, "to": pymupdf.Point(0, 0)})
            y += _TOC_LINE
        writer.write_text(page)


def _valid_outline(toc: list[list]) -> list[list]:
    """Levels that start at 1 and never jump by more than one (what ``set_toc`` requires)."""
    out, prev = [], 0
    for lvl, title, page in toc:
        lvl = max(1, min(int(lvl), prev + 1))
        out.append([lvl, str(title).strip()[:200] or "(untitled)", int(page)])
        prev = lvl
    return out


def _placeholder_page(doc: Sheets, it: Item, reason: str, words: Texts | None = None) -> None:
    import pymupdf

    words = words or Texts("en")
    _page, pno = doc.new_page()
    e_ = html.escape
    title = it.title or PurePosixPath(it.path).name
    doc.box(
        pno, pymupdf.Rect(_MARGIN, _MARGIN, _A4[0] - _MARGIN, _A4[1] - _MARGIN),
        f"<h1>{e_(title)}</h1><p class='meta'>{e_(words.kind(it.kind))} · {e_(it.path)}</p>"
        f"<p><b>{e_(words['not_included'])}</b> {e_(reason)}</p>"
        f"<p>{e_(words['not_included_open'])}</p>",
        scale_low=0.3)


def _photo_page(doc: Sheets, it: Item, src: Path, words: Texts | None = None) -> None:
    import pymupdf

    stream, (iw, ih) = _photo_stream(src)
    page, pno = doc.new_page()
    e_ = html.escape
    title = it.title or PurePosixPath(it.path).name
    doc.box(pno, pymupdf.Rect(_MARGIN, _MARGIN - 20, _A4[0] - _MARGIN, _MARGIN + 16),
            f"<p style='font-weight:bold;font-size:12pt'>{e_(title)}</p>", scale_low=0.4)
    text_h = 130.0
    box = pymupdf.Rect(_MARGIN, _MARGIN + 22, _A4[0] - _MARGIN, _A4[1] - _MARGIN - text_h)
    scale = min(box.width / max(iw, 1), box.height / max(ih, 1))
    w, h = iw * scale, ih * scale
    img_rect = pymupdf.Rect(box.x0 + (box.width - w) / 2, box.y0, box.x0 + (box.width + w) / 2, box.y0 + h)
    page.insert_image(img_rect, stream=stream, keep_proportion=True)
    words = words or Texts("en")
    parts = []
    if it.caption:
        parts.append(f"<p>{e_(it.caption)}</p>")
    parts.append(f"<p><b>{e_(words['credit'])} :</b> " if words.language == "fr" else f"<p><b>{e_(words['credit'])}:</b> ")
    parts[-1] += f"{e_(it.credit) if it.credit else e_(words['credit_unknown'])}</p>"
    if it.copyright:
        sep = " :" if words.language == "fr" else ":"
        parts.append(f"<p><b>{e_(words['copyright'])}{sep}</b> {e_(it.copyright)}</p>")
    doc.box(pno, pymupdf.Rect(_MARGIN, img_rect.y1 + 10, _A4[0] - _MARGIN, img_rect.y1 + 10 + text_h),
            "".join(parts), css=_PDF_CSS + " p {font-size: 10pt; margin: 0 0 4pt 0;}", scale_low=0.3)


def _photo_stream(src: Path) -> tuple[bytes, tuple[int, int]]:
    """Image bytes MuPDF can place and their displayed size: the file itself for plain JPEG/PNG,
    else a converted copy with the EXIF orientation applied."""
    from PIL import ImageOps

    from ..ingest.photometa import open_image

    with open_image(src) as im:
        orientation = im.getexif().get(0x0112, 1)
        if im.format in ("JPEG", "PNG") and orientation in (1, None) and im.mode in ("RGB", "L", "RGBA", "LA", "P", "CMYK", "1"):
            return src.read_bytes(), im.size
        im = ImageOps.exif_transpose(im)
        if max(im.size) > 4000:
            im.thumbnail((4000, 4000))
        buf = io.BytesIO()
        if im.mode in ("RGBA", "LA", "P", "PA") or "transparency" in im.info:
            im.convert("RGBA").save(buf, "PNG")
        else:
            im.convert("RGB").save(buf, "JPEG", quality=90)
        return buf.getvalue(), im.size


def sources_html(job: Job) -> str:
    """The "Sources and credits" section that ends a merged PDF: for each document its title, kind,
    organisation, date, language and file name; for each photo its caption, credit and copyright."""
    w, e_ = job.texts, html.escape
    colon = " :" if w.language == "fr" else ":"

    def field(key: str, value: str) -> str:
        return f"<b>{e_(w[key])}{colon}</b> {e_(value)}"

    docs = [it for it in job.items if not it.is_photo]
    photos = [it for it in job.items if it.is_photo]
    out = [f"<h1 lang='{w.language}'>{e_(w['sources'])}</h1><p class='meta'>{e_(w['sources_intro'])}</p>"]
    if docs:
        out.append(f"<h2>{e_(w['documents'])}</h2>")
        for it in docs:
            lines = [field("kind", w.kind(it.kind)),
                     field("organisation", it.organisation or job.info.organisation or w["not_stated"]),
                     field("date", w.date(it.date) if it.date else w["not_stated"]),
                     field("language", w.language_name(it.language) if it.language else w["not_stated"]),
                     field("file", PurePosixPath(it.path).name)]
            out.append(f"<p><b>{e_(it.title or PurePosixPath(it.path).name)}</b><br>" + "<br>".join(lines) + "</p>")
    if photos:
        out.append(f"<h2>{e_(w['photos'])}</h2>")
        for it in photos:
            lines = [field("caption", it.caption or w["none"]),
                     field("credit", it.credit or w["credit_unknown"]),
                     field("copyright", it.copyright or w["not_stated"]),
                     field("file", PurePosixPath(it.path).name)]
            out.append(f"<p><b>{e_(it.title or PurePosixPath(it.path).name)}</b><br>" + "<br>".join(lines) + "</p>")
    return "".join(out)


def _item_header_html(it: Item, title: str, words: Texts | None = None) -> str:
    words = words or Texts("en")
    e_ = html.escape
    meta = " · ".join(x for x in (words.kind(it.kind), it.organisation, words.date(it.date),
                                  words.language_name(it.language)) if x)
    lang = f' lang="{e_(it.language)}"' if it.language else ""
    return f"<h1{lang}>{e_(title)}</h1><p class='meta'>{e_(meta)}</p>"
