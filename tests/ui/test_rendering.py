"""What the reader sees drawn: Markdown emphasis, printing to a PDF file, photo titles and credits."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from presskit.model import Item
from presskit.titles import caption_lead, display_title, looks_like_code


def _formats(view):
    doc = view.document()
    out = []
    b = doc.begin()
    while b.isValid():
        it = b.begin()
        while not it.atEnd():
            f = it.fragment()
            out.append((f.text(), f.charFormat()))
            it += 1
        b = b.next()
    return out


def test_markdown_emphasis_is_italic_not_underlined_like_a_link(qtbot, tmp_path):
    from presskit.ui.textview import TextView

    md = tmp_path / "note.md"
    md.write_text("Plain _single_ and *star* and __strong__ and [a link](https://example.org) "
                  "and <b>raw html</b>.\n", encoding="utf-8")
    v = TextView()
    qtbot.addWidget(v)
    v.load_file(md, "markdown", tmp_path)
    fmt = {text: f for text, f in _formats(v)}
    assert fmt["single"].fontItalic() and not fmt["single"].fontUnderline()
    assert fmt["star"].fontItalic() and not fmt["star"].fontUnderline()
    assert fmt["strong"].fontWeight() >= 600 and not fmt["strong"].fontUnderline()
    assert fmt["a link"].isAnchor()
    assert "<b>raw html</b>" in v.toPlainText()  # raw HTML in Markdown is shown as text


def test_print_to_a_pdf_file_writes_the_documents_own_pages_with_their_text(qtbot, tmp_path):
    from presskit.ui.printing import QPrinter, print_pdf

    src = tmp_path / "src.pdf"
    d = pymupdf.open()
    for n in range(1, 4):
        d.new_page().insert_text((72, 100), f"Page {n} says verification matters.", fontsize=12)
    d.save(src)
    d.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(printer, src, first=2, last=3) == 2
    with pymupdf.open(out) as printed:
        assert printed.page_count == 2
        assert "Page 2 says verification matters." in printed[0].get_text()
        assert "Page 3" in printed[1].get_text()
        assert not printed[0].get_images()  # the page itself, not a picture of it
    assert out.stat().st_size < 20_000


def _photo(title: str, caption: str, credit: str = "Jo Smith / Lantern Coalition") -> Item:
    return Item(id="p", path=f"photos/{title}.jpg", sha256="", bytes=1, kind="photo", media="image",
                title=title, caption=caption, credit=credit)


def test_photo_titles_come_from_captions_when_file_names_are_codes():
    assert looks_like_code("DSC 0193") and looks_like_code("IMG_2041") and looks_like_code("RevCon8 Opening-Plenary 001")
    assert not looks_like_code("Diallo podium") and not looks_like_code("Vigil candles 2026")
    cap = ("Delegates take their seats in the main hall of the Palais Rivière as the Eighth Review Conference "
           "opens, Geneva, 16 November 2026.")
    assert display_title(_photo("RevCon8 Opening-Plenary 001", cap)).startswith("Delegates take their seats")
    assert display_title(_photo("Diallo podium", cap)) == "Diallo podium"
    assert caption_lead("Dr Amara Diallo, Director of the coalition, speaks.") == "Dr Amara Diallo"
    assert len(caption_lead(cap)) <= 71


def test_gallery_tiles_show_the_whole_credit(qtbot, tmp_path):
    from presskit.ui.photoview import PhotoGallery

    long_credit = "Tomasz Nowak / Lantern Coalition for Arms Control, Geneva office"
    g = PhotoGallery()
    qtbot.addWidget(g)
    g.resize(400, 600)
    g.show()
    it = _photo("IMG_0042", "Campaigners hold a banner, Geneva, 20 November 2026.", long_credit)
    label = g._label(it)
    assert long_credit in label and "…" not in label and label.startswith("Campaigners hold a banner")
    # the tile is as tall as its wrapped words need
    from presskit.ui.qt import QStyleOptionViewItem

    g.addItem(label)
    idx = g.model().index(0, 0)
    opt = QStyleOptionViewItem()
    opt.initFrom(g)
    tall = g.itemDelegate().sizeHint(opt, idx).height()
    g.item(0).setText("Short\nPhoto: Jo")
    assert tall > g.itemDelegate().sizeHint(opt, idx).height()


def test_sample_kit_pdf_metadata_are_proper_pdf_text_strings():
    kit = Path(__file__).resolve().parents[2] / "assets" / "sample-kit"
    for pdf in sorted(kit.rglob("*.pdf")):
        with pymupdf.open(pdf) as d:
            kind, ref = d.xref_get_key(-1, "Info")
            assert kind == "xref", pdf
            xref = int(ref.split()[0])
            for key in ("Title", "Author", "Subject", "Keywords"):
                kind, value = d.xref_get_key(xref, key)
                if kind == "string" and not value.isascii():
                    raw = d.xref_object(xref)
                    line = next(ln for ln in raw.splitlines() if ln.strip().startswith(f"/{key}"))
                    assert "<FEFF" in line, (pdf.name, key, line)
            assert "€" not in (d.metadata.get("title") or ""), pdf.name
