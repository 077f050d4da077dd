"""presskit.ui.pagewords: hits on a PDF page's own words, accents and line-end hyphens included."""

from __future__ import annotations

from presskit.textmatch import query_sequences
from presskit.ui.pagewords import line_rects, match_words, words_text

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
