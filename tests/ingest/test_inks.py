"""A page of small vector shapes painted in many colours (a table of emoji) is not sent to Tesseract;
outlined text in one ink, in a coloured ink or in a few inks still is (presskit/ingest/inks.py; the
evaluation is in docs/ingest.md, "Pages painted in many colours")."""

from __future__ import annotations

import colorsys
import random

import pymupdf

from presskit.ingest import ocr
from presskit.ingest.inks import ink_share, written_in_few_inks

WORDS = ("the coalition asks every State party to reject the draft protocol on cluster munitions "
         "and to destroy its stocks before the next meeting of the parties in Geneva").split()


def _outlined(page: pymupdf.Page) -> pymupdf.Document:
    """The page with its text turned into outlines (filled shapes, no text layer)."""
    svg = pymupdf.open("svg", page.get_svg_image(text_as_path=True).encode())
    return pymupdf.open("pdf", svg.convert_to_pdf())


def _text_page(inks: list[tuple[float, float, float]], per_word: bool = True) -> pymupdf.Document:
    """Forty lines of prose, each word (or each line) in the next of ``inks``, outlined."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rnd = random.Random(3)
    k = 0
    for line in range(40):
        x, y = 50.0, 60 + 18 * line
        for _ in range(9):
            word = rnd.choice(WORDS) + " "
            page.insert_text((x, y), word, fontsize=11, color=inks[k % len(inks)])
            x += pymupdf.get_text_length(word, fontsize=11)
            k += per_word
        k += not per_word
    return _outlined(page)


def _emoji_table() -> pymupdf.Document:
    """Rows of small faces painted in many colours, as a package's table of emoji shows them."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    rnd = random.Random(7)
    shape = page.new_shape()  # one content stream for all (a commit per shape rewrites it each time)
    for row in range(40):
        for col in range(30):
            x, y = 60 + 16 * col, 60 + 16 * row
            shape.draw_circle((x, y), 6)
            shape.finish(color=None, fill=colorsys.hsv_to_rgb(rnd.random(), rnd.uniform(0.5, 1), rnd.uniform(0.6, 1)))
            eyes = colorsys.hsv_to_rgb(rnd.random(), rnd.uniform(0.3, 1), rnd.uniform(0.1, 0.5))
            for dx in (-2.5, 2.5):
                shape.draw_circle((x + dx, y - 1.5), 1.2)
                shape.finish(color=None, fill=eyes)
            shape.draw_oval(pymupdf.Rect(x - 3, y + 2, x + 3, y + 4))
            shape.finish(color=None, fill=colorsys.hsv_to_rgb(rnd.random(), 0.8, rnd.uniform(0.3, 0.9)))
    shape.commit()
    return doc


def test_a_table_of_emoji_is_not_sent_but_outlined_text_is():
    emoji = _emoji_table()[0]
    assert ocr._outlined_text(emoji)  # glyph-sized shapes in rows: what the older tests let through
    assert ink_share(emoji, ocr._outlined_text(emoji)) < 0.5
    assert not ocr.needs_ocr(emoji)
    black = _text_page([(0, 0, 0)])[0]
    assert ink_share(black, ocr._outlined_text(black)) > 0.95
    assert ocr.needs_ocr(black)


def test_outlined_text_in_coloured_inks_is_still_sent():
    for inks in ([(0.1, 0.2, 0.7)], [(0.75, 0.05, 0.05)], [(0.0, 0.45, 0.1)],  # one coloured ink
                 [(0, 0, 0), (0, 0, 0), (0.1, 0.2, 0.7), (0.7, 0.1, 0.1), (0.0, 0.5, 0.1)],  # a listing
                 [(0.1, 0.2, 0.7), (0.7, 0.1, 0.1), (0.0, 0.5, 0.1), (0.5, 0.1, 0.6)]):  # four inks in turn
        for per_word in (True, False):
            page = _text_page(inks, per_word)[0]
            assert written_in_few_inks(page, ocr._outlined_text(page)), (inks, per_word)
            assert ocr.needs_ocr(page), (inks, per_word)


def test_a_page_that_cannot_be_rendered_is_left_to_recognition():
    class Broken:
        rect = pymupdf.Rect(0, 0, 595, 842)

        def get_pixmap(self, **_kw):
            raise RuntimeError("damaged")

    assert written_in_few_inks(Broken(), [(10, 10, 20, 20)])
    assert written_in_few_inks(Broken(), [])
