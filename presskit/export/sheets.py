"""The pages of a merged PDF as they are made, with all their typeset text sharing its fonts.

MuPDF's HTML layout (``pymupdf.Story``) embeds the fonts a text uses in the PDF it writes. Typeset
into a PDF of its own, every document, photo caption and notice brought its own copies: a 300-item
export held 956 embedded fonts (58 MB before saving), and merging them back into a few at
``save(garbage=4)`` took most of the export, in one call that cannot be cancelled. Here every text
is drawn on one shared ``DocumentWriter`` (whose PDF holds each font once) and copied into the
merged PDF at :meth:`Sheets.finish` through one graft map, so each font is copied once.
"""

from __future__ import annotations

import io

_A4 = (595.0, 842.0)
_MARGIN = 56.0
_MAX_PAGES = 5000  # a pathological document stops here rather than fill the disk

PDF_CSS = """
* {font-family: sans-serif;}
body {font-size: 10.5pt; line-height: 1.35;}
h1 {font-size: 18pt; margin: 0 0 4pt 0;}
h2 {font-size: 14pt;} h3 {font-size: 12pt;}
p {margin: 0 0 7pt 0;}
.meta {color: #555555; font-size: 9pt; margin-bottom: 14pt;}
pre, code {font-family: monospace; font-size: 9pt;}
blockquote {margin-left: 18pt; color: #333333;}
td, th {border: 0.5pt solid #999999; padding: 2pt;}
"""


class Sheets:
    """The merged PDF ``doc`` being made. Pages made directly (inserted PDFs, photo pages) go into
    ``doc`` at once; typeset pages (:meth:`typeset`) and text boxes (:meth:`box`) wait in the shared
    writer until :meth:`finish`. Page numbers are those of the finished document."""

    def __init__(self, doc):
        import pymupdf

        self.doc = doc
        self._buf = io.BytesIO()
        self._writer = pymupdf.DocumentWriter(self._buf)
        self._written = 0  # pages drawn on the shared writer
        self._waiting = 0  # typeset pages not yet in ``doc``
        self._ranges: list[tuple[int, int, int]] = []  # (page in doc, first writer page, count)
        self._boxes: list[tuple[int, object, int]] = []  # (page in doc, rect, writer page)

    @property
    def page_count(self) -> int:
        """The pages of the finished document so far."""
        return self.doc.page_count + self._waiting

    def new_page(self):
        """A blank A4 page at the end; returns it and its number."""
        page = self.doc.new_page(width=_A4[0], height=_A4[1])
        return page, self.page_count - 1

    def insert_pdf(self, src) -> int:
        """Every page of ``src`` at the end; returns how many (none if MuPDF failed, then raises)."""
        before = self.doc.page_count
        try:
            self.doc.insert_pdf(src)
        except Exception:
            while self.doc.page_count > before:
                self.doc.delete_page(-1)
            raise
        return self.doc.page_count - before

    def typeset(self, body_html: str, check) -> int:
        """Lay ``body_html`` out on A4 pages at the end; returns how many."""
        import pymupdf

        story = pymupdf.Story(f"<body>{body_html}</body>", user_css=PDF_CSS)
        mediabox = pymupdf.Rect(0, 0, *_A4)
        where = mediabox + (_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        more, pages = 1, 0
        while more and pages < _MAX_PAGES:
            check()
            dev = self._writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            self._writer.end_page()
            pages += 1
        self._ranges.append((self.page_count, self._written, pages))
        self._written += pages
        self._waiting += pages
        return pages

    def box(self, pno: int, rect, html_text: str, css: str = PDF_CSS, scale_low: float = 0.0) -> bool:
        """Put ``html_text`` in ``rect`` of page ``pno``, shrunk (down to ``scale_low``) to fit, as
        ``Page.insert_htmlbox`` does; False (nothing drawn) when it cannot fit."""
        import pymupdf

        rect = pymupdf.Rect(rect)
        story = pymupdf.Story(html_text, user_css="body {margin:1px;}" + css)
        flags = pymupdf.mupdf.FZ_PLACE_STORY_FLAG_NO_OVERFLOW
        fit = story.fit_scale(pymupdf.Rect(0, 0, rect.width, rect.height), scale_min=1,
                              scale_max=None if scale_low == 0 else 1 / scale_low, flags=flags)
        if not fit.big_enough:
            return False
        story.reset()
        story.place(fit.rect, flags)
        dev = self._writer.begin_page(fit.rect)
        story.draw(dev)
        self._writer.end_page()
        self._boxes.append((pno, rect, self._written))
        self._written += 1
        return True

    def finish(self, check=lambda: None) -> None:
        """Put the typeset pages and boxes in their places in ``doc``."""
        import pymupdf

        self._writer.close()
        if not self._written:
            return
        with pymupdf.open("pdf", self._buf.getvalue()) as part:
            # in page order, each range lands where it was counted (every page before it is in place);
            # final=0 keeps one graft map, so a font the texts share is copied once
            for pno, first, count in self._ranges:
                check()
                self.doc.insert_pdf(part, from_page=first, to_page=first + count - 1, start_at=pno, final=0)
            for pno, rect, page in self._boxes:
                self.doc[pno].show_pdf_page(rect, part, page)
        self._waiting = 0
        self._buf = io.BytesIO()


# a font's objects, in the order their references are made canonical: a font file before the
# descriptor naming it, a descriptor and widths before the font naming them, a CID font before its
# Type0 font (the Type0 fonts themselves stay, small, where pages name them)
_FONT_LINKS = (("/FontDescriptor", ("FontFile", "FontFile2", "FontFile3")),
               ("/Font", ("FontDescriptor", "W", "W2", "Widths", "ToUnicode")),
               ("/Font", ("DescendantFonts",)))


def share_fonts(doc, check=lambda: None) -> int:
    """Make identical embedded fonts one: every reference to a font file, descriptor, CID font or
    ToUnicode map that another holds byte for byte points to the first; ``save(garbage=2)`` then
    drops the copies. Returns how many references were redirected.

    Inserted PDFs often embed the same full font on every page (PyMuPDF's own HTML boxes do): 300
    generated documents brought 491 copies of one font. ``save(garbage=4)`` finds them too, but by
    comparing objects two by two in one call that took 11 s and could not be cancelled; hashing
    them takes about a second, with ``check`` called as it goes."""
    import hashlib

    first: dict[bytes, int] = {}
    canon: dict[int, int] = {}

    def canonical(xref: int) -> int:
        if xref not in canon:
            raw = doc.xref_stream_raw(xref) if doc.xref_is_stream(xref) else b""
            digest = hashlib.sha256(doc.xref_object(xref, compressed=True).encode() + b"\0" + (raw or b"")).digest()
            canon[xref] = first.setdefault(digest, xref)
        return canon[xref]

    by_type: dict[str, list[int]] = {}
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "Type")
        if kind == "name" and value in ("/FontDescriptor", "/Font"):
            by_type.setdefault(value, []).append(xref)
    moved = 0
    for n, (typ, keys) in enumerate(_FONT_LINKS):
        for i, xref in enumerate(by_type.get(typ, [])):
            if i % 200 == 0:
                check()
            for key in keys:
                kind, value = doc.xref_get_key(xref, key)
                parts = value.strip("[] ").split()
                if kind not in ("xref", "array") or len(parts) != 3 or parts[2] != "R" or not parts[0].isdigit():
                    continue
                ref = int(parts[0])
                to = canonical(ref)
                if to != ref:
                    new = f"{to} 0 R"
                    doc.xref_set_key(xref, key, f"[{new}]" if kind == "array" else new)
                    moved += 1
    return moved
