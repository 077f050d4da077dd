"""presskit.export.markup: text documents as safe HTML for the merged PDF."""

from __future__ import annotations

from presskit.export import markup


def test_sanitise_html_keeps_structure_only():
    out = markup.sanitise_html('<div onclick="x()"><h1 style="a">T</h1><script>bad()</script><p>a <a href="http://e">'
                           'link</a> <img src="http://e/i.png"></p><iframe src="http://e">f</iframe></div>')
    assert out == "<div><h1>T</h1><p>a link </p></div>"


def test_markdown_subset_is_escaped():
    out = markup.markdown_to_html("# T\n\nA **b** and <i>raw</i> [l](http://x).\n\n1. one\n2. two\n")
    assert out == ("<h2>T</h2><p>A <b>b</b> and &lt;i&gt;raw&lt;/i&gt; l (http://x).</p>"
                   "<ol><li>one</li><li>two</li></ol>")
