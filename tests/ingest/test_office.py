"""Word (.docx) and OpenDocument (.odt) files: structure, properties, page-like sections, and the
files that must be refused with a sentence (old .doc, password-protected, zip bombs, damaged)."""

from __future__ import annotations

import zipfile

import pytest

from presskit.errors import CorruptError, EncryptedError, TooBigError, UnsupportedError
from presskit.ingest import office
from presskit.ingest.office import Block, read_office
from pressfolder import make_docx, make_odt


def _kinds(doc):
    return [(b.kind, b.level, b.marker) for s in doc.sections for b in s]


# --- .docx --------------------------------------------------------------------------------------

def test_docx_headings_lists_tables_and_properties(tmp_path):
    doc = read_office(make_docx(tmp_path / "draft.docx"))
    assert doc.format == "docx"
    m = doc.meta
    assert m["title"] == "Coalition welcomes the action plan on victim assistance"
    assert m["author"] == "Léa Fontaine"
    assert m["date"] == "2011-11-16" and m["modified"] == "2011-11-16"
    assert m["language"] == "en"
    assert m["keywords"] == "victim assistance; action plan"
    blocks = [b for s in doc.sections for b in s]
    assert blocks[0] == Block("heading", "Coalition welcomes the action plan on victim assistance", level=1)
    assert [b.text for b in blocks if b.kind == "item"] == [
        "annual reports on national budgets for survivors", "a focal point in every affected State",
        "the participation of survivors in every meeting"]
    assert all(b.marker == "•" for b in blocks if b.kind == "item")
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [["Commitment", "Deadline"], ["First report", "2012"], ["Review", "2016"]]
    assert ("heading", 2, "") in _kinds(doc)


def test_docx_page_break_starts_a_new_section_and_text_keeps_its_structure(tmp_path):
    doc = read_office(make_docx(tmp_path / "draft.docx"))
    assert len(doc.sections) == 2
    first, second = doc.pages
    assert "“Survivors have waited long enough" in first
    assert "• annual reports on national budgets for survivors\n• a focal point" in first
    assert "Commitment\tDeadline\nFirst report\t2012" in first
    assert second.startswith("Notes for editors\n\nThe Coalition's media team")
    assert doc.sections[1][0].page_break


