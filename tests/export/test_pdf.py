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
