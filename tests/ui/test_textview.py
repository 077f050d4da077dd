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