def _docx_with_body(tmp_path, body_xml: str, name="x.docx"):
    """A .docx whose document body is ``body_xml`` (WordprocessingML), built on python-docx's template."""
    import docx

    path = tmp_path / name
    d = docx.Document()
    d.add_paragraph("PLACEHOLDER")
    d.save(path)
    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    parts["word/document.xml"] = (xml[:start] + body_xml + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


def test_docx_tracked_deletions_and_field_codes_are_left_out_insertions_kept(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">The plan is </w:t></w:r>'
            '<w:del w:id="1" w:author="x"><w:r><w:delText>not </w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">now </w:t></w:r></w:ins>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:t>adopted.</w:t></w:r></w:p>')
    doc = read_office(_docx_with_body(tmp_path, body))
    assert doc.pages == ["The plan is now adopted."]


def test_docx_rendered_page_breaks_make_pages_and_text_boxes_are_read(tmp_path):
    body = ('<w:p><w:r><w:t>Page one text.</w:t></w:r></w:p>'
            '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page two text.</w:t></w:r>'
            '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed fact.</w:t></w:r></w:p></w:txbxContent>'
            '</w:pict></w:r></w:p>')
    doc = read_office(_docx_with_body(tmp_path, body))
    assert doc.meta["section_kind"] == "page"
    assert doc.pages == ["Page one text.", "Page two text.\n\nBoxed fact."]


def test_docx_outline_level_and_localised_heading_styles(tmp_path):
    body = ('<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Contexte</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>Texte.</w:t></w:r></w:p>')
    doc = read_office(_docx_with_body(tmp_path, body))
    assert doc.sections[0][0] == Block("heading", "Contexte", level=2)


def test_docx_hyperlinks_become_links(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml.shared import OxmlElement

    d = docx.Document()
    p = d.add_paragraph("Sign the ")
    rid = d.part.relate_to("https://example.org/petition", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "petition"
    run.append(t)
    link.append(run)
    p._p.append(link)
    d.save(tmp_path / "l.docx")
    doc = read_office(tmp_path / "l.docx")
    assert doc.pages == ["Sign the petition"]
    assert doc.meta["links"] == ["https://example.org/petition"]


def test_a_long_document_without_breaks_is_cut_at_headings_and_paragraph_ends(tmp_path):
    import docx

    d = docx.Document()
    for chapter in range(4):
        d.add_heading(f"Chapter {chapter + 1}", 1)
        for k in range(6):
            d.add_paragraph(f"Chapter {chapter + 1} paragraph {k + 1}. " + "Words of the analysis. " * 14)
    d.save(tmp_path / "long.docx")
    doc = read_office(tmp_path / "long.docx")
    assert doc.meta["section_kind"] == "section"
    assert len(doc.sections) >= 4
    assert all(len(p) <= office.SECTION_MAX for p in doc.pages)
    starts = [s[0] for s in doc.sections]
    assert sum(b.kind == "heading" for b in starts) >= 3  # cuts land on chapter headings
    full = "\n\n".join(doc.pages)
    assert full.count("Words of the analysis.") == 4 * 6 * 14  # nothing lost or doubled


# --- .odt ---------------------------------------------------------------------------------------

def test_odt_headings_numbered_lists_tables_breaks_and_metadata(tmp_path):
    doc = read_office(make_odt(tmp_path / "note.odt"))
    assert doc.format == "odt"
    m = doc.meta
    assert m["title"] == "Note d'analyse : le projet de déclaration finale"
    assert m["author"] == "Jean-Pierre Moreau" and m["date"] == "2011-11-17" and m["language"] == "fr"
    first, second = doc.pages
    assert first.startswith("Le projet de déclaration finale\n\nLa deuxième révision")
    assert "1. les droits des survivants sont réaffirmés ;\n2. l'obligation" in first
    assert "Étape\tDate\nTexte révisé\tjeudi 17 novembre" in first
    assert second.startswith("Notre évaluation")


def test_odt_notes_links_and_spaces(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.text import A, Note, NoteBody, NoteCitation, P, S, Tab

    d = OpenDocumentText()
    p = P(text="Voir")
    p.addElement(S(c=3))
    p.addElement(A(href="https://example.org/texte", text="le texte"))
    p.addElement(Tab())
    note = Note(noteclass="footnote", id="n1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Diffusé mercredi."))
    note.addElement(body)
    p.addElement(note)
    d.text.addElement(p)
    d.save(str(tmp_path / "n.odt"))
    doc = read_office(tmp_path / "n.odt")
    assert doc.pages[0].startswith("Voir   le texte")
    assert doc.pages[-1].endswith("Notes\n\nDiffusé mercredi.")
    assert doc.meta["links"] == ["https://example.org/texte"]


# --- refused, with a sentence -------------------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_an_old_doc_file_is_refused_with_what_to_do(tmp_path):
    p = tmp_path / "Statement.doc"
    p.write_bytes(OLE + b"\x00" * 2000)
    with pytest.raises(UnsupportedError, match=r"old Word document \(\.doc\).*save it as \.docx"):
        read_office(p)


def test_a_password_protected_docx_is_named_as_such(tmp_path):
    p = tmp_path / "Secret.docx"
    p.write_bytes(OLE + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)
    with pytest.raises(EncryptedError, match="password"):
        read_office(p)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * (80 * 1024 * 1024))
    assert p.stat().st_size < 1_000_000
    with pytest.raises(TooBigError, match="zip bomb"):
        read_office(p)


def test_damaged_and_wrong_packages(tmp_path):
    good = make_docx(tmp_path / "good.docx")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(CorruptError):
        read_office(cut)
    broken = _docx_with_body(tmp_path, "<w:p><w:r><w:t>unclosed", name="broken.docx")
    with pytest.raises(CorruptError, match="damaged"):
        read_office(broken)
    other = tmp_path / "sheet.odt"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<x/>")
    with pytest.raises(UnsupportedError, match="spreadsheet"):
        read_office(other)
    plain_zip = tmp_path / "photos.docx"
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("a.txt", "hello")
    with pytest.raises(UnsupportedError, match="not a Word or OpenDocument"):
        read_office(plain_zip)


def test_xml_entities_are_not_expanded(tmp_path):
    """A billion-laughs body is refused with a sentence before any XML is parsed (and python-docx would
    resolve no entities anyway)."""
    lol = ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    path = _docx_with_body(tmp_path, "<w:p><w:r><w:t>&c;</w:t></w:r></w:p>", name="lol.docx")
    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    xml = parts["word/document.xml"].decode()
    decl_end = xml.index("?>") + 2
    parts["word/document.xml"] = (xml[:decl_end] + lol + xml[decl_end:]).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.raises(UnsupportedError, match=r"declares XML entities \(word/document.xml\).*billion laughs"):
        read_office(path)


def test_block_round_trip_and_text_forms():
    b = Block("item", "point", level=1, marker="2.")
    assert Block.from_dict(b.to_dict()) == b
    assert office.block_text(b) == "  2. point"
    t = Block("table", rows=[["a", "b\nc"]])
    assert office.block_text(t) == "a\tb c"
