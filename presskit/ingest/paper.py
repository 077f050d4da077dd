"""Whether a page made of a picture shows paper (a scan worth recognising) or a photo, a painting, a logo.

Tesseract spends 10-17 s of processor time on a page-sized photo, a marbled pattern or a university
crest, and finds no text a reader would look for: 111 such pages in the 100,000-page benchmark. A
scan, a photocopy, a fax or a phone's picture of a letter is mostly paper: one light grey level (the
paper's, white, grey or yellowed) covers most of it, with thin ink strokes. A photo spreads over
every grey level; a logo or a painting fills much of the page with colour.

:func:`paper_share` renders the page small (its long side :data:`THUMB_SIDE` pixels, grey: a few
milliseconds, more for a page whose photo must be decoded), finds the paper's level (the most
frequent level in the light half) and returns the share of the picture within :data:`PAPER_BAND`
levels of it or lighter. :func:`looks_like_paper` says whether that share reaches
:data:`MIN_PAPER_SHARE`.

Measured (docs/ingest.md, "Photos and scans"): tuned on one half of 111 picture pages of the
100,000-page benchmark, 80 text pages of the real corpus made into scans (clean, grey, faded,
yellowed, with a scanner's border, lit unevenly as by a phone) and the tests' scanned statement;
reported on the other half, kept aside.
"""

from __future__ import annotations

#: long side, in pixels, of the picture the decision is made on
THUMB_SIDE = 256
#: grey levels under the paper's that still count as paper (its grain, uneven light, yellowing)
PAPER_BAND = 48
#: share of the picture that must be paper for the page to be a scan
MIN_PAPER_SHARE = 0.75


def pictures_box(page):
    """The part of the page its pictures cover (the page where it has none): a photo placed on a
    white page is judged by the photo, not by the margins around it."""
    box = None
    for info in page.get_image_info():
        r = page.rect & info["bbox"]
        if not r.is_empty:
            box = r if box is None else box | r
    return box if box is not None else page.rect


def paper_share(page) -> float:
    """Share of the page's pictures, rendered small and grey, that is paper (see the module's notes).
    A picture with no light level at all (a dark photo, a slide) gives 0."""
    import pymupdf
    from PIL import Image

    r = pictures_box(page)
    zoom = THUMB_SIDE / max(r.width, r.height, 1.0)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=r, colorspace=pymupdf.csGRAY, alpha=False)
    if not pix.width or not pix.height:
        return 0.0
    hist = Image.frombuffer("L", (pix.width, pix.height), pix.samples_mv, "raw", "L", pix.stride, 1).histogram()
    total = sum(hist)
    paper = max(range(128, 256), key=lambda v: hist[v])
    if not total or not hist[paper]:
        return 0.0
    return sum(hist[max(0, paper - PAPER_BAND):]) / total


def looks_like_paper(page) -> bool:
    """Whether the page's picture is mostly paper: a scan to recognise, not a photo or a figure."""
    try:
        return paper_share(page) >= MIN_PAPER_SHARE
    except Exception:  # noqa: BLE001 - a page that cannot be rendered small: let recognition decide
        return True
