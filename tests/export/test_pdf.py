"""presskit.export.pdf: documents typeset, photos on a page with their credit, valid bookmarks."""

from __future__ import annotations

import unicodedata

import pymupdf
import pytest
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


def _many_documents_kit(tmp_path, n: int = 8) -> Kit:
    """Text, Markdown and HTML documents with French, Cyrillic and Arabic titles, a PDF whose pages
    each embed the same full font (as PyMuPDF's HTML boxes make them), and a photo."""
    tmp_path = tmp_path / "kit"
    tmp_path.mkdir()
    titles = ["Déclaration finale — « sécurité »", "Заявление коалиции", "بيان ختامي"]
    items = []
    for i in range(n):
        ext, media = [("txt", "text"), ("md", "markdown"), ("html", "html")][i % 3]
        body = f"Texte numéro {i}: l'été à Genève, Привет, مرحبا."
        (tmp_path / f"d{i}.{ext}").write_text(f"<p>{body}</p>" if ext == "html" else body, encoding="utf-8")
        items.append(Item(id=f"d{i}", path=f"d{i}.{ext}", sha256="", bytes=1, media=media,
                          title=f"{titles[i % 3]} {i}", kind="statement", language="fr"))
    src = pymupdf.open()
    for p in range(3):
        src.new_page().insert_htmlbox(pymupdf.Rect(50, 50, 500, 700), f"<p>Page {p} du rapport, été</p>")
    src.save(tmp_path / "r.pdf")
    items.append(Item(id="r", path="r.pdf", sha256="", bytes=1, media="pdf", title="Rapport", kind="analysis"))
    Image.new("RGB", (80, 60), (0, 90, 200)).save(tmp_path / "p.jpg")
    items.append(Item(id="p", path="p.jpg", sha256="", bytes=1, media="image", kind="photo",
                      title="Photo", caption="Séance plénière à Genève", credit="Zoë Ødegård"))
    return Kit(tmp_path, KitInfo(title="K"), items, [], "0" * 64)


def _embedded_font_files(doc) -> int:
    return sum(1 for x in range(1, doc.xref_length())
               if doc.xref_get_key(x, "Type")[1] == "/FontDescriptor"
               for k in ("FontFile", "FontFile2", "FontFile3") if doc.xref_get_key(x, k)[0] == "xref")


def test_a_merged_pdf_keeps_every_title_selectable_with_each_font_once(tmp_path):
    """Each typeset document and photo caption brought its own copy of its fonts, and merging them at
    the save took most of a 300-item export in one call that could not be cancelled. Fonts are now
    shared, and every title, accent and script still reads back from the PDF's text."""
    from presskit.export import export_items

    kit = _many_documents_kit(tmp_path)
    out = tmp_path / "sel.pdf"
    export_items(kit, [it.id for it in kit.items], "pdf", out, allow_missing_credit=True, language="fr")
    with pymupdf.open(out) as doc:
        # Arabic reads back in its presentation forms (shaped letters), which NFKC makes plain letters
        text = unicodedata.normalize("NFKC", "\n".join(page.get_text() for page in doc))
        for it in kit.items:
            assert it.title in text, it.title
        assert "l'été à Genève, Привет" in text and "مرحبا" in text
        assert "Séance plénière à Genève" in text and "Zoë Ødegård" in text
        assert "Page 2 du rapport, été" in text
        fonts = _embedded_font_files(doc)
    # a few fonts (regular, bold, the Cyrillic and Arabic ones, the report's): not one set per document
    assert 0 < fonts <= 10, fonts


def test_cancel_while_the_pdf_is_being_saved_stops_it_and_leaves_nothing(tmp_path, monkeypatch):
    """The last step, "Saving the PDF", was one long call: Cancel pressed then waited for the whole
    save. The fonts are now shared before the save, checking Cancel as they go."""
    from presskit.errors import Cancelled
    from presskit.export import export_items
    from presskit.export import pdf as export_pdf

    kit = _many_documents_kit(tmp_path, n=3)
    out = tmp_path / "sel.pdf"
    labels, saved = [], []
    monkeypatch.setattr(export_pdf, "_save_pdf", lambda doc, path: saved.append(path))
    with pytest.raises(Cancelled):
        export_items(kit, [it.id for it in kit.items], "pdf", out, allow_missing_credit=True,
                     progress=lambda done, total, label: labels.append(label),
                     cancel=lambda: labels[-1:] == ["Saving the PDF"])
    assert labels[-1] == "Saving the PDF" and saved == [] and not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_french_merged_pdf_says_its_last_steps_in_french(tmp_path):
    """The French export dialog read « Exportation… Saving the PDF », then « … Exported to sel.pdf »."""
    from presskit.export import export_items

    kit = _many_documents_kit(tmp_path, n=2)
    labels = []
    export_items(kit, [it.id for it in kit.items], "pdf", tmp_path / "sel.pdf", allow_missing_credit=True,
                 language="fr", progress=lambda done, total, label: labels.append(label))
    assert labels[-3:] == ["Assemblage des pages", "Enregistrement du PDF", "Exporté vers sel.pdf"], labels[-4:]
