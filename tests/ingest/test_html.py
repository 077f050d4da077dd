"""presskit.ingest.html: visible text, title, language and links of an HTML file; nothing fetched."""

from __future__ import annotations



from presskit.ingest.extract import extract


def test_html(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        """<!DOCTYPE html><html lang="fr-CH"><head><title>Communiqué &amp; annonce</title>
        <script>document.write('EVIL SCRIPT')</script><style>p{color:red}</style>
        <meta name="author" content="Service de presse"></head>
        <body><h1>Titre</h1><p>Premier paragraphe.</p><div>Deuxième <b>bloc</b></div>
        <img src="https://tracker.example.com/pixel.gif"><a href="https://example.org/x">lien</a>
        <a href="/relative">rel</a><noscript>NOSCRIPT</noscript></body></html>""",
        "utf-8",
    )
    r = extract(p)
    assert r.media == "html"
    text = r.pages[0]
    assert "EVIL" not in text and "color" not in text and "NOSCRIPT" not in text
    assert "Premier paragraphe." in text and "Deuxième bloc" in text
    assert "\n" in text.strip()  # block elements become lines
    assert r.meta["title"] == "Communiqué & annonce"
    assert r.meta["language"] == "fr"
    assert r.meta["author"] == "Service de presse"
    assert r.meta["links"] == ["https://example.org/x"]  # the image is neither fetched nor listed


def test_html_title_from_h1(tmp_path):
    p = tmp_path / "h.htm"
    p.write_bytes("<html><body><h1>Opening <i>day</i></h1><p>x</p></body></html>".encode("cp1252"))
    assert extract(p).meta["title"] == "Opening day"
