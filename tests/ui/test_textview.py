"""presskit.ui.textview: text documents shown without loading anything, hits found accent-insensitively."""

from __future__ import annotations

from presskit.textmatch import query_sequences
from presskit.ui.textview import TextView


def test_html_shows_no_remote_content_and_hits_step_through(qtbot, tmp_path):
    page = tmp_path / "n.html"
    page.write_text("<html><body><p>La sécurité d'abord.</p><img src='https://example.org/x.png'>"
                    "<p>Securite encore, SÉCURITÉ enfin.</p></body></html>", encoding="utf-8")
    view = TextView()
    qtbot.addWidget(view)
    view.load_file(page, "html", tmp_path)
    assert "sécurité" in view.toPlainText()
    with qtbot.waitSignal(view.hitsChanged, timeout=2000):
        view.set_highlight(query_sequences("securite"))
    assert len(view.hits) == 3 and view.current_hit == 0
    view.next_hit()
    assert view.current_hit == 1
    view.find("d'ab")
    assert len(view.hits) == 1


def test_a_hit_far_down_is_shown_a_third_of_the_way_down_with_the_lines_before_it(qtbot, tmp_path):
    """The hit was scrolled to only until its end showed, so it sat on the window's last line and the sentence
    introducing a quotation was out of sight; a hit already well inside the view does not move it."""
    page = tmp_path / "long.txt"
    paras = [f"Paragraph {n}: the delegates discussed the agenda at length." for n in range(200)]
    paras[120] = "The minister then said: the ammunition depot must be inspected this year."
    paras[123] = "Later the ammunition question came back."
    page.write_text("\n\n".join(paras), encoding="utf-8")
    view = TextView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.load_file(page, "text", tmp_path)
    view.set_highlight(query_sequences("ammunition"))
    assert len(view.hits) == 2 and view.current_hit == 0
    height = view.viewport().height()

    def hit_top() -> int:
        from presskit.ui.qt import QTextCursor

        c = QTextCursor(view.document())
        c.setPosition(view.hits[view.current_hit][0])
        return view.cursorRect(c).top()

    assert height * 0.2 <= hit_top() <= height * 0.45, (hit_top(), height)
    scrolled = view.verticalScrollBar().value()
    view.next_hit()  # three paragraphs on: already in view, so the page stays where it is
    assert view.verticalScrollBar().value() == scrolled and 0 < hit_top() < height * 0.8
