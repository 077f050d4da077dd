"""presskit.quotes.scan: the quote text's normal form, finding a quote back in its page, page furniture."""

from __future__ import annotations

from presskit.quotes import extract_quotes, find_quote_span, normalise_quote_text, strip_page_furniture


def one(text):
    qs = extract_quotes([text] if isinstance(text, str) else text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def test_normalise_quote_text():
    assert normalise_quote_text("  the disarma-\nment\u00a0 talks\n") == "the disarmament talks"
    assert normalise_quote_text("Franco-\nGerman ﬁrm") == "Franco-German firm"
    assert normalise_quote_text("soft\u00adhyphen") == "softhyphen"


def test_find_quote_span():
    page = "Intro.\n“We call on all states to sign the disarma-\nment treaty\n now,” said Jane Smith."
    q = one(page)
    a, b = find_quote_span(page, q.text)
    assert page[a:b] == "We call on all states to sign the disarma-\nment treaty\n now,"
    a, b = find_quote_span(page, "WE CALL ON ALL STATES")
    assert page[a:b] == "We call on all states"
    page_fr = "« Le traité est une étape décisive » a dit Marie."
    a, b = find_quote_span(page_fr, "le traite est une etape")
    assert page_fr[a:b] == "Le traité est une étape"
    assert find_quote_span(page, "not there at all") is None
    assert find_quote_span("", "x") is None


def test_find_quote_span_page_spanning_prefix():
    p1 = "Intro text. “This quote starts on page two and"
    span = find_quote_span(p1, "This quote starts on page two and goes on over the break,")
    assert span is not None and p1[span[0]:span[1]] == "This quote starts on page two and"



def test_page_furniture_is_not_part_of_a_page_spanning_quote():
    footer = "The Daily · Issue {n} · Geneva\nPage {n} of 3\n"
    pages = [
        "Intro.\n“We will not leave Geneva without a plan that\n" + footer.format(n=1),
        "The Daily · Issue 2 · Geneva\ncan be verified by everyone,” said Jane Smith.\n" + footer.format(n=2),
        "Last page text.\n" + footer.format(n=3),
    ]
    q = one(pages)
    assert q.text == "We will not leave Geneva without a plan that can be verified by everyone,"
    assert q.page == 1
    assert strip_page_furniture(pages)[2] == "Last page text."
    assert strip_page_furniture(["only one\nPage 1 of 1"]) == ["only one\nPage 1 of 1"]
