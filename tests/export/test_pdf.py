"""presskit.export.pdf: documents typeset, photos on a page with their credit, valid bookmarks."""

from __future__ import annotations

import pymupdf
from PIL import Image

from presskit.export.pdf import _valid_outline
from presskit.export.job import item_pdf_bytes
from presskit.kit.format import Kit
from presskit.model import Item, KitInfo


def test_outline_levels_never_jump():
    assert _valid_outline([[1, "A", 1], [3, "", 2], [5, "C", 3], [2, "D", 4]]) == \
        [[1, "A", 1], [2, "(untitled)", 2], [3, "C", 3], [2, "D", 4]]


def test_a_markdown_note_and_a_photo_become_pdf_pages(tmp_path):
    (tmp_path / "note.md").write_text("# Note\n\nThe **stockpile** <script>x</script> text.\n", encoding="utf-8")
    Image.new("RGB", (80, 60), (0, 90, 200)).save(tmp_path / "p.jpg")
    note = Item(id="n", path="note.md", sha256="", bytes=1, media="markdown", title="Briefing note")
    photo = Item(id="p", path="p.jpg", sha256="", bytes=1, media="image", kind="photo", caption="Blue", credit="Zoë")
    kit = Kit(tmp_path, KitInfo(title="K"), [note, photo], [], "0" * 64)
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    with pymupdf.open("pdf", item_pdf_bytes(kit, note)) as doc:
        text = doc[0].get_text(flags=flags)
    assert "Briefing note" in text and "The stockpile" in text
    assert "<script>x</script>" in text  # raw HTML in Markdown is shown as text, never run
    with pymupdf.open("pdf", item_pdf_bytes(kit, photo)) as doc:
        text = doc[0].get_text()
        assert "Credit: Zoë" in text and doc[0].get_images()


def test_contents_lines_share_fonts_and_keep_every_title():
    """300 contents lines once embedded 300 copies of a font, and saving a 300-document PDF took 20 s
    with no way to cancel; Latin titles now use the readers' built-in Helvetica, others still show."""
    import pymupdf

    from presskit.export import pdf as export_pdf

    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    long = "Déclaration de la coalition sur la transparence des stocks de munitions " * 3
    toc = [[2, f"Communiqué {n} — « sécurité »", 3] for n in range(36)] + [[2, "Заявление коалиции", 3],
                                                                             [2, long.strip(), 3]]
    export_pdf._draw_toc(doc, toc, first_page=0, n_pages=1, check=lambda: None)
    page = doc[0]
    text = page.get_text()
    assert "Communiqué 0 — « sécurité »" in text and "Communiqué 35 — « sécurité »" in text
    assert "Заявление коалиции" in text
    assert "Déclaration de la coalition" in text and "…" in text  # cut to fit, never over the page number
    assert len(page.get_fonts()) <= 4
    assert len(page.get_links()) == len(toc)
    long_line = page.search_for("Déclaration de la coalition")[0]
    assert long_line.x0 >= export_pdf._MARGIN - 1
    words = [w for w in page.get_text("words") if w[1] >= long_line.y0 - 1 and w[3] <= long_line.y1 + 1]
    assert max(w[2] for w in words if not w[4].isdigit()) <= export_pdf._A4[0] - export_pdf._MARGIN - 40 + 1
