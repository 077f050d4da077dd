"""Whether a page of small vector shapes is written in a few inks (outlined text) or painted in many
colours (a table of emoji, icons, a coloured figure), before Tesseract is asked to read it.

A page with neither text nor pictures but hundreds of glyph-sized filled shapes is sent to
recognition as text turned into outlines (:func:`presskit.ingest.ocr.needs_ocr`). On the 100,000-page
benchmark, three such pages were tables of emoji: rows of small glyphs, which the line test
(:mod:`.textlines`) rightly sees as rows, and which Tesseract read four ways up for 36-78 s of
processor time each (190 s in all), for no text. Text is written in one ink, or a few (a heading in
colour, a syntax-highlighted listing): the darkest colour of each glyph (its ink, whatever the
background it stands on: a colour table prints black names on coloured cells) is one of a few for
almost every glyph. An emoji is painted: the darkest colours of its shapes are spread over dozens
of colours, none of which holds more than a tenth of them.

:func:`ink_share` renders the page in colour at :data:`DPI` and, for up to :data:`SAMPLE` of its
glyph-sized filled shapes (spread evenly over the page's drawing order), takes the darkest colour
within the shape's box, in :data:`LEVELS` levels a channel; it returns the share of shapes whose
darkest colour is one of the :data:`INKS` most common. :func:`written_in_few_inks` says whether that
share reaches :data:`MIN_INK_SHARE`. No list of the page's paths is made (listing the 16,000 paths
of an emoji table took 80 MB in a reader): the boxes come from MuPDF's bbox log.

Measured (docs/ingest.md, "Pages painted in many colours"): chosen on the tuning half of
``bench/ocr_prepass_eval.py``'s pages and reported on the half kept aside, with outlined text made in
one ink, in coloured inks and in several inks among them.
"""

from __future__ import annotations

from collections import Counter

#: resolution the colours are read at
DPI = 100
#: the rendering is never larger than this (a poster is looked at in less detail)
MAX_PIXELS = 2_500_000
#: glyph-sized shapes looked at, at most, spread evenly over the page
SAMPLE = 1500
#: levels a colour channel is reduced to (64 colours: a scan's or an antialiased edge's shades of one
#: ink fall in one or two of them)
LEVELS = 4
#: inks a page of text may be written in (body, headings, links or a listing's highlighted words)
INKS = 3
#: share of glyphs whose ink is one of the INKS most common, under which a page is painted, not written
MIN_INK_SHARE = 0.5
#: a pixel at least this light in every channel is paper, not ink
PAPER = 200


def ink_share(page, boxes) -> float | None:
    """Share of the glyph-sized shapes ``boxes`` (page coordinates) of ``page`` whose darkest colour is
    one of the page's INKS most common darkest colours; None when none shows any ink."""
    import pymupdf
    from PIL import Image

    if not boxes:
        return None
    step = max(1, len(boxes) // SAMPLE)
    r = page.rect
    zoom = DPI / 72
    pixels = r.width * zoom * r.height * zoom
    if pixels > MAX_PIXELS:
        zoom *= (MAX_PIXELS / pixels) ** 0.5
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    del pix
    x_off, y_off = r.x0, r.y0
    inks: Counter = Counter()
    for x0, y0, x1, y1 in boxes[::step]:
        if not (x0 <= x1 and y0 <= y1):
            continue  # an empty box (a shape MuPDF drew nothing of)
        crop = img.crop((int((x0 - x_off) * zoom), int((y0 - y_off) * zoom),
                         int((x1 - x_off) * zoom) + 1, int((y1 - y_off) * zoom) + 1))
        colours = crop.getcolors(crop.width * crop.height or 1)
        ink = [rgb for _n, rgb in colours or () if min(rgb) < PAPER]
        if ink:
            darkest = min(ink, key=sum)
            inks[tuple(v * LEVELS // 256 for v in darkest)] += 1
    total = sum(inks.values())
    if not total:
        return None
    return sum(n for _c, n in inks.most_common(INKS)) / total


def written_in_few_inks(page, boxes) -> bool:
    """Whether the glyph-sized shapes ``boxes`` of ``page`` are written in a few inks (text), not
    painted in many colours (see the module's notes). A page that cannot be rendered: True
    (recognition decides)."""
    try:
        share = ink_share(page, boxes)
    except Exception:  # noqa: BLE001 - a damaged page: let recognition say what it makes of it
        return True
    return share is None or share >= MIN_INK_SHARE
