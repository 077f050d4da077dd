"""A table of who said what, read cell by cell (a PDF's or an HTML table's text: one cell a paragraph), whose
"Who" cell holds the name and, after a comma, whom the person is with ("Jonas NAME, Okkelund", "Perrine NAME,
builders' ¶ federation", the cell wrapped): the quotation in the next cell is that person's, not the one quoted in
the paragraph before the table. Written for these tests, as a coalition's daily prints "Heard at our stand".
"""

from __future__ import annotations

from tests.quotes.finding import quotes

TABLE = ("Quote of the day\n\n"
         "“A radon map that stops at a border is a map of politics, not of geology.” — Dr Maren Oskvik, Tarrland "
         "delegation\n\n"
         "Heard at our stand\n\n"
         "Who\n\n"
         "What they told us\n\n"
         "Jonas Brekkevoll, Tarrland\n\n"
         "“Our grant pays for the fan before the family pays for anything.”\n\n"
         "Perrine Vaudemont, builders’\nfederation\n\n"
         "“Give us a five-year order book and we will halve the price of a\nmembrane.”\n")


def test_the_name_before_its_comma_speaks_the_next_cell():
    assert [q.speaker for q in quotes(TABLE, language="en")] == ["Maren Oskvik", "Jonas Brekkevoll",
                                                                  "Perrine Vaudemont"]


def test_a_sentence_in_the_cell_before_is_no_name_cell():
    # near-miss: a sentence that names someone and goes on is no "Who" cell
    text = TABLE.replace("Jonas Brekkevoll, Tarrland\n\n", "We met Jonas Brekkevoll, of Tarrland.\n\n")
    assert "headline" not in {q.attribution for q in quotes(text, language="en")[1:2]}
