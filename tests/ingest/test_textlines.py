"""Pages that show no line of text are not sent to Tesseract; every scan of text is
(presskit/ingest/textlines.py; the evaluation is in docs/ingest.md, "Pages that show no text")."""

from __future__ import annotations

import io
import math

import pymupdf
import pytest
from PIL import Image

from presskit.ingest import ocr
from presskit.ingest.textlines import line_evidence, shows_text_lines
from pressfolder import make_scanned_pdf

LINES = [
    "Statement of the Coalition to the plenary, read by its director on the second day of the",
    "conference. The Coalition is deeply concerned that the draft protocol would allow the use",
    "of cluster munitions for another twelve years, and asks every State party to reject it.",
    "Déclaration de la Coalition : les États parties doivent rejeter le projet de protocole.",
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    return make_scanned_pdf(tmp_path_factory.mktemp("lines") / "scan.pdf", [LINES, LINES[:1]], dpi=200)


def _as_picture_page(img: Image.Image, width: float = 595, height: float = 842) -> pymupdf.Document:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    doc = pymupdf.open()
    doc.new_page(width=width, height=height).insert_image(pymupdf.Rect(0, 0, width, height), stream=buf.getvalue())
    return doc


def _rendered(page: pymupdf.Page, dpi: int = 200) -> Image.Image:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def test_a_scan_of_text_shows_lines_even_one_line_sideways_or_skewed(scanned):
    with pymupdf.open(scanned) as d:
        full = _rendered(d[0])
        assert shows_text_lines(d[0]) and shows_text_lines(d[1])  # a page of four lines, a page of one
        assert ocr.needs_ocr(d[0]) and ocr.needs_ocr(d[1])
    sideways = _as_picture_page(full.transpose(Image.Transpose.ROTATE_90), 842, 595)
    skewed = _as_picture_page(full.rotate(2.5, fillcolor=255))
    assert shows_text_lines(sideways[0]) and shows_text_lines(skewed[0])
    assert line_evidence(full)[0] >= 4  # each line of text runs across several strips


def _vector_field() -> pymupdf.Document:
    """A plot of arrows (small filled arrowheads on a grid), as TeX packages draw them: no text."""
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=300)
    for i in range(12):
        for j in range(12):
            x, y = 20 + 22 * i, 20 + 22 * j
            a = math.atan2(j - 6, i - 6 + 0.5)
            tip = pymupdf.Point(x + 12 * math.cos(a), y + 12 * math.sin(a))
            page.draw_line((x, y), tip, color=(0.8, 0, 0), width=0.6)
            left = pymupdf.Point(tip.x - 4 * math.cos(a - 0.4), tip.y - 4 * math.sin(a - 0.4))
            right = pymupdf.Point(tip.x - 4 * math.cos(a + 0.4), tip.y - 4 * math.sin(a + 0.4))
            page.draw_polyline([tip, left, right, tip], color=None, fill=(0.8, 0, 0))
    return doc


def _drawing() -> Image.Image:
    """A line drawing on white paper: circles and long strokes, no rows of characters."""
    from PIL import ImageDraw

    img = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(img)
    for k in range(12):
        draw.ellipse((200 + 40 * k, 300 + 60 * k, 1400 - 30 * k, 1900 - 50 * k), outline=0, width=3)
    for k in range(8):
        draw.line((100, 200 + 250 * k, 1550, 2100 - 230 * k), fill=0, width=4)
    return img


def test_a_vector_plot_a_drawing_and_a_grid_show_no_lines_and_are_not_sent():
    field = _vector_field()
    assert ocr._outlined_text(field[0])  # the older test alone took its arrowheads for glyphs
    assert not shows_text_lines(field[0]) and not ocr.needs_ocr(field[0])
    drawing = _as_picture_page(_drawing())
    assert not shows_text_lines(drawing[0]) and not ocr.needs_ocr(drawing[0])
    grid = Image.new("L", (1654, 2339), 255)
    for x in range(0, 1654, 24):
        grid.paste(0, (x, 0, x + 2, 2339))
    for y in range(0, 2339, 24):
        grid.paste(0, (0, y, 1654, y + 2))
    assert not shows_text_lines(_as_picture_page(grid)[0])
    assert line_evidence(Image.new("L", (800, 1100), 250)) == (0, 0)  # blank paper


def test_a_page_that_cannot_be_rendered_is_left_to_recognition():
    class Broken:
        rect = pymupdf.Rect(0, 0, 595, 842)

        def get_pixmap(self, **_kw):
            raise RuntimeError("damaged content stream")

    assert shows_text_lines(Broken())
