"""presskit.ui.pagewords: hits on a PDF page's own words, accents and line-end hyphens included."""

from __future__ import annotations

from presskit.textmatch import query_sequences
from presskit.ui.pagewords import line_rects, match_rects, match_words, words_text

# (x0, y0, x1, y1, text, block, line, word), as PyMuPDF's get_text("words") gives them
WORDS = [
    (10, 10, 40, 20, "Le", 0, 0, 0), (45, 10, 120, 20, "désarme-", 0, 0, 1),
    (10, 30, 50, 40, "ment", 0, 1, 0), (55, 30, 120, 40, "nucléaire", 0, 1, 1),
    (10, 60, 40, 70, "Fin.", 1, 0, 0),
]


def test_a_hyphenated_accented_phrase_is_one_hit_over_two_lines():
    hits = match_words(WORDS, query_sequences("desarmement nucleaire"))
    assert hits == [[1, 2, 3]]
    assert line_rects(WORDS, hits[0]) == [(45, 10, 120, 20), (10, 30, 120, 40)]
    assert words_text(WORDS, [0, 1, 2, 3, 4]) == "Le désarme-\nment nucléaire\n\nFin."
    assert match_words(WORDS, query_sequences("nucl"), prefix_last=True) == [[3]]


def test_a_hit_box_leaves_out_the_punctuation_glued_to_its_words():
    # « Nous ne pouvons pas attendre une décennie, » : the guillemet, the comma and the full stop are
    # part of PyMuPDF's words but not of the words searched for; widths here: one unit a character
    words = [
        (0, 0, 60, 10, "«Nous", 0, 0, 0), (65, 0, 95, 10, "ne", 0, 0, 1),
        (100, 0, 190, 10, "décennie,", 0, 0, 2), (0, 20, 50, 30, "2030.", 0, 1, 0),
    ]
    assert match_rects(words, query_sequences("decennie")) == [[(100, 0, 180, 10)]]
    assert match_rects(words, query_sequences("nous ne")) == [[(12, 0, 95, 10)]]
    assert match_rects(words, query_sequences('"ne decennie"')) == [[(65, 0, 180, 10)]]
    assert match_rects(words, query_sequences("2030")) == [[(0, 20, 40, 30)]]
    # a word hyphenated at a line end keeps both halves whole, the full stop after it left out
    assert match_rects(WORDS[:4] + [(10, 60, 40, 70, "Fin.", 1, 0, 0)], query_sequences("fin")) \
        == [[(10, 60, 32.5, 70)]]
    assert match_rects(WORDS, query_sequences("desarmement")) == [[(45, 10, 120, 20), (10, 30, 50, 40)]]


def test_a_pdf_hit_ends_before_the_comma_after_the_word(tmp_path):
    import pymupdf

    from presskit.ui.pdfwork import find_hits

    path = tmp_path / "hit.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Une décennie, puis l'examen.", fontname="tiro", fontsize=14)
    doc.save(path)
    chars = [c for b in doc[0].get_text("rawdict")["blocks"] for ln in b["lines"] for sp in ln["spans"]
             for c in sp["chars"]]
    comma = next(c["bbox"] for c in chars if c["c"] == ",")
    stop = next(c["bbox"] for c in chars if c["c"] == ".")
    e_last = [c["bbox"] for c in chars if c["c"] == "e"][-1]
    doc.close()
    [(_pno, [box])] = find_hits(str(path), query_sequences("decennie"))
    assert box[2] <= comma[0] + 0.5 and box[2] > comma[0] - 3  # the e ends the box, not the comma
    [(_pno, [box])] = find_hits(str(path), query_sequences("examen"))
    assert box[2] <= stop[0] + 0.5 and box[2] >= e_last[0]
